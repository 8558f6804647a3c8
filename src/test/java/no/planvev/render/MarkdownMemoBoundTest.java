package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A single build keeps few Markdown texts (a text shown twice is shown by neighbouring jobs); the
 * preview keeps many, across rebuilds.
 */
class MarkdownMemoBoundTest {

  static long missesOfARepeatAfter(Markdown md, int others) {
    md.toHtml("Første tekst.\n\nMed to avsnitt.", 2);
    for (int i = 0; i < others; i++) md.toHtml("Tekst nummer " + i + ".\n\nMer.", 2);
    long before = md.misses();
    md.toHtml("Første tekst.\n\nMed to avsnitt.", 2);
    return md.misses() - before;
  }

  @Test
  void aSingleBuildForgetsATextAfterAThousandOthers() {
    assertEquals(0, missesOfARepeatAfter(RenderMemo.forOneBuild().markdown, 10));
    assertEquals(1, missesOfARepeatAfter(RenderMemo.forOneBuild().markdown, 1_000));
  }

  @Test
  void thePreviewKeepsItAfterAThousandOthers() {
    assertEquals(0, missesOfARepeatAfter(new RenderMemo().markdown, 1_000));
  }
}

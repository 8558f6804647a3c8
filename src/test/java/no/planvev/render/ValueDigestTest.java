package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page keys: equal values give equal keys, and Markdown HTML fed by its own key stays apart. */
class ValueDigestTest {

  /** A page model with one component, as page models are records. */
  private record Body(Object body) {}

  private static byte[] key(Object values) {
    return RenderCache.pageKey("nb/a/index.html", "page.ftlh", "theme", new Body(values));
  }

  @Test
  void markdownHtmlIsFedByItsKeyAndDifferentBodiesStayApart() {
    Markdown md = new Markdown();
    String a = "Første avsnitt med æøå. ".repeat(40);
    String b = "Første avsnitt med æøå! ".repeat(40);
    RenderCache none =
        new RenderCache() {
          public String markdown(byte[] key) {
            return null;
          }

          public void putMarkdown(byte[] key, String html) {}

          public byte[] page(byte[] key) {
            return null;
          }

          public void putPage(byte[] key, byte[] bytes) {}
        };
    md.store = none;
    Markdown other = new Markdown();
    other.store = none;
    String htmlA = md.toHtml(a, 2);
    String htmlB = md.toHtml(b, 2);
    // The same source again (another object with the same text) gives the same key.
    String htmlA2 = other.toHtml(new String(a.toCharArray()), 2);
    assertFalse(htmlA == htmlA2);
    assertArrayEquals(key(List.of(htmlA)), key(List.of(htmlA2)));
    assertFalse(Arrays.equals(key(List.of(htmlA)), key(List.of(htmlB))));
    // A known text and an unknown text of other content never meet.
    assertFalse(Arrays.equals(key(List.of(htmlA)), key(List.of(new String(htmlB.toCharArray())))));
  }
}

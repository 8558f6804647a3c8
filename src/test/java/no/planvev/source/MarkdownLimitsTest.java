package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.planvev.source.MarkdownLimits.Exceeded;
import org.junit.jupiter.api.Test;

/** The pre-scan finds each shape that used to overflow the stack, and passes every real text. */
class MarkdownLimitsTest {

  @Test
  void rejectsAThousandNestedBlockQuotesAtTheFiftyFirst() {
    assertEquals(
        new Exceeded(1, 51, "markdown.nesting", 50), MarkdownLimits.check(">".repeat(1000) + " x"));
  }

  @Test
  void rejectsFiveThousandListMarkersOnOneLine() {
    assertEquals(
        new Exceeded(1, 101, "markdown.nesting", 50),
        MarkdownLimits.check("- ".repeat(5000) + "x"));
  }

  @Test
  void rejectsAListNestedByIndentationOnTheLineThatGoesTooDeep() {
    StringBuilder sb = new StringBuilder("Intro\n\n");
    for (int i = 0; i < 700; i++) sb.append("  ".repeat(i)).append("- x\n");
    // Line 3 + 50 holds 100 columns of indentation and a marker: level 51.
    assertEquals(
        new Exceeded(53, 101, "markdown.nesting", 50), MarkdownLimits.check(sb.toString()));
  }

  @Test
  void rejectsQuotesAndOrderedListsMixed() {
    assertEquals("markdown.nesting", MarkdownLimits.check("> 1. ".repeat(40) + "x").key());
  }

  @Test
  void acceptsFiftyLevels() {
    assertNull(MarkdownLimits.check(">".repeat(50) + " x"));
    assertNull(MarkdownLimits.check("- ".repeat(50) + "x"));
  }

  @Test
  void rejectsTwentyThousandAsterisks() {
    assertEquals(
        new Exceeded(1, 501, "markdown.run", 500), MarkdownLimits.check("*".repeat(20_000)));
    assertEquals(
        new Exceeded(2, 501, "markdown.run", 500), MarkdownLimits.check("a\n" + "_".repeat(501)));
    assertEquals("markdown.run", MarkdownLimits.check("a " + "* ".repeat(600)).key());
  }

  @Test
  void acceptsALongRuleAndEmphasis() {
    assertNull(MarkdownLimits.check("-".repeat(500) + "\n\n**bold** and __bold__ - a - b"));
    assertNull(MarkdownLimits.check("*-".repeat(2000)));
  }

  @Test
  void rejectsFourThousandOpenLinkAndImageBrackets() {
    assertEquals(
        new Exceeded(1, 301, "markdown.brackets", 200), MarkdownLimits.check("[![".repeat(4000)));
  }

  @Test
  void bracketsCloseAndABlankLineEndsTheParagraph() {
    assertNull(MarkdownLimits.check("[a](b) ".repeat(5000)));
    assertNull(MarkdownLimits.check("[".repeat(200) + "\n\n" + "[".repeat(200)));
    assertNull(MarkdownLimits.check("\\[".repeat(1000)));
    assertEquals(
        new Exceeded(2, 1, "markdown.brackets", 200),
        MarkdownLimits.check("[".repeat(200) + "\n["));
  }

  @Test
  void rejectsATableRowOfFourHundredCells() {
    assertEquals(
        new Exceeded(1, 401, "markdown.columns", 200),
        MarkdownLimits.check("|h".repeat(400) + "\n" + "|---".repeat(400)));
    assertNull(MarkdownLimits.check("|h".repeat(200) + "\n" + "\\|".repeat(1000)));
  }

  @Test
  void acceptsTheWorkThatIsNowLinear() {
    assertNull(MarkdownLimits.check("[a](b".repeat(20_000)));
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 10_000; i++)
      refs.append("[r").append(i).append("]: /u").append(i).append('\n');
    assertNull(MarkdownLimits.check(refs.toString()));
  }

  @Test
  void everyTextOfTheDemoAndTheFixturesKeepsTheLimits() throws IOException {
    int checked = 0;
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f :
            files
                .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                .toList()) {
          // The fixtures that break them on purpose (deep YAML brackets are a YAML limit too).
          if (f.toString().contains("markdown-") || f.toString().contains("yaml-nested-too-deep")) {
            continue;
          }
          assertNull(
              MarkdownLimits.check(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)),
              f.toString());
          checked++;
        }
      }
    }
    assertEquals(true, checked > 50, "files checked: " + checked);
  }
}

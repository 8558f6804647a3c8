package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import no.planvev.build.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void formatsPhaseAndCountWithThousandsSeparators() {
    assertEquals("pages 4,200/20,000", ProgressLine.format("pages", 4200, 20000));
    assertEquals("pages 0/3", ProgressLine.format("pages", 0, 3));
    assertEquals("files 7/7", ProgressLine.format("files", 9, 7));
    assertEquals("reading", ProgressLine.format("reading", 0, 0));
  }

  @Test
  void showsNothingInTheFirstSecondThenOneLineRewrittenInPlaceAndClearsItAtTheEnd() {
    StringWriter text = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(text), 0);
    line.phase("pages", 20_000);
    for (int i = 0; i < 4200; i++) line.step();
    line.tick(SECOND / 2);
    assertEquals("", text.toString(), "a quick build shows nothing");
    line.tick(SECOND + 1);
    assertEquals("\rplanvev: pages 4,200/20,000", text.toString());
    line.phase("links", 0);
    line.tick(2 * SECOND);
    // The shorter text is padded over the longer one before it.
    assertEquals("\rplanvev: pages 4,200/20,000\rplanvev: links" + " ".repeat(13), text.toString());
    line.close();
    assertTrue(text.toString().endsWith("\r" + " ".repeat(27) + "\r"), text.toString());
  }

  @Test
  void offATerminalOrInCiThereIsNoProgressLine() {
    PrintWriter err = new PrintWriter(new StringWriter());
    assertSame(Progress.NONE, ProgressLine.forTerminal(err, Map.of("CI", "true")));
    assertSame(Progress.NONE, ProgressLine.forTerminal(err, Map.of("TERM", "dumb")));
    // Surefire runs the tests with standard error going to a file.
    assertFalse(ProgressLine.onTerminal(Map.of()));
  }

  @Test
  void aBuildOffATerminalPrintsOnlyTheSummaryAndTheTranslationTable(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Cli.run(
            new String[] {
              "build", "--output", dir.resolve("site").toString(), "--date", "2026-11-23"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());
    assertEquals(0, exit, err.toString());
    assertEquals("", err.toString());
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("planvev: wrote "), out.toString());
    assertFalse(out.toString().contains("\r"));
    assertTrue(lines[1].startsWith("Translations"), out.toString());
  }
}

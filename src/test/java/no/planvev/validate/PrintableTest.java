package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvev.diag.Message;
import no.planvev.diag.Printable;
import no.planvev.diag.Problem;
import no.planvev.diag.ProblemPrinter;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintableTest {

  @Test
  void showsEveryControlCharacterAsAnEscape() {
    assertEquals(
        "a\\u001b[2Jb\\u0007\\u000d\\u0000\\u009b\\u202e",
        Printable.clean("a\u001b[2Jb\u0007\r\u0000\u009b\u202e"));
    assertEquals("æøå 漢字 \uD83D\uDE00", Printable.clean("æøå 漢字 \uD83D\uDE00"));
  }

  @Test
  void theTerminalWriterKeepsLineEndsAndTabsOnly() {
    StringWriter sink = new StringWriter();
    PrintWriter w = Printable.writer(sink);
    w.print("x\ty\u001b]0;title\u0007");
    w.println();
    w.print("over\rwrite");
    w.flush();
    assertEquals(
        "x\ty\\u001b]0;title\\u0007" + System.lineSeparator() + "over\\u000dwrite",
        sink.toString());
  }

  @Test
  void aFileNameWithEscIsPrintedEscapedWithTheCaretInPlace(@TempDir Path dir) throws IOException {
    String name = "om\u001b[31m.nb.md";
    Files.writeString(dir.resolve(name), "---\ntitle: \u001b[2Jx: y\n---\n");
    Problem p = Problem.error(new SourcePos(name, 2, 13), Message.of("yaml.colon"));
    StringWriter sink = new StringWriter();
    new ProblemPrinter(List.of(dir), "en").print(List.of(p), new PrintWriter(sink));
    String[] lines = sink.toString().split("\n");
    assertEquals("om\\u001b[31m.nb.md:2:13:", lines[0].substring(0, 24));
    assertEquals("    title: \\u001b[2Jx: y", lines[1]);
    // The caret sits under the ':' after x, past the six characters of the escape.
    assertEquals(lines[1].indexOf("x:") + 1, lines[2].indexOf('^'));
    assertFalse(sink.toString().chars().anyMatch(c -> c == 0x1b), sink.toString());
  }
}

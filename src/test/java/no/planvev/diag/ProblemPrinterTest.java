package no.planvev.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemPrinterTest {

  @TempDir Path dir;

  String print(String lang, Problem... problems) {
    StringWriter w = new StringWriter();
    new ProblemPrinter(List.of(dir), lang).print(List.of(problems), new PrintWriter(w));
    return w.toString();
  }

  @Test
  void printsTheFrontMatterLineCountedFromTheTopWithACaret() throws IOException {
    Files.writeString(dir.resolve("h.md"), "---\ntitle: T\nstatus: ansvered\n---\nBody\n");
    assertEquals(
        """
        h.md:3:9: error: unknown status 'ansvered': write one of open, answered, closed
            status: ansvered
                    ^
        """,
        print(
            "en",
            Problem.error(
                new SourcePos("h.md", 3, 9),
                Message.of(
                    "status.unknown",
                    "status",
                    "'ansvered'",
                    List.of("open", "answered", "closed")))));
  }

  @Test
  void dropsAByteOrderMarkAndCrlf() throws IOException {
    Files.write(
        dir.resolve("s.yaml"), "\uFEFFtitl: x\r\nb: 2\r\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "s.yaml:1:1: error: unknown key 'titl' — did you mean 'title'?\n" + "    titl: x\n    ^\n",
        print(
            "en",
            Problem.error(
                new SourcePos("s.yaml", 1, 1),
                Message.of("key.unknown", "titl", Message.of("suggest", "title")))));
  }

  @Test
  void showsATabAsOneSpaceSoTheCaretLinesUp() throws IOException {
    Files.writeString(dir.resolve("p.yaml"), "a:\n\tb: 1\n");
    assertEquals(
        "p.yaml:2:1: feil: YAML kan ikke rykkes inn med tabulator; bruk mellomrom\n"
            + "     b: 1\n    ^\n",
        print("nb", Problem.error(new SourcePos("p.yaml", 2, 1), Message.of("yaml.tab"))));
    assertEquals(2, ProblemPrinter.caretColumn(" \tb", 3));
  }

  @Test
  void putsTheCaretUnderWideCharacters() throws IOException {
    Files.writeString(dir.resolve("w.md"), "---\ntitle: 漢字 x: y\n---\n");
    String out = print("en", Problem.error(new SourcePos("w.md", 2, 12), Message.of("yaml.colon")));
    String[] lines = out.split("\n");
    assertEquals("    title: 漢字 x: y", lines[1]);
    // 漢字 take two columns each: the caret sits under the ':' after x.
    assertEquals("    " + " ".repeat(13) + "^", lines[2]);
    assertEquals(0, ProblemPrinter.caretColumn("e\u0301x", 1));
    assertEquals(1, ProblemPrinter.caretColumn("e\u0301x", 3));
  }

  @Test
  void wholeFileProblemsHaveNoSourceLine() throws IOException {
    Files.writeString(dir.resolve("x.md"), "x\n");
    assertEquals(
        "x.md: advarsel: hoppet over: en mappe her blir ikke lest\n",
        print("nb", Problem.warning(SourcePos.file("x.md"), Message.of("ignored.folder"))));
  }
}

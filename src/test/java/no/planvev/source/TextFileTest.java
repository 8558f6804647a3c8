package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

  @TempDir Path dir;

  String read(byte[] bytes, Problems problems) throws IOException {
    Path f = dir.resolve("x.md");
    Files.write(f, bytes);
    return TextFile.read(f, "pages/x.md", problems);
  }

  @Test
  void acceptsAReplacementCharacterWrittenOnPurpose() throws IOException {
    Problems p = new Problems();
    assertEquals(
        "a\uFFFDb\nø\n", read("\uFEFFa\uFFFDb\r\nø\r\n".getBytes(StandardCharsets.UTF_8), p));
    assertEquals(List.of(), p.all());
  }

  @Test
  void reportsTheFirstByteThatIsNotUtf8WithItsLineAndColumn() throws IOException {
    Problems p = new Problems();
    byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, 'c', (byte) 0xE5, '\n'};
    assertNull(read(bytes, p));
    List<Problem> all = p.all();
    assertEquals(1, all.size());
    assertEquals(2, all.get(0).pos().line());
    // 0xC3 starts a character of two bytes; 'c' cannot be its second: the mistake is there.
    assertEquals(3, all.get(0).pos().column());
    assertEquals(
        "the file is not UTF-8 (byte 0x63 cannot follow 0xC3, which starts a character"
            + " of 2 bytes; was it saved as Latin-1 or Windows-1252?); save it as UTF-8",
        all.get(0).text().in("en"));
  }

  @Test
  void blamesTheByteThatCannotContinueACharacter() throws IOException {
    Problems p = new Problems();
    byte[] bytes = {'x', ':', ' ', (byte) 0xC3, '(', '\n'};
    assertNull(read(bytes, p));
    assertEquals(
        "pages/x.md:1:5: error: the file is not UTF-8 (byte 0x28 cannot follow 0xC3, which"
            + " starts a character of 2 bytes; was it saved as Latin-1 or Windows-1252?); save it as"
            + " UTF-8",
        p.all().get(0).toString());
  }

  @Test
  void blamesALeadByteThatCanStartNoCharacter() throws IOException {
    Problems p = new Problems();
    assertNull(read(new byte[] {'a', (byte) 0xFF, 'b'}, p));
    assertEquals(
        "pages/x.md:1:2: error: the file is not UTF-8 (byte 0xFF cannot start a character"
            + " here); save it as UTF-8",
        p.all().get(0).toString());
  }

  @Test
  void namesAFileThatEndsInsideACharacter() throws IOException {
    Problems p = new Problems();
    assertNull(read(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, p));
    assertEquals(
        "pages/x.md:1:2: error: the file is not UTF-8 (it ends inside a character: byte 0xE2"
            + " starts one of 3 bytes); save it as UTF-8",
        p.all().get(0).toString());
  }

  @Test
  void namesLineEndingsOfCarriageReturnsOnly() throws IOException {
    Problems p = new Problems();
    assertNull(read("a: 1\r\nb: 2\rc: 3\r".getBytes(StandardCharsets.UTF_8), p));
    assertEquals(
        "pages/x.md:2:5: error: this line ends in a lone carriage return (CR), as files from"
            + " old Macs do; save the file with LF or CRLF line endings",
        p.all().get(0).toString());
  }

  @Test
  void givesTheReasonAFileCannotBeRead() throws IOException {
    Problems p = new Problems();
    assertNull(TextFile.read(dir.resolve("gone.md"), "gone.md", p));
    assertEquals(
        "gone.md: error: cannot read the file: it no longer exists", p.all().get(0).toString());
    p = new Problems();
    assertNull(TextFile.read(dir, "folder.md", p));
    assertEquals(
        "folder.md: error: cannot read the file: Is a directory", p.all().get(0).toString());
  }
}

package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvev.validate.Problem;
import no.planvev.validate.Problems;
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
    assertEquals("a\uFFFDb\nø\n", read("\uFEFFa\uFFFDb\r\nø\r\n".getBytes(StandardCharsets.UTF_8), p));
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
    assertEquals(2, all.get(0).pos().column());
  }
}

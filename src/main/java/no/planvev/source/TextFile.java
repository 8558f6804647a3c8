package no.planvev.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvev.model.SourcePos;
import no.planvev.validate.Problems;

/** Reads a text file strictly as UTF-8; drops a byte order mark and turns CRLF into LF. */
final class TextFile {

  private TextFile() {}

  /** The text, or null after adding a problem (not UTF-8, unreadable). */
  static String read(Path file, String path, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.error(SourcePos.file(path), "cannot read the file: " + e.getMessage());
      return null;
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) r = dec.flush(out);
    if (r.isError()) {
      String before = out.flip().toString();
      int line = 1;
      int lastNl = -1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lastNl = i;
        }
      }
      int column = before.length() - lastNl;
      problems.error(new SourcePos(path, line, column), String.format(
          "the file is not UTF-8 (byte 0x%02X cannot start a character here); save it as UTF-8",
          bytes[in.position()] & 0xff));
      return null;
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return text.replace("\r\n", "\n");
  }
}

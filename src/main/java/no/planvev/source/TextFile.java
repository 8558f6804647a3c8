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
import java.util.Locale;
import no.planvev.model.SourcePos;
import no.planvev.validate.Message;
import no.planvev.validate.Problems;

/** Reads a text file strictly as UTF-8; drops a byte order mark and turns CRLF into LF. */
final class TextFile {

  /** Larger content files are refused before they are read: no editor writes 2 MB of text. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private TextFile() {}

  /** True after reporting that {@code text} holds nothing but blanks and comments. */
  static boolean empty(String text, String path, String what, Problems problems) {
    boolean empty = text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
    if (empty) problems.error(SourcePos.file(path), Message.of("file.empty", Message.of(what)));
    return empty;
  }

  /** The text, or null after adding a problem (not UTF-8, unreadable). */
  static String read(Path file, String path, Problems problems) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.error(SourcePos.file(path), Message.of("file.tooLarge",
            String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024)),
            MAX_BYTES / (1024 * 1024)));
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.error(SourcePos.file(path), Message.of("file.unreadable", e.getMessage()));
      return null;
    }
    // The JDK's own decoding is much faster; it replaces what is not UTF-8 with U+FFFD, so a text
    // without U+FFFD was valid. Only a text with one is decoded again strictly, for the position.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return normalize(fast);
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
      problems.error(new SourcePos(path, line, column), Message.of("file.notUtf8",
          String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xff)));
      return null;
    }
    return normalize(out.flip().toString());
  }

  private static String normalize(String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }
}

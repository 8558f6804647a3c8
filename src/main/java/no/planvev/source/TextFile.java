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
import no.planvev.diag.Message;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.validate.LinkGuard;

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

  /** A file whose links need no check (tests, and files checked when they were listed). */
  static String read(Path file, String path, Problems problems) {
    return read(null, LinkGuard.CONTENT, file, path, problems);
  }

  /** A file under the content folder {@code contentDir}; links out of it are not read. */
  static String read(Path contentDir, Path file, String path, Problems problems) {
    return read(contentDir, LinkGuard.CONTENT, file, path, problems);
  }

  /**
   * The text, or null after adding a problem (not UTF-8, unreadable, a link out of {@code root},
   * which is the folder {@code folder} names in messages: {@link LinkGuard#CONTENT} or {@link
   * LinkGuard#TEMPLATES}). A link out of the folder is never read.
   */
  static String read(Path root, String folder, Path file, String path, Problems problems) {
    Message outside = root == null ? null : LinkGuard.check(root, file, folder);
    if (outside != null) {
      problems.error(SourcePos.file(path), outside);
      return null;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.error(
            SourcePos.file(path),
            Message.of(
                "file.tooLarge",
                String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024)),
                MAX_BYTES / (1024 * 1024)));
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.error(SourcePos.file(path), Message.of("file.unreadable", IoReason.of(e)));
      return null;
    }
    // The JDK's own decoding is much faster; it replaces what is not UTF-8 with U+FFFD, so a text
    // without U+FFFD was valid. Only a text with one is decoded again strictly, for the position.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return normalize(fast, path, problems);
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
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
      Message why = notUtf8(bytes, in.position());
      if (why.key().equals("file.notUtf8.follow")) column++;
      problems.error(new SourcePos(path, line, column), why);
      return null;
    }
    return normalize(out.flip().toString(), path, problems);
  }

  /**
   * Why the bytes at {@code at} are not UTF-8. A byte that starts a character of two to four bytes
   * is fine in itself: when a later byte of the character is not a continuation byte, that byte is
   * the mistake (C3 28: '(' cannot follow 0xC3), one column on.
   */
  private static Message notUtf8(byte[] bytes, int at) {
    int b = bytes[at] & 0xff;
    int n =
        b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    for (int k = 1; k < n; k++) {
      if (at + k >= bytes.length) {
        return Message.of("file.notUtf8.end", hex(b), n);
      }
      int next = bytes[at + k] & 0xff;
      if ((next & 0xC0) != 0x80) return Message.of("file.notUtf8.follow", hex(next), hex(b), n);
    }
    return Message.of("file.notUtf8", hex(b));
  }

  private static String hex(int b) {
    return String.format(java.util.Locale.ROOT, "%02X", b);
  }

  /**
   * Drops a byte order mark, turns CRLF into LF; null after reporting a lone CR (old Mac files).
   */
  private static String normalize(String text, String path, Problems problems) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.indexOf('\r') < 0) return text;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        problems.error(new SourcePos(path, line, i - lineStart + 1), Message.of("file.loneCr"));
        return null;
      }
    }
    return text.replace("\r\n", "\n");
  }
}

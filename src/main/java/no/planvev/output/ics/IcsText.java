package no.planvev.output.ics;

import java.nio.charset.StandardCharsets;

/** RFC 5545 content lines: TEXT escaping and folding at 75 octets without splitting a character. */
final class IcsText {

  static final int MAX_OCTETS = 75;

  private IcsText() {}

  /** Escapes a TEXT value (section 3.3.11): backslash, semicolon, comma and newlines. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    String normalized = s.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        default -> {
          // TEXT allows no control characters but HTAB.
          if (c >= 0x20 && c != 0x7f || c == '\t') sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Folds one content line (section 3.1): no physical line longer than 75 octets before its CRLF,
   * continuation lines start with one space (which counts), a UTF-8 sequence is never split.
   * Returns the line with CRLF after each physical line.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int len = utf8Length(cp);
      if (octets + len > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += len;
      i += Character.charCount(cp);
    }
    return out.append("\r\n").toString();
  }

  static int utf8Length(int cp) {
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    return 4;
  }

  /** For tests: the octet length of a string in UTF-8. */
  static int octets(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}

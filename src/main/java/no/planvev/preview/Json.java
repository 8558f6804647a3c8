package no.planvev.preview;

import java.util.Locale;

/** The little JSON the event stream needs: one string literal. */
final class Json {

  private Json() {}

  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          // U+2028/2029 are valid JSON but break older JavaScript parsers; escape them too.
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

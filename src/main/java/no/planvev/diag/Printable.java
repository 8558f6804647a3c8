package no.planvev.diag;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text from content (file names, values, source lines) made safe to print: a control character (an
 * escape byte that could recolour, move or clear the terminal, a carriage return that could
 * overwrite the line, a direction override that could reorder it) is shown as a backslash escape:
 * ESC as <code>\\u001b</code>.
 */
public final class Printable {

  private Printable() {}

  /** {@code s} with every control character (line feeds and tabs too) as a backslash escape. */
  public static String clean(String s) {
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) escapeTo(b, s.charAt(i));
    return b.toString();
  }

  /** How many characters {@link #clean} shows for {@code c}. */
  static int shownLength(char c) {
    return isControl(c) ? 6 : 1;
  }

  private static void escapeTo(StringBuilder b, char c) {
    if (!isControl(c)) {
      b.append(c);
      return;
    }
    String hex = Integer.toHexString(c);
    b.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
  }

  /**
   * A writer for the terminal that lets line ends and tabs through and shows every other control
   * character as {@link #clean} does: the last guard for text printed by any command.
   */
  public static PrintWriter writer(Writer out) {
    return new PrintWriter(new Filter(out), true);
  }

  private static final class Filter extends FilterWriter {
    /** A carriage return is let through only as part of this platform's line separator. */
    private final boolean crlf = System.lineSeparator().equals("\r\n");

    private boolean pendingCr;

    Filter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      StringBuilder b = new StringBuilder(8);
      put(b, (char) c);
      out.write(b.toString());
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      StringBuilder b = new StringBuilder(len + 8);
      for (int i = off; i < off + len; i++) put(b, cbuf[i]);
      out.write(b.toString());
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      StringBuilder b = new StringBuilder(len + 8);
      for (int i = off; i < off + len; i++) put(b, str.charAt(i));
      out.write(b.toString());
    }

    private void put(StringBuilder b, char c) {
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          b.append("\r\n");
          return;
        }
        escapeTo(b, '\r');
      }
      if (c == '\r' && crlf) {
        pendingCr = true;
      } else if (c == '\n' || c == '\t') {
        b.append(c);
      } else {
        escapeTo(b, c);
      }
    }

    @Override
    public void flush() throws IOException {
      if (pendingCr) {
        pendingCr = false;
        StringBuilder b = new StringBuilder(6);
        escapeTo(b, '\r');
        out.write(b.toString());
      }
      super.flush();
    }
  }

  /** A character a terminal or a reader should never get raw from content. */
  public static boolean isControl(int c) {
    return Character.getType(c) == Character.CONTROL
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }
}

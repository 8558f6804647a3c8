package no.planvev.render;

/**
 * The inline HTML of a one-line text with nothing Markdown would act on, without flexmark: a
 * summary is usually a plain sentence, and parsing and rendering a whole document for it costs as
 * much as a short page. Anything outside the narrow set below returns null and takes flexmark's
 * path; {@code MarkdownEquivalenceTest} compares the two over many generated strings.
 *
 * <p>Plain means: starts with a letter (so it cannot open a list, heading, quote, code block or
 * table, or be indented), does not end with a space, is one line, and holds only letters, digits,
 * single-meaning punctuation and spaces. {@code & < >} count only when followed by a space or (for
 * {@code >}) anywhere, since then they cannot start an entity, autolink or HTML tag; they and
 * {@code "} are escaped as flexmark escapes text.
 */
final class PlainInline {

  /** Punctuation with no Markdown meaning inside a line (outside list/heading positions). */
  private static final String SAFE = " .,;:?!'()/%=@$+-–—’‘“”«»…";

  private PlainInline() {}

  /** The escaped text, or null when {@code s} is not plain and must go through flexmark. */
  static String html(String s) {
    int n = s.length();
    if (n == 0 || !Character.isLetter(s.charAt(0)) || s.charAt(n - 1) == ' ') return null;
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String esc;
      if (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0) {
        if (out != null) out.append(c);
        continue;
      } else if (c == '"') {
        esc = "&quot;";
      } else if (c == '>') {
        esc = "&gt;";
      } else if ((c == '&' || c == '<') && i + 1 < n && s.charAt(i + 1) == ' ') {
        esc = c == '&' ? "&amp;" : "&lt;";
      } else {
        return null;
      }
      if (out == null) out = new StringBuilder(n + 16).append(s, 0, i);
      out.append(esc);
    }
    return out == null ? s : out.toString();
  }
}

package no.planvev.source;

/**
 * A Markdown file split into its YAML front matter and body. {@code yaml} is null when the file has
 * no front matter; {@code yamlLineOffset} is how many lines come before the YAML; {@code
 * bodyOffset} is where the body starts in the text.
 */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyOffset) {

  /** Splits {@code text}; null when a front matter block is opened but never closed. */
  static FrontMatter split(String text) {
    if (!isFence(firstLine(text))) {
      return new FrontMatter(null, 0, text, 0);
    }
    int start = text.indexOf('\n') + 1;
    if (start == 0) return null;
    int lineStart = start;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int end = nl < 0 ? text.length() : nl;
      if (isFence(text.substring(lineStart, end))) {
        String body = nl < 0 ? "" : text.substring(nl + 1);
        return new FrontMatter(
            text.substring(start, lineStart), 1, body, nl < 0 ? text.length() : nl + 1);
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return null;
  }

  /** The line of the file on which {@code body} starts (1-based). */
  int bodyLine() {
    return yaml == null ? 1 : yamlLineOffset + lines(yaml) + 2;
  }

  /** The number of line breaks in {@code s}. */
  static int lines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') n++;
    }
    return n;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }
}

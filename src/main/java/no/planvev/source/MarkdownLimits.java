package no.planvev.source;

/**
 * The limits a Markdown text must keep so that rendering it stays cheap and safe, checked in one
 * linear pass over the source before the Markdown library sees it. The library parses and renders
 * nested structures by recursion, so a small file of deep nesting (a thousand {@code >}, a line of
 * thousands of {@code *}) ran the build out of stack. Each limit is far beyond what a real text
 * uses; docs/safety.md lists them for editors.
 *
 * <p>The pass reads lines, not Markdown: it counts what could nest, never less than the library
 * would build, so a text within the limits cannot nest deeper than they allow.
 */
final class MarkdownLimits {

  /** Block quotes and list items inside each other. */
  static final int MAX_NESTING = 50;

  /** {@code *}, {@code _} or {@code -} in a row (spaces between them allowed). */
  static final int MAX_RUN = 500;

  /** Link and image brackets {@code [} open at once in one paragraph. */
  static final int MAX_OPEN_BRACKETS = 200;

  /** {@code |} on one line: the table extension matches a row's cells by recursion. */
  static final int MAX_PIPES = 200;

  private MarkdownLimits() {}

  /**
   * Where a text first goes past a limit: {@code line} and {@code column} (1-based, in the text),
   * the catalog key of the message and the limit.
   */
  record Exceeded(int line, int column, String key, int limit) {}

  /** The first place {@code text} goes past a limit, or null when it keeps them all. */
  static Exceeded check(String source) {
    // One copy into a char array: reading it costs far less than String.charAt per character
    // with the launcher's C1-only compiler (docs/performance.md).
    char[] text = source.toCharArray();
    int line = 1;
    int start = 0;
    int brackets = 0;
    while (start <= text.length) {
      int end = start;
      while (end < text.length && text[end] != '\n') end++;
      Exceeded e = nesting(text, start, end, line);
      if (e != null) return e;
      if (isBlank(text, start, end)) {
        brackets = 0; // a blank line ends a paragraph, and the brackets open in it
      } else {
        char run = 0;
        int runLength = 0;
        int pipes = 0;
        for (int i = start; i < end; i++) {
          char c = text[i];
          if (c == '*' || c == '_' || c == '-') {
            runLength = c == run ? runLength + 1 : 1;
            run = c;
            if (runLength > MAX_RUN) {
              return new Exceeded(line, i - start + 1, "markdown.run", MAX_RUN);
            }
          } else if (c != ' ' && c != '\t') {
            run = 0;
            runLength = 0;
          }
          if (c == '\\') {
            i++; // an escaped character opens and closes nothing
          } else if (c == '[') {
            if (++brackets > MAX_OPEN_BRACKETS) {
              return new Exceeded(line, i - start + 1, "markdown.brackets", MAX_OPEN_BRACKETS);
            }
          } else if (c == ']' && brackets > 0) {
            brackets--;
          } else if (c == '|' && ++pipes > MAX_PIPES) {
            return new Exceeded(line, i - start + 1, "markdown.columns", MAX_PIPES);
          }
        }
      }
      start = end + 1;
      line++;
    }
    return null;
  }

  /**
   * The containers a line opens: each block quote marker and list marker at its start, and its
   * indentation (a nested list item is indented at least two columns past its parent's).
   */
  private static Exceeded nesting(char[] text, int start, int end, int line) {
    int depth = 0;
    int spaces = 0;
    int i = start;
    while (i < end) {
      char c = text[i];
      if (c == ' ' || c == '\t') {
        spaces += c == '\t' ? 4 : 1;
        i++;
        continue;
      }
      int after = marker(text, i, end);
      if (depth + (after < 0 ? 0 : 1) + spaces / 2 > MAX_NESTING) {
        return new Exceeded(line, i - start + 1, "markdown.nesting", MAX_NESTING);
      }
      if (after < 0) break;
      depth++;
      // The one space that ends a marker is part of it; more is indentation.
      if (after < end && (text[after] == ' ' || text[after] == '\t')) after++;
      i = after;
    }
    return null;
  }

  /** The index after a container marker at {@code i} ({@code >}, {@code -}, {@code 1.}), or -1. */
  private static int marker(char[] s, int i, int end) {
    char c = s[i];
    if (c == '>') return i + 1;
    int after;
    if (c == '-' || c == '+' || c == '*') {
      after = i + 1;
    } else {
      int j = i;
      while (j < end && j - i < 9 && s[j] >= '0' && s[j] <= '9') j++;
      if (j == i || j >= end || (s[j] != '.' && s[j] != ')')) return -1;
      after = j + 1;
    }
    if (after < end && s[after] != ' ' && s[after] != '\t') return -1;
    return after;
  }

  private static boolean isBlank(char[] s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }
}

package no.planvev.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Prints problems the way compilers do: {@code path:line:column: error: message}, then the
 * offending source line and a caret under the column. Messages and labels are in English or
 * Norwegian bokmål ({@code feil}, {@code advarsel}).
 */
public final class ProblemPrinter {

  private final List<Path> roots;
  private final String lang;

  /** {@code roots} are the folders problem paths may be relative to, tried in order. */
  public ProblemPrinter(List<Path> roots) {
    this(roots, "en");
  }

  /** Prints in {@code lang}: {@code en} or {@code nb}. */
  public ProblemPrinter(List<Path> roots, String lang) {
    this.roots = List.copyOf(roots);
    this.lang = lang;
  }

  public void print(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println(p.format(lang));
      sourceLine(p)
          .ifPresent(
              line -> {
                String shown = line.replace('\t', ' ');
                err.println("    " + Printable.clean(shown));
                err.println("    " + " ".repeat(caretColumn(shown, p.pos().column())) + "^");
              });
    }
    err.flush();
  }

  /**
   * The line as it is in the file (front matter lines count from the top of the file, as positions
   * do), without a byte order mark or line end; empty for whole-file problems.
   */
  Optional<String> sourceLine(Problem p) {
    if (p.pos().line() <= 0) return Optional.empty();
    for (Path base : roots) {
      Path file;
      try {
        file = base.resolve(p.pos().path());
      } catch (java.nio.file.InvalidPathException e) {
        continue;
      }
      if (!Files.isRegularFile(file)) continue;
      try {
        if (Files.size(file) > 4L * 1024 * 1024) return Optional.empty();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (p.pos().line() > lines.length) return Optional.empty();
        String line = lines[p.pos().line() - 1].replace("\uFEFF", "").stripTrailing();
        // A line of megabytes helps nobody; the position says where to look.
        return line.length() > 500 ? Optional.empty() : Optional.of(line);
      } catch (IOException | UncheckedIOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * How many terminal columns come before {@code column} (1-based, in characters): wide characters
   * (CJK, emoji) take two, combining marks none, a control character the six of its printed escape.
   */
  static int caretColumn(String line, int column) {
    int width = 0;
    int chars = 0;
    for (int i = 0; i < line.length() && chars < column - 1; ) {
      int cp = line.codePointAt(i);
      width += width(cp);
      i += Character.charCount(cp);
      chars += Character.charCount(cp);
    }
    return Math.max(0, width);
  }

  private static int width(int cp) {
    // Shown as a six-character backslash escape by Printable.clean.
    if (cp != '\t' && cp <= 0xFFFF && Printable.isControl(cp)) return 6;
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }
}

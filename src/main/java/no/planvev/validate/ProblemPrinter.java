package no.planvev.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints problems the way compilers do: {@code path:line:column: error: message}, then the
 * offending source line and a caret under the column.
 */
public final class ProblemPrinter {

  private final List<Path> roots;

  /** {@code roots} are the folders problem paths may be relative to, tried in order. */
  public ProblemPrinter(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  public void print(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println(p);
      sourceLine(p).ifPresent(line -> {
        err.println("    " + line);
        err.println("    " + " ".repeat(caretColumn(line, p.pos().column())) + "^");
      });
    }
    err.flush();
  }

  private java.util.Optional<String> sourceLine(Problem p) {
    if (p.pos().line() <= 0) return java.util.Optional.empty();
    for (Path base : roots) {
      Path file = base.resolve(p.pos().path());
      if (!Files.isRegularFile(file)) continue;
      try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
        return lines.skip(p.pos().line() - 1L).findFirst()
            .map(l -> l.replace("\uFEFF", "").replace("\t", " ").stripTrailing());
      } catch (IOException | java.io.UncheckedIOException e) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /** Columns count characters; the caret line must line up under wide text too. */
  private static int caretColumn(String line, int column) {
    return Math.max(0, Math.min(column - 1, line.length()));
  }
}

package no.planvev.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one build; thread-safe, sorted on the way out. */
public final class Problems {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.pos().path())
          .thenComparingInt(p -> p.pos().line())
          .thenComparingInt(p -> p.pos().column())
          .thenComparing(Problem::message)
          .thenComparing(Problem::severity);

  private final List<Problem> list = new ArrayList<>();

  public synchronized void add(Problem p) {
    list.add(p);
  }

  public void error(SourcePos pos, String message) {
    add(Problem.error(pos, message));
  }

  public void warning(SourcePos pos, String message) {
    add(Problem.warning(pos, message));
  }

  public void error(SourcePos pos, Message message) {
    add(Problem.error(pos, message));
  }

  public void warning(SourcePos pos, Message message) {
    add(Problem.warning(pos, message));
  }

  /** All problems, by file and position, without duplicates. */
  public synchronized List<Problem> all() {
    return list.stream().distinct().sorted(ORDER).toList();
  }

  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public synchronized long count(Severity s) {
    return list.stream().distinct().filter(p -> p.severity() == s).count();
  }

  /** Makes every warning an error ({@code --strict}). */
  public synchronized void promoteWarnings() {
    list.replaceAll(Problem::asError);
  }
}

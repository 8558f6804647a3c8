package no.planvev.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When something is due, in one of the content format's forms. Every form covers a span of days:
 * {@link #start()} is its first day and {@link #due()} its last.
 */
public sealed interface Deadline {

  LocalDate start();

  LocalDate due();

  /** How exact it is: one of {@link Precision} per form. */
  default Precision precision() {
    return Precision.of(this);
  }

  /** The form as written in content, normalised (e.g. {@code 2017-W50}). */
  String iso();

  record Day(LocalDate date) implements Deadline {
    public LocalDate start() {
      return date;
    }

    public LocalDate due() {
      return date;
    }

    public String iso() {
      return date.toString();
    }
  }

  record Week(int weekYear, int week, LocalDate start, LocalDate due) implements Deadline {
    public String iso() {
      return String.format(Locale.ROOT, "%04d-W%02d", weekYear, week);
    }
  }

  record Month(int year, int month) implements Deadline {
    public LocalDate start() {
      return LocalDate.of(year, month, 1);
    }

    public LocalDate due() {
      return start().plusMonths(1).minusDays(1);
    }

    public String iso() {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
  }

  record Quarter(int year, int quarter) implements Deadline {
    public LocalDate start() {
      return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate due() {
      return start().plusMonths(3).minusDays(1);
    }

    public String iso() {
      return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
    }
  }

  record Year(int year) implements Deadline {
    public LocalDate start() {
      return LocalDate.of(year, 1, 1);
    }

    public LocalDate due() {
      return LocalDate.of(year, 12, 31);
    }

    public String iso() {
      return String.format(Locale.ROOT, "%04d", year);
    }
  }

  /** From the start of {@code from} to the end of {@code to}; never nested. */
  record Interval(Deadline from, Deadline to) implements Deadline {
    public Interval {
      if (from instanceof Interval
          || to instanceof Interval
          || from instanceof Text
          || to instanceof Text) {
        throw new IllegalArgumentException("interval ends must be simple deadlines");
      }
      if (to.due().isBefore(from.start())) {
        throw new IllegalArgumentException("interval ends before it starts");
      }
    }

    public LocalDate start() {
      return from.start();
    }

    public LocalDate due() {
      return to.due();
    }

    public String iso() {
      return from.iso() + "/" + to.iso();
    }
  }

  /** Free text, placed and judged by {@code sort}. */
  record Text(LText text, Deadline sort) implements Deadline {
    public Text {
      if (sort instanceof Text) throw new IllegalArgumentException("sort must not be free text");
    }

    public LocalDate start() {
      return sort.start();
    }

    public LocalDate due() {
      return sort.due();
    }

    public String iso() {
      return sort.iso();
    }
  }
}

package no.planvev.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long ago an overdue deadline passed, in the unit a reader would say it in: days up to two
 * weeks, weeks up to two months, months up to two years, then years ("Forsinket 3 uker"). {@code
 * unit} is {@code day}, {@code week}, {@code month} or {@code year}; the template picks the UI
 * string {@code late.<unit>} (or {@code late.<unit>.one} for 1).
 */
record LateBy(long n, String unit, boolean one) {

  /** Null when {@code due} is not before {@code today}. */
  static LateBy of(LocalDate due, LocalDate today) {
    if (due == null || !due.isBefore(today)) return null;
    long days = ChronoUnit.DAYS.between(due, today);
    long months = ChronoUnit.MONTHS.between(due, today);
    if (days < 14) return make(days, "day");
    if (months < 2) return make(days / 7, "week");
    if (months < 24) return make(months, "month");
    return make(ChronoUnit.YEARS.between(due, today), "year");
  }

  private static LateBy make(long n, String unit) {
    return new LateBy(n, unit, n == 1);
  }
}

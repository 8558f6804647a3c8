package no.planvev.render;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How late something is, in the unit a reader thinks in: days up to two weeks, weeks up to two
 * months, months up to two years, then years (always rounded down). {@code key} is the UI
 * string with the plural form, e.g. {@code late.weeks.other} ("{0} uker"); {@code late.tag}
 * wraps it ("Forsinket {0}").
 */
record Lateness(String key, int count) {

  /** How late a thing due on {@code due} (its last day) is on {@code today}; null when not late. */
  static Lateness of(LocalDate due, LocalDate today) {
    if (due == null || !today.isAfter(due)) return null;
    long days = ChronoUnit.DAYS.between(due, today);
    Period p = Period.between(due, today);
    long months = p.toTotalMonths();
    if (days < 14) return of("days", days);
    if (months < 2) return of("weeks", days / 7);
    if (months < 24) return of("months", months);
    return of("years", p.getYears());
  }

  private static Lateness of(String unit, long n) {
    return new Lateness("late." + unit + (n == 1 ? ".one" : ".other"), (int) n);
  }

  /** "3 uker" in the language of {@code ui}. */
  String amount(Map<String, String> ui) {
    return ui.getOrDefault(key, "{0}").replace("{0}", Integer.toString(count));
  }

  /** "Forsinket 3 uker" / "3 weeks late" in the language of {@code ui}. */
  String phrase(Map<String, String> ui) {
    return ui.getOrDefault("late.tag", "{0}").replace("{0}", amount(ui));
  }
}

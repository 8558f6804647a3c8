package no.planvev.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.LText;

/**
 * Deadlines as people write them in each language: {@code 30. november 2017} /
 * {@code 30 November 2017}, {@code uke 50 2017} / {@code week 50 2017}, and so on. Languages
 * without their own rules are shown in English.
 */
public final class DeadlineFormat {

  private record Words(List<String> months, String week, String quarter, boolean dayDot,
      boolean capitalMonths) {}

  private static final List<String> NO_MONTHS = List.of("januar", "februar", "mars", "april",
      "mai", "juni", "juli", "august", "september", "oktober", "november", "desember");
  private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December");

  private static final Map<String, Words> WORDS = Map.of(
      "nb", new Words(NO_MONTHS, "uke", "kvartal", true, false),
      "nn", new Words(NO_MONTHS, "veke", "kvartal", true, false),
      "en", new Words(EN_MONTHS, "week", "Q", false, true));

  private DeadlineFormat() {}

  private static Words words(String lang) {
    return WORDS.getOrDefault(lang, WORDS.get("en"));
  }

  /** The deadline as text in {@code lang}; free text falls back to the default language. */
  public static String display(Deadline d, String lang, String defaultLang) {
    Words w = words(lang);
    if (d instanceof Deadline.Day day) return day(day.date(), w);
    if (d instanceof Deadline.Week wk) return w.week() + " " + wk.week() + " " + wk.weekYear();
    if (d instanceof Deadline.Month m) return month(m.month(), w) + " " + m.year();
    if (d instanceof Deadline.Quarter q) return quarter(q.quarter(), w, q.year());
    if (d instanceof Deadline.Year y) return Integer.toString(y.year());
    if (d instanceof Deadline.Interval i) return interval(i, w, lang, defaultLang);
    return text(((Deadline.Text) d).text(), lang, defaultLang);
  }

  /** A month heading such as {@code november 2017} / {@code November 2017}. */
  public static String monthLabel(int year, int month, String lang) {
    return month(month, words(lang)) + " " + year;
  }

  /** A quarter heading such as {@code 1. kvartal 2018} / {@code Q1 2018}. */
  public static String quarterLabel(int year, int quarter, String lang) {
    return quarter(quarter, words(lang), year);
  }

  /** A short month name for timeline ticks: {@code jan.} / {@code Jan}. */
  public static String shortMonth(int month, String lang) {
    Words w = words(lang);
    String name = w.months().get(month - 1);
    return w.capitalMonths() ? name.substring(0, 3) : name.substring(0, 3) + ".";
  }

  /** A plain date in {@code lang}: {@code 1. oktober 2017} / {@code 1 October 2017}. */
  public static String date(LocalDate date, String lang) {
    return day(date, words(lang));
  }

  /**
   * A valid HTML {@code <time datetime>} value: {@code 2017-11-30}, {@code 2017-W50},
   * {@code 2018-02}, {@code 2018}; quarters, intervals and free text give the due day.
   */
  public static String datetime(Deadline d) {
    if (d instanceof Deadline.Day || d instanceof Deadline.Week || d instanceof Deadline.Month
        || d instanceof Deadline.Year) {
      return d.iso();
    }
    return d.due().toString();
  }

  private static String day(LocalDate date, Words w) {
    String month = w.months().get(date.getMonthValue() - 1);
    return w.dayDot()
        ? date.getDayOfMonth() + ". " + month + " " + date.getYear()
        : date.getDayOfMonth() + " " + month + " " + date.getYear();
  }

  private static String month(int month, Words w) {
    return w.months().get(month - 1);
  }

  private static String quarter(int quarter, Words w, int year) {
    return w.dayDot() ? quarter + ". " + w.quarter() + " " + year : "Q" + quarter + " " + year;
  }

  private static String interval(Deadline.Interval i, Words w, String lang, String defaultLang) {
    Deadline from = i.from();
    Deadline to = i.to();
    // Within one year, say the year once: "januar–februar 2018", "1.–15. mars 2018".
    if (from instanceof Deadline.Month a && to instanceof Deadline.Month b && a.year() == b.year()) {
      return month(a.month(), w) + "–" + month(b.month(), w) + " " + b.year();
    }
    if (from instanceof Deadline.Day a && to instanceof Deadline.Day b
        && a.date().getYear() == b.date().getYear()) {
      LocalDate x = a.date();
      LocalDate y = b.date();
      if (x.getMonth() == y.getMonth()) {
        return w.dayDot()
            ? x.getDayOfMonth() + ".–" + day(y, w)
            : x.getDayOfMonth() + "–" + day(y, w);
      }
      String first = w.dayDot()
          ? x.getDayOfMonth() + ". " + month(x.getMonthValue(), w)
          : x.getDayOfMonth() + " " + month(x.getMonthValue(), w);
      return first + " – " + day(y, w);
    }
    if (from instanceof Deadline.Week a && to instanceof Deadline.Week b
        && a.weekYear() == b.weekYear()) {
      return w.week() + " " + a.week() + "–" + b.week() + " " + b.weekYear();
    }
    if (from instanceof Deadline.Year a && to instanceof Deadline.Year b) {
      return a.year() + "–" + b.year();
    }
    return display(from, lang, defaultLang) + " – " + display(to, lang, defaultLang);
  }

  private static String text(LText text, String lang, String defaultLang) {
    return text.resolve(lang, defaultLang).map(LText.Resolved::text).orElse("");
  }
}

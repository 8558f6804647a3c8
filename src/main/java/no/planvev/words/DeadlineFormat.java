package no.planvev.words;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvev.model.Deadline;
import no.planvev.model.LText;

/**
 * Deadlines as people write them in each language: {@code 30. november 2017} / {@code 30 November
 * 2017}, {@code uke 50 2017} / {@code week 50 2017}, and so on.
 *
 * <p>The words and patterns come from the language's UI strings ({@code month.1} ... {@code
 * month.12}, {@code month.short.N}, {@code date.day}, {@code date.week}, {@code date.quarter}) in
 * {@code templates/i18n}; a key missing there comes from the fallback language's strings (English),
 * then from the JDK's CLDR data for the language (month and day names). There is no other table of
 * these words: {@link Words} hands out one format per language, and every output (pages, calendars,
 * feeds, CSV) asks it.
 *
 * <p>{@code months}, {@code shortMonths} (January first) and {@code weekdays} (Monday first) are
 * the names; {@code dayPattern}, {@code weekPattern} and {@code quarterPattern} the patterns.
 */
public record DeadlineFormat(
    List<String> months,
    List<String> shortMonths,
    List<String> weekdays,
    String dayPattern,
    String weekPattern,
    String quarterPattern) {

  private static final Set<Locale> JDK_LOCALES =
      Set.copyOf(Arrays.asList(java.text.DateFormatSymbols.getAvailableLocales()));

  public DeadlineFormat {
    months = List.copyOf(months);
    shortMonths = List.copyOf(shortMonths);
    weekdays = List.copyOf(weekdays);
  }

  /** The format of {@code lang} from its UI strings ({@code ui} may lack any key, or be empty). */
  public static DeadlineFormat of(String lang, Map<String, String> ui) {
    return of(lang, ui, Map.of());
  }

  /**
   * The format of {@code lang}: a key {@code own} lacks comes from {@code fallback} (the fallback
   * language's strings), then, for month and day names, from CLDR.
   */
  public static DeadlineFormat of(
      String lang, Map<String, String> own, Map<String, String> fallback) {
    Locale locale = cldrLocale(lang);
    List<String> months = new ArrayList<>();
    List<String> shortMonths = new ArrayList<>();
    for (Month m : Month.values()) {
      String full =
          own.getOrDefault(
              "month." + m.getValue(), m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
      months.add(full);
      shortMonths.add(
          own.getOrDefault("month.short." + m.getValue(), shortMonth(lang, full, m, locale)));
    }
    List<String> weekdays = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays.add(
          own.getOrDefault(
              "weekday." + d.getValue(), d.getDisplayName(TextStyle.FULL_STANDALONE, locale)));
    }
    return new DeadlineFormat(
        months,
        shortMonths,
        weekdays,
        pattern("date.day", own, fallback, "{day} {month} {year}"),
        pattern("date.week", own, fallback, "{year}-W{week}"),
        pattern("date.quarter", own, fallback, "{year}-Q{quarter}"));
  }

  private static String pattern(
      String key, Map<String, String> own, Map<String, String> fallback, String lastResort) {
    String p = own.get(key);
    if (p == null) p = fallback.get(key);
    return p == null ? lastResort : p;
  }

  /** The format of {@code lang} from the built-in theme's UI strings ({@link Words#builtIn}). */
  public static DeadlineFormat builtIn(String lang) {
    return Words.builtIn().dates(lang);
  }

  /** The JDK's locale for {@code lang} when it has CLDR data for it; English otherwise. */
  static Locale cldrLocale(String lang) {
    Locale l = Locale.forLanguageTag(lang);
    if (JDK_LOCALES.contains(l)) return l;
    Locale base = Locale.forLanguageTag(l.getLanguage());
    return JDK_LOCALES.contains(base) ? base : Locale.ENGLISH;
  }

  /** Timeline ticks: nb and nn abbreviate with a dot ("jan."), English without; others CLDR's. */
  private static String shortMonth(String lang, String full, Month m, Locale locale) {
    if (lang.equals("nb") || lang.equals("nn")) {
      return full.substring(0, Math.min(3, full.length())) + ".";
    }
    if (locale.equals(Locale.ENGLISH) || lang.equals("en")) return full.substring(0, 3);
    return m.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
  }

  /**
   * The deadline as text in {@code lang} (built-in words); free text falls back to the default
   * language.
   */
  public static String display(Deadline d, String lang, String defaultLang) {
    return builtIn(lang).displayIn(d, lang, defaultLang);
  }

  /** The deadline as text; free text in {@code lang}, else in the default language. */
  public String displayIn(Deadline d, String lang, String defaultLang) {
    if (d instanceof Deadline.Day day) return day(day.date());
    if (d instanceof Deadline.Week wk) return week(Integer.toString(wk.week()), wk.weekYear());
    if (d instanceof Deadline.Month m) return month(m.month()) + " " + m.year();
    if (d instanceof Deadline.Quarter q) return quarter(q.quarter(), q.year());
    if (d instanceof Deadline.Year y) return Integer.toString(y.year());
    if (d instanceof Deadline.Interval i) return interval(i, lang, defaultLang);
    return text(((Deadline.Text) d).text(), lang, defaultLang);
  }

  /** A month heading such as {@code november 2017} / {@code November 2017}. */
  public String monthLabel(int year, int month) {
    return month(month) + " " + year;
  }

  /** A quarter heading such as {@code 1. kvartal 2018} / {@code Q1 2018}. */
  public String quarterLabel(int year, int quarter) {
    return quarter(quarter, year);
  }

  /** A short month name for timeline ticks: {@code jan.} / {@code Jan}. */
  public String shortMonth(int month) {
    return shortMonths.get(month - 1);
  }

  /** The name of a weekday, Monday = 1. */
  public String weekday(int isoDay) {
    return weekdays.get(isoDay - 1);
  }

  /** A plain date: {@code 1. oktober 2017} / {@code 1 October 2017}. */
  public String date(LocalDate date) {
    return day(date);
  }

  /** A plain date in {@code lang}, with the built-in words. */
  public static String date(LocalDate date, String lang) {
    return builtIn(lang).day(date);
  }

  /** A month heading in {@code lang}, with the built-in words. */
  public static String monthLabel(int year, int month, String lang) {
    return builtIn(lang).monthLabel(year, month);
  }

  /** A quarter heading in {@code lang}, with the built-in words. */
  public static String quarterLabel(int year, int quarter, String lang) {
    return builtIn(lang).quarterLabel(year, quarter);
  }

  /** A short month in {@code lang}, with the built-in words. */
  public static String shortMonth(int month, String lang) {
    return builtIn(lang).shortMonth(month);
  }

  /**
   * A valid HTML {@code <time datetime>} value: {@code 2017-11-30}, {@code 2017-W50}, {@code
   * 2018-02}, {@code 2018}; quarters, intervals and free text give the due day.
   */
  public static String datetime(Deadline d) {
    if (d instanceof Deadline.Day
        || d instanceof Deadline.Week
        || d instanceof Deadline.Month
        || d instanceof Deadline.Year) {
      return d.iso();
    }
    return d.due().toString();
  }

  /** True when the day pattern writes the day as an ordinal with a dot ("30. november"). */
  private boolean dayDot() {
    return dayPattern.startsWith("{day}.");
  }

  private String day(LocalDate date) {
    return dayPattern
        .replace("{day}", Integer.toString(date.getDayOfMonth()))
        .replace("{month}", month(date.getMonthValue()))
        .replace("{year}", Integer.toString(date.getYear()));
  }

  private String week(String week, int year) {
    return weekPattern.replace("{week}", week).replace("{year}", Integer.toString(year));
  }

  private String month(int month) {
    return months.get(month - 1);
  }

  private String quarter(int quarter, int year) {
    return quarterPattern
        .replace("{quarter}", Integer.toString(quarter))
        .replace("{year}", Integer.toString(year));
  }

  private String interval(Deadline.Interval i, String lang, String defaultLang) {
    Deadline from = i.from();
    Deadline to = i.to();
    // Within one year, say the year once: "januar–februar 2018", "1.–15. mars 2018".
    if (from instanceof Deadline.Month a
        && to instanceof Deadline.Month b
        && a.year() == b.year()) {
      return month(a.month()) + "–" + month(b.month()) + " " + b.year();
    }
    boolean dayFirst = dayPattern.startsWith("{day}");
    if (dayFirst
        && from instanceof Deadline.Day a
        && to instanceof Deadline.Day b
        && a.date().getYear() == b.date().getYear()) {
      LocalDate x = a.date();
      LocalDate y = b.date();
      if (x.getMonth() == y.getMonth()) {
        return dayDot() ? x.getDayOfMonth() + ".–" + day(y) : x.getDayOfMonth() + "–" + day(y);
      }
      String first =
          dayDot()
              ? x.getDayOfMonth() + ". " + month(x.getMonthValue())
              : x.getDayOfMonth() + " " + month(x.getMonthValue());
      return first + " – " + day(y);
    }
    if (from instanceof Deadline.Week a
        && to instanceof Deadline.Week b
        && a.weekYear() == b.weekYear()) {
      return week(a.week() + "–" + b.week(), b.weekYear());
    }
    if (from instanceof Deadline.Year a && to instanceof Deadline.Year b) {
      return a.year() + "–" + b.year();
    }
    return displayIn(from, lang, defaultLang) + " – " + displayIn(to, lang, defaultLang);
  }

  private static String text(LText text, String lang, String defaultLang) {
    return text.resolve(lang, defaultLang).map(LText.Resolved::text).orElse("");
  }
}

package no.planvev.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the written forms of a {@link Deadline}; say why a value is impossible. */
public final class Deadlines {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private Deadlines() {}

  /**
   * A deadline text that is not a valid deadline: {@code key} and {@code args} say why, for the
   * message catalog ({@code validate/messages.*.properties}; e.g. {@code deadline.days}, with the
   * text, the {@link Month}, the year and the number of days). The words are the catalog's alone:
   * the exception's own message is only the key and the arguments, for a stack trace.
   */
  public static final class InvalidDeadline extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final String key;
    private final transient List<Object> args;

    InvalidDeadline(int offset, String key, Object... args) {
      super(key + " " + List.of(args), null, false, false);
      this.offset = offset;
      this.key = key;
      this.args = List.of(args);
    }

    /** Character offset in the parsed text where the problem is (0 = start). */
    public int offset() {
      return offset;
    }

    /** What is wrong, as a message key: {@code deadline.<reason>}. */
    public String key() {
      return key;
    }

    /** The values the message names, in order. */
    public List<Object> args() {
      return args;
    }
  }

  /** Parses any form but free text (that one is a map in YAML, built by the loader). */
  public static Deadline parse(String text) throws InvalidDeadline {
    String s = text.strip();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      Deadline from = parseSimple(s.substring(0, slash), 0);
      Deadline to = parseSimple(s.substring(slash + 1), slash + 1);
      if (to.due().isBefore(from.start())) {
        throw new InvalidDeadline(slash + 1, "deadline.backwards", s);
      }
      return new Deadline.Interval(from, to);
    }
    return parseSimple(s, 0);
  }

  /** Parses a plain calendar date (for {@code published}, {@code adopted.date} and the like). */
  public static LocalDate parseDate(String text) throws InvalidDeadline {
    String s = text.strip();
    if (!DAY.matcher(s).matches()) {
      throw new InvalidDeadline(0, "deadline.notDate", s);
    }
    return ((Deadline.Day) parseSimple(s, 0)).date();
  }

  private static Deadline parseSimple(String s, int offset) throws InvalidDeadline {
    // There is no year 0 (1 BC is followed by AD 1); 0000 is a typing mistake.
    if (s.startsWith("0000") && (s.length() == 4 || s.charAt(4) == '-')) {
      throw new InvalidDeadline(offset, "deadline.year0", s);
    }
    Matcher m;
    if ((m = DAY.matcher(s)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      checkMonth(s, mo, offset + 5);
      int len = Month.of(mo).length(java.time.Year.isLeap(y));
      if (d < 1 || d > len) {
        throw new InvalidDeadline(
            offset + 8,
            d < 1 ? "deadline.day0" : mo == 2 ? "deadline.february" : "deadline.days",
            s,
            Month.of(mo),
            y,
            len);
      }
      return new Deadline.Day(LocalDate.of(y, mo, d));
    }
    if ((m = WEEK.matcher(s)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int w = Integer.parseInt(m.group(2));
      LocalDate mid = LocalDate.of(y, 6, 1);
      long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
      if (w < 1 || w > weeks) {
        throw new InvalidDeadline(offset + 6, "deadline.week", s, y, weeks);
      }
      LocalDate monday =
          mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return new Deadline.Week(y, w, monday, monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      int q = Integer.parseInt(m.group(2));
      if (q < 1 || q > 4) {
        throw new InvalidDeadline(offset + 6, "deadline.quarter", s);
      }
      return new Deadline.Quarter(Integer.parseInt(m.group(1)), q);
    }
    if ((m = MONTH.matcher(s)).matches()) {
      int mo = Integer.parseInt(m.group(2));
      checkMonth(s, mo, offset + 5);
      return new Deadline.Month(Integer.parseInt(m.group(1)), mo);
    }
    if (YEAR.matcher(s).matches()) {
      return new Deadline.Year(Integer.parseInt(s));
    }
    throw new InvalidDeadline(offset, "deadline.form", s);
  }

  private static void checkMonth(String s, int month, int offset) throws InvalidDeadline {
    if (month < 1 || month > 12) {
      throw new InvalidDeadline(offset, "deadline.month", s);
    }
  }
}

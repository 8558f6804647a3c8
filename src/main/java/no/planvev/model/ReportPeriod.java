package no.planvev.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a year ({@code 2017}), half year ({@code 2017-H2}), tertial ({@code
 * 2017-T2}), quarter ({@code 2017-Q3}) or month ({@code 2017-11}). {@code kind} is one of {@code Y
 * H T Q M}; {@code n} the half, tertial, quarter or month (0 for a year).
 */
public record ReportPeriod(int year, char kind, int n) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:([HTQ])(\\d)|(\\d{2})))?");

  /** The period written as {@code text}, or null when it is none of the accepted forms. */
  public static ReportPeriod parse(String text) {
    if (text == null) return null;
    Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) return null;
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      char kind = m.group(2).charAt(0);
      int n = Integer.parseInt(m.group(3));
      int max = kind == 'H' ? 2 : kind == 'T' ? 3 : 4;
      return n >= 1 && n <= max ? new ReportPeriod(year, kind, n) : null;
    }
    if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4));
      return month >= 1 && month <= 12 ? new ReportPeriod(year, 'M', month) : null;
    }
    return new ReportPeriod(year, 'Y', 0);
  }

  private int months() {
    return switch (kind) {
      case 'H' -> 6;
      case 'T' -> 4;
      case 'Q' -> 3;
      case 'M' -> 1;
      default -> 12;
    };
  }

  /** The first day of the period. */
  public LocalDate start() {
    return kind == 'Y'
        ? LocalDate.of(year, 1, 1)
        : LocalDate.of(year, 1, 1).plusMonths((long) (n - 1) * months());
  }

  /** The last day of the period. */
  public LocalDate end() {
    return start().plusMonths(months()).minusDays(1);
  }

  /** The period as written in content: {@code 2017-H2}, {@code 2017-11}, {@code 2017}. */
  public String iso() {
    return switch (kind) {
      case 'Y' -> String.format(Locale.ROOT, "%04d", year);
      case 'M' -> String.format(Locale.ROOT, "%04d-%02d", year, n);
      default -> String.format(Locale.ROOT, "%04d-%c%d", year, kind, n);
    };
  }

  /**
   * The period as an HTML {@code <time datetime>} value: a year or a month; null for a half year,
   * tertial or quarter, which HTML has no form for.
   */
  public String datetime() {
    return kind == 'Y' || kind == 'M' ? iso() : null;
  }
}

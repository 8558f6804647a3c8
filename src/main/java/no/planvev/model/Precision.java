package no.planvev.model;

/** How exact a deadline is; decides how it is displayed. */
public enum Precision {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR,
  INTERVAL,
  TEXT;

  private static final java.util.Map<Class<?>, Precision> OF_FORM =
      java.util.Map.of(
          Deadline.Day.class, DAY,
          Deadline.Week.class, WEEK,
          Deadline.Month.class, MONTH,
          Deadline.Quarter.class, QUARTER,
          Deadline.Year.class, YEAR,
          Deadline.Interval.class, INTERVAL,
          Deadline.Text.class, TEXT);

  /** The precision of a deadline's form. */
  static Precision of(Deadline d) {
    return OF_FORM.get(d.getClass());
  }
}

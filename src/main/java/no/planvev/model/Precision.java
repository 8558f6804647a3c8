package no.planvev.model;

/** How exact a deadline is; decides how it is displayed. */
public enum Precision {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR,
  INTERVAL,
  TEXT
}

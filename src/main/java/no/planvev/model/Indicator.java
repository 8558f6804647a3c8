package no.planvev.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * An indicator of a focus area's goal: what is measured ({@code name}, {@code unit}), which way is
 * good ({@code direction}), where it started ({@code baseline}), where it shall be and when ({@code
 * target}), and what has been measured so far, oldest first. {@code note} (may be null) is shown
 * with the chart, e.g. that the values are invented for a demo. Whether it is on track is {@link
 * #projection()}.
 */
public record Indicator(
    String id,
    SourcePos pos,
    LText name,
    LText unit,
    Direction direction,
    Point baseline,
    Point target,
    List<Measurement> measurements,
    LText note) {

  public Indicator {
    measurements = List.copyOf(measurements);
  }

  /** Which way the measured value should go. */
  public enum Direction {
    /** Higher is better: on track when the projection reaches the target or more. */
    UP,
    /** Lower is better: on track when the projection reaches the target or less. */
    DOWN;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A value on a day: the baseline or the target. */
  public record Point(BigDecimal value, LocalDate date) {}

  /** One measured value: when, how much, where it comes from, and an optional note (or null). */
  public record Measurement(LocalDate date, BigDecimal value, LText source, LText note) {}

  /**
   * A value of the series with its kind: {@code baseline}, {@code measurement} or {@code target}.
   */
  public record SeriesValue(String kind, Measurement value) {}

  /** The whole series, as tables list it: the baseline, each measurement, then the target. */
  public List<SeriesValue> series() {
    List<SeriesValue> out = new java.util.ArrayList<>();
    out.add(
        new SeriesValue(
            "baseline", new Measurement(baseline.date(), baseline.value(), null, null)));
    measurements.forEach(m -> out.add(new SeriesValue("measurement", m)));
    out.add(new SeriesValue("target", new Measurement(target.date(), target.value(), null, null)));
    return List.copyOf(out);
  }

  /** On track or not, by the straight line through the measurements (see the class). */
  public IndicatorProjection projection() {
    return IndicatorProjection.of(this);
  }

  /** The most recent measurement, or null when there is none. */
  public Measurement latest() {
    return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
  }
}

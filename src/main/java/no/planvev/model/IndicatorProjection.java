package no.planvev.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether an indicator is on track: the rule, written once for pages, data files and tests.
 *
 * <p>The measurements are (day, value) points; x is the day as a count of days. With at least two
 * of them on different days, the least-squares straight line through all of them is
 *
 * <pre>
 *   slope     b = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)²
 *   intercept a = ȳ − b·x̄
 *   projected value on the target date  ŷ = a + b·x_target
 * </pre>
 *
 * (with exactly two measurements this is the line through both). The indicator is <em>on track</em>
 * when ŷ reaches the target in the good direction — ŷ ≥ target for {@code up}, ŷ ≤ target for
 * {@code down} — and <em>off track</em> otherwise. When a measurement is on or after the target
 * date, the target date has come: the last measurement on or before it... is not projected, the
 * latest measurement's value is judged the same way instead. With fewer than two measurements (or
 * all on one day) there is <em>not enough data</em> and no projection.
 */
public record IndicatorProjection(
    State state, BigDecimal projected, BigDecimal slopePerYear, boolean measuredAtTarget) {

  /** The three outcomes. */
  public enum State {
    ON_TRACK,
    OFF_TRACK,
    NOT_ENOUGH_DATA;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** Days in an average year, to state the slope per year. */
  private static final double YEAR = 365.2425;

  static IndicatorProjection of(Indicator in) {
    List<Indicator.Measurement> ms = in.measurements();
    Indicator.Point target = in.target();
    int scale = scale(in) + 1;
    Indicator.Measurement latest = in.latest();
    if (latest != null && target != null && !latest.date().isBefore(target.date())) {
      return new IndicatorProjection(judge(in, latest.value()), latest.value(), null, true);
    }
    if (ms.size() < 2
        || target == null
        || ms.stream().map(Indicator.Measurement::date).distinct().count() < 2) {
      return new IndicatorProjection(State.NOT_ENOUGH_DATA, null, null, false);
    }
    double[] line = line(ms);
    double y = line[0] + line[1] * target.date().toEpochDay();
    // Judged on the exact value; shown with one decimal more than the data has, at most.
    State state = judge(in, BigDecimal.valueOf(y));
    return new IndicatorProjection(state, shown(y, scale), shown(line[1] * YEAR, scale), false);
  }

  private static BigDecimal shown(double v, int scale) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < scale - 1 ? d.setScale(Math.max(0, scale - 1)) : stripped;
  }

  /**
   * The least-squares line through the measurements as {intercept, slope}, x in epoch days. Sums
   * are taken around the mean so that large day numbers lose no precision.
   */
  static double[] line(List<Indicator.Measurement> ms) {
    double mx = 0;
    double my = 0;
    for (Indicator.Measurement m : ms) {
      mx += m.date().toEpochDay();
      my += m.value().doubleValue();
    }
    mx /= ms.size();
    my /= ms.size();
    double sxy = 0;
    double sxx = 0;
    for (Indicator.Measurement m : ms) {
      double dx = m.date().toEpochDay() - mx;
      sxy += dx * (m.value().doubleValue() - my);
      sxx += dx * dx;
    }
    double b = sxy / sxx;
    return new double[] {my - b * mx, b};
  }

  /** The value the line gives on {@code day} (for drawing the projection). */
  public static double valueOn(List<Indicator.Measurement> ms, LocalDate day) {
    double[] l = line(ms);
    return l[0] + l[1] * day.toEpochDay();
  }

  private static State judge(Indicator in, BigDecimal value) {
    int c = value.compareTo(in.target().value());
    boolean ok = in.direction() == Indicator.Direction.DOWN ? c <= 0 : c >= 0;
    return ok ? State.ON_TRACK : State.OFF_TRACK;
  }

  /** The most decimals any value of the indicator is written with. */
  public static int scale(Indicator in) {
    int s = 0;
    if (in.baseline() != null) s = Math.max(s, in.baseline().value().scale());
    if (in.target() != null) s = Math.max(s, in.target().value().scale());
    for (Indicator.Measurement m : in.measurements()) s = Math.max(s, m.value().scale());
    return Math.max(0, s);
  }
}

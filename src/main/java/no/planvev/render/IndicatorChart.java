package no.planvev.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.planvev.model.Indicator;
import no.planvev.model.IndicatorProjection;

/**
 * An indicator as a static inline SVG line chart, made here rather than in a template so that the
 * geometry is tested Java: years along the x axis (one band a year), values up the y axis with the
 * unit above it, the baseline (square) and the measurements (dots) joined by a solid line, the
 * target as a dashed horizontal line ending in a diamond on the target date, and the straight-line
 * projection (see {@link IndicatorProjection}) dashed from the first measurement to the target
 * date.
 *
 * <p>It is an image to assistive technology ({@code role="img"}), named by its {@code <title>} and
 * described by its {@code <desc>}; the numbers themselves are in the data table beside it. The
 * {@code viewBox} has no fixed size: the chart scales to the width of its column (375 px phones
 * included) and keeps its proportions. Colours reach 3:1 against white (WCAG 1.4.11). Same
 * indicator, same bytes.
 */
final class IndicatorChart {

  static final int W = 360;
  static final int H = 220;
  private static final int LEFT = 46;
  private static final int RIGHT = 12;
  private static final int TOP = 24;
  private static final int BOTTOM = 28;
  static final String MEASURED = "#1f4e79";
  static final String TARGET = "#8a4b00";
  static final String TREND = "#4d4d4d";
  private static final String GRID = "#d0d0d0";
  private static final String TEXT = "#222222";

  /** What the chart says in words: its title and description, the unit, the decimal sign. */
  record Labels(String title, String desc, String unit, String decimal, String targetLabel) {}

  private IndicatorChart() {}

  /** The {@code <svg>} element; {@code id} makes the ids of its title and description unique. */
  static String svg(Indicator in, String id, Labels labels) {
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    dates.add(in.baseline().date());
    dates.add(in.target().date());
    values.add(in.baseline().value());
    values.add(in.target().value());
    for (Indicator.Measurement m : in.measurements()) {
      dates.add(m.date());
      values.add(m.value());
    }
    IndicatorProjection pr = in.projection();
    boolean trend =
        pr.state() != IndicatorProjection.State.NOT_ENOUGH_DATA && !pr.measuredAtTarget();
    if (trend) values.add(pr.projected());
    int firstYear = dates.stream().min(LocalDate::compareTo).orElseThrow().getYear();
    int lastYear = dates.stream().max(LocalDate::compareTo).orElseThrow().getYear();
    long x0 = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long x1 = LocalDate.of(lastYear + 1, 1, 1).toEpochDay();
    Scale y = Scale.of(values);

    Frame f = new Frame(x0, x1, y);
    StringBuilder s = new StringBuilder(2048);
    String titleId = id + "-title";
    String descId = id + "-desc";
    s.append("<svg class=\"indicator-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append(' ')
        .append(descId)
        .append("\" font-family=\"sans-serif\"" + " font-size=\"12\">\n");
    s.append("<title id=\"")
        .append(titleId)
        .append("\">")
        .append(esc(labels.title()))
        .append("</title>\n");
    s.append("<desc id=\"")
        .append(descId)
        .append("\">")
        .append(esc(labels.desc()))
        .append("</desc>\n");
    // The unit above the value axis.
    if (!labels.unit().isEmpty()) {
      s.append("<text x=\"4\" y=\"13\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(esc(labels.unit()))
          .append("</text>\n");
    }
    // Value axis: grid lines and their numbers.
    for (BigDecimal v = y.lo; v.compareTo(y.hi) <= 0; v = v.add(y.step)) {
      String yy = n(f.y(v));
      s.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(W - RIGHT)
          .append("\" y1=\"")
          .append(yy)
          .append("\" y2=\"")
          .append(yy)
          .append("\" stroke=\"")
          .append(v.signum() == 0 ? TREND : GRID)
          .append("\" stroke-width=\"1\"/>\n");
      s.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(n(f.y(v) + 4))
          .append("\" text-anchor=\"end\" fill=\"")
          .append(TEXT)
          .append("\">")
          .append(esc(number(v.setScale(y.step.scale(), RoundingMode.HALF_UP), labels.decimal())))
          .append("</text>\n");
    }
    // Time axis: a band per year, labelled in its middle; every k-th year when there are many.
    int years = lastYear - firstYear + 1;
    int every = years <= 8 ? 1 : (years + 7) / 8;
    String axisY = n(H - BOTTOM);
    s.append("<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(W - RIGHT)
        .append("\" y1=\"")
        .append(axisY)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"")
        .append(TEXT)
        .append("\" stroke-width=\"1\"/>\n");
    for (int yr = firstYear; yr <= lastYear + 1; yr++) {
      String xx = n(f.x(LocalDate.of(yr, 1, 1).toEpochDay()));
      s.append("<line x1=\"")
          .append(xx)
          .append("\" x2=\"")
          .append(xx)
          .append("\" y1=\"")
          .append(axisY)
          .append("\" y2=\"")
          .append(n(H - BOTTOM + 5))
          .append("\" stroke=\"")
          .append(TEXT)
          .append("\" stroke-width=\"1\"/>\n");
      if (yr <= lastYear && (yr - firstYear) % every == 0) {
        double mid =
            (LocalDate.of(yr, 1, 1).toEpochDay() + LocalDate.of(yr + 1, 1, 1).toEpochDay()) / 2.0;
        s.append("<text x=\"")
            .append(n(f.x(mid)))
            .append("\" y=\"")
            .append(n(H - 8))
            .append("\" text-anchor=\"middle\" fill=\"")
            .append(TEXT)
            .append("\">")
            .append(yr)
            .append("</text>\n");
      }
    }
    // Target: a dashed line at its value, a diamond on its date, and its label.
    String ty = n(f.y(in.target().value()));
    s.append("<line")
        .append(attr("x1", LEFT))
        .append(attr("x2", W - RIGHT))
        .append(attr("y1", ty))
        .append(attr("y2", ty));
    dashed(s, TARGET, "7 4");
    double tx = f.x(in.target().date().toEpochDay());
    double tyv = f.y(in.target().value());
    s.append("<path d=\"M")
        .append(n(tx))
        .append(' ')
        .append(n(tyv - 7))
        .append(" L")
        .append(n(tx + 7))
        .append(' ')
        .append(n(tyv))
        .append(" L")
        .append(n(tx))
        .append(' ')
        .append(n(tyv + 7))
        .append(" L")
        .append(n(tx - 7))
        .append(' ')
        .append(n(tyv))
        .append(" Z\" fill=\"")
        .append(TARGET)
        .append("\"/>\n");
    boolean labelBelow = tyv < TOP + 14;
    s.append("<text x=\"")
        .append(LEFT + 4)
        .append("\" y=\"")
        .append(n(labelBelow ? tyv + 16 : tyv - 6))
        .append("\" fill=\"")
        .append(TARGET)
        .append("\" font-weight=\"bold\">")
        .append(esc(labels.targetLabel()))
        .append("</text>\n");
    // Projection: the straight line through the measurements, to the target date.
    if (trend) {
      LocalDate from = in.measurements().get(0).date();
      LocalDate to = in.target().date();
      s.append("<line")
          .append(attr("x1", n(f.x(from.toEpochDay()))))
          .append(attr("y1", n(f.y(IndicatorProjection.valueOn(in.measurements(), from)))))
          .append(attr("x2", n(f.x(to.toEpochDay()))))
          .append(attr("y2", n(f.y(IndicatorProjection.valueOn(in.measurements(), to)))));
      dashed(s, TREND, "2 4");
    }
    // Baseline and measurements.
    StringBuilder pts = new StringBuilder();
    pts.append(n(f.x(in.baseline().date().toEpochDay())))
        .append(',')
        .append(n(f.y(in.baseline().value())));
    for (Indicator.Measurement m : in.measurements()) {
      pts.append(' ').append(n(f.x(m.date().toEpochDay()))).append(',').append(n(f.y(m.value())));
    }
    s.append("<polyline points=\"")
        .append(pts)
        .append("\" fill=\"none\" stroke=\"")
        .append(MEASURED)
        .append("\" stroke-width=\"2.5\"/>\n");
    double bx = f.x(in.baseline().date().toEpochDay());
    double by = f.y(in.baseline().value());
    s.append("<rect x=\"")
        .append(n(bx - 5))
        .append("\" y=\"")
        .append(n(by - 5))
        .append("\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"")
        .append(MEASURED)
        .append("\" stroke-width=\"2\"/>\n");
    for (Indicator.Measurement m : in.measurements()) {
      s.append("<circle cx=\"")
          .append(n(f.x(m.date().toEpochDay())))
          .append("\" cy=\"")
          .append(n(f.y(m.value())))
          .append("\" r=\"4.5\" fill=\"")
          .append(MEASURED)
          .append("\"/>\n");
    }
    s.append("</svg>");
    return s.toString();
  }

  /** A value as the pages write it: the language's decimal sign, a true minus sign. */
  static String number(BigDecimal v, String decimal) {
    String plain = v.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) plain = plain.substring(1);
    return (negative ? "\u2212" : "") + plain.replace(".", decimal);
  }

  /** Where days and values land in the drawing. */
  private record Frame(long x0, long x1, Scale y) {
    double x(double day) {
      return LEFT + (day - x0) / (double) (x1 - x0) * (W - LEFT - RIGHT);
    }

    double y(double value) {
      double lo = y.lo.doubleValue();
      double hi = y.hi.doubleValue();
      return H - BOTTOM - (value - lo) / (hi - lo) * (H - BOTTOM - TOP);
    }

    double y(BigDecimal value) {
      return y(value.doubleValue());
    }
  }

  /** The value axis: from {@code lo} to {@code hi} in round steps of 1, 2, 2.5 or 5 × 10ⁿ. */
  record Scale(BigDecimal lo, BigDecimal hi, BigDecimal step) {
    static Scale of(List<BigDecimal> values) {
      BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
      BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
      if (min.compareTo(max) == 0) {
        min = min.subtract(BigDecimal.ONE);
        max = max.add(BigDecimal.ONE);
      }
      double raw = max.subtract(min).doubleValue() / 4;
      int exp = (int) Math.floor(Math.log10(raw));
      double frac = raw / Math.pow(10, exp);
      BigDecimal nice =
          frac <= 1
              ? BigDecimal.ONE
              : frac <= 2
                  ? BigDecimal.valueOf(2)
                  : frac <= 2.5
                      ? new BigDecimal("2.5")
                      : frac <= 5 ? BigDecimal.valueOf(5) : BigDecimal.TEN;
      BigDecimal step = nice.scaleByPowerOfTen(exp).stripTrailingZeros();
      if (step.scale() < 0) step = step.setScale(0);
      BigDecimal lo = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
      BigDecimal hi = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
      return new Scale(
          lo.setScale(step.scale(), RoundingMode.UNNECESSARY),
          hi.setScale(step.scale(), RoundingMode.UNNECESSARY),
          step);
    }
  }

  /** A coordinate with at most one decimal, locale-independent. */
  private static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** {@code name="value"}: an attribute with the space before it. */
  private static String attr(String name, Object value) {
    return " " + name + "=\"" + value + "\"";
  }

  /** Ends a line element: its colour, 2 wide, dashed as {@code dashes}. */
  private static void dashed(StringBuilder s, String colour, String dashes) {
    s.append(attr("stroke", colour))
        .append(" stroke-width=\"2\"")
        .append(attr("stroke-dasharray", dashes))
        .append("/>\n");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

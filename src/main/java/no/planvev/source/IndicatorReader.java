package no.planvev.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.planvev.diag.SourcePos;
import no.planvev.model.Indicator;
import no.planvev.model.LText;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YScalar;

/**
 * A focus area's {@code indicators:} in plan.yaml → {@link Indicator}s (docs: README, Indicators).
 */
final class IndicatorReader {

  static final List<String> KEYS =
      List.of("id", "name", "unit", "direction", "baseline", "target", "measurements", "note");
  static final List<String> POINT_KEYS = List.of("value", "date");
  static final List<String> MEASUREMENT_KEYS = List.of("date", "value", "source", "note");

  /** A number written with a decimal comma, as Norwegians do: {@code 12,5}. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

  private IndicatorReader() {}

  /** The indicators of one focus area; a broken one is reported and left out. */
  static List<Indicator> read(Fields area, Ctx ctx) {
    List<Indicator> out = new ArrayList<>();
    Ids ids = new Ids("id.indicator", Names.Place.NESTED);
    for (Fields f : area.items("indicators", "what.indicator", KEYS)) {
      String id = ids.check(f, ctx);
      LText name = f.ltext("name", true);
      LText unit = f.ltext("unit", false);
      Indicator.Direction direction = f.status("direction", Indicator.Direction.class, null, true);
      Read baseline = point(f, "baseline", ctx);
      Read target = point(f, "target", ctx);
      if (baseline != null
          && target != null
          && !target.point().date().isAfter(baseline.point().date())) {
        ctx.error(
            target.datePos(),
            "indicator.targetBeforeBaseline",
            target.point().date(),
            baseline.point().date());
        target = null;
      }
      List<Indicator.Measurement> measurements = measurements(f, ctx);
      LText note = f.ltext("note", false);
      if (id != null
          && name != null
          && direction != null
          && baseline != null
          && target != null
          && measurements != null) {
        out.add(
            new Indicator(
                id,
                f.pos(),
                name,
                unit,
                direction,
                baseline.point(),
                target.point(),
                measurements,
                note));
      }
    }
    return out;
  }

  /** A point as read, with where its date is written. */
  private record Read(Indicator.Point point, SourcePos datePos) {}

  /** {@code baseline:} or {@code target:}, a value on a date; null after a problem. */
  private static Read point(Fields f, String key, Ctx ctx) {
    YNode n = f.node(key, true);
    if (n == null) return null;
    Fields pf = new Fields(n, ctx, key, POINT_KEYS);
    if (!(n instanceof YNode.YMap)) return null; // reported: not a mapping
    BigDecimal value = number(pf, "value", key + ".value", ctx);
    LocalDate date = pf.date("date", true);
    return value == null || date == null
        ? null
        : new Read(new Indicator.Point(value, date), pf.node("date", false).pos());
  }

  /** The measurements, oldest first, one a day; null when any is broken. */
  private static List<Indicator.Measurement> measurements(Fields f, Ctx ctx) {
    List<Indicator.Measurement> out = new ArrayList<>();
    Map<LocalDate, Integer> lines = new HashMap<>();
    LocalDate previous = null;
    boolean ok = true;
    for (Fields mf : f.items("measurements", "what.measurement", MEASUREMENT_KEYS)) {
      LocalDate date = mf.date("date", true);
      BigDecimal value = number(mf, "value", "value", ctx);
      LText source = mf.ltext("source", true);
      LText note = mf.ltext("note", false);
      if (date != null) {
        SourcePos at = mf.node("date", false).pos();
        Integer line = lines.putIfAbsent(date, at.line());
        if (line != null) {
          ctx.error(at, "indicator.measurementTwice", date, line);
          date = null;
        } else if (previous != null && date.isBefore(previous)) {
          ctx.error(at, "indicator.measurementOrder", date, previous);
          date = null;
        } else {
          previous = date;
        }
      }
      if (date == null || value == null || source == null) {
        ok = false;
        continue;
      }
      out.add(new Indicator.Measurement(date, value, source, note));
    }
    return ok ? out : null;
  }

  /** A number as written ({@code 12}, {@code -0.5}, {@code 1_000}); null after a problem. */
  private static BigDecimal number(Fields f, String key, String name, Ctx ctx) {
    YNode n = f.node(key, true);
    if (n == null) return null;
    if (n instanceof YScalar s && (s.kind() == Kind.INT || s.kind() == Kind.FLOAT)) {
      try {
        return new BigDecimal(s.text().strip().replace("_", ""));
      } catch (NumberFormatException e) {
        // .inf, .nan and the like: reported below
      }
    }
    if (n instanceof YScalar s && DECIMAL_COMMA.matcher(s.text().strip()).matches()) {
      ctx.error(
          n.pos(),
          "indicator.decimalComma",
          name,
          s.text().strip().replace(',', '.'),
          s.text().strip());
      return null;
    }
    ctx.error(n.pos(), "indicator.number", name, Ctx.kind(n));
    return null;
  }
}

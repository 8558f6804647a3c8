package no.planvev.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.Indicator;
import no.planvev.model.IndicatorProjection;
import no.planvev.model.Plan;
import no.planvev.model.Urls;

/**
 * An indicator as its templates show it: name, chart ({@code <svg>} we made, see {@link
 * IndicatorChart}), the on-track state with the projection in words, and the rows of the data table
 * (baseline, measurements, target). {@code anchor} is its id on the plan and area pages; {@code
 * href} its own page.
 */
record IndicatorView(
    String id,
    String anchor,
    String href,
    View.Txt name,
    View.Txt unit,
    String chart,
    String state,
    String explanation,
    View.Txt note,
    String valueHeading,
    String caption,
    List<Row> rows) {

  /** One row of the data table; {@code kind} is baseline, measurement or target. */
  record Row(
      View.Txt date, String datetime, String kind, String value, View.Txt source, View.Txt note) {}

  /** The page path of an indicator: under its focus area. */
  static String path(Urls urls, Plan p, FocusArea a, Indicator in, String lang) {
    return urls.indicator(p, a, in, lang);
  }

  static List<IndicatorView> of(View v, Map<String, String> ui, Urls urls, Plan p, FocusArea a) {
    List<IndicatorView> out = new ArrayList<>();
    for (Indicator in : a.indicators()) out.add(of(v, ui, urls, p, a, in));
    return out;
  }

  static IndicatorView of(
      View v, Map<String, String> ui, Urls urls, Plan p, FocusArea a, Indicator in) {
    Words w = new Words(v, ui, in);
    String anchor = "indikator-" + a.id() + "-" + in.id();
    IndicatorProjection pr = in.projection();
    String explanation = explanation(w, in, pr);
    String desc =
        w.f(
            "indicator.desc",
            w.value(in.baseline().value()),
            w.date(in.baseline().date()),
            w.value(in.target().value()),
            w.date(in.target().date()));
    if (!in.measurements().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Indicator.Measurement m : in.measurements()) {
        items.add(w.f("indicator.item", w.value(m.value()), w.date(m.date())));
      }
      desc += " " + w.f("indicator.descMeasured", String.join(", ", items));
    }
    desc += " " + w.s("indicator.state." + pr.state().key()) + ". " + explanation;
    String svg =
        IndicatorChart.svg(
            in,
            anchor + "-chart",
            new IndicatorChart.Labels(
                v.plain(in.name()),
                desc,
                v.plain(in.unit()),
                w.s("number.decimal"),
                w.f("indicator.targetShort", w.number(in.target().value()))));
    List<Row> rows = new ArrayList<>();
    for (Indicator.SeriesValue sv : in.series()) {
      Indicator.Measurement m = sv.value();
      rows.add(
          new Row(
              w.dateTxt(m.date()),
              m.date().toString(),
              sv.kind(),
              w.number(m.value()),
              v.t(m.source()),
              v.t(m.note())));
    }
    String unit = v.plain(in.unit());
    return new IndicatorView(
        in.id(),
        anchor,
        v.link(path(urls, p, a, in, v.lang())),
        v.t(in.name()),
        v.t(in.unit()),
        svg,
        pr.state().key(),
        explanation,
        v.t(in.note()),
        unit.isEmpty() ? w.s("indicator.value") : w.f("indicator.valueIn", unit),
        w.f("indicator.caption", v.plain(in.name())),
        rows);
  }

  private static String explanation(Words w, Indicator in, IndicatorProjection pr) {
    String direction = w.s("indicator.direction." + in.direction().key());
    return switch (pr.state()) {
      case NOT_ENOUGH_DATA -> w.f("indicator.tooFew", Integer.toString(in.measurements().size()));
      case ON_TRACK, OFF_TRACK ->
          pr.measuredAtTarget()
              ? w.f(
                  "indicator.reached",
                  w.date(in.latest().date()),
                  w.value(in.latest().value()),
                  w.value(in.target().value()),
                  w.date(in.target().date()),
                  direction)
              : w.f(
                  "indicator.projected",
                  Integer.toString(in.measurements().size()),
                  w.value(pr.projected()),
                  w.date(in.target().date()),
                  w.value(in.target().value()),
                  direction);
    };
  }

  /** UI strings, numbers and dates in the page's language. */
  private record Words(View v, Map<String, String> ui, Indicator in) {
    String s(String key) {
      return ui.getOrDefault(key, key);
    }

    String f(String key, String... args) {
      String t = s(key);
      for (int i = 0; i < args.length; i++) t = t.replace("{" + i + "}", args[i]);
      return t;
    }

    String number(BigDecimal value) {
      return IndicatorChart.number(value, s("number.decimal"));
    }

    /** A value with its unit: "0,3 prosentpoeng". */
    String value(BigDecimal value) {
      String unit = v.plain(in.unit());
      return unit.isEmpty() ? number(value) : number(value) + " " + unit;
    }

    String date(LocalDate d) {
      return v.deadline(new Deadline.Day(d)).text();
    }

    View.Txt dateTxt(LocalDate d) {
      return v.deadline(new Deadline.Day(d));
    }
  }
}

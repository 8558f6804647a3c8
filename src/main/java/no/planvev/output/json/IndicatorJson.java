package no.planvev.output.json;

import java.util.List;
import no.planvev.model.FocusArea;
import no.planvev.model.Indicator;
import no.planvev.model.IndicatorProjection;
import no.planvev.model.Plan;
import no.planvev.model.Urls;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A focus area's indicators in {@code data/plans/<id>.json} ({@code $defs/indicator} in
 * plan.schema.json): values as JSON numbers exactly as written, dates ISO, and the on-track status
 * by the model's rule ({@link IndicatorProjection}).
 */
final class IndicatorJson {

  private IndicatorJson() {}

  static ArrayNode array(Json json, Urls urls, List<String> langs, Plan p, FocusArea a) {
    ArrayNode arr = Json.array();
    for (Indicator in : a.indicators()) {
      ObjectNode o = arr.addObject();
      o.put("id", in.id());
      o.set("name", json.text(in.name()));
      json.optText(o, "unit", in.unit());
      o.put("direction", in.direction().key());
      o.set("baseline", point(in.baseline()));
      o.set("target", point(in.target()));
      ArrayNode ms = o.putArray("measurements");
      for (Indicator.Measurement m : in.measurements()) {
        ObjectNode mo = ms.addObject();
        mo.put("date", m.date().toString());
        mo.put("value", m.value());
        mo.set("source", json.text(m.source()));
        json.optText(mo, "note", m.note());
      }
      json.optText(o, "note", in.note());
      IndicatorProjection pr = in.projection();
      ObjectNode st = o.putObject("status");
      st.put("state", pr.state().key());
      if (pr.projected() == null) st.putNull("projected");
      else st.put("projected", pr.projected());
      if (pr.slopePerYear() == null) st.putNull("slope_per_year");
      else st.put("slope_per_year", pr.slopePerYear());
      st.put("measured_at_target", pr.measuredAtTarget());
      ObjectNode u = o.putObject("urls");
      for (String lang : langs) u.put(lang, urls.absolute(urls.indicator(p, a, in, lang)));
    }
    return arr;
  }

  private static ObjectNode point(Indicator.Point pt) {
    ObjectNode o = Json.object();
    o.put("value", pt.value());
    o.put("date", pt.date().toString());
    return o;
  }
}

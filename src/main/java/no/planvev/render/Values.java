package no.planvev.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns our value records into plain maps, the only shape templates see besides lists. */
final class Values {

  private Values() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> convert(Map<String, Object> model) {
    return (Map<String, Object>) value(model);
  }

  private static Object value(Object o) {
    if (o instanceof View.Txt t) {
      return View.map("text", t.text(), "lang", t.lang(), "fallback", t.fallback());
    }
    if (o instanceof View.Html h) {
      return View.map("html", h.html(), "lang", h.lang(), "fallback", h.fallback());
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> { if (v != null) out.put((String) k, value(v)); });
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(value(x));
      return out;
    }
    return o;
  }
}

package no.planvev.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns our value records into plain maps, the only shape templates see besides lists. A page
 * model may be a record: each component becomes a key of the same name (null components are left
 * out, as null map values are), so {@code p.title} reads the same from a record as from a map.
 */
final class Values {

  private Values() {}

  /** Each record class's component accessors, in declaration order; looked up once per class. */
  private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      List<Method> out = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        out.add(m);
      }
      return List.copyOf(out);
    }
  };

  @SuppressWarnings("unchecked")
  static Map<String, Object> convert(Map<String, Object> model) {
    return (Map<String, Object>) value(model);
  }

  private static Object value(Object o) {
    // Txt and Html are the commonest values: written out, they give what the record rule below
    // gives (ValuesTest), without reflection.
    if (o instanceof View.Txt t) {
      return View.map("text", t.text(), "lang", t.lang(), "fallback", t.fallback());
    }
    if (o instanceof View.Html h) {
      return View.map("html", h.html(), "lang", h.lang(), "fallback", h.fallback());
    }
    if (o instanceof Record r) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Method accessor : ACCESSORS.get(r.getClass())) {
        Object v;
        try {
          v = accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("page model " + r.getClass().getName(), e);
        }
        if (v != null) out.put(accessor.getName(), value(v));
      }
      return out;
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

package no.planvev.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.planvev.model.LText;

/** Merging a translation file into the default language's values. */
final class Translations {

  private Translations() {}

  /** Text fields: the translation's languages are added to the base. */
  static LText merge(LText base, LText tr) {
    if (tr == null) return base;
    if (base == null) return tr;
    Map<String, String> m = new LinkedHashMap<>(base.values());
    m.putAll(tr.values());
    return new LText(m);
  }

  /**
   * Non-text fields belong in the default language's file: a translation may repeat one, but only
   * with the same value.
   */
  static void same(Fields tr, String key, Object base, Object trValue, String basePath) {
    if (trValue == null || !tr.has(key) || Objects.equals(base, trValue)) return;
    tr.ctx().error(tr.node(key, false).pos(), "'" + key + "' differs from " + basePath
        + (base == null ? " (not given there)" : " ('" + show(base) + "')")
        + "; dates, status, reference, links, documents, topics and menu belong in the default"
        + " language's file");
  }

  private static String show(Object o) {
    return o instanceof no.planvev.model.Deadline d ? d.iso() : String.valueOf(o);
  }
}

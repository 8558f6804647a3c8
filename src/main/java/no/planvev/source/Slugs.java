package no.planvev.source;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.model.LText;

/** The optional {@code slug:} key: the URL word per language instead of the id. */
final class Slugs {

  private Slugs() {}

  /** The slugs of something inside a section or plan, or null when not given or not valid. */
  static LText read(Fields f) {
    return read(f, Names.Place.NESTED);
  }

  /**
   * The slugs (composed, NFC, so that two spellings of one word make one folder), or null when not
   * given or not valid; {@code place} says where the slug becomes a folder (see {@link Names}).
   */
  static LText read(Fields f, Names.Place place) {
    LText slug = f.ltext("slug", false);
    if (slug == null) return null;
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : slug.values().entrySet()) {
      Message problem = Names.problem(e.getValue(), Names.Kind.SLUG, place);
      if (problem != null) {
        f.ctx().problems().error(f.node("slug", false).pos(), problem);
        return null;
      }
      out.put(e.getKey(), Names.nfc(e.getValue()));
    }
    return new LText(out);
  }
}

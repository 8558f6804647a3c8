package no.planvev.source;

import java.util.Map;
import java.util.regex.Pattern;
import no.planvev.model.LText;

/** The optional {@code slug:} key: the URL word per language instead of the id. */
final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}._~-]+");

  private Slugs() {}

  /** The slugs, or null when not given or not valid. */
  static LText read(Fields f) {
    LText slug = f.ltext("slug", false);
    if (slug == null) return null;
    for (Map.Entry<String, String> e : slug.values().entrySet()) {
      if (!SLUG.matcher(e.getValue()).matches() || e.getValue().matches("\\.+")) {
        f.ctx().error(f.node("slug", false).pos(), "slug '" + e.getValue() + "' may hold only"
            + " letters, digits, '-', '_', '.' and '~' (it becomes part of a URL)");
        return null;
      }
    }
    return slug;
  }
}

package no.planvev.source;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import no.planvev.model.SourcePos;

/** Checks ids (they become file names and URL words) and their uniqueness within a parent. */
final class Ids {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]+");

  private final Map<String, SourcePos> seen = new HashMap<>();
  private final String what;

  Ids(String what) {
    this.what = what;
  }

  /** The id when it is valid and new here; null after a problem. */
  String check(Fields f, Ctx ctx) {
    String id = f.text("id", true);
    if (id == null) return null;
    SourcePos pos = f.node("id", false).pos();
    if (!ID.matcher(id).matches()) {
      ctx.error(pos, "id '" + id + "' may hold only letters, digits, '-' and '_'");
      return null;
    }
    SourcePos old = seen.putIfAbsent(id, pos);
    if (old != null) {
      ctx.error(pos, "duplicate " + what + " id '" + id + "': it is also on line " + old.line());
      return null;
    }
    return id;
  }
}

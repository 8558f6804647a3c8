package no.planvev.source;

import java.util.HashMap;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;

/** Checks ids (they become file names and URL words) and their uniqueness within a parent. */
final class Ids {

  private final Map<String, SourcePos> seen = new HashMap<>();
  private final String what;
  private final Names.Place place;

  /** {@code place}: where the id becomes a folder of the site, if it does (see {@link Names}). */
  Ids(String what, Names.Place place) {
    this.what = what;
    this.place = place;
  }

  /** The id when it is valid and new here; null after a problem. */
  String check(Fields f, Ctx ctx) {
    String id = f.text("id", true);
    if (id == null) return null;
    SourcePos pos = f.node("id", false).pos();
    Message problem = Names.problem(id, Names.Kind.ID, place);
    if (problem != null) {
      ctx.problems().error(pos, problem);
      return null;
    }
    // Two spellings of one word (composed, decomposed) would be one folder on some systems.
    SourcePos old = seen.putIfAbsent(Names.nfc(id), pos);
    if (old != null) {
      ctx.error(pos, "id.duplicate", Message.of(what), id, old.line());
      return null;
    }
    return id;
  }
}

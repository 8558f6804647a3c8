package no.planvev.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
import no.planvev.model.SourcePos;
import no.planvev.source.YNode.Entry;
import no.planvev.source.YNode.Kind;
import no.planvev.source.YNode.YMap;
import no.planvev.source.YNode.YScalar;

/**
 * The keys of one YAML mapping, read by name. Unknown keys are reported on construction, with the
 * nearest known key; a required key that is missing or empty is reported when it is read.
 */
final class Fields {

  private final Ctx ctx;
  private final String what;
  private final SourcePos pos;
  private final Map<String, Entry> entries;

  /** {@code what} names the mapping in messages (e.g. "focus area"); non-maps are reported. */
  Fields(YNode node, Ctx ctx, String what, List<String> known) {
    this.ctx = ctx;
    this.what = what;
    this.pos = node.pos();
    if (node instanceof YMap m) {
      this.entries = m.entries();
      for (Entry e : entries.values()) {
        if (!known.contains(e.key())) {
          String near = Suggest.nearest(e.key(), known);
          ctx.error(e.keyPos(), "unknown key '" + e.key() + "'"
              + (near == null ? " (known keys: " + String.join(", ", known) + ")"
                  : " — did you mean '" + near + "'?"));
        }
      }
    } else {
      this.entries = Map.of();
      ctx.error(node.pos(), what + " must be a mapping of keys, not " + node.kindName());
    }
  }

  private Fields(Ctx ctx, String what, SourcePos pos, Map<String, Entry> entries) {
    this.ctx = ctx;
    this.what = what;
    this.pos = pos;
    this.entries = entries;
  }

  /** The same keys read in another context (e.g. once the site's languages are known). */
  Fields in(Ctx other) {
    return new Fields(other, what, pos, entries);
  }

  SourcePos pos() {
    return pos;
  }

  Ctx ctx() {
    return ctx;
  }

  boolean has(String key) {
    Entry e = entries.get(key);
    return e != null && !(e.value() instanceof YScalar s && s.kind() == Kind.NULL);
  }

  Entry entry(String key) {
    return entries.get(key);
  }

  /** The value of {@code key}; null when absent or empty (reported when required). */
  YNode node(String key, boolean required) {
    Entry e = entries.get(key);
    if (e == null) {
      if (required) ctx.error(pos, "missing required key '" + key + "' in " + what);
      return null;
    }
    if (e.value() instanceof YScalar s && s.kind() == Kind.NULL) {
      if (required) ctx.error(e.value().pos(), "'" + key + "' is empty; " + what + " needs it");
      return null;
    }
    return e.value();
  }

  SourcePos keyPos(String key) {
    Entry e = entries.get(key);
    return e == null ? pos : e.keyPos();
  }

  String text(String key, boolean required) {
    YNode n = node(key, required);
    return n == null ? null : ctx.text(n, key);
  }

  LText ltext(String key, boolean required) {
    YNode n = node(key, required);
    return n == null ? null : ctx.ltext(n, key);
  }

  Integer integer(String key, boolean required) {
    YNode n = node(key, required);
    return n == null ? null : ctx.integer(n, key);
  }

  Deadline deadline(String key, boolean required) {
    YNode n = node(key, required);
    return n == null ? null : ctx.deadline(n, key);
  }

  LocalDate date(String key, boolean required) {
    YNode n = node(key, required);
    return n == null ? null : ctx.date(n, key);
  }

  <E extends Enum<E>> E status(String key, Class<E> type, E dflt, boolean required) {
    YNode n = node(key, required);
    if (n == null) return dflt;
    return ctx.status(n, key, type);
  }

  /** The items of a list; empty when absent. */
  List<YNode> list(String key) {
    YNode n = node(key, false);
    if (n == null) return List.of();
    List<YNode> l = ctx.list(n, key);
    return l == null ? List.of() : l;
  }

  /** A list of localized texts. */
  List<LText> ltexts(String key) {
    List<LText> out = new ArrayList<>();
    for (YNode n : list(key)) {
      LText t = ctx.ltext(n, key);
      if (t != null) out.add(t);
    }
    return out;
  }
}

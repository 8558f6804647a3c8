package no.planvev.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Message;
import no.planvev.diag.SourcePos;
import no.planvev.model.Addresses;
import no.planvev.model.Adoption;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
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
  private final Object what;
  private final SourcePos pos;
  private final Map<String, Entry> entries;

  /** Known keys already suggested for a misspelt one: not reported again as missing. */
  private final java.util.Set<String> suggested = new java.util.HashSet<>();

  /**
   * {@code what} names the mapping in messages: a file name, or a catalog message such as {@code
   * what.focusArea}; non-maps are reported.
   */
  Fields(YNode node, Ctx ctx, Object what, List<String> known) {
    this.ctx = ctx;
    this.what = what;
    this.pos = node.pos();
    if (node instanceof YMap m) {
      this.entries = m.entries();
      for (Entry e : entries.values()) {
        if (!known.contains(e.key())) {
          String near = no.planvev.diag.Suggest.nearest(e.key(), known);
          if (near != null) suggested.add(near);
          ctx.error(
              e.keyPos(),
              "key.unknown",
              e.key(),
              near == null ? Message.of("key.unknown.known", known) : Message.of("suggest", near));
        }
      }
    } else {
      this.entries = Map.of();
      ctx.error(node.pos(), "type.mapping", what, Ctx.kind(node));
    }
  }

  private Fields(Ctx ctx, Object what, SourcePos pos, Map<String, Entry> entries) {
    this.ctx = ctx;
    this.what = what;
    this.pos = pos;
    this.entries = entries;
  }

  /** The same keys read in another context (e.g. once the site's languages are known). */
  Fields in(Ctx other) {
    Fields f = new Fields(other, what, pos, entries);
    f.suggested.addAll(suggested);
    return f;
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
      if (required && !suggested.contains(key)) ctx.error(pos, "key.missing", key, what);
      return null;
    }
    if (e.value() instanceof YScalar s && s.kind() == Kind.NULL) {
      if (required) ctx.error(e.value().pos(), "key.empty", key, what);
      return null;
    }
    return e.value();
  }

  SourcePos keyPos(String key) {
    Entry e = entries.get(key);
    return e == null ? pos : e.keyPos();
  }

  /** The value at {@code key} read by {@code reader} (which reports its own errors), or null. */
  private <T> T read(
      String key, boolean required, java.util.function.BiFunction<YNode, String, T> reader) {
    YNode n = node(key, required);
    return n == null ? null : reader.apply(n, key);
  }

  String text(String key, boolean required) {
    return read(key, required, ctx::text);
  }

  LText ltext(String key, boolean required) {
    return read(key, required, ctx::ltext);
  }

  Integer integer(String key, boolean required) {
    return read(key, required, ctx::integer);
  }

  Deadline deadline(String key, boolean required) {
    return read(key, required, ctx::deadline);
  }

  LocalDate date(String key, boolean required) {
    return read(key, required, ctx::date);
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

  /**
   * The mapping under optional {@code key}, read with {@code known} keys and named by {@code key}
   * in messages; null when absent.
   */
  Fields map(String key, List<String> known) {
    YNode n = node(key, false);
    return n == null ? null : new Fields(n, ctx, key, known);
  }

  /**
   * The mappings listed under {@code key}, each read with {@code known} keys; {@code what} names
   * one.
   */
  List<Fields> items(String key, String what, List<String> known) {
    List<Fields> out = new ArrayList<>();
    for (YNode n : list(key)) out.add(new Fields(n, ctx, Message.of(what), known));
    return out;
  }

  /**
   * A decision under optional {@code key}: {@code date} (required when {@code dated}) and {@code
   * by}.
   */
  Adoption adoption(String key, boolean dated) {
    Fields f = map(key, List.of("date", "by"));
    return f == null ? null : new Adoption(f.date("date", dated), f.ltext("by", false));
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

  /**
   * An address (URL): reported at the value, and null, when {@code accepts} refuses it, so that
   * nothing unsafe reaches any output.
   */
  String url(String key, Addresses.Accepts accepts, boolean required) {
    String url = text(key, required);
    if (url == null) return null;
    url = url.strip();
    Addresses.Refusal refusal = Addresses.check(url, accepts);
    if (refusal == null) return url;
    ctx.error(node(key, false).pos(), refusal.key(), key, url);
    return null;
  }
}

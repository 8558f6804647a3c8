package no.planvev.source;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;

/**
 * The files of {@code hearings/} or {@code pages/} grouped by stem as {@link LangFiles#group}
 * groups them, kept by part so that a change regroups only the stems it names. A part is all the
 * entries of one stem ({@code x.md}, {@code x.nb.md}, {@code x.fr.md}, a folder {@code x.md}), or
 * one entry that is not Markdown; grouping the parts one by one gives the same groups and problems
 * as grouping the whole folder.
 */
final class Groups {

  /** One part: the group's files (null when the part makes no group) and its problems. */
  record Part(List<LangFiles.LangFile> files, List<Problem> problems) {}

  /** The listing the parts were made from (the same instance, brought up to date in place). */
  final Listing listing;

  private Groups(Listing listing) {
    this.listing = listing;
  }

  /** Parts by key: the stem, or {@code "\0" + name} for an entry that is not Markdown. */
  final TreeMap<String, Part> parts = new TreeMap<>();

  /** Groups every entry of {@code listing}. */
  static Groups of(Listing listing, String rel, Ctx ctx) {
    Groups g = new Groups(listing);
    if (!listing.exists) return g;
    Map<String, Map<Path, Boolean>> byKey = new TreeMap<>();
    for (Map.Entry<Path, Boolean> e : listing.entries.entrySet()) {
      byKey
          .computeIfAbsent(key(e.getKey().getFileName().toString()), k -> new LinkedHashMap<>())
          .put(e.getKey(), e.getValue());
    }
    // Each part is grouped on its own (with its own problems): on all cores.
    List<Map.Entry<String, Map<Path, Boolean>>> all = new java.util.ArrayList<>(byKey.entrySet());
    Part[] parts = new Part[all.size()];
    java.util.stream.IntStream.range(0, parts.length)
        .parallel()
        .forEach(i -> parts[i] = part(all.get(i).getValue(), rel, ctx));
    for (int i = 0; i < parts.length; i++) g.parts.put(all.get(i).getKey(), parts[i]);
    return g;
  }

  /**
   * Regroups the parts of the entries {@code names} after {@code listing} was brought up to date;
   * returns their keys.
   */
  Set<String> update(Listing listing, String rel, Ctx ctx, Set<String> names) {
    Set<String> keys = new HashSet<>();
    for (String name : names) keys.add(key(name));
    for (String k : keys) {
      Map<Path, Boolean> entries = new LinkedHashMap<>();
      if (k.startsWith("\0")) {
        Path p = listing.dir.resolve(k.substring(1));
        Boolean dir = listing.entries.get(p);
        if (dir != null) entries.put(p, dir);
      } else {
        // Names starting "stem." are next to each other in Path (byte) order.
        String prefix = k + ".";
        for (Map.Entry<Path, Boolean> e :
            listing.entries.tailMap(listing.dir.resolve(prefix), true).entrySet()) {
          String name = e.getKey().getFileName().toString();
          if (!name.startsWith(prefix)) break;
          if (key(name).equals(k)) entries.put(e.getKey(), e.getValue());
        }
      }
      if (entries.isEmpty()) {
        parts.remove(k);
      } else {
        parts.put(k, part(entries, rel, ctx));
      }
    }
    return keys;
  }

  /** The part an entry belongs to: its stem when it is named like Markdown. */
  static String key(String name) {
    if (!name.endsWith(".md")) return "\0" + name;
    String base = name.substring(0, name.length() - 3);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? base : base.substring(0, dot);
  }

  private static Part part(Map<Path, Boolean> entries, String rel, Ctx ctx) {
    Problems own = new Problems();
    Map<String, List<LangFiles.LangFile>> g =
        LangFiles.group(entries, rel, ctx.forUnit(own, null), "");
    return new Part(g.isEmpty() ? null : g.values().iterator().next(), own.all());
  }
}

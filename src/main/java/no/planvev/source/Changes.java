package no.planvev.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paths the file watcher reported since the last load, placed in the content folder: which
 * entries of {@code plans/}, {@code projects/}, {@code hearings/} and {@code pages/} they touch,
 * whether assets changed, or whether everything must be read again.
 */
final class Changes {

  static final List<String> SECTIONS = List.of("plans", "projects", "hearings", "pages", "reports");

  /** site.yaml, a section folder itself or the content folder (or above) changed. */
  final boolean everything;

  /** Something under {@code assets/} (or the folder itself) changed. */
  final boolean assets;

  /** Per section, the names of its direct entries under which something changed. */
  private final Map<String, Set<String>> names = new HashMap<>();

  /**
   * The cached units come from a build state, not from the last load in this process: their files
   * are compared by value, and a unit is read again when a change touches one of them.
   */
  boolean restored;

  /** Every changed path under the content folder, absolute and normalized. */
  private final List<Path> paths = new ArrayList<>();

  private Changes(boolean everything, boolean assets) {
    this.everything = everything;
    this.assets = assets;
  }

  /** Everything is read again. */
  static Changes all() {
    return new Changes(true, true);
  }

  /**
   * Places {@code changed} in {@code root} (absolute, normalized). Paths outside the content folder
   * are not the loader's (templates) and are left out.
   */
  static Changes of(Path root, Set<Path> changed) {
    boolean assets = false;
    Map<String, Set<String>> names = new HashMap<>();
    List<Path> paths = new ArrayList<>();
    for (Path raw : changed) {
      Path c = raw.toAbsolutePath().normalize();
      if (root.startsWith(c)) return all();
      if (!c.startsWith(root)) continue;
      paths.add(c);
      Path rel = root.relativize(c);
      String top = rel.getName(0).toString();
      if (top.equals("site.yaml")) return all();
      if (SECTIONS.contains(top)) {
        if (rel.getNameCount() == 1) return all();
        names.computeIfAbsent(top, k -> new HashSet<>()).add(rel.getName(1).toString());
      } else if (top.equals("assets")) {
        assets = true;
      }
    }
    Changes out = new Changes(false, assets);
    out.names.putAll(names);
    out.paths.addAll(paths);
    return out;
  }

  /** The names of the direct entries of {@code section} under which something changed. */
  Set<String> names(String section) {
    return names.getOrDefault(section, Set.of());
  }

  /** Whether a change is at or above one of {@code files} (absolute, normalized). */
  boolean touchesAny(Set<Path> files) {
    if (files == null || files.isEmpty()) return false;
    for (Path c : paths) {
      for (Path f : files) {
        if (f.startsWith(c)) return true;
      }
    }
    return false;
  }
}

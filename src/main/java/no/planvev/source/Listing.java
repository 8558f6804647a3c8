package no.planvev.source;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.validate.LinkGuard;

/**
 * The visible entries of one content folder ({@code plans/}, {@code pages/}, ...) as {@link
 * LangFiles#list} sees them, each with whether it is a folder. Kept by the preview's cache and
 * brought up to date entry by entry, so that a saved file does not list 20,000 names again.
 */
final class Listing {

  /** The folder as the readers resolve it (from the content folder as given). */
  final Path dir;

  /** Whether the folder exists; a missing folder has no entries and no problems. */
  final boolean exists;

  /** Entries in {@link LangFiles#list} order (Path order), each true when it is a folder. */
  final TreeMap<Path, Boolean> entries;

  /** The problem of an unreadable folder, if any. */
  final List<Problem> problems;

  private Listing(
      Path dir, boolean exists, TreeMap<Path, Boolean> entries, List<Problem> problems) {
    this.dir = dir;
    this.exists = exists;
    this.entries = entries;
    this.problems = problems;
  }

  /**
   * The listing of {@code dir} from {@code names} (each entry's name, true for a folder), as a
   * listing of the content folder just made found it: one that holds no links (so none is reported)
   * and no unreadable folder. Hidden names are left out as {@link LangFiles#list} leaves them.
   */
  static Listing of(Path dir, Map<String, Boolean> names) {
    if (names == null) return new Listing(dir, false, new TreeMap<>(), List.of());
    TreeMap<Path, Boolean> entries = new TreeMap<>();
    names.forEach(
        (name, folder) -> {
          if (!name.startsWith(".")) entries.put(dir.resolve(name), folder);
        });
    return new Listing(dir, true, entries, List.of());
  }

  /** Lists {@code dir} ({@code rel} from the content folder, for problems). */
  static Listing read(Path dir, String rel, Ctx ctx) {
    // A section folder that is a link out of content counts as missing; the listing of the
    // content folder itself reports it.
    if (!Files.isDirectory(dir)
        || LinkGuard.check(ctx.contentDir(), dir, LinkGuard.CONTENT) != null) {
      return new Listing(dir, false, new TreeMap<>(), List.of());
    }
    Problems problems = new Problems();
    TreeMap<Path, Boolean> entries = new TreeMap<>();
    for (Path p : LangFiles.list(dir, rel, ctx.forUnit(problems, null))) {
      entries.put(p, Files.isDirectory(p));
    }
    return new Listing(dir, true, entries, problems.all());
  }

  /**
   * Brings the entry {@code name} up to date after a change the watcher reported; false when the
   * folder must be listed again instead (a link, or an entry that had a problem: links are rare,
   * and {@link LangFiles#list} alone decides which to follow).
   */
  boolean update(String name) {
    if (name.startsWith(".")) return true;
    Path p = dir.resolve(name);
    if (Files.isSymbolicLink(p)) return false;
    String suffix = "/" + name;
    for (Problem problem : problems) {
      if (problem.pos().path().endsWith(suffix)) return false;
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      entries.put(p, Files.isDirectory(p));
    } else {
      entries.remove(p);
    }
    return true;
  }

  /** Entries, read-only. */
  Map<Path, Boolean> view() {
    return java.util.Collections.unmodifiableMap(entries);
  }
}

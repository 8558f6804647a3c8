package no.planvev.build;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import no.planvev.diag.Problems;
import no.planvev.validate.Coverage;

/**
 * What a build produced: its problems; when there were no errors, the site in memory ({@code site},
 * empty after {@link Builder#build}, which writes pages as it goes) and the site path of every file
 * ({@code files}); and how much of the content is translated ({@code coverage}, null when the
 * content could not be read).
 */
public record BuildResult(
    Problems problems, SiteFiles site, Duration time, Coverage coverage, SortedSet<String> files) {

  public BuildResult {
    files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
  }

  /** A result whose files are those of {@code site}. */
  public BuildResult(Problems problems, SiteFiles site, Duration time, Coverage coverage) {
    this(problems, site, time, coverage, paths(site));
  }

  public BuildResult(Problems problems, SiteFiles site, Duration time) {
    this(problems, site, time, null);
  }

  public boolean ok() {
    return !problems.hasErrors();
  }

  /** HTML pages per language folder, for the summary line (embed pages count with theirs). */
  public Map<String, Integer> htmlPagesByLanguage() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String file : files) {
      if (file.startsWith("assets/") || file.startsWith("static/")) continue; // copied
      String path = file.startsWith("embed/") ? file.substring("embed/".length()) : file;
      int slash = path.indexOf('/');
      if (slash > 0 && path.endsWith(".html")) {
        counts.merge(path.substring(0, slash), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static SortedSet<String> paths(SiteFiles site) {
    if (site == null) return new TreeSet<>();
    SortedSet<String> all = new TreeSet<>(site.generated().keySet());
    all.addAll(site.copied().keySet());
    return all;
  }
}

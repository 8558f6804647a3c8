package no.planvev.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A built site in memory: generated files by site path, and files copied as they are (assets,
 * static files) by site path with their source.
 */
public record SiteFiles(SortedMap<String, byte[]> generated, SortedMap<String, Path> copied) {

  public SiteFiles {
    generated = Collections.unmodifiableSortedMap(new TreeMap<>(generated));
    copied = Collections.unmodifiableSortedMap(new TreeMap<>(copied));
  }

  public static SiteFiles empty() {
    return new SiteFiles(new TreeMap<>(), new TreeMap<>());
  }

  public int size() {
    return generated.size() + copied.size();
  }

  /** Generated HTML pages per language folder, for the summary line. */
  public Map<String, Integer> htmlPagesByLanguage() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String file : generated.keySet()) {
      // Embed pages (embed/<lang>/...) count with their language.
      String path = file.startsWith("embed/") ? file.substring("embed/".length()) : file;
      int slash = path.indexOf('/');
      if (slash > 0 && path.endsWith(".html")) {
        counts.merge(path.substring(0, slash), 1, Integer::sum);
      }
    }
    return counts;
  }
}

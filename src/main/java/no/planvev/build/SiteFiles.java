package no.planvev.build;

import java.nio.file.Path;
import java.util.Collections;
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
}

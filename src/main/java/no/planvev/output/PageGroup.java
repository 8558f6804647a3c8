package no.planvev.output;

import java.util.Map;
import java.util.TreeMap;

/** One page in all the languages it exists in: language code → site path (from {@code Urls}). */
public record PageGroup(Map<String, String> pathByLang) {

  public PageGroup {
    if (pathByLang.isEmpty()) throw new IllegalArgumentException("a page group needs a language");
    // Sorted copy: callers may pass a HashMap; the writers order by site language anyway.
    pathByLang = java.util.Collections.unmodifiableMap(new TreeMap<>(pathByLang));
  }
}

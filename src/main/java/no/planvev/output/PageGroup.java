package no.planvev.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** One page in all the languages it exists in: language code → site path (from {@code Urls}). */
public record PageGroup(Map<String, String> pathByLang) {

  public PageGroup {
    if (pathByLang.isEmpty()) throw new IllegalArgumentException("a page group needs a language");
    // Sorted copy: callers may pass a HashMap; the writers order by site language anyway.
    pathByLang = java.util.Collections.unmodifiableMap(new TreeMap<>(pathByLang));
  }

  /** A page that exists in every one of {@code langs}, e.g. {@code of(codes, urls::projects)}. */
  public static PageGroup of(List<String> langs, Function<String, String> pathInLang) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String lang : langs) m.put(lang, pathInLang.apply(lang));
    return new PageGroup(m);
  }
}

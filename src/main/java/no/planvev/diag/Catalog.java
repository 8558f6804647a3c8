package no.planvev.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The message texts per language: {@code messages.<lang>.properties}, read as UTF-8. */
public final class Catalog {

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private Catalog() {}

  /** The pattern for {@code key} in {@code lang}, else in English; an unknown key shows itself. */
  public static String pattern(String lang, String key) {
    String p = texts(lang).get(key);
    if (p == null) p = texts("en").get(key);
    return p == null ? key : p;
  }

  /** Every key and pattern of one language, sorted by key. */
  public static Map<String, String> texts(String lang) {
    String l = Message.LANGUAGES.contains(lang) ? lang : "en";
    return CACHE.computeIfAbsent(l, Catalog::load);
  }

  private static Map<String, String> load(String lang) {
    String name = "messages." + lang + ".properties";
    try (InputStream in = Catalog.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> out = new TreeMap<>();
      for (String k : p.stringPropertyNames()) out.put(k, p.getProperty(k));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

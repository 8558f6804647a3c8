package no.planvev.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Localized text: a value per language code. A plain string in content means the default language;
 * the loader turns it into a one-entry map.
 */
public record LText(Map<String, String> values) {

  public static final LText EMPTY = new LText(Map.of());

  public LText {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static LText of(String lang, String text) {
    return new LText(Map.of(lang, text));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public boolean has(String lang) {
    return values.containsKey(lang);
  }

  public Optional<String> get(String lang) {
    return Optional.ofNullable(values.get(lang));
  }

  /**
   * The text for {@code lang}, or the default language's text marked as a fallback, or the first
   * text there is. Empty only when there is no text at all.
   */
  public Optional<Resolved> resolve(String lang, String defaultLang) {
    String v = values.get(lang);
    if (v != null) return Optional.of(new Resolved(v, lang, false));
    v = values.get(defaultLang);
    if (v != null) return Optional.of(new Resolved(v, defaultLang, true));
    return values.entrySet().stream()
        .findFirst()
        .map(e -> new Resolved(e.getValue(), e.getKey(), true));
  }

  /** A new text with {@code lang} set to {@code text}. */
  public LText with(String lang, String text) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(lang, text);
    return new LText(m);
  }

  /** A text as shown in one language: {@code fallback} when it is another language's text. */
  public record Resolved(String text, String lang, boolean fallback) {}
}

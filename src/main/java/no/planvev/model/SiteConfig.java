package no.planvev.model;

import java.util.List;
import java.util.Map;

/**
 * {@code site.yaml}. {@code languages} is never empty and its first entry is the default.
 * {@code sections} maps a section key (plans, projects, hearings, timeline, pages) to its URL
 * word per language; missing keys fall back to the key itself.
 */
public record SiteConfig(
    LText title,
    LText description,
    String baseUrl,
    List<Language> languages,
    Publisher publisher,
    String accessibilityStatement,
    Map<String, LText> sections) {

  public SiteConfig {
    if (languages.isEmpty()) throw new IllegalArgumentException("no languages");
    languages = List.copyOf(languages);
    sections = Map.copyOf(sections);
  }

  public String defaultLanguage() {
    return languages.get(0).code();
  }

  public List<String> languageCodes() {
    return languages.stream().map(Language::code).toList();
  }
}

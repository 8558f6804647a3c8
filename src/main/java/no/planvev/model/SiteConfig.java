package no.planvev.model;

import java.time.Period;
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
    Map<String, LText> sections,
    Period staleAfter) {

  /** How old a project's status date may be before the check warns: {@code stale_after}. */
  public static final Period DEFAULT_STALE_AFTER = Period.ofMonths(6);

  public SiteConfig {
    if (languages.isEmpty()) throw new IllegalArgumentException("no languages");
    languages = List.copyOf(languages);
    sections = Map.copyOf(sections);
    if (staleAfter == null) staleAfter = DEFAULT_STALE_AFTER;
  }

  /** A site with the default {@code stale_after}. */
  public SiteConfig(LText title, LText description, String baseUrl, List<Language> languages,
      Publisher publisher, String accessibilityStatement, Map<String, LText> sections) {
    this(title, description, baseUrl, languages, publisher, accessibilityStatement, sections,
        null);
  }

  /** The same site published at {@code url} ({@code --base-url}). */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(title, description, url, languages, publisher, accessibilityStatement,
        sections, staleAfter);
  }

  public String defaultLanguage() {
    return languages.get(0).code();
  }

  public List<String> languageCodes() {
    return languages.stream().map(Language::code).toList();
  }
}

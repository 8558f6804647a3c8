package no.planvev.model;

import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;

/**
 * {@code site.yaml}. {@code languages} is never empty; the default language is {@code
 * data.defaultLanguage()} when set, else the first entry. {@code sections} maps a section key
 * (plans, projects, hearings, timeline, pages) to its URL word per language; missing keys fall back
 * to the key itself.
 */
public record SiteConfig(
    LText title,
    LText description,
    String baseUrl,
    List<Language> languages,
    Publisher publisher,
    String accessibilityStatement,
    Map<String, LText> sections,
    SiteOptions options,
    Provenance provenance) {

  /** The keys of {@code sections}: the sections whose URL word a site may choose. */
  public static final List<String> SECTIONS =
      List.of("plans", "projects", "hearings", "timeline", "reports");

  public SiteConfig {
    if (provenance == null) provenance = Provenance.of(SourcePos.file("site.yaml"));
    if (languages.isEmpty()) throw new IllegalArgumentException("no languages");
    languages = List.copyOf(languages);
    sections = Map.copyOf(sections);
    if (options == null) options = SiteOptions.DEFAULTS;
    String def = options.defaultLanguage();
    if (def != null && languages.stream().noneMatch(l -> l.code().equals(def))) {
      throw new IllegalArgumentException("default language not listed: " + def);
    }
  }

  public String defaultLanguage() {
    String def = options.defaultLanguage();
    return def != null ? def : languages.get(0).code();
  }

  /** How old a project's status date may get before the check warns ({@code stale_after}). */
  public java.time.Period staleAfter() {
    return options.staleAfter();
  }

  public List<String> languageCodes() {
    return languages.stream().map(Language::code).toList();
  }

  /** The language with {@code code}, or null. */
  public Language language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
  }

  /** This site at another address. */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(
        title,
        description,
        url,
        languages,
        publisher,
        accessibilityStatement,
        sections,
        options,
        provenance);
  }
}

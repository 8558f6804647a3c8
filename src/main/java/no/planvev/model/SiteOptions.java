package no.planvev.model;

import java.time.Period;

/**
 * The optional settings of {@code site.yaml} beyond its texts: which language is the default
 * ({@code default_language}, null for the first listed), the licence of the open data ({@code
 * data.licence}), the CSV field separator ({@code data.csv_separator}), which languages a page
 * advertises ({@code alternates}) and how old a project's status date may get before the check
 * warns ({@code stale_after}), and the image link previews show ({@code image}: a file under
 * content/ or an absolute URL; null for none).
 */
public record SiteOptions(
    String defaultLanguage,
    Licence licence,
    char csvSeparator,
    Alternates alternates,
    Period staleAfter,
    String image) {

  /** {@code stale_after} when the site gives none. */
  public static final Period DEFAULT_STALE_AFTER = Period.ofMonths(6);

  public static final SiteOptions DEFAULTS =
      new SiteOptions(null, Licence.NLOD_2_0, ';', Alternates.WITH_TEXT, DEFAULT_STALE_AFTER, null);

  /** With the default {@code stale_after}. */
  public SiteOptions(
      String defaultLanguage, Licence licence, char csvSeparator, Alternates alternates) {
    this(defaultLanguage, licence, csvSeparator, alternates, DEFAULT_STALE_AFTER, null);
  }

  /** Without an image for link previews. */
  public SiteOptions(
      String defaultLanguage,
      Licence licence,
      char csvSeparator,
      Alternates alternates,
      Period staleAfter) {
    this(defaultLanguage, licence, csvSeparator, alternates, staleAfter, null);
  }

  /** These options with {@code image} (see the record's doc). */
  public SiteOptions withImage(String image) {
    return new SiteOptions(defaultLanguage, licence, csvSeparator, alternates, staleAfter, image);
  }

  public SiteOptions {
    if (licence == null) licence = Licence.NLOD_2_0;
    if (alternates == null) alternates = Alternates.WITH_TEXT;
    if (staleAfter == null) staleAfter = DEFAULT_STALE_AFTER;
    if (csvSeparator != ';' && csvSeparator != ',' && csvSeparator != '\t') {
      throw new IllegalArgumentException("csv separator: " + csvSeparator);
    }
  }

  /** The licences open data may carry: the Norwegian one and Creative Commons Attribution. */
  public enum Licence {
    NLOD_2_0(
        "NLOD-2.0",
        "Norsk lisens for offentlige data (NLOD) 2.0",
        "https://data.norge.no/nlod/no/2.0"),
    CC_BY_4_0(
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/");

    private final String key;
    private final String title;
    private final String url;

    Licence(String key, String title, String url) {
      this.key = key;
      this.title = title;
      this.url = url;
    }

    /** The SPDX identifier, as written in {@code site.yaml}. */
    public String key() {
      return key;
    }

    public String title() {
      return title;
    }

    public String url() {
      return url;
    }

    /** The licence with SPDX id {@code key} (any case), or null. */
    public static Licence of(String key) {
      for (Licence l : values()) {
        if (l.key.equalsIgnoreCase(key)) return l;
      }
      return null;
    }
  }

  /**
   * Which languages of a page are listed in hreflang links, the sitemap and the language menu: only
   * those the page has its own text in ({@code with_text}), or every site language ({@code all}).
   */
  public enum Alternates {
    WITH_TEXT,
    ALL;

    /** The word in {@code site.yaml}: {@code with_text}, {@code all}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value {@code key} names, or null. */
    public static Alternates of(String key) {
      return java.util.Arrays.stream(values())
          .filter(a -> a.key().equals(key))
          .findFirst()
          .orElse(null);
    }
  }
}

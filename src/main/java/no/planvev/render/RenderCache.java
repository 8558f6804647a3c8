package no.planvev.render;

/**
 * Where a build may find Markdown HTML and page bytes made by an earlier run (the build cache on
 * disk, {@code no.planvev.cache.BuildCache}). Keys are made here, from everything the result
 * depends on: the Markdown source and heading level; a page's file, template and its template
 * values all the way down (templates see nothing but their values). Implementations add what is
 * common to every entry (planvev's version, the theme's fingerprint).
 */
public interface RenderCache {

  /** HTML kept for this Markdown key, or null. */
  String markdown(byte[] key);

  /** Keeps {@code html} under {@code key}. */
  void putMarkdown(byte[] key, String html);

  /** Page bytes kept for this key, or null. */
  byte[] page(byte[] key);

  /** Keeps {@code bytes} under {@code key}. */
  void putPage(byte[] key, byte[] bytes);

  /** The key (a 128-bit {@link ValueDigest}) of a Markdown text at heading level {@code base}. */
  static byte[] markdownKey(String markdown, int base) {
    ValueDigest d = new ValueDigest();
    d.tag('M');
    d.integer(base);
    d.string(markdown);
    return d.digest();
  }

  /**
   * The key of a page: its file, its template, the fingerprint of the theme, and its values
   * (records, maps, lists, strings, numbers and booleans, see {@link ValueDigest#value}); null when
   * a value is of another kind (such a page is never kept).
   */
  static byte[] pageKey(String file, String template, String theme, Record values) {
    ValueDigest d = new ValueDigest();
    d.tag('P');
    d.string(file);
    d.string(template);
    d.string(theme);
    return d.value(values) ? d.digest() : null;
  }
}

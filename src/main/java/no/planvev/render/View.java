package no.planvev.render;

import java.util.List;
import no.planvev.model.Body;
import no.planvev.model.Deadline;
import no.planvev.model.LText;
import no.planvev.model.Urls;
import no.planvev.words.DeadlineFormat;

/**
 * What one page in one language needs to turn content into template values: resolved texts with
 * their language, rendered Markdown and links relative to the page.
 *
 * @param absolutePrefix root-absolute prefix for pages served at any URL (404); null for normal
 *     relative links
 * @param dates dates and deadlines in this page's language
 */
record View(
    String lang,
    String defaultLang,
    String path,
    Urls urls,
    Markdown markdown,
    String absolutePrefix,
    DeadlineFormat dates) {

  /**
   * A text as shown: {@code fallback} when it is in {@code lang} rather than the page's language.
   */
  record Txt(String text, String lang, boolean fallback) {
    static final Txt NONE = new Txt("", "", false);

    boolean isEmpty() {
      return text.isEmpty();
    }
  }

  /** HTML we produced from Markdown (escaped and sanitized), with the language of its source. */
  record Html(String html, String lang, boolean fallback) {}

  /**
   * The text in this page's language, or the default language's marked as fallback; null if none.
   */
  Txt t(LText text) {
    if (text == null) return null;
    return text.resolve(lang, defaultLang)
        .map(r -> new Txt(r.text(), r.lang(), r.fallback()))
        .orElse(null);
  }

  /**
   * A page's body as this page shows it: its language's text, or the default language's (read from
   * its file now; see {@link Body#text}).
   */
  LText body(Body body) {
    return body.text(lang, defaultLang);
  }

  /** Plain text of {@code text} (for {@code <title>} and attributes), or "". */
  String plain(LText text) {
    Txt t = t(text);
    return t == null ? "" : t.text();
  }

  List<Txt> ts(List<LText> texts) {
    return texts.stream().map(this::t).filter(x -> x != null).toList();
  }

  /** Block Markdown with headings starting at {@code base}; null when there is no text. */
  Html md(LText text, int base) {
    Txt t = t(text);
    if (t == null || t.text().isBlank()) return null;
    return new Html(markdown.toHtml(t.text(), base), t.lang(), t.fallback());
  }

  /** Inline Markdown (a short summary) without a paragraph around it; null when empty. */
  Html inline(LText text) {
    Txt t = t(text);
    if (t == null || t.text().isBlank()) return null;
    return new Html(markdown.inlineHtml(t.text()), t.lang(), t.fallback());
  }

  /** A deadline as shown in this language; free text may be a fallback. */
  Txt deadline(Deadline d) {
    if (d == null) return null;
    if (d instanceof Deadline.Text text) {
      Txt t = t(text.text());
      if (t != null) return t;
    }
    return new Txt(dates.displayIn(d, lang, defaultLang), lang, false);
  }

  String datetime(Deadline d) {
    return d == null ? null : DeadlineFormat.datetime(d);
  }

  /** A link from this page to the site path {@code target}. */
  String link(String target) {
    if (absolutePrefix != null) return absolutePrefix + Urls.relative("", target);
    return Urls.relative(path, target);
  }

  /** A link to a document: local files relative to this page, URLs as they are; null if unsafe. */
  String href(String href, boolean local) {
    if (!Markdown.isSafeUrl(href)) return null;
    return local ? link(href.startsWith("/") ? href.substring(1) : href) : href;
  }
}

package no.planvev.render;

import no.planvev.model.Urls;

/**
 * Embed pages and the snippet that embeds them. An embed page lives at {@code embed/} + the path of
 * the full page it shows in short ({@code embed/nb/prosjekter/x/} for {@code nb/prosjekter/x/}), so
 * its relative links reach the site as any page's do.
 */
final class Embeds {

  /** The script a host page loads; it turns each snippet into an iframe that fits its content. */
  static final String SCRIPT = "static/embed.js";

  /** The script each embed page loads to report its height to the host page. */
  static final String FRAME_SCRIPT = "static/embed-frame.js";

  static final String CSS = "static/embed.css";

  /** The script that adds a copy button to the snippet box on full pages. */
  static final String COPY_SCRIPT = "static/copy.js";

  /** The height of the iframe in {@code <noscript>}, where nothing can resize it. */
  static final int NOSCRIPT_HEIGHT = 600;

  private final Urls urls;

  Embeds(Urls urls) {
    this.urls = urls;
  }

  /**
   * What a full page shows to offer its embed: the embed page's address ({@code url} absolute,
   * {@code href} relative), the ready snippet and the copy script.
   */
  record Offer(String url, String href, String snippet, String copyJs) {}

  /** The common values of an embed page: its own look and script, and the full page's link. */
  record Frame(String css, String frameJs, String sourceHref, View.Txt heading, String title) {}

  /** What a full page shows to offer its embed: the ready snippet and the copy script. */
  Offer offer(View v, String pagePath, String title) {
    String url = urls.absolute(Urls.embed(pagePath));
    return new Offer(
        url,
        v.link(Urls.embed(pagePath)),
        snippet(url, urls.absolute(SCRIPT), title),
        v.link(COPY_SCRIPT));
  }

  /** The common values of an embed page: its own look and script, and the full page's link. */
  static Frame frame(View v, String pagePath, View.Txt heading, String title) {
    return new Frame(v.link(CSS), v.link(FRAME_SCRIPT), v.link(pagePath), heading, title);
  }

  /**
   * The HTML to paste into a foreign page: a div the script turns into an iframe, a plain iframe of
   * fixed height for visitors without JavaScript, and the script.
   */
  static String snippet(String embedUrl, String scriptUrl, String title) {
    String u = attr(embedUrl);
    String t = attr(title);
    return "<div data-planvev-embed=\""
        + u
        + "\" data-title=\""
        + t
        + "\">"
        + "<noscript><iframe src=\""
        + u
        + "\" title=\""
        + t
        + "\" width=\"100%\" height=\""
        + NOSCRIPT_HEIGHT
        + "\" style=\"border:0\" loading=\"lazy\"></iframe></noscript></div>\n"
        + "<script src=\""
        + attr(scriptUrl)
        + "\" async></script>";
  }

  private static String attr(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}

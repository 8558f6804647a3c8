package no.planvev.preview;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.diag.Message;

/**
 * Which language the preview's overlay speaks on a page: the page's own, when the message catalog
 * has messages its readers read ({@link Message#readerLanguage}); bokmål otherwise.
 */
final class Lang {

  private static final Pattern HTML_LANG =
      Pattern.compile("<html[^>]*?\\slang\\s*=\\s*[\"']?([A-Za-z-]+)", Pattern.CASE_INSENSITIVE);

  private Lang() {}

  /** The primary language of a BCP 47 tag when messages fit it; bokmål for anything else. */
  static String of(String tag) {
    if (tag == null || Message.readerLanguage(tag) == null) return "nb";
    String t = tag.toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    String primary = dash > 0 ? t.substring(0, dash) : t;
    return primary.equals("no") ? "nb" : primary;
  }

  /** The page's {@code <html lang>}, else the first segment of its path. */
  static String ofPage(String html, String sitePath) {
    Matcher m = HTML_LANG.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
    if (m.find()) return of(m.group(1));
    int slash = sitePath.indexOf('/');
    return of(slash > 0 ? sitePath.substring(0, slash) : null);
  }
}

package no.planvev.preview;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which of the preview's own UI languages (nb, nn, en) fits a page. */
final class Lang {

  private static final Pattern HTML_LANG =
      Pattern.compile("<html[^>]*?\\slang\\s*=\\s*[\"']?([A-Za-z-]+)", Pattern.CASE_INSENSITIVE);

  private Lang() {}

  /** nb, nn or en for a BCP 47 tag; bokmål for anything else (the sites are Norwegian). */
  static String of(String tag) {
    if (tag == null) return "nb";
    String t = tag.toLowerCase(Locale.ROOT);
    if (t.startsWith("nn")) return "nn";
    if (t.startsWith("en")) return "en";
    return "nb";
  }

  /** The page's {@code <html lang>}, else the first segment of its path. */
  static String ofPage(String html, String sitePath) {
    Matcher m = HTML_LANG.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
    if (m.find()) return of(m.group(1));
    int slash = sitePath.indexOf('/');
    return of(slash > 0 ? sitePath.substring(0, slash) : null);
  }
}

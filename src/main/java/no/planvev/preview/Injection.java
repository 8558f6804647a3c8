package no.planvev.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.planvev.diag.Problem;

/**
 * Adds the live-reload script (and, after a failed build, the error overlay) to an HTML response,
 * just before {@code </body>}. Only the preview server does this; the built site never has it.
 */
final class Injection {

  static final String START = "<!-- planvev preview -->";
  static final String END = "<!-- /planvev preview -->";

  private Injection() {}

  /**
   * {@code page} is the site path the page stands for (what the live script watches), {@code hash}
   * its content hash as served.
   */
  static byte[] inject(byte[] html, String page, String hash, List<Problem> errors) {
    String text = new String(html, StandardCharsets.UTF_8);
    String lang = Lang.ofPage(text, page);
    StringBuilder snippet =
        new StringBuilder(START)
            .append("<link rel=\"stylesheet\" href=\"")
            .append(LiveScript.CSS_PATH)
            .append("\">");
    if (!errors.isEmpty()) snippet.append(Overlay.html(errors, lang));
    snippet
        .append("<script src=\"")
        .append(LiveScript.JS_PATH)
        .append("\" data-path=\"")
        .append(Overlay.escape(page))
        .append("\" data-hash=\"")
        .append(Overlay.escape(hash))
        .append("\" data-lang=\"")
        .append(lang)
        .append("\" defer></script>")
        .append(END);
    int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = at < 0 ? text + snippet : text.substring(0, at) + snippet + text.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** A page to show when no build has succeeded yet: only the overlay. */
  static byte[] placeholder(List<Problem> errors) {
    String html =
        "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
            + "<title>planvev</title></head><body></body></html>";
    return inject(html.getBytes(StandardCharsets.UTF_8), "", "", errors);
  }
}

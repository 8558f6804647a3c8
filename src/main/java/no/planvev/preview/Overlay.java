package no.planvev.preview;

import java.util.List;
import no.planvev.diag.Message;
import no.planvev.diag.Printable;
import no.planvev.diag.Problem;
import no.planvev.words.Words;

/**
 * The error overlay: a fixed, labelled alert dialog listing the problems of the latest build as
 * {@code path:line:column} and message, with a heading and an explanation in the page's language
 * ({@code overlay.*} in the built-in i18n files) and the messages in the catalog language its
 * readers read ({@link Message#readerLanguage}): never English messages under a bokmål heading.
 */
final class Overlay {

  static final String ID = "planvev-overlay";

  private Overlay() {}

  /** The overlay as an HTML fragment; every text from content is escaped. */
  static String html(List<Problem> problems, String lang) {
    String code = Lang.of(lang);
    String messages = Message.readerLanguage(code);
    Words words = Words.builtIn();
    StringBuilder b = new StringBuilder(256 + problems.size() * 120);
    b.append("<div id=\"")
        .append(ID)
        .append("\" role=\"alertdialog\" aria-modal=\"false\"")
        .append(" aria-labelledby=\"planvev-overlay-title\"")
        .append(" aria-describedby=\"planvev-overlay-text\" tabindex=\"-1\" lang=\"")
        .append(code)
        .append("\">")
        .append("<h2 id=\"planvev-overlay-title\">")
        .append(escape(words.word("overlay.heading", code)))
        .append("</h2>")
        .append("<p id=\"planvev-overlay-text\">")
        .append(escape(words.word("overlay.explanation", code)))
        .append("</p>")
        .append("<ul>");
    for (Problem p : problems) {
      // Control characters in a name or value are shown, not sent raw (Printable).
      b.append("<li><code>")
          .append(escape(Printable.clean(p.pos().toString())))
          .append("</code> ")
          .append(escape(Printable.clean(p.text().in(messages))))
          .append("</li>");
    }
    b.append("</ul><button type=\"button\" data-planvev-hide>")
        .append(escape(words.word("overlay.hide", code)))
        .append("</button></div>");
    return b.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}

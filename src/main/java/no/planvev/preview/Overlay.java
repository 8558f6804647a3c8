package no.planvev.preview;

import java.util.List;
import no.planvev.validate.Printable;
import no.planvev.validate.Problem;

/**
 * The error overlay: a fixed, labelled alert dialog listing the problems of the latest build as
 * {@code path:line:column} and message, with a heading and an explanation in the page's language.
 */
final class Overlay {

  static final String ID = "planvev-overlay";

  private record Texts(String heading, String explanation, String hide) {}

  private Overlay() {}

  private static Texts texts(String lang) {
    return switch (Lang.of(lang)) {
      case "nn" -> new Texts("Nettstaden kan ikkje byggjast",
          "Førehandsvisinga viser den siste versjonen som verka. Rett feila under og lagre fila,"
              + " så blir sida oppdatert av seg sjølv.",
          "Skjul");
      case "en" -> new Texts("The site cannot be built",
          "The preview shows the last version that worked. Fix the problems below and save the"
              + " file; the page updates by itself.",
          "Hide");
      default -> new Texts("Nettstedet kan ikke bygges",
          "Forhåndsvisningen viser den siste versjonen som virket. Rett feilene under og lagre"
              + " filen, så oppdateres siden av seg selv.",
          "Skjul");
    };
  }

  /** The overlay as an HTML fragment; every text from content is escaped. */
  static String html(List<Problem> problems, String lang) {
    Texts t = texts(lang);
    String code = Lang.of(lang);
    StringBuilder b = new StringBuilder(256 + problems.size() * 120);
    b.append("<div id=\"").append(ID).append("\" role=\"alertdialog\" aria-modal=\"false\"")
        .append(" aria-labelledby=\"planvev-overlay-title\"")
        .append(" aria-describedby=\"planvev-overlay-text\" tabindex=\"-1\" lang=\"")
        .append(code).append("\">")
        .append("<h2 id=\"planvev-overlay-title\">").append(escape(t.heading())).append("</h2>")
        .append("<p id=\"planvev-overlay-text\">").append(escape(t.explanation())).append("</p>")
        .append("<ul>");
    for (Problem p : problems) {
      // Control characters in a name or value are shown, not sent raw (Printable).
      b.append("<li><code>").append(escape(Printable.clean(p.pos().toString())))
          .append("</code> ").append(escape(Printable.clean(p.message()))).append("</li>");
    }
    b.append("</ul><button type=\"button\" data-planvev-hide>").append(escape(t.hide()))
        .append("</button></div>");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

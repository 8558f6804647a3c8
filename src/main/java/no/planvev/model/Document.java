package no.planvev.model;

import java.util.Locale;
import no.planvev.diag.SourcePos;

/**
 * A linked document: {@code href} is a path under content/ (e.g. assets/x.pdf) or an absolute URL.
 * {@code type} (e.g. PDF) and {@code size} in bytes may be null: for a file under content/ the
 * reader fills them from the file; for a URL they come from the optional {@code type} and {@code
 * size} keys, else the type from the address's file extension.
 */
public record Document(LText title, String href, SourcePos pos, String type, Long size) {

  public Document(LText title, String href, SourcePos pos) {
    this(title, href, pos, null, null);
  }

  public boolean isLocal() {
    return !Addresses.hasScheme(href);
  }

  /** The file type of {@code href} from its extension, upper case (PDF, DOCX); null if none. */
  public static String typeOf(String href) {
    String p = href;
    int cut = p.indexOf('#');
    if (cut >= 0) p = p.substring(0, cut);
    cut = p.indexOf('?');
    if (cut >= 0) p = p.substring(0, cut);
    int slash = p.lastIndexOf('/');
    String name = p.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) return null;
    String ext = name.substring(dot + 1);
    if (ext.length() > 5 || !ext.chars().allMatch(Character::isLetterOrDigit)) return null;
    if (Addresses.hasScheme(href)
        && (ext.equalsIgnoreCase("html")
            || ext.equalsIgnoreCase("htm")
            || ext.equalsIgnoreCase("php")
            || ext.equalsIgnoreCase("aspx"))) {
      return null;
    }
    return ext.toUpperCase(Locale.ROOT);
  }
}

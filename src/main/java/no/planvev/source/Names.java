package no.planvev.source;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.planvev.diag.Message;

/**
 * The rules for every name an editor gives that becomes part of a path in the site: section words,
 * ids (folder and file names, {@code id:} keys) and slugs. A name is one path segment, so it can
 * never climb out of its folder ({@code ..}, {@code /}, {@code \}), hide itself (a leading dot: the
 * preview refuses dotfiles), exceed what file systems hold, or take the place of a folder or file
 * that planvev makes itself.
 */
final class Names {

  /** Longest name in characters: the site path adds more, and file systems stop at 255 bytes. */
  static final int MAX_CHARS = 100;

  /** Longest name in UTF-8 bytes, for scripts that take three or four bytes a character. */
  static final int MAX_BYTES = 200;

  /**
   * What planvev writes right under each language folder ({@code nb/data/}, {@code nb/feeds/}, ...)
   * or at the site root beside the languages, and the files in each page folder. A section word or
   * a page's name may not be one of them. Compared without case: some file systems (macOS, Windows)
   * do not tell {@code Data} from {@code data}.
   */
  static final Set<String> RESERVED =
      Set.of(
          "assets",
          "calendar",
          "data",
          "embed",
          "feeds",
          "static",
          "index.html",
          "404.html",
          "robots.txt",
          "sitemap.xml");

  /** File names in a page folder: any slug would become a folder next to them. */
  private static final Set<String> PAGE_FILES = Set.of("index.html", "404.html");

  /** Calendars a project's own calendar ({@code calendar/<project>.ics}) would replace. */
  static final Set<String> CALENDARS = Set.of("deadlines", "hearings");

  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{M}\\p{N}._~-]+");
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]+");

  /**
   * What kind of name: an {@code id:} key, a {@code slug:} or section word, or the name of a folder
   * or file that gives an id (its message says to rename it). Ids may not hold dots.
   */
  enum Kind {
    ID,
    SLUG,
    FILE
  }

  private Names() {}

  /** Where a name is used, for the reserved-name rule. */
  enum Place {
    /** Right under a language folder: a section word, a page. */
    LANGUAGE_ROOT,
    /** Inside a section or a plan: plans, projects, hearings, focus areas. */
    NESTED,
    /** Not part of a page path (initiative and measure ids). */
    NONE
  }

  /** The problem with {@code name} as a {@code kind} used at {@code place}, or null when fine. */
  static Message problem(String name, Kind kind, Place place) {
    String shown = visible(name);
    if (name.isEmpty()) return Message.of("name.empty");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\') return Message.of("name.slash", shown, String.valueOf(c));
      if (Character.isISOControl(c)) {
        return Message.of("name.control", shown, String.format(Locale.ROOT, "U+%04X", (int) c));
      }
    }
    if (name.equals(".") || name.equals("..")) return Message.of("name.dots", shown);
    if (name.startsWith(".")) return Message.of("name.leadingDot", shown);
    if (!(kind == Kind.ID ? ID : SLUG).matcher(name).matches()) {
      return Message.of(
          kind == Kind.ID ? "id.chars" : kind == Kind.SLUG ? "slug.chars" : "name.chars", shown);
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    int chars = name.codePointCount(0, name.length());
    if (chars > MAX_CHARS || bytes > MAX_BYTES) {
      return Message.of("name.tooLong", chars, MAX_CHARS, MAX_BYTES);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (place == Place.LANGUAGE_ROOT && RESERVED.contains(lower)) {
      return Message.of("name.reserved", shown, RESERVED.stream().sorted().toList());
    }
    if (place != Place.NONE && PAGE_FILES.contains(lower)) {
      return Message.of("name.reserved", shown, PAGE_FILES.stream().sorted().toList());
    }
    return null;
  }

  /** The name in Unicode's composed form (NFC), as it is compared and written. */
  static String nfc(String name) {
    return Normalizer.isNormalized(name, Normalizer.Form.NFC)
        ? name
        : Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  /** The name with control characters shown as {@code \\uXXXX}: a message must not hold them. */
  static String visible(String name) {
    StringBuilder sb = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)) {
        if (sb == null) sb = new StringBuilder(name.substring(0, i));
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? name : sb.toString();
  }
}

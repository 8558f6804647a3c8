package no.planvev.render;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.planvev.model.LText;

/**
 * What a link preview shows of a page (meta description, Open Graph, Twitter card). Chrome puts the
 * site's description on every page; a route with a text of its own replaces it with {@link
 * #describe}.
 */
final class Sharing {

  /** The longest description; search engines and previews cut near 160–200 characters. */
  static final int MAX = 200;

  /**
   * How much of the first paragraph is read: the description shows at most {@link #MAX} characters,
   * and the patterns below stay linear only on a bounded text (a paragraph of 20,000 unclosed links
   * took a minute with unbounded ones).
   */
  private static final int READ = 4_000;

  private static final Pattern LINK =
      Pattern.compile("!?\\[([^\\]\\[]{0,400})]\\([^()\\n]{0,1000}\\)");
  private static final Pattern MARKS = Pattern.compile("[*_`>#|]+|<[^<>]{0,400}>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The locale of each language as Open Graph writes it; others keep their code. */
  private static final Map<String, String> LOCALES =
      Map.of(
          "nb", "nb_NO", "nn", "nn_NO", "se", "se_NO", "en", "en_GB", "sv", "sv_SE", "da", "da_DK",
          "fi", "fi_FI", "smj", "smj_NO", "sma", "sma_NO");

  private Sharing() {}

  /**
   * The values of the sharing tags. {@code type}: {@code website} for a home page, else {@code
   * article}; {@code image}: absolute, or "" for none.
   */
  record Tags(
      String description, String type, String locale, List<String> localeAlternates, String image) {

    Tags withDescription(String text) {
      return text == null || text.isBlank()
          ? this
          : new Tags(text, type, locale, localeAlternates, image);
    }
  }

  static String locale(String lang) {
    return LOCALES.getOrDefault(lang, lang.replace('-', '_'));
  }

  /** This route's description: the first paragraph of {@code text}, as plain text. */
  static BiFunction<View, ChromeModel, ChromeModel> describe(Function<View, LText> text) {
    return (v, m) -> {
      if (m.share() == null) return m;
      View.Txt x = v.t(text.apply(v));
      return m.withShare(m.share().withDescription(x == null ? null : plain(x.text())));
    };
  }

  /** The first paragraph of Markdown that is not a heading, without marks, at most {@link #MAX}. */
  static String plain(String markdown) {
    if (markdown == null) return null;
    String para = "";
    for (String block : markdown.strip().split("\\n\\s*\\n")) {
      String b = block.strip();
      if (b.isEmpty() || b.startsWith("#") || b.startsWith("|")) continue;
      para =
          b.length() <= READ
              ? b
              : b.substring(0, READ - (Character.isHighSurrogate(b.charAt(READ - 1)) ? 1 : 0));
      break;
    }
    String s = LINK.matcher(para).replaceAll("$1");
    s = MARKS.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("- ")) s = s.substring(2);
    if (s.length() <= MAX) return s;
    int cut = s.lastIndexOf(' ', MAX - 1);
    return s.substring(0, cut > MAX / 2 ? cut : MAX - 1).stripTrailing() + "…";
  }
}

package no.planvev.source;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.planvev.diag.Message;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Addresses;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.Publisher;
import no.planvev.model.SiteConfig;
import no.planvev.model.SiteOptions;

/** {@code site.yaml} → {@link SiteConfig}. */
final class SiteReader {

  static final List<String> KEYS =
      List.of(
          "title",
          "description",
          "base_url",
          "languages",
          "publisher",
          "accessibility_statement",
          "sections",
          "default_language",
          "alternates",
          "data",
          "stale_after",
          "image");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private SiteReader() {}

  /** The site, or null when a required part of it is missing or wrong. */
  static SiteConfig read(YNode root, Ctx ctx) {
    Problems problems = ctx.problems();
    Fields f = new Fields(root, ctx, "site.yaml", KEYS);
    List<Language> languages = languages(f, ctx);
    if (languages.isEmpty()) return null;
    List<String> codes = languages.stream().map(Language::code).toList();
    String def = defaultLanguage(f, ctx, codes);
    Ctx c = new Ctx(ctx.contentDir(), ctx.path(), problems, codes, def);
    f = f.in(c);
    LText title = f.ltext("title", true);
    LText description = f.ltext("description", false);
    String baseUrl = f.text("base_url", true);
    Addresses.Refusal refusal = baseUrl == null ? null : Addresses.checkBase(baseUrl);
    if (refusal != null) {
      c.error(f.node("base_url", false).pos(), refusal.key(), "base_url", baseUrl);
      baseUrl = null;
    }
    Publisher publisher = null;
    Fields pf = f.map("publisher", List.of("name", "url", "email"));
    if (pf != null) {
      LText name = pf.ltext("name", true);
      if (name != null) {
        publisher =
            new Publisher(
                name, pf.url("url", Addresses.Accepts.WEB, false), pf.text("email", false));
      }
    }
    String a11y = f.url("accessibility_statement", Addresses.Accepts.WEB, false);
    if (a11y == null && !f.has("accessibility_statement")) {
      c.warning(new SourcePos(ctx.path(), 1, 1), "site.noAccessibility");
    }
    Map<String, LText> sections = new TreeMap<>();
    boolean sectionsOk = true;
    Fields sf = f.map("sections", SiteConfig.SECTIONS);
    if (sf != null) {
      Map<String, SourcePos> at = new TreeMap<>();
      for (String key : SiteConfig.SECTIONS) {
        YNode node = sf.node(key, false);
        if (node == null) continue;
        LText words = sf.ltext(key, false);
        if (words == null) {
          sectionsOk = false;
          continue;
        }
        words = sectionWords(words, node.pos(), c);
        if (words == null) {
          sectionsOk = false;
        } else {
          sections.put(key, words);
          at.put(key, node.pos());
        }
      }
      if (sectionsOk) sectionsOk = distinct(sections, at, languages, def, c);
    }
    Period staleAfter = staleAfter(f, c);
    SiteOptions options = options(f, c, def.equals(codes.get(0)) ? null : def, staleAfter);
    if (options != null && f.has("image")) {
      String image = image(f, c);
      if (image == null) options = null;
      else options = options.withImage(image);
    }
    if (title == null || baseUrl == null || !sectionsOk || options == null) return null;
    return new SiteConfig(
        title,
        description == null ? LText.EMPTY : description,
        baseUrl,
        languages,
        publisher,
        a11y,
        sections,
        options,
        new no.planvev.model.Provenance(
            ctx.path(), Map.of(), Map.of(ctx.path(), Provenances.keys(root)), Map.of()));
  }

  private static final Pattern IMAGE_FILE = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp)");

  /**
   * {@code image}: the picture link previews show (Open Graph); an http(s) address, or a PNG, JPEG,
   * GIF or WebP file under content/. Null after reporting a wrong one.
   */
  static String image(Fields f, Ctx c) {
    String image = f.url("image", Addresses.Accepts.WEB_OR_FILE, false);
    if (image == null) return null;
    SourcePos at = f.node("image", false).pos();
    boolean web = image.startsWith("http://") || image.startsWith("https://");
    if (!web && image.contains(":")) {
      c.error(at, "site.image", image);
      return null;
    }
    String path = image.replaceFirst("^/+", "");
    if (!IMAGE_FILE.matcher(path.replaceFirst("[?#].*$", "")).matches()) {
      c.error(at, "site.image", image);
      return null;
    }
    if (!web) {
      java.nio.file.Path root = c.contentDir().toAbsolutePath().normalize();
      java.nio.file.Path file;
      try {
        file = root.resolve(path).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        file = null;
      }
      if (file != null && c.looked() != null) c.looked().add(file);
      if (file == null || !file.startsWith(root) || !java.nio.file.Files.isRegularFile(file)) {
        c.error(at, "document.missing", image);
        return null;
      }
      return path;
    }
    return image;
  }

  private static final Pattern SPAN =
      Pattern.compile("(\\d{1,4})\\s*(day|days|week|weeks|month|months|year|years)");

  /**
   * {@code stale_after}: how old a project's status date may get, as {@code 6 months}, {@code 90
   * days}, {@code 8 weeks}, {@code 1 year} or ISO 8601 {@code P6M}; null for the default.
   */
  static Period staleAfter(Fields f, Ctx c) {
    String text = f.text("stale_after", false);
    if (text == null) return null;
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = SPAN.matcher(t);
    Period p = null;
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      p =
          switch (m.group(2).replaceAll("s$", "")) {
            case "day" -> Period.ofDays(n);
            case "week" -> Period.ofWeeks(n);
            case "month" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
          };
    } else if (t.startsWith("p")) {
      try {
        p = Period.parse(t.toUpperCase(java.util.Locale.ROOT));
      } catch (java.time.format.DateTimeParseException e) {
        p = null;
      }
    }
    if (p == null || p.isNegative() || p.isZero()) {
      c.error(f.node("stale_after", false).pos(), "site.staleAfter", text);
      return null;
    }
    return p;
  }

  /** The words of one section, composed (NFC); null after reporting one that cannot be a folder. */
  private static LText sectionWords(LText words, SourcePos pos, Ctx ctx) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> e : words.values().entrySet()) {
      Message problem = Names.problem(e.getValue(), Names.Kind.SLUG, Names.Place.LANGUAGE_ROOT);
      if (problem != null) {
        ctx.problems().error(pos, problem);
        return null;
      }
      out.put(e.getKey(), Names.nfc(e.getValue()));
    }
    return new LText(out);
  }

  /**
   * False after reporting two sections that would share one folder in a language (by default words
   * too; without case, as macOS and Windows do not tell them apart). Points at the later section
   * that names its word, else the earlier.
   */
  private static boolean distinct(
      Map<String, LText> sections,
      Map<String, SourcePos> at,
      List<Language> languages,
      String def,
      Ctx ctx) {
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Language lang : languages) {
      Map<String, String> seen = new java.util.LinkedHashMap<>();
      for (String key : SiteConfig.SECTIONS) {
        LText words = sections.get(key);
        String word =
            words == null
                ? key
                : words.resolve(lang.code(), def).map(LText.Resolved::text).orElse(key);
        String folded = word.toLowerCase(java.util.Locale.ROOT);
        String other = seen.putIfAbsent(folded, key);
        if (other != null && reported.add(other + " " + key)) {
          SourcePos pos = at.containsKey(key) ? at.get(key) : at.get(other);
          ctx.error(pos, "section.sameWord", other, key, word, lang.name());
        }
      }
    }
    return reported.isEmpty();
  }

  /** {@code default_language}: one of the listed codes; the first listed when absent. */
  private static String defaultLanguage(Fields f, Ctx ctx, List<String> codes) {
    String def = f.text("default_language", false);
    if (def == null) return codes.get(0);
    if (!codes.contains(def)) {
      ctx.error(
          f.node("default_language", false).pos(),
          "site.defaultLanguage",
          def,
          String.join(", ", codes));
      return codes.get(0);
    }
    return def;
  }

  /** {@code alternates} and {@code data: {licence, csv_separator}}; null after an error. */
  private static SiteOptions options(Fields f, Ctx c, String def, Period staleAfter) {
    SiteOptions.Alternates alternates =
        keyword(
            f,
            "alternates",
            SiteOptions.Alternates::of,
            SiteOptions.Alternates.WITH_TEXT,
            "site.alternates");
    SiteOptions.Licence licence = SiteOptions.Licence.NLOD_2_0;
    Character separator = ';';
    Fields data = f.map("data", List.of("licence", "csv_separator"));
    if (data != null) {
      licence = keyword(data, "licence", SiteOptions.Licence::of, licence, "site.licence");
      separator =
          keyword(data, "csv_separator", SiteReader::separator, separator, "site.csvSeparator");
    }
    return alternates != null && licence != null && separator != null
        ? new SiteOptions(def, licence, separator, alternates, staleAfter)
        : null;
  }

  /**
   * The value the word at optional {@code key} names ({@code of} gives null for an unknown word):
   * {@code dflt} when absent, null after reporting an unknown word as {@code problem}.
   */
  private static <T> T keyword(
      Fields f, String key, java.util.function.Function<String, T> of, T dflt, String problem) {
    String word = f.text(key, false);
    if (word == null) return dflt;
    T value = of.apply(word);
    if (value == null) f.ctx().error(f.node(key, false).pos(), problem, word);
    return value;
  }

  /** A CSV separator: {@code ;}, {@code ,} or {@code tab}; null for any other. */
  private static Character separator(String word) {
    String s = word.equals("tab") ? "\t" : word;
    return s.equals(";") || s.equals(",") || s.equals("\t") ? s.charAt(0) : null;
  }

  private static List<Language> languages(Fields f, Ctx ctx) {
    YNode node = f.node("languages", true);
    if (node == null) return List.of();
    List<YNode> items = ctx.list(node, "languages");
    if (items == null) return List.of();
    if (items.isEmpty()) {
      ctx.error(node.pos(), "site.noLanguages");
      return List.of();
    }
    List<Language> out = new ArrayList<>();
    boolean ok = true;
    for (YNode item : items) {
      Fields lf =
          new Fields(item, ctx, Message.of("what.language"), List.of("code", "name", "partial"));
      String code = lf.text("code", true);
      String name = lf.text("name", true);
      String partial = lf.text("partial", false);
      if (partial != null && !partial.equals("true") && !partial.equals("false")) {
        ctx.error(lf.node("partial", false).pos(), "site.partial", partial);
        ok = false;
      }
      if (code == null || name == null) {
        ok = false;
      } else if (!LANG.matcher(code).matches()) {
        ctx.error(lf.node("code", false).pos(), "site.languageCode", code);
        ok = false;
      } else if (out.stream().anyMatch(l -> l.code().equals(code))) {
        ctx.error(lf.node("code", false).pos(), "site.languageTwice", code);
        ok = false;
      } else {
        out.add(new Language(code, name, "true".equals(partial)));
      }
    }
    return ok ? out : List.of();
  }
}

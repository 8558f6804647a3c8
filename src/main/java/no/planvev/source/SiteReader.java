package no.planvev.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.planvev.model.Addresses;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.Publisher;
import no.planvev.model.SiteConfig;
import no.planvev.model.SourcePos;
import no.planvev.validate.Problems;
import no.planvev.validate.Message;

/** {@code site.yaml} → {@link SiteConfig}. */
final class SiteReader {

  static final List<String> KEYS = List.of("title", "description", "base_url", "languages",
      "publisher", "accessibility_statement", "sections");
  static final List<String> SECTIONS = List.of("plans", "projects", "hearings", "timeline");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private SiteReader() {}

  /** The site, or null when a required part of it is missing or wrong. */
  static SiteConfig read(YNode root, Ctx ctx) {
    Problems problems = ctx.problems();
    Fields f = new Fields(root, ctx, "site.yaml", KEYS);
    List<Language> languages = languages(f, ctx);
    if (languages.isEmpty()) return null;
    List<String> codes = languages.stream().map(Language::code).toList();
    Ctx c = new Ctx(ctx.contentDir(), ctx.path(), problems, codes, codes.get(0));
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
    YNode p = f.node("publisher", false);
    if (p != null) {
      Fields pf = new Fields(p, c, "publisher", List.of("name", "url", "email"));
      LText name = pf.ltext("name", true);
      if (name != null) {
        publisher = new Publisher(name, pf.url("url", Addresses.Accepts.WEB, false),
            pf.text("email", false));
      }
    }
    String a11y = f.url("accessibility_statement", Addresses.Accepts.WEB, false);
    if (a11y == null && !f.has("accessibility_statement")) {
      c.warning(new SourcePos(ctx.path(), 1, 1), "site.noAccessibility");
    }
    Map<String, LText> sections = new TreeMap<>();
    YNode s = f.node("sections", false);
    if (s != null) {
      Fields sf = new Fields(s, c, "sections", SECTIONS);
      for (String key : SECTIONS) {
        LText words = sf.ltext(key, false);
        if (words != null) sections.put(key, words);
      }
    }
    if (title == null || baseUrl == null) return null;
    return new SiteConfig(title, description == null ? LText.EMPTY : description, baseUrl,
        languages, publisher, a11y, sections);
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
      Fields lf = new Fields(item, ctx, Message.of("what.language"), List.of("code", "name"));
      String code = lf.text("code", true);
      String name = lf.text("name", true);
      if (code == null || name == null) {
        ok = false;
      } else if (!LANG.matcher(code).matches()) {
        ctx.error(lf.node("code", false).pos(), "site.languageCode", code);
        ok = false;
      } else if (out.stream().anyMatch(l -> l.code().equals(code))) {
        ctx.error(lf.node("code", false).pos(), "site.languageTwice", code);
        ok = false;
      } else {
        out.add(new Language(code, name));
      }
    }
    return ok ? out : List.of();
  }
}

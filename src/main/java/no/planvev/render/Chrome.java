package no.planvev.render;

import static no.planvev.render.View.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.model.Content;
import no.planvev.model.Language;
import no.planvev.model.Page;
import no.planvev.model.Urls;

/**
 * What every page shows around its own content: site title, main menu, language switcher,
 * alternates, canonical link, footer.
 */
final class Chrome {

  private static final java.util.regex.Pattern PLAIN_SLUG =
      java.util.regex.Pattern.compile("[a-z0-9-]+");

  private final Content content;
  private final Urls urls;
  private final Map<String, Map<String, String>> ui;
  /** Per language, the UI strings it borrows from another language, with that language. */
  private final Map<String, Map<String, String>> uiLangs;
  /** Menu entries per language: the same on every page but for links and the current mark. */
  private final Map<String, List<Entry>> menus = new ConcurrentHashMap<>();
  /** The page the accessibility statement names, per language; absent when it names none. */
  private final Map<String, Optional<String>> statements;

  /**
   * A menu entry before it is placed on a page; {@code label} may be null. {@code page}: a content
   * page (long titles): in the header menu on phones only, and in the footer.
   */
  private record Entry(View.Txt label, String target, boolean exact, boolean page) {}

  /** {@code statements}: statement pages per language found by an earlier build of the same pages. */
  Chrome(Content content, Urls urls, SiteRenderer.Ui ui,
      Map<String, Optional<String>> statements) {
    this.content = content;
    this.urls = urls;
    this.ui = ui.strings();
    this.uiLangs = ui.langs();
    this.statements = statements;
  }

  /**
   * The accessibility statement link. When {@code site.yaml} names a page of this site, the
   * reader gets that page in their own language (and the preview stays local); any other
   * address is linked as it is.
   */
  private String statement(View v) {
    String url = content.site().accessibilityStatement();
    return statements.computeIfAbsent(v.lang, lang -> statementPage(url, lang))
        .map(v::link).orElseGet(() -> v.href(url, false));
  }

  private Optional<String> statementPage(String url, String lang) {
    String def = content.site().defaultLanguage();
    for (Page page : content.pages()) {
      // Cheap test first: a page whose plain slug is not in the address is not the statement.
      String slug = page.slug() == null ? page.id()
          : page.slug().get(def).orElse(page.id());
      if (PLAIN_SLUG.matcher(slug).matches() && !url.contains("/" + slug + "/")) continue;
      if (url.equals(urls.absolute(urls.page(page, def)))) {
        return java.util.Optional.of(urls.page(page, lang));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Everything the chrome of any page depends on, as an equatable value: when two builds have
   * equal signatures, a page made from the same source looks the same in both.
   */
  Object signature(List<String> langs, java.time.LocalDate today) {
    String def = content.site().defaultLanguage();
    List<Object> parts = new ArrayList<>(List.of(content.site(), ui, uiLangs, langs, today));
    for (String lang : langs) {
      View v = new View(lang, def, "", urls, null, null);
      parts.add(menus.computeIfAbsent(lang, l -> entries(v)));
      String url = content.site().accessibilityStatement();
      parts.add(url == null ? Optional.empty()
          : statements.computeIfAbsent(lang, l -> statementPage(url, l)));
    }
    return parts;
  }

  /**
   * The common values; the page's own go under "p". {@code listed}: the languages the page is
   * advertised in (hreflang links, the language menu).
   */
  Map<String, Object> common(View v, String group, Map<String, String> paths,
      java.util.Set<String> listed) {
    var site = content.site();
    Map<String, String> strings = ui.get(v.lang);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", v.lang);
    m.put("ui", strings);
    m.put("uiLang", uiLangs.getOrDefault(v.lang, Map.of()));
    Map<String, String> names = new LinkedHashMap<>();
    for (Language l : site.languages()) {
      names.put(l.code(), strings.getOrDefault("language." + l.code(), l.name()));
    }
    m.put("langNames", names);
    m.put("site", map(
        "title", v.t(site.title()),
        "homeHref", v.link(urls.home(v.lang)),
        "publisher", site.publisher() == null ? null : map("name", v.t(site.publisher().name()),
            "url", site.publisher().url() == null ? null : v.href(site.publisher().url(), false),
            "email", site.publisher().email()),
        "a11yHref", site.accessibilityStatement() == null ? null : statement(v)));
    m.put("css", v.link("static/planvev.css"));
    m.put("dataHref", v.link(Offers.dataPath(v.lang)));
    m.put("menu", menu(v, paths.get(v.lang)));
    m.put("footerMenu", menu(v, paths.get(v.lang)).stream()
        .filter(i -> i.containsKey("page")).toList());
    List<Map<String, Object>> switcher = new ArrayList<>();
    List<Map<String, Object>> alternates = new ArrayList<>();
    for (Language l : site.languages()) {
      String path = paths.get(l.code());
      if (path == null || !listed.contains(l.code())) continue;
      alternates.add(map("hreflang", l.code(), "href", urls.absolute(path)));
      if (!l.code().equals(v.lang)) {
        switcher.add(map("code", l.code(), "name", l.name(), "href", v.link(path)));
      }
    }
    String defPath = paths.get(site.defaultLanguage());
    if (defPath != null && alternates.size() > 1) {
      alternates.add(map("hreflang", "x-default", "href", urls.absolute(defPath)));
    }
    m.put("switcher", switcher);
    m.put("alternates", alternates.size() > 1 ? alternates : List.of());
    m.put("canonical", urls.absolute(paths.get(v.lang)));
    m.put("share", share(v, group, paths, listed));
    m.put("group", group);
    return m;
  }

  private List<Map<String, Object>> menu(View v, String current) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Entry e : menus.computeIfAbsent(v.lang, lang -> entries(v))) {
      Map<String, Object> item = item(v, e.label(), e.target(), current, e.exact());
      if (e.page()) item.put("page", true);
      items.add(item);
    }
    return items;
  }

  /**
   * The sharing tags: the site's description (a route with a text of its own replaces it, see
   * {@link Sharing#describe}), the locale and those of the other listed languages, the image.
   */
  private Sharing.Tags share(View v, String group, Map<String, String> paths,
      java.util.Set<String> listed) {
    var site = content.site();
    List<String> others = new ArrayList<>();
    for (Language l : site.languages()) {
      if (!l.code().equals(v.lang) && paths.get(l.code()) != null && listed.contains(l.code())) {
        others.add(Sharing.locale(l.code()));
      }
    }
    String image = site.options().image();
    String imageUrl = image == null ? "" : image.startsWith("http://")
        || image.startsWith("https://") ? image : urls.absolute(image);
    String description = v.plain(site.description());
    return new Sharing.Tags(description.isBlank() ? v.plain(site.title()) : description,
        "home".equals(group) || "root".equals(group) ? "website" : "article",
        Sharing.locale(v.lang), others, imageUrl);
  }

  /** The menu in {@code v}'s language; uses only the language of {@code v}, never its path. */
  private List<Entry> entries(View v) {
    Map<String, String> s = ui.get(v.lang);
    List<Entry> items = new ArrayList<>();
    items.add(entry(v, s.get("menu.home"), urls.home(v.lang), true));
    if (content.plans().size() == 1) {
      items.add(entry(v, s.get("menu.plan"), urls.plan(content.plans().get(0), v.lang), false));
    } else if (!content.plans().isEmpty()) {
      items.add(entry(v, s.get("menu.plans"), urls.plans(v.lang), false));
    }
    items.add(entry(v, s.get("menu.projects"), urls.projects(v.lang), false));
    items.add(entry(v, s.get("menu.timeline"), urls.timeline(v.lang), false));
    items.add(entry(v, s.get("menu.hearings"), urls.hearings(v.lang), false));
    content.pages().stream().filter(p -> p.menu() != null)
        .sorted(Comparator.comparing(Page::menu).thenComparing(Page::id))
        .forEach(p -> items.add(new Entry(v.t(p.title()), urls.page(p, v.lang), true, true)));
    return List.copyOf(items);
  }

  private static Entry entry(View v, String label, String target, boolean exact) {
    return new Entry(new View.Txt(label == null ? target : label, v.lang, false), target, exact,
        false);
  }

  /** A menu entry; a page title in a fallback language keeps its lang (the page shows the notice). */
  private Map<String, Object> item(View v, View.Txt label, String target, String current,
      boolean exact) {
    boolean here = target.equals(current);
    boolean inside = !exact && current != null && current.startsWith(target);
    return map("label", label, "href", v.link(target),
        "current", here ? "page" : inside ? "true" : "false");
  }
}

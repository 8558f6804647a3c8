package no.planvev.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planvev.model.Content;
import no.planvev.model.Language;
import no.planvev.model.Page;
import no.planvev.model.SiteConfig;
import no.planvev.model.Urls;
import no.planvev.words.DeadlineFormat;

/**
 * What every page shows around its own content: site title, main menu, language switcher,
 * alternates, canonical link, footer.
 */
final class Chrome {

  private static final java.util.regex.Pattern PLAIN_SLUG =
      java.util.regex.Pattern.compile("[a-z0-9-]+");

  /**
   * Everything the chrome reads besides the page's own path and languages: the chrome keeps no
   * other field (the content is read once, in the constructor, into these values), so equal inputs
   * are equal chrome on every page, and a new input cannot be missed by the page memo ({@link
   * RenderMemo#around}) as long as it is kept here. {@code today} is the build date the pages are
   * made for; {@code menus}: the main menu per language (the same on every page but for links and
   * the current mark); {@code statements}: the page the accessibility statement names per language,
   * empty when it names none of this site's pages or no statement is set.
   */
  record Inputs(
      SiteConfig site,
      Map<String, Map<String, String>> ui,
      Map<String, Map<String, String>> uiLangs,
      List<String> langs,
      LocalDate today,
      Map<String, List<Entry>> menus,
      Map<String, Optional<String>> statements) {}

  private final Inputs in;
  private final Urls urls;

  /**
   * A menu entry before it is placed on a page; {@code label} may be null. {@code page}: a content
   * page (long titles): in the header menu on phones only, and in the footer.
   */
  record Entry(View.Txt label, String target, boolean exact, boolean page) {}

  /**
   * The chrome of every page of {@code content} built on {@code today}; {@code statements}:
   * statement pages per language found by an earlier build of the same pages (filled here).
   */
  Chrome(
      Content content,
      Urls urls,
      SiteRenderer.Ui ui,
      Map<String, Optional<String>> statements,
      LocalDate today) {
    this.urls = urls;
    SiteConfig site = content.site();
    List<String> langs = site.languageCodes();
    Map<String, List<Entry>> menus = new LinkedHashMap<>();
    Map<String, Optional<String>> found = new LinkedHashMap<>();
    String url = site.accessibilityStatement();
    for (String lang : langs) {
      menus.put(
          lang,
          entries(
              content,
              ui.strings(),
              new View(
                  lang,
                  site.defaultLanguage(),
                  "",
                  urls,
                  null,
                  null,
                  DeadlineFormat.builtIn(lang))));
      found.put(
          lang,
          url == null
              ? Optional.empty()
              : statements.computeIfAbsent(lang, l -> statementPage(content, url, l)));
    }
    this.in = new Inputs(site, ui.strings(), ui.langs(), langs, today, menus, found);
  }

  /** The chrome whose inputs are {@code in} (as an earlier build's {@link #inputs} gave them). */
  Chrome(Inputs in, Urls urls) {
    this.in = in;
    this.urls = urls;
  }

  /**
   * Everything the chrome of any page depends on, as an equatable value: when two builds have equal
   * inputs, a page made from the same source looks the same in both.
   */
  Inputs inputs() {
    return in;
  }

  /**
   * The accessibility statement link. When {@code site.yaml} names a page of this site, the reader
   * gets that page in their own language (and the preview stays local); any other address is linked
   * as it is.
   */
  private String statement(View v) {
    String url = in.site().accessibilityStatement();
    return in.statements()
        .getOrDefault(v.lang(), Optional.empty())
        .map(v::link)
        .orElseGet(() -> v.href(url, false));
  }

  private Optional<String> statementPage(Content content, String url, String lang) {
    String def = content.site().defaultLanguage();
    for (Page page : content.pages()) {
      // Cheap test first: a page whose plain slug is not in the address is not the statement.
      String slug = page.slug() == null ? page.id() : page.slug().get(def).orElse(page.id());
      if (PLAIN_SLUG.matcher(slug).matches() && !url.contains("/" + slug + "/")) continue;
      if (url.equals(urls.absolute(urls.page(page, def)))) {
        return java.util.Optional.of(urls.page(page, lang));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The common values; the page's own go under "p" ({@link ChromeModel#withPage}). {@code listed}:
   * the languages the page is advertised in (hreflang links, the language menu).
   */
  ChromeModel common(
      View v, String group, Map<String, String> paths, java.util.Set<String> listed) {
    var site = in.site();
    Map<String, String> strings = in.ui().get(v.lang());
    Map<String, String> names = new LinkedHashMap<>();
    for (Language l : site.languages()) {
      names.put(l.code(), strings.getOrDefault("language." + l.code(), l.name()));
    }
    ChromeModel.Site siteValues =
        new ChromeModel.Site(
            v.t(site.title()),
            v.link(urls.home(v.lang())),
            site.publisher() == null
                ? null
                : new ChromeModel.Publisher(
                    v.t(site.publisher().name()),
                    site.publisher().url() == null ? null : v.href(site.publisher().url(), false),
                    site.publisher().email()),
            site.accessibilityStatement() == null ? null : statement(v));
    List<ChromeModel.MenuItem> menu = menu(v, paths.get(v.lang()));
    List<ChromeModel.Switch> switcher = new ArrayList<>();
    List<ChromeModel.Alternate> alternates = new ArrayList<>();
    for (Language l : site.languages()) {
      String path = paths.get(l.code());
      if (path == null || !listed.contains(l.code())) continue;
      alternates.add(new ChromeModel.Alternate(l.code(), urls.absolute(path)));
      if (!l.code().equals(v.lang())) {
        switcher.add(new ChromeModel.Switch(l.code(), l.name(), v.link(path)));
      }
    }
    String defPath = paths.get(site.defaultLanguage());
    if (defPath != null && alternates.size() > 1) {
      alternates.add(new ChromeModel.Alternate("x-default", urls.absolute(defPath)));
    }
    return new ChromeModel(
        v.lang(),
        strings,
        in.uiLangs().getOrDefault(v.lang(), Map.of()),
        names,
        siteValues,
        v.link("static/planvev.css"),
        v.link(Urls.dataPage(v.lang())),
        menu,
        menu.stream().filter(ChromeModel.MenuItem::page).toList(),
        switcher,
        alternates.size() > 1 ? alternates : List.of(),
        urls.absolute(paths.get(v.lang())),
        share(v, group, paths, listed),
        group,
        null,
        null,
        null,
        null,
        null);
  }

  private List<ChromeModel.MenuItem> menu(View v, String current) {
    List<ChromeModel.MenuItem> items = new ArrayList<>();
    for (Entry e : in.menus().get(v.lang())) {
      items.add(item(v, e.label(), e.target(), current, e.exact(), e.page()));
    }
    return items;
  }

  /**
   * The sharing tags: the site's description (a route with a text of its own replaces it, see
   * {@link Sharing#describe}), the locale and those of the other listed languages, the image.
   */
  private Sharing.Tags share(
      View v, String group, Map<String, String> paths, java.util.Set<String> listed) {
    var site = in.site();
    List<String> others = new ArrayList<>();
    for (Language l : site.languages()) {
      if (!l.code().equals(v.lang()) && paths.get(l.code()) != null && listed.contains(l.code())) {
        others.add(Sharing.locale(l.code()));
      }
    }
    String image = site.options().image();
    String imageUrl =
        image == null
            ? ""
            : image.startsWith("http://") || image.startsWith("https://")
                ? image
                : urls.absolute(image);
    String description = v.plain(site.description());
    return new Sharing.Tags(
        description.isBlank() ? v.plain(site.title()) : description,
        "home".equals(group) || "root".equals(group) ? "website" : "article",
        Sharing.locale(v.lang()),
        others,
        imageUrl);
  }

  /** The menu in {@code v}'s language; uses only the language of {@code v}, never its path. */
  private List<Entry> entries(Content content, Map<String, Map<String, String>> ui, View v) {
    Map<String, String> s = ui.get(v.lang());
    List<Entry> items = new ArrayList<>();
    items.add(entry(v, s.get("menu.home"), urls.home(v.lang()), true));
    if (content.plans().size() == 1) {
      items.add(entry(v, s.get("menu.plan"), urls.plan(content.plans().get(0), v.lang()), false));
    } else if (!content.plans().isEmpty()) {
      items.add(entry(v, s.get("menu.plans"), urls.plans(v.lang()), false));
    }
    items.add(entry(v, s.get("menu.projects"), urls.projects(v.lang()), false));
    items.add(entry(v, s.get("menu.timeline"), urls.timeline(v.lang()), false));
    items.add(entry(v, s.get("menu.hearings"), urls.hearings(v.lang()), false));
    if (!content.reports().isEmpty()) {
      items.add(entry(v, s.get("menu.reports"), urls.reports(v.lang()), false));
    }
    content.pages().stream()
        .filter(p -> p.menu() != null)
        .sorted(Comparator.comparing(Page::menu).thenComparing(Page::id))
        .forEach(p -> items.add(new Entry(v.t(p.title()), urls.page(p, v.lang()), true, true)));
    return List.copyOf(items);
  }

  private static Entry entry(View v, String label, String target, boolean exact) {
    return new Entry(
        new View.Txt(label == null ? target : label, v.lang(), false), target, exact, false);
  }

  /**
   * A menu entry; a page title in a fallback language keeps its lang (the page shows the notice).
   */
  private ChromeModel.MenuItem item(
      View v, View.Txt label, String target, String current, boolean exact, boolean page) {
    boolean here = target.equals(current);
    boolean inside = !exact && current != null && current.startsWith(target);
    return new ChromeModel.MenuItem(
        label, v.link(target), here ? "page" : inside ? "true" : "false", page);
  }
}

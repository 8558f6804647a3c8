package no.planvev.render;

import static no.planvev.render.View.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import no.planvev.model.SiteOptions;
import no.planvev.model.LText;
import no.planvev.model.Asset;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SourcePos;
import no.planvev.model.Urls;
import no.planvev.theme.Theme;
import no.planvev.validate.LinkGuard;
import no.planvev.validate.Message;
import no.planvev.validate.Problem;
import no.planvev.validate.Problems;

/** Turns content into the site's HTML pages and lists the static files to copy. */
public final class SiteRenderer {

  private final Theme theme;
  private final Map<String, Map<String, String>> uiStrings;
  private final Problems problems;
  private final Templates templates;
  private final Memo memo;
  private final Markdown markdown;

  /** Compiles the theme's templates once; lists its static/ files later on demand. UI strings:
   *  lang → key → text (the lead loads them with source.UiStrings). A site language without UI
   *  strings uses the default language's strings and adds a WARNING to problems. */
  public SiteRenderer(Theme theme, Map<String, Map<String, String>> uiStrings,
      Problems problems) {
    this(theme, uiStrings, problems, new Memo());
  }

  /** As above, reusing what {@code memo} kept from earlier builds (see {@link Memo}). */
  public SiteRenderer(Theme theme, Map<String, Map<String, String>> uiStrings,
      Problems problems, Memo memo) {
    this.memo = memo;
    this.markdown = memo.markdown;
    this.templates = memo.templates(theme, problems);
    this.theme = theme;
    this.uiStrings = new TreeMap<>();
    uiStrings.forEach((k, v) -> this.uiStrings.put(k, new TreeMap<>(v)));
    this.problems = problems;
  }

  /** One page in every language: its template, its paths and its values. */
  private record Route(String group, String template, Map<String, String> paths,
      Function<View, ?> model, boolean anyUrl,
      List<BiConsumer<View, Map<String, Object>>> extras, Object source,
      Predicate<String> hasText) {

    Route(String group, String template, Map<String, String> paths,
        Function<View, ?> model, boolean anyUrl,
        List<BiConsumer<View, Map<String, Object>>> extras, Object source) {
      this(group, template, paths, model, anyUrl, extras, source, l -> true);
    }

    /** A page made from {@code source} and the chrome alone (see {@link Memo#unchanged}). */
    Route from(Object unit) {
      return new Route(group, template, paths, model, anyUrl, extras, unit, hasText);
    }

    /** This route with more common values (embed offer, subscribe links, embed frame). */
    Route with(BiConsumer<View, Map<String, Object>> extra) {
      List<BiConsumer<View, Map<String, Object>>> all = new ArrayList<>(extras);
      all.add(extra);
      return new Route(group, template, paths, model, anyUrl, List.copyOf(all), source, hasText);
    }

    /** This route, whose page has its own text only in the languages {@code texts} accepts. */
    Route text(Predicate<String> texts) {
      return new Route(group, template, paths, model, anyUrl, extras, source, texts);
    }

    /** The languages this page is advertised in (hreflang, sitemap, language menu). */
    Set<String> listed(SiteOptions.Alternates policy, String def) {
      Set<String> out = new java.util.LinkedHashSet<>();
      for (String l : paths.keySet()) {
        if (policy == SiteOptions.Alternates.ALL || l.equals(def) || hasText.test(l)) out.add(l);
      }
      return out;
    }
  }

  /** Every page of the site as an independent job (renderable in any order, in parallel, one at a time). */
  public List<PageJob> pages(Content content, LocalDate today) {
    Urls urls = new Urls(content.site());
    List<String> langs = content.site().languageCodes();
    String def = content.site().defaultLanguage();
    Ui uiSet = uiFor(langs, def);
    Map<String, Map<String, String>> ui = uiSet.strings();
    PageModels models = new PageModels(content, urls, today);
    Chrome chrome = new Chrome(content, urls, uiSet, memo.statements(content));
    memo.around(chrome.signature(langs, today));
    List<Route> routes = routes(content, urls, models, langs, uiSet);
    memo.forgetOtherSources(routes.stream().map(Route::source).filter(Objects::nonNull).toList());
    List<PageJob> jobs = new ArrayList<>();
    SiteOptions.Alternates policy = content.site().options().alternates();
    for (Route r : routes) {
      Set<String> listed = r.listed(policy, def);
      for (String lang : langs) {
        String path = r.paths.get(lang);
        String file = r.source == null ? Urls.file(path) : memo.file(path);
        jobs.add(new PageJob(file, r.group, lang, listed.contains(lang), () -> guarded(content, () -> {
          if (r.source != null) {
            byte[] same = memo.unchanged(file, r.source);
            if (same != null) return same;
          }
          View v = new View(lang, def, path, urls, markdown,
              r.anyUrl ? basePath(content.site().baseUrl()) : null, uiSet.dates().get(lang));
          Map<String, Object> model = chrome.common(v, r.group, r.paths, listed);
          for (var extra : r.extras) extra.accept(v, model);
          model.put("p", r.model.apply(v));
          if (r.source == null) return render(file, r.template, Values.convert(model));
          byte[] bytes = memo.stored(file, r.template, Values.convert(model), templates);
          memo.from(file, r.source, bytes);
          return bytes;
        })));
      }
    }
    // The root: a language chooser that sends the visitor on to the default language, and a 404.
    Map<String, String> rootPaths = Map.of(def, "");
    jobs.add(new PageJob("index.html", "root", def, true, () -> guarded(content, () -> {
      View v = new View(def, def, "", urls, markdown, null, uiSet.dates().get(def));
      Map<String, Object> model = chrome.common(v, "root", rootPaths, rootPaths.keySet());
      model.put("p", map("languages", content.site().languages().stream().map(l -> map(
          "code", l.code(), "name", l.name(), "href", v.link(urls.home(l.code())))).toList(),
          "target", v.link(urls.home(def))));
      return render("index.html", "root.ftlh", Values.convert(model));
    })));
    Map<String, String> root404 = Map.of(def, "404.html");
    jobs.add(new PageJob("404.html", "root-404", def, true, () -> guarded(content, () -> {
      View v = new View(def, def, "404.html", urls, markdown, basePath(content.site().baseUrl()),
          uiSet.dates().get(def));
      Map<String, Object> model = chrome.common(v, "root-404", root404, root404.keySet());
      model.put("p", map());
      return render("404.html", "404.ftlh", Values.convert(model));
    })));
    return jobs;
  }

  /** A page's bytes, or the problem at the text when one of its Markdown texts cannot render. */
  private static byte[] guarded(Content content, Callable<byte[]> page) throws Exception {
    try {
      return page.call();
    } catch (Markdown.TooComplex e) {
      throw new RenderException(TextOrigin.problem(content, e.markdown()));
    }
  }

  /** The template's output for these values, or the bytes of an earlier build with equal values. */
  private byte[] render(String key, String template, Map<String, Object> values)
      throws RenderException {
    byte[] kept = memo.kept(key, template, values);
    if (kept != null) return kept;
    byte[] bytes = memo.stored(key, template, values, templates);
    memo.keep(key, template, values, bytes);
    return bytes;
  }

  private List<Route> routes(Content content, Urls urls, PageModels models, List<String> langs,
      Ui uiSet) {
    Map<String, Map<String, String>> ui = uiSet.strings();
    List<Route> routes = new ArrayList<>();
    Embeds embeds = new Embeds(urls);
    Offers offers = new Offers(content, embeds, ui, uiSet.langs());
    var site = content.site();
    routes.add(route("home", "home.ftlh", langs, urls::home, models::home).with(offers.feeds())
        .text(l -> has(l, site.title(), site.description())));
    routes.add(route("plans", "plans.ftlh", langs, urls::plans, models::plans));
    for (Plan p : content.plans()) {
      Function<View, View.Txt> heading = v -> Offers.text(v, p.title());
      Function<String, String> path = l -> urls.plan(p, l);
      routes.add(route("plan:" + p.id(), "plan.ftlh", langs, path, v -> models.plan(v, p))
          .with(offers.embed(heading)).with(offers.feeds()).text(l -> has(l, p.title(), p.intro(), p.mainGoal())));
      routes.add(embed("embed-plan:" + p.id(), "embed-plan.ftlh", langs, path,
          v -> models.plan(v, p), offers.frame(heading)));
      for (FocusArea a : p.focusAreas()) {
        Function<View, View.Txt> areaHeading = v -> Offers.text(v, a.title());
        Function<String, String> areaPath = l -> urls.area(p, a, l);
        routes.add(route("area:" + p.id() + "/" + a.id(), "area.ftlh", langs, areaPath,
            v -> models.area(v, p, a)).with(offers.embed(areaHeading))
            .with(offers.subscribeArea(p, a)).text(l -> has(l, a.title(), a.body(), a.goal())));
        routes.add(embed("embed-area:" + p.id() + "/" + a.id(), "embed-area.ftlh", langs,
            areaPath, v -> models.area(v, p, a), offers.frame(areaHeading)));
      }
    }
    routes.add(route("projects", "projects.ftlh", langs, urls::projects, models::projects));
    for (Project p : content.projects()) {
      Function<View, View.Txt> heading = v -> new View.Txt(
          Offers.ui(ui, v, "embed.projectTimeline").replace("{0}", v.plain(p.title())), v.lang,
          false);
      Function<String, String> path = l -> urls.project(p, l);
      routes.add(route("project:" + p.id(), "project.ftlh", langs, path,
          v -> models.project(v, p)).with(offers.embed(heading))
          .with(offers.subscribeProject(p)).text(l -> has(l, p.title(), p.summary(), p.intro())));
      routes.add(embed("embed-project:" + p.id(), "embed-project.ftlh", langs, path,
          v -> models.project(v, p), offers.frame(heading)));
    }
    Function<View, View.Txt> upcoming =
        v -> new View.Txt(Offers.ui(ui, v, "embed.upcoming"), v.lang, false);
    routes.add(route("timeline", "timeline.ftlh", langs, urls::timeline, models::timeline)
        .with(offers.embed(upcoming)).with(offers.subscribeTimeline()));
    routes.add(embed("embed-timeline", "embed-deadlines.ftlh", langs, urls::timeline,
        v -> models.upcomingDeadlines(v, PageModels.UPCOMING_IN_EMBED), offers.frame(upcoming)));
    Function<View, View.Txt> open =
        v -> new View.Txt(Offers.ui(ui, v, "embed.openHearings"), v.lang, false);
    routes.add(route("hearings", "hearings.ftlh", langs, urls::hearings, models::hearings)
        .with(offers.embed(open)).with(offers.subscribeHearings(true)));
    routes.add(embed("embed-hearings", "embed-hearings.ftlh", langs, urls::hearings,
        models::openHearings, offers.frame(open)));
    for (Hearing h : content.hearings()) {
      Function<View, View.Txt> heading = v -> Offers.text(v, h.title());
      Function<String, String> path = l -> urls.hearing(h, l);
      routes.add(route("hearing:" + h.id(), "hearing.ftlh", langs, path,
          v -> models.hearing(v, h)).with(offers.embed(heading))
          .with(offers.subscribeHearings(false)).text(l -> has(l, h.title(), h.body())));
      routes.add(embed("embed-hearing:" + h.id(), "embed-hearing.ftlh", langs, path,
          v -> models.hearing(v, h), offers.frame(heading)));
    }
    routes.add(route("data", "data.ftlh", langs, Offers::dataPath, offers::data)
        .with(offers.feeds()));
    for (Page p : content.pages()) {
      // The same path strings for an unchanged page in every build: cheap to hash and compare.
      Map<String, String> paths = memo.paths(p, () -> route("", "", langs,
          l -> urls.page(p, l), null).paths);
      routes.add(new Route("page:" + p.id(), "page.ftlh", paths, v -> models.page(v, p), false,
          List.of(), p, l -> has(l, p.title(), p.body())));
    }
    Map<String, String> notFound = new LinkedHashMap<>();
    for (String l : langs) notFound.put(l, urls.notFound(l));
    routes.add(new Route("404", "404.ftlh", notFound, v -> map(), true, List.of(), null));
    return routes;
  }

  /** True when any of {@code texts} is written in {@code lang}. */
  private static boolean has(String lang, LText... texts) {
    for (LText t : texts) {
      if (t != null && t.has(lang)) return true;
    }
    return false;
  }

  private static Route route(String group, String template, List<String> langs,
      Function<String, String> path, Function<View, ?> model) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String l : langs) paths.put(l, path.apply(l));
    return new Route(group, template, paths, model, false, List.of(), null);
  }

  /** The embed page of the full page at {@code path}: under embed/, framed by its own values. */
  private static Route embed(String group, String template, List<String> langs,
      Function<String, String> path, Function<View, ?> model,
      BiConsumer<View, Map<String, Object>> frame) {
    return route(group, template, langs, l -> Embeds.path(path.apply(l)), model).with(frame);
  }

  /**
   * UI strings per site language, every key filled: a key a language lacks (or a language
   * without a file) takes the default language's string, else English's, and is listed in
   * {@code fallbackLangs} so that templates mark it with its own {@code lang}.
   */
  private Ui uiFor(List<String> langs, String def) {
    Map<String, Map<String, String>> ui = new LinkedHashMap<>();
    Map<String, Map<String, String>> fallbackLangs = new LinkedHashMap<>();
    Map<String, DeadlineFormat> dates = new LinkedHashMap<>();
    String fallbackLang = uiStrings.containsKey(def) ? def
        : uiStrings.containsKey("en") ? "en"
        : uiStrings.keySet().stream().findFirst().orElse(def);
    Map<String, String> fallback = uiStrings.getOrDefault(fallbackLang, Map.of());
    for (String l : langs) {
      Map<String, String> own = uiStrings.get(l);
      if (own == null) {
        problems.warning(SourcePos.file(theme.shown("i18n/" + l + ".yaml")), "no UI strings for"
            + " language '" + l + "'; menus and labels will be in '" + fallbackLang + "'");
        own = Map.of();
      }
      Map<String, String> all = new TreeMap<>(own);
      Map<String, String> langs2 = new TreeMap<>();
      List<String> missing = new ArrayList<>();
      for (var e : fallback.entrySet()) {
        if (all.containsKey(e.getKey())) continue;
        all.put(e.getKey(), e.getValue());
        langs2.put(e.getKey(), fallbackLang);
        missing.add(e.getKey());
      }
      if (!own.isEmpty() && !missing.isEmpty()) {
        problems.warning(SourcePos.file("templates/i18n/" + l + ".yaml"), missing.size()
            + " UI strings missing (" + String.join(", ", missing.subList(0,
            Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : "")
            + "); they are shown in '" + fallbackLang + "'");
      }
      ui.put(l, all);
      fallbackLangs.put(l, langs2);
      dates.put(l, DeadlineFormat.of(l, own));
    }
    return new Ui(ui, fallbackLangs, dates);
  }

  /** UI strings, the language of each borrowed string, and date formats, per site language. */
  record Ui(Map<String, Map<String, String>> strings, Map<String, Map<String, String>> langs,
      Map<String, DeadlineFormat> dates) {}

  /** The path part of the base URL ("/" or "/sub/"), for pages served at any URL (404). */
  private static String basePath(String baseUrl) {
    try {
      String p = URI.create(baseUrl).getRawPath();
      if (p == null || p.isEmpty()) return "/";
      return p.endsWith("/") ? p : p + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  /**
   * Static files to copy: the theme's static/** (an override's file in place of the built-in one)
   * → static/**, and content assets → assets/**.
   */
  public List<StaticFile> staticFiles(Content content) {
    List<StaticFile> files = new ArrayList<>();
    try {
      for (Theme.File f : theme.files("static")) {
        Path source = f.path();
        if (!f.builtIn() && Files.isSymbolicLink(source)) {
          // Followed only inside the override folder; copied from where it leads.
          Message wrong = Templates.outside(theme, f);
          if (wrong != null) {
            problems.error(SourcePos.file(f.shown()), wrong);
            continue;
          }
          source = source.toRealPath();
        }
        files.add(new StaticFile(f.name(), source));
      }
    } catch (IOException e) {
      problems.error(SourcePos.file(theme.shown("static")), "cannot list static files: "
          + e.getMessage());
    }
    for (Asset a : content.assets()) files.add(new StaticFile(a.path(), a.file()));
    files.sort(Comparator.comparing(StaticFile::path));
    return files;
  }

  /**
   * What a renderer keeps between builds, for the preview: rendered Markdown by source, and each
   * page's template values and bytes. A page whose template and values (compared in order, all the
   * way down) equal the last build's is not rendered again: templates see nothing but their values.
   * Pages are forgotten when any file of the theme (but static/) changes.
   * Thread-safe; give one memo to one renderer at a time.
   */
  public static final class Memo {

    private record Kept(String template, Map<String, Object> values, byte[] bytes) {}

    /** Templates compiled from a theme whose files had {@code fingerprint}. */
    private record Compiled(String fingerprint, Templates templates,
        List<Problem> problems) {}

    /** A page's bytes and the very source object it was made from. */
    private record FromSource(Object source, byte[] bytes) {}

    final Markdown markdown = new Markdown();
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final Map<String, FromSource> fromSource = new ConcurrentHashMap<>();
    private Object chrome;
    private List<Object> statementKey;
    /** Page paths per language by source object, and site files by page path (preview only). */
    private Map<Object, Map<String, String>> pathsBySource = new java.util.IdentityHashMap<>();
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private Map<String, java.util.Optional<String>> statementPages;
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();
    private Compiled compiled;
    private final boolean keepPages;
    private volatile RenderCache store;

    /** A memo that keeps pages for the next build (the preview's). */
    public Memo() {
      this(true);
    }

    private Memo(boolean keepPages) {
      this.keepPages = keepPages;
    }

    /**
     * A memo for a single build, which keeps no page (a large site's pages would not fit in
     * memory); Markdown and templates are still compiled once.
     */
    public static Memo forOneBuild() {
      return new Memo(false);
    }

    /**
     * Compiles the templates of {@code theme} and readies the Markdown renderer, so that a build
     * can do this on another thread while it reads the content; the renderer made later with
     * this memo finds both done (and reports the template problems itself).
     */
    public void prepare(Theme theme) {
      synchronized (this) {
        if (compiled != null) return;  // a preview rebuild: the renderer checks them itself
      }
      templates(theme, new Problems());
      markdown.toHtml("# a\n\n*b* [c](d) | e\n--|--\nf | g", 2);
    }

    /** Pages and Markdown are also looked up in, and kept in, {@code store} (the build cache). */
    public void store(RenderCache store) {
      this.store = store;
      markdown.store = store;
    }

    /** The template's output, from the build cache when it has this page with these values. */
    byte[] stored(String file, String template, Map<String, Object> values, Templates templates)
        throws RenderException {
      RenderCache disk = store;
      if (disk == null) return templates.render(template, values);
      String theme;
      synchronized (this) {
        theme = compiled.fingerprint;
      }
      byte[] key = RenderCache.pageKey(file, template, theme, values);
      byte[] bytes = key == null ? null : disk.page(key);
      if (bytes == null) {
        bytes = templates.render(template, values);
        if (key != null) disk.putPage(key, bytes);
      }
      return bytes;
    }

    /** The pages rendered through their template since the last call, by page key, sorted. */
    public SortedSet<String> takeRendered() {
      SortedSet<String> out = new TreeSet<>(rendered);
      rendered.removeAll(out);
      return out;
    }

    /** Markdown bodies served from the memo so far. */
    public long markdownHits() {
      return markdown.hits();
    }

    /** Markdown bodies parsed and rendered so far. */
    public long markdownMisses() {
      return markdown.misses();
    }

    /**
     * The templates of {@code theme}, compiled again only when a file of it changed (then every
     * kept page is forgotten); compile problems are reported to {@code problems} each time.
     */
    synchronized Templates templates(Theme theme, Problems problems) {
      String fingerprint = fingerprint(theme);
      if (compiled == null || !compiled.fingerprint.equals(fingerprint)) {
        pages.clear();
        fromSource.clear();
        Problems found = new Problems();
        Templates t = new Templates(theme, found);
        compiled = new Compiled(fingerprint, t, List.copyOf(found.all()));
      }
      compiled.problems.forEach(problems::add);
      return compiled.templates;
    }

    /** The paths of the pages made from {@code source}: those of the last build if it is the same. */
    synchronized Map<String, String> paths(Object source,
        java.util.function.Supplier<Map<String, String>> make) {
      if (!keepPages) return make.get();
      return pathsBySource.computeIfAbsent(source, s -> make.get());
    }

    /** Drops what is kept for sources no longer in the content. */
    synchronized void forgetOtherSources(List<Object> sources) {
      if (!keepPages) return;
      Map<Object, Map<String, String>> now = new java.util.IdentityHashMap<>();
      for (Object s : sources) {
        Map<String, String> p = pathsBySource.get(s);
        if (p != null) now.put(s, p);
      }
      for (var e : pathsBySource.entrySet()) {
        if (!now.containsKey(e.getKey())) files.keySet().removeAll(e.getValue().values());
      }
      pathsBySource = now;
    }

    /** {@link Urls#file} of a page path, the same string object each build. */
    String file(String path) {
      return keepPages ? files.computeIfAbsent(path, Urls::file) : Urls.file(path);
    }

    /**
     * Where the accessibility statement is among the pages, per language: looked up once for a
     * site and its pages (a search through every page), kept while both are the same.
     */
    synchronized Map<String, java.util.Optional<String>> statements(Content content) {
      List<Object> key = new ArrayList<>();
      key.add(content.site());
      key.addAll(content.pages());
      if (statementKey == null || !sameRefs(statementKey, key)) {
        statementPages = new ConcurrentHashMap<>();
        statementKey = key;
      }
      return statementPages;
    }

    /** The site by value, the pages by reference: an unchanged page is the same object. */
    private static boolean sameRefs(List<Object> a, List<Object> b) {
      if (a.size() != b.size() || !a.get(0).equals(b.get(0))) return false;
      for (int i = 1; i < a.size(); i++) {
        if (a.get(i) != b.get(i)) return false;
      }
      return true;
    }

    /**
     * Starts a build whose chrome (menu, site, UI strings, languages, date: everything a page
     * shows besides its own source) is {@code signature}; when it differs from the last build's,
     * no page is taken by its source.
     */
    synchronized void around(Object signature) {
      if (!Objects.equals(chrome, signature)) {
        fromSource.clear();
        pathsBySource.clear();
        files.clear();
      }
      chrome = signature;
    }

    /**
     * The bytes of the page at {@code key} when the last build made it from this very
     * {@code source} object (the loader gives the same object for an unchanged file) in the
     * same chrome and templates, or from an equal one; else null. For an unchanged source only
     * references are compared: this is what makes a one-file edit in a large site cheap.
     */
    byte[] unchanged(String key, Object source) {
      FromSource f = fromSource.get(key);
      if (f == null) return null;
      if (f.source == source) return f.bytes;
      // A file saved without a change is read again into an equal object: still the same page.
      if (!f.source.equals(source)) return null;
      fromSource.put(key, new FromSource(source, f.bytes));
      return f.bytes;
    }

    void from(String key, Object source, byte[] bytes) {
      if (keepPages) fromSource.put(key, new FromSource(source, bytes));
      rendered.add(key);
    }

    byte[] kept(String key, String template, Map<String, Object> values) {
      Kept k = pages.get(key);
      if (k == null || !k.template.equals(template) || !same(k.values, values)) return null;
      return k.bytes.clone();
    }

    void keep(String key, String template, Map<String, Object> values, byte[] bytes) {
      if (keepPages) pages.put(key, new Kept(template, values, bytes.clone()));
      rendered.add(key);
    }

    /** Equal values in the same order: map order shows in a template's output. */
    static boolean same(Object a, Object b) {
      if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
        if (x.size() != y.size()) return false;
        var i = x.entrySet().iterator();
        var j = y.entrySet().iterator();
        while (i.hasNext()) {
          var e = i.next();
          var f = j.next();
          if (!Objects.equals(e.getKey(), f.getKey()) || !same(e.getValue(), f.getValue())) {
            return false;
          }
        }
        return true;
      }
      if (a instanceof List<?> x && b instanceof List<?> y) {
        if (x.size() != y.size()) return false;
        for (int k = 0; k < x.size(); k++) {
          if (!same(x.get(k), y.get(k))) return false;
        }
        return true;
      }
      if (a instanceof Map<?, ?> || a instanceof List<?> || b instanceof Map<?, ?>
          || b instanceof List<?>) {
        return false;
      }
      // Leaves are strings, booleans and numbers; anything else compares by its own equals.
      return Objects.equals(a, b);
    }

    /**
     * A digest of every file of the theme but static/ (copied, not rendered): the name and place
     * of each, and the bytes of each override (the built-in files cannot change while running).
     */
    static String fingerprint(Theme theme) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Theme.File f : theme.files("")) {
          if (f.name().startsWith("static/")) continue;
          sha.update(f.shown().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          if (!f.builtIn()) sha.update(Files.readAllBytes(f.path()));
          sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
      } catch (IOException | NoSuchAlgorithmException | java.io.UncheckedIOException e) {
        // Unreadable templates: never reuse a page (a fresh fingerprint every time).
        return "unreadable:" + System.nanoTime();
      }
    }
  }

  /**
   * A page to write at {@code path}; {@code group} is the same for each language version;
   * {@code listed}: advertised in hreflang links and the sitemap (see {@code alternates} in
   * site.yaml).
   */
  public record PageJob(String path, String group, String lang, boolean listed,
      Callable<byte[]> render) {}

  /** A file to copy as is to {@code path} in the output. */
  public record StaticFile(String path, Path source) {}
}

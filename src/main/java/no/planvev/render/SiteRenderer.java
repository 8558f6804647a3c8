package no.planvev.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Asset;
import no.planvev.model.Body;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Indicator;
import no.planvev.model.LText;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Report;
import no.planvev.model.SiteConfig;
import no.planvev.model.SiteOptions;
import no.planvev.model.Unit;
import no.planvev.model.Urls;
import no.planvev.theme.Theme;
import no.planvev.words.DeadlineFormat;
import no.planvev.words.Words;

/** Turns content into the site's HTML pages and lists the static files to copy. */
public final class SiteRenderer {

  private final Theme theme;
  private final Map<String, Map<String, String>> uiStrings;
  private final Problems problems;
  private final Templates templates;
  private final RenderMemo memo;
  private final Markdown markdown;

  /**
   * Compiles the theme's templates once; lists its static/ files later on demand. UI strings: lang
   * → key → text (the lead loads them with source.UiStrings). A site language without UI strings
   * uses the default language's strings and adds a WARNING to problems.
   */
  public SiteRenderer(Theme theme, Map<String, Map<String, String>> uiStrings, Problems problems) {
    this(theme, uiStrings, problems, new RenderMemo());
  }

  /** As above, reusing what {@code memo} kept from earlier builds (see {@link RenderMemo}). */
  public SiteRenderer(
      Theme theme, Map<String, Map<String, String>> uiStrings, Problems problems, RenderMemo memo) {
    this.memo = memo;
    this.markdown = memo.markdown;
    this.templates = memo.templates(theme, problems);
    this.theme = theme;
    this.uiStrings = new TreeMap<>();
    uiStrings.forEach((k, v) -> this.uiStrings.put(k, new TreeMap<>(v)));
    this.problems = problems;
  }

  /** One page in every language: its template, its paths and its values. */
  private record Route(
      String group,
      String template,
      Map<String, String> paths,
      Function<View, ? extends Record> model,
      boolean anyUrl,
      List<BiFunction<View, ChromeModel, ChromeModel>> extras,
      Unit source,
      Predicate<String> hasText,
      RouteKind kind) {

    /** A page at relative {@code paths}, with its own text in every language, nothing more. */
    static Route of(
        String group,
        String template,
        Map<String, String> paths,
        Function<View, ? extends Record> model) {
      return new Route(
          group, template, paths, model, false, List.of(), null, l -> true, RouteKind.PAGE);
    }

    /** A page made from {@code source} and the chrome alone (see {@link RenderMemo#unchanged}). */
    Route from(Unit unit) {
      return new Route(group, template, paths, model, anyUrl, extras, unit, hasText, kind);
    }

    /** This route with more common values (embed offer, subscribe links, embed frame). */
    Route with(BiFunction<View, ChromeModel, ChromeModel> extra) {
      List<BiFunction<View, ChromeModel, ChromeModel>> all = new ArrayList<>(extras);
      all.add(extra);
      return new Route(
          group, template, paths, model, anyUrl, List.copyOf(all), source, hasText, kind);
    }

    /** This route, whose page has its own text only in the languages {@code texts} accepts. */
    Route text(Predicate<String> texts) {
      return new Route(group, template, paths, model, anyUrl, extras, source, texts, kind);
    }

    /** This route with the values of {@code m} (the same page made from other values). */
    Route model(Function<View, ? extends Record> m) {
      return new Route(group, template, paths, m, anyUrl, extras, source, hasText, kind);
    }

    /** This route as a page of another kind. */
    Route kind(RouteKind k) {
      return new Route(group, template, paths, model, anyUrl, extras, source, hasText, k);
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

  /**
   * Every page of the site as an independent job (renderable in any order, in parallel, one at a
   * time).
   */
  public List<PageJob> pages(Content content, LocalDate today) {
    Urls urls = new Urls(content.site());
    List<String> langs = content.site().languageCodes();
    String def = content.site().defaultLanguage();
    Ui uiSet = uiFor(langs, def);
    Map<String, Map<String, String>> ui = uiSet.strings();
    PageModels models = new PageModels(content, urls, today, ui);
    Chrome chrome = new Chrome(content, urls, uiSet, memo.statements(content), today);
    memo.around(chrome.inputs());
    List<Route> routes = routes(content, urls, models, langs, uiSet);
    memo.forgetOtherSources(routes.stream().map(Route::source).filter(Objects::nonNull).toList());
    Views views = new Views(def, urls, markdown, uiSet);
    List<PageJob> jobs = new ArrayList<>();
    SiteOptions.Alternates policy = content.site().options().alternates();
    for (Route r : routes) jobs.addAll(jobs(content, r, views, chrome, policy, def, langs));
    // Old addresses of pages whose slug now differs per language (Redirects).
    Set<String> taken = new java.util.HashSet<>();
    for (Route r : routes) taken.addAll(r.paths.values());
    for (Redirects.Redirect rd : Redirects.of(content, urls, langs, taken)) {
      jobs.add(
          new PageJob(
              Urls.file(rd.from()),
              "redirect",
              rd.lang(),
              false,
              () ->
                  guarded(
                      content,
                      () -> {
                        View v = views.of(rd.lang(), rd.from(), null);
                        Map<String, String> at = Map.of(rd.lang(), rd.from());
                        ChromeModel model =
                            chrome
                                .common(v, "redirect", at, at.keySet())
                                .withCanonical(urls.absolute(rd.to()))
                                .withShare(null)
                                .withPage(
                                    new RedirectPage(v.link(rd.to()), Offers.text(v, rd.title())));
                        return render(Urls.file(rd.from()), "redirect.ftlh", model);
                      })));
    }
    // The root: a language chooser (static/lang.js picks the reader's language), and a 404.
    View root = views.of(def, "", null);
    jobs.add(
        rootPage(
            content,
            chrome,
            root,
            "root",
            RouteKind.ROOT,
            "root.ftlh",
            new RootPage(
                content.site().languages().stream()
                    .map(
                        l ->
                            new RootPage.Language(
                                l.code(), l.name(), root.link(urls.home(l.code()))))
                    .toList(),
                root.link(urls.home(def)),
                root.link("static/lang.js"))));
    View notFound = views.of(def, "404.html", Urls.basePath(content.site().baseUrl()));
    jobs.add(
        rootPage(
            content,
            chrome,
            notFound,
            "root-404",
            RouteKind.NOT_FOUND,
            "404.ftlh",
            new NotFoundPage()));
    return jobs;
  }

  /** The page of route {@code r} in every language, as jobs. */
  private List<PageJob> jobs(
      Content content,
      Route r,
      Views views,
      Chrome chrome,
      SiteOptions.Alternates policy,
      String def,
      List<String> langs) {
    List<PageJob> jobs = new ArrayList<>(langs.size());
    Set<String> listed = r.listed(policy, def);
    for (String lang : langs) {
      String path = r.paths.get(lang);
      String file = r.source == null ? Urls.file(path) : memo.file(path);
      jobs.add(
          new PageJob(
              file,
              r.group,
              lang,
              listed.contains(lang),
              r.kind,
              () ->
                  guarded(
                      content,
                      () -> {
                        if (r.source != null) {
                          byte[] same = memo.unchanged(file, r.source);
                          if (same != null) return same;
                        }
                        String prefix = r.anyUrl ? Urls.basePath(content.site().baseUrl()) : null;
                        View v = views.of(lang, path, prefix);
                        ChromeModel model = chrome.common(v, r.group, r.paths, listed);
                        for (var extra : r.extras) model = extra.apply(v, model);
                        model = model.withPage(r.model.apply(v));
                        if (r.source == null) return render(file, r.template, model);
                        byte[] bytes = memo.stored(file, r.template, model, templates);
                        memo.from(file, r.source, bytes);
                        return bytes;
                      })));
    }
    return jobs;
  }

  /**
   * The jobs of the content page {@code page} alone, in every language, in the chrome an earlier
   * build of the same site recorded ({@code inputs}: what {@link RenderMemo#chromeInputs} gave it):
   * for a build in which only the text of this page changed, where every other page stays as it is.
   * They make the bytes a whole build would make for these pages. Null when {@code inputs} are not
   * the chrome of {@code site} with this renderer's UI strings on {@code today}.
   */
  public List<PageJob> pageJobs(SiteConfig site, Object inputs, Page page, LocalDate today) {
    if (!(inputs instanceof Chrome.Inputs in)) return null;
    List<String> langs = site.languageCodes();
    String def = site.defaultLanguage();
    Ui uiSet = uiFor(langs, def);
    if (!in.site().equals(site)
        || !in.today().equals(today)
        || !in.langs().equals(langs)
        || !in.ui().equals(uiSet.strings())
        || !in.uiLangs().equals(uiSet.langs())) {
      return null;
    }
    Urls urls = new Urls(site);
    Content content =
        new Content(site, List.of(), List.of(), List.of(), List.of(page), List.of(), List.of());
    PageModels models = new PageModels(content, urls, today, uiSet.strings());
    Route r = pageRoute(page, urls, langs, models);
    Views views = new Views(def, urls, markdown, uiSet);
    return jobs(content, r, views, new Chrome(in, urls), site.options().alternates(), def, langs);
  }

  /**
   * Whether other pages of {@code site} show the title of the content page {@code page}: the main
   * menu when it has a place in it, a redirect page when one of its addresses has moved (slugs per
   * language). Its summary and text are shown on its own pages alone.
   */
  public static boolean titleShownElsewhere(SiteConfig site, Page page) {
    return page.menu() != null
        || Redirects.movedFrom(page, new Urls(site), site.languageCodes(), site.defaultLanguage());
  }

  /** The route of a content page. */
  private Route pageRoute(Page p, Urls urls, List<String> langs, PageModels models) {
    // The same path strings for an unchanged page in every build: cheap to hash and compare.
    Map<String, String> paths =
        memo.paths(p, () -> route("", "", langs, l -> urls.page(p, l), null).paths);
    return Route.of("page:" + p.id(), "page.ftlh", paths, v -> models.page(v, p))
        .from(p)
        .text(l -> has(l, p.title()) || p.body().has(l))
        .with(Sharing.describe(v -> p.summary() != null ? p.summary() : v.body(p.body())));
  }

  /** Makes the view of each page of one site: its languages, addresses, Markdown and words. */
  private record Views(String def, Urls urls, Markdown markdown, Ui ui) {

    /** The page at {@code path} in {@code lang}; {@code absolutePrefix}: see {@link View}. */
    View of(String lang, String path, String absolutePrefix) {
      return new View(lang, def, path, urls, markdown, absolutePrefix, ui.dates().get(lang));
    }
  }

  /**
   * A page of the default language alone at the site root ({@code v}'s path): the language chooser,
   * the 404 page for addresses outside every language.
   */
  private PageJob rootPage(
      Content content,
      Chrome chrome,
      View v,
      String group,
      RouteKind kind,
      String template,
      Record page) {
    Map<String, String> at = Map.of(v.lang(), v.path());
    String file = Urls.file(v.path());
    return new PageJob(
        file,
        group,
        v.lang(),
        true,
        kind,
        () ->
            guarded(
                content,
                () ->
                    render(
                        file, template, chrome.common(v, group, at, at.keySet()).withPage(page))));
  }

  /** A page's bytes, or the problem at the text when one of its Markdown texts cannot render. */
  private static byte[] guarded(Content content, Callable<byte[]> page) throws Exception {
    try {
      return page.call();
    } catch (Markdown.TooComplex e) {
      throw new RenderException(TextOrigin.problem(content, e.markdown()));
    } catch (Body.Changed e) {
      // Never a page made from a text other than the one checked.
      throw new RenderException(
          Problem.error(SourcePos.file(e.path()), Message.of("file.changed")));
    }
  }

  /** The template's output for these values, or the bytes of an earlier build with equal values. */
  private byte[] render(String key, String template, ChromeModel values) throws RenderException {
    byte[] kept = memo.kept(key, template, values);
    if (kept != null) return kept;
    byte[] bytes = memo.stored(key, template, values, templates);
    memo.keep(key, template, values, bytes);
    return bytes;
  }

  private List<Route> routes(
      Content content, Urls urls, PageModels models, List<String> langs, Ui uiSet) {
    Map<String, Map<String, String>> ui = uiSet.strings();
    List<Route> routes = new ArrayList<>();
    Embeds embeds = new Embeds(urls);
    Offers offers = new Offers(content, embeds, ui, uiSet.langs());
    var site = content.site();
    routes.add(
        route("home", "home.ftlh", langs, urls::home, models::home)
            .with(offers.feeds())
            .text(l -> has(l, site.title(), site.description())));
    routes.add(route("plans", "plans.ftlh", langs, urls::plans, models::plans));
    for (Plan p : content.plans()) {
      Function<View, View.Txt> heading = v -> Offers.text(v, p.title());
      Function<String, String> path = l -> urls.plan(p, l);
      Route plan =
          route("plan:" + p.id(), "plan.ftlh", langs, path, v -> models.plan(v, p))
              .with(offers.feeds())
              .text(l -> has(l, p.title(), p.intro(), p.mainGoal()))
              .with(Sharing.describe(v -> p.mainGoal()));
      routes.addAll(embeddable(plan, "embed-plan.ftlh", offers, heading));
      for (FocusArea a : p.focusAreas()) {
        Function<View, View.Txt> areaHeading = v -> Offers.text(v, a.title());
        Function<String, String> areaPath = l -> urls.area(p, a, l);
        Route area =
            route(
                    "area:" + p.id() + "/" + a.id(),
                    "area.ftlh",
                    langs,
                    areaPath,
                    v -> models.area(v, p, a))
                .with(offers.subscribeArea(p, a))
                .text(l -> has(l, a.title(), a.body(), a.goal()))
                .with(Sharing.describe(v -> a.goal()));
        routes.addAll(embeddable(area, "embed-area.ftlh", offers, areaHeading));
        for (Indicator in : a.indicators()) {
          Function<View, View.Txt> inHeading = v -> Offers.text(v, in.name());
          Function<String, String> inPath = l -> IndicatorView.path(urls, p, a, in, l);
          String group = p.id() + "/" + a.id() + "/" + in.id();
          Route indicator =
              route(
                      "indicator:" + group,
                      "indicator.ftlh",
                      langs,
                      inPath,
                      v -> models.indicator(v, p, a, in))
                  .text(l -> has(l, in.name()));
          routes.addAll(embeddable(indicator, "embed-indicator.ftlh", offers, inHeading));
        }
      }
    }
    routes.add(route("projects", "projects.ftlh", langs, urls::projects, models::projects));
    for (Project p : content.projects()) {
      Function<View, View.Txt> heading =
          v ->
              new View.Txt(
                  Offers.ui(ui, v, "embed.projectTimeline").replace("{0}", v.plain(p.title())),
                  v.lang(),
                  false);
      Function<String, String> path = l -> urls.project(p, l);
      Route project =
          route("project:" + p.id(), "project.ftlh", langs, path, v -> models.project(v, p))
              .with(offers.subscribeProject(p))
              .text(l -> has(l, p.title(), p.summary(), p.intro()))
              .with(Sharing.describe(v -> p.summary()));
      routes.addAll(embeddable(project, "embed-project.ftlh", offers, heading));
    }
    Function<View, View.Txt> upcoming =
        v -> new View.Txt(Offers.ui(ui, v, "embed.upcoming"), v.lang(), false);
    Route timeline =
        route("timeline", "timeline.ftlh", langs, urls::timeline, models::timeline)
            .with(offers.embed(upcoming))
            .with(offers.subscribeTimeline());
    routes.add(timeline);
    routes.add(
        embed(
            timeline.model(v -> models.upcomingDeadlines(v, PageModels.UPCOMING_IN_EMBED)),
            "embed-deadlines.ftlh",
            offers.frame(upcoming)));
    Function<View, View.Txt> open =
        v -> new View.Txt(Offers.ui(ui, v, "embed.openHearings"), v.lang(), false);
    Route hearings =
        route("hearings", "hearings.ftlh", langs, urls::hearings, models::hearings)
            .with(offers.embed(open))
            .with(offers.subscribeHearings(true));
    routes.add(hearings);
    routes.add(
        embed(hearings.model(models::openHearings), "embed-hearings.ftlh", offers.frame(open)));
    for (Hearing h : content.hearings()) {
      Function<View, View.Txt> heading = v -> Offers.text(v, h.title());
      Function<String, String> path = l -> urls.hearing(h, l);
      Route hearing =
          route("hearing:" + h.id(), "hearing.ftlh", langs, path, v -> models.hearing(v, h))
              .with(offers.subscribeHearings(false))
              .text(l -> has(l, h.title(), h.body()))
              .with(Sharing.describe(v -> h.body()));
      routes.addAll(embeddable(hearing, "embed-hearing.ftlh", offers, heading));
    }
    if (!content.reports().isEmpty()) {
      routes.add(
          route("reports", "reports.ftlh", langs, urls::reports, models::reports)
              .with(offers.reportsFeed()));
      for (Report r : content.reports()) {
        routes.add(
            route(
                    "report:" + r.id(),
                    "report.ftlh",
                    langs,
                    l -> urls.report(r, l),
                    v -> models.report(v, r))
                .with(offers.reportsFeed())
                .text(l -> has(l, r.title(), r.body())));
      }
    }
    routes.add(
        route("data", "data.ftlh", langs, Urls::dataPage, offers::data).with(offers.feeds()));
    for (Page p : content.pages()) routes.add(pageRoute(p, urls, langs, models));
    Map<String, String> notFound = new LinkedHashMap<>();
    for (String l : langs) notFound.put(l, urls.notFound(l));
    routes.add(
        new Route(
            "404",
            "404.ftlh",
            notFound,
            v -> new NotFoundPage(),
            true,
            List.of(),
            null,
            l -> true,
            RouteKind.NOT_FOUND));
    return routes;
  }

  /** True when any of {@code texts} is written in {@code lang}. */
  private static boolean has(String lang, LText... texts) {
    for (LText t : texts) {
      if (t != null && t.has(lang)) return true;
    }
    return false;
  }

  private static Route route(
      String group,
      String template,
      List<String> langs,
      Function<String, String> path,
      Function<View, ? extends Record> model) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String l : langs) paths.put(l, path.apply(l));
    return Route.of(group, template, paths, model);
  }

  /**
   * {@code page}, offering its embed code (headed by {@code heading} on the other site), and its
   * embed version: {@code template} under embed/.
   */
  private static List<Route> embeddable(
      Route page, String template, Offers offers, Function<View, View.Txt> heading) {
    Route offering = page.with(offers.embed(heading));
    return List.of(offering, embed(offering, template, offers.frame(heading)));
  }

  /**
   * The embed page of {@code page} (group {@code embed-} and the page's group, its model): under
   * embed/, framed by its own values, with none of the page's extras.
   */
  private static Route embed(
      Route page, String template, BiFunction<View, ChromeModel, ChromeModel> frame) {
    Map<String, String> paths = new LinkedHashMap<>();
    page.paths.forEach((l, path) -> paths.put(l, Urls.embed(path)));
    return Route.of("embed-" + page.group, template, paths, page.model)
        .with(frame)
        .kind(RouteKind.EMBED);
  }

  /**
   * UI strings per site language, every key filled: a key a language lacks (or a language without a
   * file) takes the default language's string, else English's, and is listed in {@code
   * fallbackLangs} so that templates mark it with its own {@code lang}.
   */
  private Ui uiFor(List<String> langs, String def) {
    Map<String, Map<String, String>> ui = new LinkedHashMap<>();
    Map<String, Map<String, String>> fallbackLangs = new LinkedHashMap<>();
    Map<String, DeadlineFormat> dates = new LinkedHashMap<>();
    Words words = Words.of(uiStrings);
    String fallbackLang =
        uiStrings.containsKey(def)
            ? def
            : uiStrings.containsKey("en")
                ? "en"
                : uiStrings.keySet().stream().findFirst().orElse(def);
    Map<String, String> fallback = uiStrings.getOrDefault(fallbackLang, Map.of());
    for (String l : langs) {
      Map<String, String> own = uiStrings.get(l);
      if (own == null) {
        problems.warning(
            SourcePos.file(theme.shown("i18n/" + l + ".yaml")),
            Message.of("ui.noLanguage", l, fallbackLang));
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
        problems.warning(
            SourcePos.file("templates/i18n/" + l + ".yaml"),
            Message.of(
                "ui.missing",
                missing.size(),
                String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", ..." : ""),
                fallbackLang));
      }
      ui.put(l, all);
      fallbackLangs.put(l, langs2);
      dates.put(l, words.dates(l));
    }
    return new Ui(ui, fallbackLangs, dates);
  }

  /** UI strings, the language of each borrowed string, and date formats, per site language. */
  record Ui(
      Map<String, Map<String, String>> strings,
      Map<String, Map<String, String>> langs,
      Map<String, DeadlineFormat> dates) {}

  /**
   * Static files to copy: the theme's static/** (an override's file in place of the built-in one) →
   * static/**, and content assets → assets/**.
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
      problems.error(
          SourcePos.file(theme.shown("static")), Message.of("static.unlistable", e.getMessage()));
    }
    for (Asset a : content.assets()) files.add(new StaticFile(a.path(), a.file()));
    files.sort(Comparator.comparing(StaticFile::path));
    return files;
  }

  /**
   * A page to write at {@code path}; {@code group} is the same for each language version; {@code
   * listed}: advertised in hreflang links and the sitemap (see {@code alternates} in site.yaml);
   * {@code kind}: what kind of page it is.
   */
  public record PageJob(
      String path,
      String group,
      String lang,
      boolean listed,
      RouteKind kind,
      Callable<byte[]> render) {

    /** A page of kind {@link RouteKind#PAGE}. */
    public PageJob(
        String path, String group, String lang, boolean listed, Callable<byte[]> render) {
      this(path, group, lang, listed, RouteKind.PAGE, render);
    }
  }

  /** A file to copy as is to {@code path} in the output. */
  public record StaticFile(String path, Path source) {}
}

package no.planvev.render;

import static no.planvev.render.View.map;

import java.io.IOException;
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
import java.util.function.Function;
import java.util.stream.Stream;
import no.planvev.model.Asset;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SourcePos;
import no.planvev.model.Urls;
import no.planvev.validate.Problems;

/** Turns content into the site's HTML pages and lists the static files to copy. */
public final class SiteRenderer {

  private final Path templatesDir;
  private final Map<String, Map<String, String>> uiStrings;
  private final Problems problems;
  private final Templates templates;
  private final Markdown markdown = new Markdown();

  /** Compiles templates once; reads templates/static/ later on demand. UI strings: lang → key → text
   *  (the lead loads them with source.UiStrings). A site language without UI strings uses the default
   *  language's strings and adds a WARNING to problems. */
  public SiteRenderer(Path templatesDir, Map<String, Map<String, String>> uiStrings,
      Problems problems) {
    this.templatesDir = templatesDir;
    this.uiStrings = new TreeMap<>();
    uiStrings.forEach((k, v) -> this.uiStrings.put(k, new TreeMap<>(v)));
    this.problems = problems;
    this.templates = new Templates(templatesDir, problems);
  }

  /** One page in every language: its template, its paths and its values. */
  private record Route(String group, String template, Map<String, String> paths,
      Function<View, Map<String, Object>> model, boolean anyUrl) {}

  /** Every page of the site as an independent job (renderable in any order, in parallel, one at a time). */
  public List<PageJob> pages(Content content, LocalDate today) {
    Urls urls = new Urls(content.site());
    List<String> langs = content.site().languageCodes();
    String def = content.site().defaultLanguage();
    Map<String, Map<String, String>> ui = uiFor(langs, def);
    PageModels models = new PageModels(content, urls, today);
    List<Route> routes = routes(content, urls, models, langs);
    Chrome chrome = new Chrome(content, urls, ui);
    List<PageJob> jobs = new ArrayList<>();
    for (Route r : routes) {
      for (String lang : langs) {
        String path = r.paths.get(lang);
        jobs.add(new PageJob(Urls.file(path), r.group, lang, () -> {
          View v = new View(lang, def, path, urls, markdown,
              r.anyUrl ? basePath(content.site().baseUrl()) : null);
          Map<String, Object> model = chrome.common(v, r.group, r.paths);
          model.put("p", r.model.apply(v));
          return templates.render(r.template, Values.convert(model));
        }));
      }
    }
    // The root: a language chooser that sends the visitor on to the default language, and a 404.
    Map<String, String> rootPaths = Map.of(def, "");
    jobs.add(new PageJob("index.html", "root", def, () -> {
      View v = new View(def, def, "", urls, markdown, null);
      Map<String, Object> model = chrome.common(v, "root", rootPaths);
      model.put("p", map("languages", content.site().languages().stream().map(l -> map(
          "code", l.code(), "name", l.name(), "href", v.link(urls.home(l.code())))).toList(),
          "target", v.link(urls.home(def))));
      return templates.render("root.ftlh", Values.convert(model));
    }));
    Map<String, String> root404 = Map.of(def, "404.html");
    jobs.add(new PageJob("404.html", "root-404", def, () -> {
      View v = new View(def, def, "404.html", urls, markdown, basePath(content.site().baseUrl()));
      Map<String, Object> model = chrome.common(v, "root-404", root404);
      model.put("p", map());
      return templates.render("404.ftlh", Values.convert(model));
    }));
    return jobs;
  }

  private List<Route> routes(Content content, Urls urls, PageModels models, List<String> langs) {
    List<Route> routes = new ArrayList<>();
    routes.add(route("home", "home.ftlh", langs, urls::home, models::home));
    routes.add(route("plans", "plans.ftlh", langs, urls::plans, models::plans));
    for (Plan p : content.plans()) {
      routes.add(route("plan:" + p.id(), "plan.ftlh", langs, l -> urls.plan(p, l),
          v -> models.plan(v, p)));
      for (FocusArea a : p.focusAreas()) {
        routes.add(route("area:" + p.id() + "/" + a.id(), "area.ftlh", langs,
            l -> urls.area(p, a, l), v -> models.area(v, p, a)));
      }
    }
    routes.add(route("projects", "projects.ftlh", langs, urls::projects, models::projects));
    for (Project p : content.projects()) {
      routes.add(route("project:" + p.id(), "project.ftlh", langs, l -> urls.project(p, l),
          v -> models.project(v, p)));
    }
    routes.add(route("timeline", "timeline.ftlh", langs, urls::timeline, models::timeline));
    routes.add(route("hearings", "hearings.ftlh", langs, urls::hearings, models::hearings));
    for (Hearing h : content.hearings()) {
      routes.add(route("hearing:" + h.id(), "hearing.ftlh", langs, l -> urls.hearing(h, l),
          v -> models.hearing(v, h)));
    }
    for (Page p : content.pages()) {
      routes.add(route("page:" + p.id(), "page.ftlh", langs, l -> urls.page(p, l),
          v -> models.page(v, p)));
    }
    Map<String, String> notFound = new LinkedHashMap<>();
    for (String l : langs) notFound.put(l, urls.notFound(l));
    routes.add(new Route("404", "404.ftlh", notFound, v -> map(), true));
    return routes;
  }

  private static Route route(String group, String template, List<String> langs,
      Function<String, String> path, Function<View, Map<String, Object>> model) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String l : langs) paths.put(l, path.apply(l));
    return new Route(group, template, paths, model, false);
  }

  private Map<String, Map<String, String>> uiFor(List<String> langs, String def) {
    Map<String, Map<String, String>> ui = new LinkedHashMap<>();
    Map<String, String> fallback = uiStrings.containsKey(def) ? uiStrings.get(def)
        : uiStrings.containsKey("en") ? uiStrings.get("en")
        : uiStrings.values().stream().findFirst().orElse(Map.of());
    for (String l : langs) {
      Map<String, String> s = uiStrings.get(l);
      if (s == null) {
        problems.warning(SourcePos.file("templates/i18n/" + l + ".yaml"), "no UI strings for"
            + " language '" + l + "'; menus and labels will be in '" + def + "'");
        s = fallback;
      }
      ui.put(l, s);
    }
    return ui;
  }

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

  /** Static files to copy: templates/static/** → static/**, and content assets → assets/**. */
  public List<StaticFile> staticFiles(Content content) {
    List<StaticFile> files = new ArrayList<>();
    Path dir = templatesDir.resolve("static");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile)
            .map(f -> new StaticFile("static/" + dir.relativize(f).toString().replace('\\', '/'), f))
            .forEach(files::add);
      } catch (IOException e) {
        problems.error(SourcePos.file("templates/static"), "cannot list static files: "
            + e.getMessage());
      }
    }
    for (Asset a : content.assets()) files.add(new StaticFile(a.path(), a.file()));
    files.sort(Comparator.comparing(StaticFile::path));
    return files;
  }

  /** A page to write at {@code path}; {@code group} is the same for each language version. */
  public record PageJob(String path, String group, String lang, Callable<byte[]> render) {}

  /** A file to copy as is to {@code path} in the output. */
  public record StaticFile(String path, Path source) {}
}

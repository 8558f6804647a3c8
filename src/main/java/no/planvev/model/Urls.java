package no.planvev.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where each page lives. Paths are relative to the site root, without a leading slash; a page path
 * ends in {@code /} (written as {@code index.html}) or in a file name. Links between pages are made
 * relative with {@link #relative}, so a site works under any base path and in preview.
 */
public final class Urls {

  /*
   * Every word in a path below comes from content and is checked by source.Names: one segment,
   * no dots at the start, not a name that planvev itself writes under a language folder
   * (data/, feeds/, calendar/, ...). A new generated folder belongs in Names.RESERVED too.
   */

  private final SiteConfig site;

  public Urls(SiteConfig site) {
    this.site = site;
  }

  public String home(String lang) {
    return lang + "/";
  }

  public String section(String key, String lang) {
    String word =
        java.util.Optional.ofNullable(site.sections().get(key))
            .flatMap(words -> words.resolve(lang, site.defaultLanguage()))
            .map(LText.Resolved::text)
            .orElse(key); // a section's URL word is its key unless site.yaml names one
    return lang + "/" + word + "/";
  }

  public String plans(String lang) {
    return section("plans", lang);
  }

  public String projects(String lang) {
    return section("projects", lang);
  }

  public String timeline(String lang) {
    return section("timeline", lang);
  }

  public String hearings(String lang) {
    return section("hearings", lang);
  }

  public String reports(String lang) {
    return section("reports", lang);
  }

  public String plan(Plan plan, String lang) {
    return inSection("plans", plan.slug(), plan.id(), lang);
  }

  public String project(Project project, String lang) {
    return inSection("projects", project.slug(), project.id(), lang);
  }

  public String hearing(Hearing hearing, String lang) {
    return inSection("hearings", hearing.slug(), hearing.id(), lang);
  }

  public String report(Report report, String lang) {
    return inSection("reports", report.slug(), report.id(), lang);
  }

  /** The page of a plan, project, hearing or report: its slug under its section's page. */
  private String inSection(String section, LText slug, String id, String lang) {
    return section(section, lang) + slug(slug, id, lang) + "/";
  }

  public String area(Plan plan, FocusArea area, String lang) {
    return plan(plan, lang) + slug(area.slug(), area.id(), lang) + "/";
  }

  /** An indicator's page, under its focus area (an indicator id is one checked path word). */
  public String indicator(Plan plan, FocusArea area, Indicator indicator, String lang) {
    return area(plan, area, lang) + indicator.id() + "/";
  }

  public String page(Page page, String lang) {
    return lang + "/" + slug(page.slug(), page.id(), lang) + "/";
  }

  public String notFound(String lang) {
    return lang + "/404.html";
  }

  /** A document or asset link as written in content: local ones are paths under content/. */
  public String document(Document doc) {
    return doc.isLocal() ? stripSlashes(doc.href()) : doc.href();
  }

  /** The absolute URL of a site path, from {@code base_url}. */
  public String absolute(String path) {
    String base = site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/";
    return base + encodePath(path);
  }

  /** The file a page path is written to. */
  public static String file(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  /**
   * A link from the page at {@code from} to {@code to}, both site paths; percent-encoded. {@code
   * relative("nb/a/b/", "nb/c/")} is {@code ../../c/}.
   */
  public static String relative(String from, String to) {
    String[] fromDirs = from.substring(0, from.lastIndexOf('/') + 1).split("/", -1);
    String[] toParts = to.split("/", -1);
    int common = 0;
    int fromCount = fromDirs.length - 1; // last element is "" after the trailing slash
    while (common < fromCount
        && common < toParts.length - 1
        && fromDirs[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < fromCount; i++) sb.append("../");
    for (int i = common; i < toParts.length; i++) {
      sb.append(toParts[i]);
      if (i < toParts.length - 1) sb.append('/');
    }
    String rel = sb.toString();
    if (rel.isEmpty()) rel = "./";
    return encodePath(rel);
  }

  // ---- Files that are not pages: data, calendars, feeds, embeds, sitemap. Every generated
  // folder here is reserved in source.Names.RESERVED too.

  /** The folder all embed pages live under; web servers let anyone frame it (docs/hosting.md). */
  public static final String EMBED_PREFIX = "embed/";

  /** The embed page of the full page at {@code pagePath}: {@code embed/nb/prosjekter/x/}. */
  public static String embed(String pagePath) {
    return EMBED_PREFIX + pagePath;
  }

  /** The page that lists the open data, calendars and feeds. */
  public static String dataPage(String lang) {
    return lang + "/data/";
  }

  public static String siteJson() {
    return "data/site.json";
  }

  public static String planJson(Plan plan) {
    return "data/plans/" + plan.id() + ".json";
  }

  public static String projectJson(Project project) {
    return "data/projects/" + project.id() + ".json";
  }

  public static String hearingsJson() {
    return "data/hearings.json";
  }

  /** The period reports with what changed in each (see {@code ReportsJson}). */
  public static String reportsJson() {
    return "data/reports.json";
  }

  /** The activities with stable column names and machine values (for programs). */
  public static String activitiesCsv() {
    return "data/activities.csv";
  }

  /** The activities for people reading {@code lang}. */
  public static String activitiesCsv(String lang) {
    return "data/activities." + lang + ".csv";
  }

  /** Every indicator's baseline, measurements and target (for programs); see IndicatorsCsv. */
  public static String indicatorsCsv() {
    return "data/indicators.csv";
  }

  /** The indicator rows for people reading {@code lang}. */
  public static String indicatorsCsv(String lang) {
    return "data/indicators." + lang + ".csv";
  }

  /** The DCAT-AP-NO description of the data. */
  public static String dataCatalog() {
    return "data/catalog.jsonld";
  }

  /** A JSON Schema the data files declare in {@code "$schema"}. */
  public static String dataSchema(String schemaFile) {
    return "data/schema/" + schemaFile;
  }

  /** The hearings feed in {@code lang}. */
  public static String hearingsFeed(String lang) {
    return lang + "/feeds/hearings.atom";
  }

  /** The activities feed in {@code lang}. */
  public static String activitiesFeed(String lang) {
    return lang + "/feeds/activities.atom";
  }

  /** The period reports feed in {@code lang} (only when the site has reports). */
  public static String reportsFeed(String lang) {
    return lang + "/feeds/reports.atom";
  }

  /** One focus area's calendar in {@code lang}. */
  public static String areaCalendar(Plan plan, FocusArea area, String lang) {
    return lang + "/calendar/areas/" + plan.id() + "/" + area.id() + ".ics";
  }

  /** The calendar with every deadline in {@code lang}. */
  public static String deadlinesCalendar(String lang) {
    return lang + "/calendar/deadlines.ics";
  }

  /** One project's calendar in {@code lang}. */
  public static String projectCalendar(Project project, String lang) {
    return lang + "/calendar/" + project.id() + ".ics";
  }

  /** The hearings calendar in {@code lang}. */
  public static String hearingsCalendar(String lang) {
    return lang + "/calendar/hearings.ics";
  }

  public static String sitemap() {
    return "sitemap.xml";
  }

  public static String robots() {
    return "robots.txt";
  }

  /**
   * The path part of a base URL ({@code /} or {@code /sub/}), for pages served at any URL (404) and
   * for links written from the site root.
   */
  public static String basePath(String baseUrl) {
    try {
      String p = URI.create(baseUrl).getRawPath();
      if (p == null || p.isEmpty()) return "/";
      return p.endsWith("/") ? p : p + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  /**
   * The slug in {@code lang}, else the default language's, else the id (never another language's).
   */
  private String slug(LText slug, String id, String lang) {
    if (slug == null) return id;
    return slug.get(lang).or(() -> slug.get(site.defaultLanguage())).orElse(id);
  }

  private static String stripSlashes(String s) {
    return s.startsWith("/") ? s.substring(1) : s;
  }

  /** Percent-encodes what a path may not hold as is (spaces, æøå); keeps {@code / # ?}. */
  static String encodePath(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }
}

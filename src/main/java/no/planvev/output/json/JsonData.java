package no.planvev.output.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.planvev.model.Activity;
import no.planvev.model.ActivityState;
import no.planvev.model.Content;
import no.planvev.model.DeadlineMove;
import no.planvev.model.Document;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.Initiative;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Measure;
import no.planvev.model.Plan;
import no.planvev.model.Progress;
import no.planvev.model.Project;
import no.planvev.model.SiteConfig;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.words.Words;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the site's open data under {@code data/}: {@code site.json}, {@code plans/<id>.json},
 * {@code projects/<id>.json}, {@code hearings.json}, {@code activities.csv}, and the JSON Schemas
 * they declare in {@code "$schema"}, under {@code data/schema/}.
 *
 * <p>Texts are objects by language code ({@code {"nb": ..., "en": ...}}); Markdown fields hold the
 * Markdown as written. Keys come in a fixed order and optional fields are left out when empty, so
 * the same content and build date give the same bytes. Links are absolute URLs.
 */
public final class JsonData {

  /** The schema files, as in {@code src/main/resources/schemas/} and {@code data/schema/}. */
  static final List<String> SCHEMAS =
      List.of(
          "site.schema.json", "plan.schema.json", "project.schema.json", "hearings.schema.json");

  private JsonData() {}

  /** True when the site has period reports, and so {@code data/reports.json}. */
  public static boolean hasReports(Content content) {
    return !content.reports().isEmpty();
  }

  /** True when the site has indicators, and so the indicator CSV files. */
  public static boolean hasIndicators(Content content) {
    return IndicatorsCsv.any(content);
  }

  /** As below, in the built-in words. */
  public static List<OutputFile> write(Content content, Urls urls, LocalDate buildDate) {
    return write(content, urls, buildDate, Words.builtIn());
  }

  /**
   * All open-data files: site, plans, projects, hearings, the CSV files, the DCAT catalog, then the
   * schemas. {@code words}: CSV headers, state words, deadlines, dataset titles.
   */
  public static List<OutputFile> write(
      Content content, Urls urls, LocalDate buildDate, Words words) {
    Writer w = new Writer(content, urls, buildDate);
    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile(Urls.siteJson(), Json.bytes(w.site())));
    for (Plan p : content.plans())
      files.add(new OutputFile(Urls.planJson(p), Json.bytes(w.plan(p))));
    for (Project p : content.projects()) {
      files.add(new OutputFile(Urls.projectJson(p), Json.bytes(w.project(p))));
    }
    files.add(new OutputFile(Urls.hearingsJson(), Json.bytes(w.hearings())));
    if (hasReports(content)) {
      files.add(new OutputFile(Urls.reportsJson(), Json.bytes(w.reports())));
    }
    char sep = content.site().options().csvSeparator();
    files.add(
        OutputFile.utf8(Urls.activitiesCsv(), ActivitiesCsv.machine(content, buildDate, sep)));
    for (String lang : content.site().languageCodes()) {
      files.add(
          OutputFile.utf8(
              Urls.activitiesCsv(lang),
              ActivitiesCsv.localized(content, lang, words, buildDate, sep)));
    }
    if (IndicatorsCsv.any(content)) {
      files.add(OutputFile.utf8(Urls.indicatorsCsv(), IndicatorsCsv.machine(content, sep)));
      for (String lang : content.site().languageCodes()) {
        files.add(
            OutputFile.utf8(
                Urls.indicatorsCsv(lang), IndicatorsCsv.localized(content, lang, words, sep)));
      }
    }
    files.add(
        new OutputFile(
            Urls.dataCatalog(), Json.bytes(DcatCatalog.catalog(content, urls, buildDate, words))));
    for (String s : SCHEMAS) files.add(new OutputFile(Urls.dataSchema(s), schema(s)));
    if (hasReports(content)) {
      files.add(new OutputFile(Urls.dataSchema(ReportsJson.SCHEMA), schema(ReportsJson.SCHEMA)));
    }
    return List.copyOf(files);
  }

  static byte[] schema(String name) {
    try (InputStream in = JsonData.class.getResourceAsStream("/schemas/" + name)) {
      if (in == null) throw new IllegalStateException("schema missing from the jar: " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the trees of one site. */
  private static final class Writer {
    private final Content content;
    private final SiteConfig site;
    private final Urls urls;
    private final LocalDate buildDate;
    private final Json json;

    Writer(Content content, Urls urls, LocalDate buildDate) {
      this.content = content;
      this.site = content.site();
      this.urls = urls;
      this.buildDate = buildDate;
      this.json = new Json(site.languageCodes());
    }

    private ObjectNode root(String schemaFile) {
      ObjectNode o = Json.object();
      o.put("$schema", urls.absolute(Urls.dataSchema(schemaFile)));
      o.put("license", site.options().licence().url());
      return o;
    }

    /** A new object at the end of {@code list} with its {@code id} and {@code title}. */
    private ObjectNode titled(ArrayNode list, String id, LText title) {
      ObjectNode o = list.addObject();
      o.put("id", id);
      o.set("title", json.text(title));
      return o;
    }

    /** Absolute page URL per site language. */
    private ObjectNode pageUrls(Function<String, String> pathInLang) {
      ObjectNode o = Json.object();
      for (String lang : site.languageCodes()) o.put(lang, urls.absolute(pathInLang.apply(lang)));
      return o;
    }

    ObjectNode site() {
      ObjectNode o = root("site.schema.json");
      o.set("title", json.text(site.title()));
      json.optText(o, "description", site.description());
      o.put("base_url", site.baseUrl());
      o.put("build_date", buildDate.toString());
      o.put("default_language", site.defaultLanguage());
      ArrayNode langs = o.putArray("languages");
      for (Language l : site.languages()) {
        ObjectNode lo = langs.addObject();
        lo.put("code", l.code());
        lo.put("name", l.name());
      }
      if (site.publisher() != null) {
        ObjectNode pub = o.putObject("publisher");
        pub.set("name", json.text(site.publisher().name()));
        Json.optString(pub, "url", site.publisher().url());
        Json.optString(pub, "email", site.publisher().email());
      }
      ArrayNode plans = o.putArray("plans");
      for (Plan p : content.plans()) {
        ObjectNode po = titled(plans, p.id(), p.title());
        po.put("data", urls.absolute(Urls.planJson(p)));
        po.set("urls", pageUrls(lang -> urls.plan(p, lang)));
      }
      ArrayNode projects = o.putArray("projects");
      for (Project p : content.projects()) {
        ObjectNode po = titled(projects, p.id(), p.title());
        po.put("status", p.status().key());
        po.put("data", urls.absolute(Urls.projectJson(p)));
        po.set("urls", pageUrls(lang -> urls.project(p, lang)));
      }
      o.put("hearings", urls.absolute(Urls.hearingsJson()));
      o.put("activities_csv", urls.absolute(Urls.activitiesCsv()));
      ObjectNode csvs = o.putObject("activities_csv_by_language");
      for (String lang : site.languageCodes()) {
        csvs.put(lang, urls.absolute(Urls.activitiesCsv(lang)));
      }
      o.put("catalog", urls.absolute(Urls.dataCatalog()));
      if (hasReports(content)) o.put("reports", urls.absolute(Urls.reportsJson()));
      if (IndicatorsCsv.any(content)) {
        o.put("indicators_csv", urls.absolute(Urls.indicatorsCsv()));
        ObjectNode ind = o.putObject("indicators_csv_by_language");
        for (String lang : site.languageCodes()) {
          ind.put(lang, urls.absolute(Urls.indicatorsCsv(lang)));
        }
      }

      return o;
    }

    ObjectNode plan(Plan p) {
      ObjectNode o = root("plan.schema.json");
      o.put("id", p.id());
      o.set("title", json.text(p.title()));
      if (p.period() != null) o.set("period", json.deadline(p.period()));
      json.optText(o, "owner", p.owner());
      if (p.adopted() != null) {
        ObjectNode a = o.putObject("adopted");
        if (p.adopted().date() != null) a.put("date", p.adopted().date().toString());
        json.optText(a, "by", p.adopted().by());
      }
      json.optText(o, "main_goal", p.mainGoal());
      if (p.mainStrategy() != null) {
        ObjectNode s = o.putObject("main_strategy");
        json.optText(s, "title", p.mainStrategy().title());
        json.optText(s, "text", p.mainStrategy().text());
      }
      ArrayNode areas = o.putArray("focus_areas");
      for (FocusArea a : p.focusAreas()) {
        ObjectNode ao = titled(areas, a.id(), a.title());
        if (a.weight() != null) ao.put("weight", a.weight().intValue());
        json.optText(ao, "goal", a.goal());
        ao.set("strategies", json.texts(a.strategies()));
        json.optText(ao, "body", a.body());
        ao.set("urls", pageUrls(lang -> urls.area(p, a, lang)));
        if (!a.indicators().isEmpty()) {
          ao.set("indicators", IndicatorJson.array(json, urls, site.languageCodes(), p, a));
        }
      }
      ArrayNode org = o.putArray("organisation");
      for (Plan.OrgUnit u : p.organisation()) {
        ObjectNode uo = org.addObject();
        json.optText(uo, "body", u.body());
        json.optText(uo, "members", u.members());
        json.optText(uo, "role", u.role());
      }
      json.optText(o, "intro", p.intro());
      o.set("urls", pageUrls(lang -> urls.plan(p, lang)));
      return o;
    }

    ObjectNode project(Project p) {
      ObjectNode o = root("project.schema.json");
      o.put("id", p.id());
      o.set("title", json.text(p.title()));
      json.optText(o, "owner", p.owner());
      json.optText(o, "manager", p.manager());
      if (p.period() != null) o.set("period", json.deadline(p.period()));
      json.optText(o, "phase", p.phase());
      o.put("status", p.status().key());
      if (p.statusDate() != null) o.put("status_date", p.statusDate().toString());
      o.set("progress", progress(Progress.of(p, buildDate)));
      ArrayNode sup = o.putArray("supports");
      p.supports().forEach(r -> sup.add(r.toString()));
      json.optText(o, "summary", p.summary());
      json.optText(o, "intro", p.intro());
      o.set("urls", pageUrls(lang -> urls.project(p, lang)));
      o.set("activities", activities(p, p.activities()));
      ArrayNode inits = o.putArray("initiatives");
      for (Initiative i : p.initiatives()) {
        ObjectNode io = inits.addObject();
        io.put("id", i.id());
        if (i.number() != null) io.put("number", i.number().intValue());
        io.set("title", json.text(i.title()));
        io.put("status", i.status().key());
        json.optText(io, "status_note", i.statusNote());
        json.optText(io, "summary", i.summary());
        io.set("activities", activities(p, i.activities()));
        ArrayNode measures = io.putArray("measures");
        for (Measure m : i.measures()) {
          ObjectNode mo = titled(measures, m.id(), m.title());
          json.optText(mo, "summary", m.summary());
          mo.set("activities", activities(p, m.activities()));
        }
      }
      return o;
    }

    /** Counts by state on the build date, and the share done (null when nothing counts). */
    private ObjectNode progress(Progress pr) {
      ObjectNode o = ReportsJson.progress(pr);
      o.put("from_editor", pr.override() != null);
      return o;
    }

    private ArrayNode activities(Project p, List<Activity> list) {
      ArrayNode arr = Json.array();
      for (Activity a : list) {
        ObjectNode ao = arr.addObject();
        ao.put("id", a.id());
        ao.put("key", LocatedActivity.key(p, a));
        ao.set("title", json.text(a.title()));
        json.optText(ao, "responsible", a.responsible());
        ao.set("deadline", json.deadline(a.deadline()));
        if (a.start() != null) ao.set("start", json.deadline(a.start()));
        ao.put("status", a.status().key());
        ActivityState state = a.state(buildDate);
        ao.put("state", state.key());
        ao.put("overdue", state == ActivityState.OVERDUE);
        if (a.statusDate() != null) ao.put("status_date", a.statusDate().toString());
        if (!a.moved().isEmpty()) {
          ArrayNode moved = ao.putArray("moved");
          for (DeadlineMove m : a.moved()) {
            ObjectNode mo = moved.addObject();
            mo.set("from", json.deadline(m.from()));
            mo.put("on", m.on().toString());
            json.optText(mo, "reason", m.reason());
          }
        }
        json.optText(ao, "note", a.note());
        ao.set("participants", json.texts(a.participants()));
      }
      return arr;
    }

    ObjectNode reports() {
      return ReportsJson.reports(content, urls, json, root(ReportsJson.SCHEMA));
    }

    ObjectNode hearings() {
      ObjectNode o = root("hearings.schema.json");
      ArrayNode arr = o.putArray("hearings");
      for (Hearing h : content.hearings()) {
        ObjectNode ho = titled(arr, h.id(), h.title());
        json.optText(ho, "issuer", h.issuer());
        Json.optString(ho, "reference", h.reference());
        ho.put("published", h.published().toString());
        ho.set("deadline", json.deadline(h.deadline()));
        ho.put("status", h.status().key());
        ho.put("phase", h.phase(buildDate).key());
        Long daysLeft = h.daysLeft(buildDate);
        if (daysLeft != null) ho.put("days_left", daysLeft);
        if (h.opens() != null) ho.put("opens", h.opens().toString());
        json.optText(ho, "reason", h.reason());
        if (h.outcome() != null) {
          ObjectNode oc = ho.putObject("outcome");
          if (h.outcome().date() != null) oc.put("date", h.outcome().date().toString());
          json.optText(oc, "text", h.outcome().text());
          Json.optString(oc, "url", h.outcome().url());
        }
        if (h.respond() != null) {
          ObjectNode r = ho.putObject("respond");
          Json.optString(r, "url", h.respond().url());
          Json.optString(r, "email", h.respond().email());
        }
        Json.optString(ho, "source_url", h.sourceUrl());
        if (h.statement() != null) {
          ObjectNode s = ho.putObject("statement");
          if (h.statement().date() != null) s.put("date", h.statement().date().toString());
          json.optText(s, "by", h.statement().by());
        }
        ArrayNode docs = ho.putArray("documents");
        for (Document d : h.documents()) {
          ObjectNode dO = docs.addObject();
          dO.set("title", json.text(d.title()));
          String href = urls.document(d);
          dO.put("href", d.isLocal() ? urls.absolute(href) : href);
          Json.optString(dO, "type", d.type());
          if (d.size() != null) dO.put("size", d.size());
        }
        ArrayNode topics = ho.putArray("topics");
        h.topics().forEach(r -> topics.add(r.toString()));
        json.optText(ho, "body", h.body());
        ho.set("urls", pageUrls(lang -> urls.hearing(h, lang)));
      }
      return o;
    }
  }
}

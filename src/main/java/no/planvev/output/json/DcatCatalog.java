package no.planvev.output.json;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import no.planvev.model.Content;
import no.planvev.model.LText;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.SiteConfig;
import no.planvev.model.Urls;
import no.planvev.words.Words;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code data/catalog.jsonld}: the site's open data described in DCAT-AP-NO (the Norwegian profile
 * of DCAT-AP), as JSON-LD, so that data.norge.no can harvest it. One catalog with three datasets —
 * activities (CSV per language, project JSON, calendars), hearings (JSON, calendar) and plans
 * (JSON) — each with publisher, contact point, theme, access rights, licence and distributions with
 * format and media type from the EU and IANA vocabularies. Titles and descriptions come in every
 * site language that has them ({@code catalog.*} UI strings).
 */
final class DcatCatalog {

  private static final String EU = "http://publications.europa.eu/resource/authority/";
  private static final Map<String, String> LANGUAGES =
      Map.of(
          "nb", "NOB", "nn", "NNO", "se", "SME", "en", "ENG", "sma", "SMA", "smj", "SMJ", "fi",
          "FIN", "fkv", "FKV", "sv", "SWE");

  private DcatCatalog() {}

  static ObjectNode catalog(Content content, Urls urls, LocalDate buildDate, Words ui) {
    SiteConfig site = content.site();
    ObjectNode o = Json.object();
    ObjectNode ctx = o.putObject("@context");
    ctx.put("dcat", "http://www.w3.org/ns/dcat#");
    ctx.put("dct", "http://purl.org/dc/terms/");
    ctx.put("foaf", "http://xmlns.com/foaf/0.1/");
    ctx.put("vcard", "http://www.w3.org/2006/vcard/ns#");
    ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    o.put("@id", urls.absolute(Urls.dataCatalog()));
    o.put("@type", "dcat:Catalog");
    o.set("dct:title", text(site.title(), site));
    o.set(
        "dct:description",
        text(site.description().isEmpty() ? site.title() : site.description(), site));
    o.set("dct:publisher", publisher(site, urls));
    o.set("foaf:homepage", id(site.baseUrl()));
    o.set("dct:language", languages(site));
    o.set("dct:modified", date(buildDate));
    o.set("dct:license", id(site.options().licence().url()));
    ArrayNode datasets = o.putArray("dcat:dataset");
    Files activities = dataset(datasets, urls, "activities", ui, site, buildDate);
    activities.add(Urls.activitiesCsv(), Format.CSV, "activities.csv");
    activities.perLanguage(Urls::activitiesCsv, Format.CSV, l -> "activities." + l + ".csv");
    for (Project p : content.projects()) {
      activities.add(Urls.projectJson(p), Format.JSON, p.id() + ".json");
    }
    activities.perLanguage(Urls::deadlinesCalendar, Format.ICS, l -> "deadlines.ics (" + l + ")");
    Files hearings = dataset(datasets, urls, "hearings", ui, site, buildDate);
    hearings.add(Urls.hearingsJson(), Format.JSON, "hearings.json");
    hearings.perLanguage(Urls::hearingsCalendar, Format.ICS, l -> "hearings.ics (" + l + ")");
    if (IndicatorsCsv.any(content)) {
      Files indicators = dataset(datasets, urls, "indicators", ui, site, buildDate);
      indicators.add(Urls.indicatorsCsv(), Format.CSV, "indicators.csv");
      indicators.perLanguage(Urls::indicatorsCsv, Format.CSV, l -> "indicators." + l + ".csv");
    }
    if (JsonData.hasReports(content)) {
      dataset(datasets, urls, "reports", ui, site, buildDate)
          .add(Urls.reportsJson(), Format.JSON, "reports.json");
    }
    Files plans = dataset(datasets, urls, "plans", ui, site, buildDate);
    plans.add(Urls.siteJson(), Format.JSON, "site.json");
    for (Plan p : content.plans()) {
      plans.add(Urls.planJson(p), Format.JSON, p.id() + ".json");
    }
    return o;
  }

  /** A distribution's file type (EU vocabulary name) and its IANA media type. */
  private enum Format {
    CSV("text/csv"),
    JSON("application/json"),
    ICS("text/calendar");

    final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /** A dataset's list of distributions, each a file on the site. */
  private record Files(ArrayNode list, SiteConfig site, Urls urls) {

    void add(String path, Format format, String title) {
      String url = urls.absolute(path);
      ObjectNode d = list.addObject();
      d.put("@type", "dcat:Distribution");
      d.put("dct:title", title);
      d.set("dcat:accessURL", id(url));
      d.set("dcat:downloadURL", id(url));
      d.set("dct:format", id(EU + "file-type/" + format.name()));
      d.set(
          "dcat:mediaType", id("https://www.iana.org/assignments/media-types/" + format.mediaType));
      d.set("dct:license", id(site.options().licence().url()));
    }

    /** One file a site language, in site order. */
    void perLanguage(Function<String, String> path, Format format, Function<String, String> title) {
      for (String lang : site.languageCodes()) add(path.apply(lang), format, title.apply(lang));
    }
  }

  private static Files dataset(
      ArrayNode datasets, Urls urls, String name, Words ui, SiteConfig site, LocalDate buildDate) {
    ObjectNode d = datasets.addObject();
    d.put("@id", urls.absolute(Urls.dataCatalog()) + "#" + name);
    d.put("@type", "dcat:Dataset");
    d.set("dct:title", uiText(ui, "catalog." + name, site));
    d.set("dct:description", uiText(ui, "catalog." + name + "Text", site));
    d.set("dct:publisher", publisher(site, urls));
    if (site.publisher() != null && site.publisher().email() != null) {
      ObjectNode cp = d.putObject("dcat:contactPoint");
      cp.put("@type", "vcard:Organization");
      cp.set("vcard:hasEmail", id("mailto:" + site.publisher().email().strip()));
    }
    d.set("dcat:theme", id(EU + "data-theme/GOVE"));
    d.set("dct:accessRights", id(EU + "access-right/PUBLIC"));
    d.set("dct:language", languages(site));
    d.set("dct:modified", date(buildDate));
    d.set("dcat:landingPage", id(urls.absolute(site.defaultLanguage() + "/data/")));
    return new Files(d.putArray("dcat:distribution"), site, urls);
  }

  private static ObjectNode publisher(SiteConfig site, Urls urls) {
    ObjectNode p = Json.object();
    String url =
        site.publisher() != null
                && site.publisher().url() != null
                && site.publisher().url().matches("https?://.*")
            ? site.publisher().url()
            : site.baseUrl();
    p.put("@id", url);
    p.put("@type", "foaf:Agent");
    p.set(
        "foaf:name", text(site.publisher() != null ? site.publisher().name() : site.title(), site));
    return p;
  }

  private static ArrayNode languages(SiteConfig site) {
    ArrayNode a = Json.array();
    for (String lang : site.languageCodes()) {
      String code = LANGUAGES.get(lang);
      if (code != null) a.add(id(EU + "language/" + code));
    }
    return a;
  }

  /** A text as JSON-LD language-tagged values, in site order. */
  private static ArrayNode text(LText t, SiteConfig site) {
    ArrayNode a = Json.array();
    for (String lang : site.languageCodes()) {
      t.get(lang).ifPresent(v -> a.addObject().put("@value", v).put("@language", lang));
    }
    return a;
  }

  private static ArrayNode uiText(Words ui, String key, SiteConfig site) {
    ArrayNode a = Json.array();
    for (String lang : site.languageCodes()) {
      String v = ui.strings(lang).get(key);
      if (v != null) a.addObject().put("@value", v).put("@language", lang);
    }
    if (a.isEmpty()) a.addObject().put("@value", key).put("@language", "en");
    return a;
  }

  private static ObjectNode id(String iri) {
    ObjectNode o = Json.object();
    o.put("@id", iri);
    return o;
  }

  private static ObjectNode date(LocalDate d) {
    ObjectNode o = Json.object();
    o.put("@value", d.toString());
    o.put("@type", "xsd:date");
    return o;
  }
}

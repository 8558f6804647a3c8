package no.planvev.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Urls;

/**
 * What pages offer beyond their content: the embed snippet, calendars to subscribe to, feeds, and
 * the open data page. Paths of calendars, feeds and data come from their writers, so links and
 * files cannot drift apart.
 */
final class Offers {

  private final Content content;
  private final Embeds embeds;
  private final Map<String, Map<String, String>> ui;
  private final Urls urls;

  /** Per language, the UI strings borrowed from another language, with that language. */
  private final Map<String, Map<String, String>> uiLangs;

  Offers(Content content, Embeds embeds, Map<String, Map<String, String>> ui) {
    this(content, embeds, ui, Map.of());
  }

  Offers(
      Content content,
      Embeds embeds,
      Map<String, Map<String, String>> ui,
      Map<String, Map<String, String>> uiLangs) {
    this.uiLangs = uiLangs;
    this.content = content;
    this.embeds = embeds;
    this.ui = ui;
    this.urls = new Urls(content.site());
  }

  static String ui(Map<String, Map<String, String>> ui, View v, String key) {
    return ui.get(v.lang()).getOrDefault(key, key);
  }

  /** A content text as a heading; empty when missing. */
  static View.Txt text(View v, no.planvev.model.LText text) {
    View.Txt t = v.t(text);
    return t == null ? View.Txt.NONE : t;
  }

  private String title(View v, View.Txt heading) {
    return heading.text() + " – " + v.plain(content.site().title());
  }

  /**
   * A calendar or feed to subscribe to: {@code key}, the UI string of its name; {@code webcal}, a
   * calendar's {@code webcal:} address (null for a feed); {@code kind}: calendar or feed.
   */
  record Link(String key, String href, String webcal, String type, String kind) {}

  /** A full page's "Embed" box: the snippet of its embed page. */
  BiFunction<View, ChromeModel, ChromeModel> embed(Function<View, View.Txt> heading) {
    return (v, m) -> m.withEmbed(embeds.offer(v, v.path(), title(v, heading.apply(v))));
  }

  /** An embed page's own frame: its heading, title, look, height script and source link. */
  BiFunction<View, ChromeModel, ChromeModel> frame(Function<View, View.Txt> heading) {
    return (v, m) -> {
      View.Txt h = heading.apply(v);
      return m.withFrame(
          Embeds.frame(v, v.path().substring(Urls.EMBED_PREFIX.length()), h, title(v, h)));
    };
  }

  /** The project's calendar and the calendar of every deadline; the activities feed. */
  BiFunction<View, ChromeModel, ChromeModel> subscribeProject(Project p) {
    return (v, m) ->
        m.withSubscribe(
                List.of(
                    calendar(v, "subscribe.projectCalendar", Urls.projectCalendar(p, v.lang())),
                    calendar(v, "subscribe.deadlinesCalendar", Urls.deadlinesCalendar(v.lang()))))
            .withFeeds(List.of(activitiesFeed(v)));
  }

  /** The focus area's calendar; both feeds (its projects' activities, its hearings). */
  BiFunction<View, ChromeModel, ChromeModel> subscribeArea(Plan p, FocusArea a) {
    return (v, m) ->
        m.withSubscribe(
                List.of(calendar(v, "subscribe.areaCalendar", Urls.areaCalendar(p, a, v.lang()))))
            .withFeeds(bothFeeds(v));
  }

  /** The feeds in the head of a page that shows activities and hearings (home, plan, data). */
  BiFunction<View, ChromeModel, ChromeModel> feeds() {
    return (v, m) -> m.withFeeds(bothFeeds(v));
  }

  private static List<Link> bothFeeds(View v) {
    return List.of(
        activitiesFeed(v), feed(v, "subscribe.hearingsFeed", Urls.hearingsFeed(v.lang())));
  }

  private static Link activitiesFeed(View v) {
    return feed(v, "subscribe.activitiesFeed", Urls.activitiesFeed(v.lang()));
  }

  /** The calendar of every deadline and the activities feed. */
  BiFunction<View, ChromeModel, ChromeModel> subscribeTimeline() {
    return (v, m) ->
        m.withSubscribe(
                List.of(
                    calendar(v, "subscribe.deadlinesCalendar", Urls.deadlinesCalendar(v.lang())),
                    activitiesFeed(v)))
            .withFeeds(List.of(activitiesFeed(v)));
  }

  /** The period reports feed in the head (the data page lists it too). */
  BiFunction<View, ChromeModel, ChromeModel> reportsFeed() {
    return (v, m) ->
        m.withFeeds(List.of(feed(v, "subscribe.reportsFeed", Urls.reportsFeed(v.lang()))));
  }

  /** The hearings feed in the head; on the list also the links to subscribe. */
  BiFunction<View, ChromeModel, ChromeModel> subscribeHearings(boolean links) {
    return (v, m) -> {
      Link feed = feed(v, "subscribe.hearingsFeed", Urls.hearingsFeed(v.lang()));
      ChromeModel out = m.withFeeds(List.of(feed));
      return links
          ? out.withSubscribe(
              List.of(
                  calendar(v, "subscribe.hearingsCalendar", Urls.hearingsCalendar(v.lang())), feed))
          : out;
    };
  }

  /** A calendar: a {@code webcal:} link that calendar apps subscribe to, and the file itself. */
  private Link calendar(View v, String key, String path) {
    return new Link(key, v.link(path), webcal(path), "text/calendar", "calendar");
  }

  /** The calendar's absolute address with {@code webcal:} for {@code http(s):}. */
  String webcal(String path) {
    return urls.absolute(path).replaceFirst("^https?:", "webcal:");
  }

  private static Link feed(View v, String key, String path) {
    return new Link(key, v.link(path), null, "application/atom+xml", "feed");
  }

  /** The open data page's values: data files with their schemas, calendars, feeds. */
  DataPage data(View v) {
    List<DataPage.DataFile> files = new ArrayList<>();
    files.add(file(v, uiTxt(v, "data.site"), Urls.siteJson(), "site.schema.json"));
    for (Plan p : content.plans()) {
      files.add(file(v, text(v, p.title()), Urls.planJson(p), "plan.schema.json"));
    }
    for (Project p : content.projects()) {
      files.add(file(v, text(v, p.title()), Urls.projectJson(p), "project.schema.json"));
    }
    files.add(file(v, uiTxt(v, "data.hearings"), Urls.hearingsJson(), "hearings.schema.json"));
    if (no.planvev.output.json.JsonData.hasReports(content)) {
      files.add(file(v, uiTxt(v, "data.reports"), Urls.reportsJson(), "reports.schema.json"));
    }
    List<DataPage.Calendar> calendars = new ArrayList<>();
    calendars.add(
        cal(v, uiTxt(v, "subscribe.deadlinesCalendar"), Urls.deadlinesCalendar(v.lang())));
    calendars.add(cal(v, uiTxt(v, "subscribe.hearingsCalendar"), Urls.hearingsCalendar(v.lang())));
    for (Project p : content.projects()) {
      calendars.add(cal(v, text(v, p.title()), Urls.projectCalendar(p, v.lang())));
    }
    for (Plan p : content.plans()) {
      for (FocusArea a : p.focusAreas()) {
        calendars.add(cal(v, text(v, a.title()), Urls.areaCalendar(p, a, v.lang())));
      }
    }
    List<DataPage.Feed> feeds =
        new ArrayList<>(
            List.of(
                new DataPage.Feed(
                    uiTxt(v, "subscribe.hearingsFeed"), v.link(Urls.hearingsFeed(v.lang()))),
                new DataPage.Feed(
                    uiTxt(v, "subscribe.activitiesFeed"), v.link(Urls.activitiesFeed(v.lang())))));
    if (no.planvev.output.json.JsonData.hasReports(content)) {
      feeds.add(
          new DataPage.Feed(uiTxt(v, "subscribe.reportsFeed"), v.link(Urls.reportsFeed(v.lang()))));
    }
    var licence = content.site().options().licence();
    boolean indicators = no.planvev.output.json.JsonData.hasIndicators(content);
    return new DataPage(
        files,
        v.link(Urls.activitiesCsv(v.lang())),
        v.link(Urls.activitiesCsv()),
        v.link(Urls.dataCatalog()),
        new DataPage.Licence(licence.title(), licence.url(), licence.key()),
        calendars,
        feeds,
        indicators ? v.link(Urls.indicatorsCsv(v.lang())) : null,
        indicators ? v.link(Urls.indicatorsCsv()) : null);
  }

  private DataPage.Calendar cal(View v, View.Txt title, String path) {
    return new DataPage.Calendar(title, v.link(path), webcal(path));
  }

  /** A UI string as a text, with the language it is in (another when this one lacks it). */
  private View.Txt uiTxt(View v, String key) {
    String lang = uiLangs.getOrDefault(v.lang(), Map.of()).get(key);
    return new View.Txt(
        ui.get(v.lang()).getOrDefault(key, key), lang == null ? v.lang() : lang, lang != null);
  }

  private static DataPage.DataFile file(View v, View.Txt title, String path, String schema) {
    return new DataPage.DataFile(title, v.link(path), v.link(Urls.dataSchema(schema)));
  }
}

package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Embed pages, the Embed box on the pages they come from, subscribe links and open data. */
class EmbedPagesTest {

  static final String BASE = SiteRendererTest.BASE;
  static Map<String, Document> pages;

  /** Full page → its embed page, in both languages of the test site. */
  static final Map<String, String> EMBEDDABLE = new TreeMap<>();

  static {
    for (String p :
        List.of(
            "nb/planer/vest/",
            "nb/planer/vest/tjenester/",
            "nb/planer/vest/naering/",
            "nb/planer/vest/samferdsel/",
            "nb/prosjekter/digital/",
            "nb/tidslinje/",
            "nb/horinger/",
            "nb/horinger/arealdel/",
            "nb/horinger/helse/",
            "nb/horinger/vei/",
            "en/plans/vest/",
            "en/plans/vest/tjenester/",
            "en/plans/vest/naering/",
            "en/plans/vest/samferdsel/",
            "en/projects/digital/",
            "en/timeline/",
            "en/hearings/",
            "en/hearings/arealdel/",
            "en/hearings/helse/",
            "en/hearings/vei/")) {
      EMBEDDABLE.put(p + "index.html", "embed/" + p + "index.html");
    }
  }

  @BeforeAll
  static void renderSite() throws Exception {
    pages = new TreeMap<>();
    SiteRendererTest.render(TestSites.site())
        .forEach(
            (path, b) ->
                pages.put(path, Jsoup.parse(new String(b, StandardCharsets.UTF_8), BASE + path)));
  }

  static Document page(String path) {
    Document d = pages.get(path);
    assertNotNull(d, "no page " + path);
    return d;
  }

  static Map<String, Document> embedPages() {
    Map<String, Document> m = new TreeMap<>();
    pages.forEach(
        (p, d) -> {
          if (p.startsWith("embed/")) m.put(p, d);
        });
    return m;
  }

  /** The site path a link on {@code d} points at ("x/" read as "x/index.html"). */
  static String target(Element a) {
    String t =
        URI.create(a.absUrl("href")).getPath().substring(URI.create(BASE).getPath().length());
    return t.isEmpty() || t.endsWith("/") ? t + "index.html" : t;
  }

  @Test
  void everyEmbeddablePageHasAnEmbedPageInEachLanguageAndNothingElseIsEmbedded() {
    assertEquals(
        EMBEDDABLE.values().stream().sorted().toList(), embedPages().keySet().stream().toList());
  }

  @Test
  void embedPagesHaveNoSiteChromeButLangTitleOneHeadingAndASourceLink() {
    embedPages()
        .forEach(
            (path, d) -> {
              String lang = path.split("/")[1];
              assertEquals(lang, d.selectFirst("html").attr("lang"), path);
              assertFalse(d.title().isBlank(), path);
              assertTrue(
                  d.title()
                      .endsWith(
                          lang.equals("nb")
                              ? "Vest-Finnmark regionråd"
                              : "West Finnmark Regional Council"),
                  path + ": " + d.title());
              assertEquals(1, d.select("h1").size(), path);
              assertTrue(
                  d.select("header, nav, .skip, .site-footer, .embed-offer, textarea").isEmpty(),
                  path);
              assertNotNull(d.selectFirst("main"), path);
              assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"), path);
              assertEquals(
                  List.of("static/embed.css"),
                  d.select("link[rel=stylesheet]").stream().map(EmbedPagesTest::target).toList(),
                  path);
              assertEquals(
                  List.of("static/embed-frame.js"),
                  d.select("script").stream()
                      .map(s -> URI.create(s.absUrl("src")).getPath().substring(1))
                      .toList(),
                  path);
              Element source = d.selectFirst("footer .source a");
              assertNotNull(source, path);
              assertEquals(path.substring("embed/".length()), target(source), path);
            });
  }

  @Test
  void everyLinkInAnEmbedPageOpensInTheTopWindow() {
    embedPages()
        .forEach(
            (path, d) -> {
              assertEquals("_top", d.selectFirst("base").attr("target"), path);
              assertFalse(d.select("a[href]").isEmpty(), path);
              for (Element a : d.select("a[href]"))
                assertEquals("_top", a.attr("target"), path + ": " + a);
            });
  }

  @Test
  void embedBoxHoldsTheSnippetForThisPagesEmbedPageAndTheScript() {
    EMBEDDABLE.forEach(
        (full, embed) -> {
          Document d = page(full);
          Element box = d.selectFirst("details.embed-offer textarea[readonly]");
          assertNotNull(box, full);
          assertNotNull(d.selectFirst("label[for=" + box.id() + "]"), full);
          String embedUrl = BASE + embed.replaceAll("index\\.html$", "");
          Document snippet = Jsoup.parseBodyFragment(box.wholeText());
          Element div = snippet.selectFirst("div[data-planvev-embed]");
          assertEquals(embedUrl, div.attr("data-planvev-embed"), full);
          assertFalse(div.attr("data-title").isBlank(), full);
          Element script = snippet.selectFirst("script");
          assertEquals(BASE + "static/embed.js", script.attr("src"), full);
          assertTrue(script.hasAttr("async"), full);
          Element noscript = div.selectFirst("noscript");
          assertNotNull(noscript, full);
          Element iframe = Jsoup.parseBodyFragment(noscript.html()).selectFirst("iframe");
          assertEquals(embedUrl, iframe.attr("src"), full);
          assertEquals(div.attr("data-title"), iframe.attr("title"), full);
          assertTrue(Integer.parseInt(iframe.attr("height")) > 0, full);
          Element preview = d.selectFirst("details.embed-offer a");
          assertEquals(embed, target(preview), full);
          assertEquals(
              List.of("static/copy.js"),
              d.select("script[defer]").stream()
                  .map(s -> URI.create(s.absUrl("src")).getPath().substring(1))
                  .toList(),
              full);
          assertNull(d.selectFirst("button"), full + ": the copy button comes from the script");
        });
  }

  @Test
  void embedTitleMatchesTheEmbedPageTitle() {
    EMBEDDABLE.forEach(
        (full, embed) -> {
          String snippet = page(full).selectFirst("textarea").wholeText();
          String title = Jsoup.parseBodyFragment(snippet).selectFirst("div").attr("data-title");
          assertEquals(page(embed).title(), title, full);
        });
  }

  @Test
  void otherPagesHaveNoEmbedBoxAndNoScript() {
    pages.forEach(
        (path, d) -> {
          if (path.startsWith("embed/") || EMBEDDABLE.containsKey(path)) return;
          // The root has its own script: the language choice.
          String scripts =
              path.equals("index.html") ? "script:not([src=static/lang.js])" : "script";
          assertTrue(d.select(scripts + ", textarea, .embed-offer").isEmpty(), path);
        });
  }

  @Test
  void upcomingDeadlinesEmbedListsActivitiesNotYetDueAndOpenHearingsInDateOrder() {
    Document d = page("embed/nb/tidslinje/index.html");
    assertEquals("Kommende frister", d.selectFirst("h1").text());
    List<String> items = d.select("ol.deadlines li").eachText();
    assertFalse(items.isEmpty());
    assertTrue(
        items.stream()
            .allMatch(
                s ->
                    s.contains("Digital region")
                        || s.startsWith(
                            "15. februar 2018 Høring – arealdel Åpen – 26 dager igjen Høringsfrist")),
        items.toString());
    assertTrue(items.stream().anyMatch(s -> s.contains("Høring – arealdel")), items.toString());
    // Due 15 February 2018: before the activities due at the end of February and later.
    assertTrue(items.get(0).contains("Høring – arealdel"), "in date order: " + items);
    assertTrue(items.stream().anyMatch(s -> s.contains("Sluttrapport")), items.toString());
    assertTrue(
        items.stream().noneMatch(s -> s.contains("Kursplan") || s.contains("Kurs uke")),
        "done and overdue ones are not upcoming: " + items);
    List<String> due = d.select("ol.deadlines time").eachAttr("datetime");
    assertTrue(due.size() <= PageModels.UPCOMING_IN_EMBED);
  }

  @Test
  void openHearingsEmbedListsOnlyOpenHearings() {
    Document d = page("embed/en/hearings/index.html");
    assertEquals("Open hearings", d.selectFirst("h1").text());
    assertEquals(
        List.of("en/hearings/arealdel/index.html"),
        d.select("ul.hearings a").stream().map(EmbedPagesTest::target).toList());
  }

  @Test
  void planEmbedShowsFocusAreasWithWeightsAsText() {
    Document d = page("embed/en/plans/vest/index.html");
    assertEquals(
        List.of(
            "Municipal services Share: 50% Good services",
            "Business development Share: 30% Flere arbeidsplasser (Only available in Norwegian Bokmål)",
            "Transport Share: 20% Better roads"),
        d.select("ul.areas li").eachText());
  }

  @Test
  void projectEmbedShowsTheProjectTimelineWithToday() {
    Document d = page("embed/nb/prosjekter/digital/index.html");
    assertEquals("Tidslinje for Digital region", d.selectFirst("h1").text());
    assertNotNull(d.selectFirst("ol.tl li.today"));
    assertTrue(
        d.select("ol.tl .items li").eachText().stream().anyMatch(s -> s.contains("Kartlegging")));
  }

  @Test
  void subscribeLinksOfferTheCalendarsAndFeedsOfThePage() {
    assertEquals(
        List.of("nb/calendar/digital.ics", "nb/calendar/deadlines.ics"),
        links(page("nb/prosjekter/digital/index.html"), "section.subscribe a[type]"));
    assertEquals(
        List.of("en/calendar/deadlines.ics", "en/feeds/activities.atom"),
        links(page("en/timeline/index.html"), "section.subscribe a[type]"));
    assertEquals(
        List.of("nb/calendar/hearings.ics", "nb/feeds/hearings.atom"),
        links(page("nb/horinger/index.html"), "section.subscribe a[type]"));
    // Calendar apps subscribe to webcal: links; the file itself is the "download" link.
    assertEquals(
        List.of(
            "webcal://plan.example.no/nb/calendar/digital.ics",
            "webcal://plan.example.no/nb/calendar/deadlines.ics"),
        page("nb/prosjekter/digital/index.html")
            .select("section.subscribe a[href^=webcal:]")
            .eachAttr("href"));
    for (String p : List.of("nb/horinger/index.html", "nb/horinger/helse/index.html")) {
      assertEquals(
          List.of("nb/feeds/hearings.atom"),
          links(page(p), "link[rel=alternate][type=application/atom+xml]"),
          p);
    }
    assertEquals(
        "text/calendar",
        page("nb/horinger/index.html").selectFirst("section.subscribe a[type]").attr("type"));
  }

  @Test
  void footerLinksTheOpenDataPageWhichListsDataCalendarsAndFeeds() {
    assertEquals(
        "en/data/index.html", target(page("en/projects/index.html").select("footer a").last()));
    List<String> data = links(page("en/data/index.html"), "main a");
    assertTrue(
        data.containsAll(
            List.of(
                "data/site.json",
                "data/schema/site.schema.json",
                "data/plans/vest.json",
                "data/projects/digital.json",
                "data/hearings.json",
                "data/activities.csv",
                "en/calendar/deadlines.ics",
                "en/calendar/hearings.ics",
                "en/calendar/digital.ics",
                "en/feeds/hearings.atom",
                "en/feeds/activities.atom")),
        data.toString());
  }

  private static List<String> links(Document d, String css) {
    return d.select(css).stream().map(EmbedPagesTest::target).toList();
  }
}

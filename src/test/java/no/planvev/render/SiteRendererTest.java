package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SiteRendererTest {

  static final String BASE = "https://plan.example.no/";
  static Map<String, byte[]> bytes;
  static Map<String, Document> pages;
  static Set<String> staticPaths;

  @BeforeAll
  static void renderSite() throws Exception {
    bytes = render(TestSites.site());
    pages = new TreeMap<>();
    bytes.forEach((path, b) -> pages.put(path, Jsoup.parse(new String(b, StandardCharsets.UTF_8))));
    staticPaths =
        new java.util.HashSet<>(
            new SiteRenderer(TestSites.THEME, TestSites.ui(), new Problems())
                .staticFiles(TestSites.site()).stream()
                    .map(SiteRenderer.StaticFile::path)
                    .collect(Collectors.toSet()));
    staticPaths.addAll(machinePaths(TestSites.site()));
  }

  /** The data, calendar and feed files the build writes beside the pages; pages link to them. */
  static Set<String> machinePaths(Content content) {
    var urls = new no.planvev.model.Urls(content.site());
    Set<String> paths = new java.util.TreeSet<>();
    for (var f : no.planvev.output.json.JsonData.write(content, urls, TestSites.TODAY)) {
      paths.add(f.path());
    }
    for (var f :
        no.planvev.output.ics.IcsWriter.write(
            content, urls, TestSites.TODAY, no.planvev.words.Words.builtIn())) {
      paths.add(f.path());
    }
    for (var f :
        no.planvev.output.atom.AtomWriter.write(
            content, urls, TestSites.TODAY, no.planvev.words.Words.builtIn())) {
      paths.add(f.path());
    }
    return paths;
  }

  static boolean isEmbed(String path) {
    return path.startsWith("embed/");
  }

  static Map<String, byte[]> render(Content content) throws Exception {
    Problems problems = new Problems();
    SiteRenderer r = new SiteRenderer(TestSites.THEME, TestSites.ui(), problems);
    Map<String, byte[]> out = new TreeMap<>();
    for (SiteRenderer.PageJob job : r.pages(content, TestSites.TODAY)) {
      byte[] previous = out.put(job.path(), job.render().call());
      assertEquals(null, previous, "two pages at " + job.path());
    }
    assertEquals(List.of(), problems.all());
    return out;
  }

  Document page(String path) {
    Document d = pages.get(path);
    assertNotNull(d, "no page " + path + " in " + pages.keySet());
    return d;
  }

  @Test
  void rendersEveryPageInEveryLanguage() {
    assertTrue(
        pages
            .keySet()
            .containsAll(
                List.of(
                    "index.html",
                    "404.html",
                    "nb/index.html",
                    "en/index.html",
                    "nb/planer/index.html",
                    "nb/planer/vest/index.html",
                    "nb/planer/vest/tjenester/index.html",
                    "en/plans/vest/naering/index.html",
                    "nb/prosjekter/index.html",
                    "nb/prosjekter/digital/index.html",
                    "en/projects/digital/index.html",
                    "nb/tidslinje/index.html",
                    "en/timeline/index.html",
                    "nb/horinger/index.html",
                    "nb/horinger/arealdel/index.html",
                    "en/hearings/vei/index.html",
                    "nb/om/index.html",
                    "en/kontakt/index.html",
                    "nb/404.html",
                    "en/404.html")),
        pages.keySet().toString());
  }

  @Test
  void everyPageHasOneH1AndNoSkippedHeadingLevels() {
    checkHeadings(pages);
  }

  static void checkHeadings(Map<String, Document> pages) {
    pages.forEach(
        (path, d) -> {
          assertEquals(1, d.select("h1").size(), path);
          int prev = 0;
          for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertTrue(level <= prev + 1, path + ": " + h.outerHtml() + " after h" + prev);
            prev = level;
          }
        });
  }

  @Test
  void everyPageHasLandmarksLangViewportSkipLinkAndFooter() {
    pages.forEach(
        (path, d) -> {
          if (isEmbed(path)) return; // EmbedPagesTest checks those
          assertFalse(d.selectFirst("html").attr("lang").isEmpty(), path);
          assertNotNull(d.selectFirst("meta[name=viewport]"), path);
          assertFalse(d.title().isEmpty(), path);
          assertEquals("#main", d.selectFirst("a.skip").attr("href"), path);
          assertNotNull(d.selectFirst("main#main"), path);
          assertNotNull(d.selectFirst("header nav[aria-label]"), path);
          assertTrue(d.selectFirst("footer").text().contains("post@example.no"), path);
          assertNotNull(d.selectFirst("footer a[href^=https://uustatus.no]"), path);
          assertTrue(d.selectFirst("link[rel=canonical]").attr("href").startsWith(BASE), path);
          assertTrue(d.select("[onload], [onclick], [onerror]").isEmpty(), path);
          // The only scripts: the root's language choice, and the copy button of the Embed box,
          // deferred, where there is a box.
          for (Element s : d.select("script")) {
            if (path.equals("index.html")) {
              assertEquals("static/lang.js", s.attr("src"), path);
              continue;
            }
            assertTrue(s.attr("src").endsWith("static/copy.js") && s.hasAttr("defer"), path);
            assertNotNull(d.selectFirst("textarea[data-copy]"), path);
          }
        });
  }

  @Test
  void everyInternalLinkResolvesToARenderedPageOrAnchor() {
    checkLinks(pages, staticPaths);
  }

  static void checkLinks(Map<String, Document> pages, Set<String> staticPaths) {
    pages.forEach(
        (path, d) -> {
          for (Element a : d.select("a[href], link[rel=stylesheet]")) {
            String href = a.attr("href");
            if (href.startsWith("https:")
                || href.startsWith("http:")
                || href.startsWith("mailto:")) {
              continue;
            }
            URI target =
                href.startsWith("/")
                    ? URI.create(BASE).resolve(href.substring(1))
                    : URI.create(BASE + path).resolve(href);
            String t = target.getPath().substring(1);
            if (t.isEmpty() || t.endsWith("/")) t += "index.html";
            if (pages.containsKey(t)) {
              String frag = target.getFragment();
              if (frag != null) {
                assertNotNull(pages.get(t).getElementById(frag), path + ": " + href);
              }
            } else {
              assertTrue(staticPaths.contains(t), path + ": " + href + " → " + t);
            }
          }
        });
  }

  /** The pages of the test site with no English text: bokmål alone is advertised for them. */
  private static final List<String> UNTRANSLATED =
      List.of("/horinger/vei/", "/hearings/vei/", "/om/");

  @Test
  void hreflangAlternatesAreReciprocalAndIncludeSelfAndXDefault() {
    pages.forEach(
        (path, d) -> {
          if (path.equals("index.html") || path.equals("404.html") || isEmbed(path)) return;
          List<String> langs = d.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
          // A page with no text of its own in a language is advertised in the others only.
          if (langs.isEmpty() && UNTRANSLATED.stream().anyMatch(path::contains)) return;
          assertEquals(List.of("nb", "en", "x-default"), langs, path);
          assertEquals(
              BASE + path.replaceAll("index\\.html$", ""),
              d.selectFirst(
                      "link[rel=alternate][hreflang=" + d.selectFirst("html").attr("lang") + "]")
                  .attr("href"),
              path);
          for (Element alt : d.select("link[rel=alternate][hreflang]")) {
            String other = alt.attr("href").substring(BASE.length());
            if (other.isEmpty() || other.endsWith("/")) other += "index.html";
            Document o = page(other);
            assertTrue(
                o.select("link[rel=alternate][hreflang]")
                    .eachAttr("href")
                    .contains(BASE + path.replaceAll("index\\.html$", "")),
                path + " ↔ " + other);
          }
        });
  }

  @Test
  void aPageIsAdvertisedOnlyInTheLanguagesItHasTextIn() {
    // The hearing "vei" has no English file: its English page exists (links never break) but
    // no page points to it as an alternate, and its own menu offers bokmål alone.
    Document nb = page("nb/horinger/vei/index.html");
    assertEquals(List.of(), nb.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
    assertEquals(List.of(), nb.select("nav.lang a").eachAttr("hreflang"));
    Document en = page("en/hearings/vei/index.html");
    assertEquals(List.of(), en.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
    assertEquals(List.of("nb"), en.select("nav.lang a").eachAttr("hreflang"));
  }

  @Test
  void languageSwitcherLinksTheSamePageWithHreflangAndLang() {
    Element link = page("nb/planer/vest/tjenester/index.html").selectFirst("nav.lang a");
    assertEquals("en", link.attr("hreflang"));
    assertEquals("en", link.attr("lang"));
    assertEquals("../../../../en/plans/vest/tjenester/", link.attr("href"));
  }

  @Test
  void fallbackTextCarriesItsLangAndAVisibleNotice() {
    Document en = page("en/index.html");
    Element lead = en.selectFirst("p.lead");
    assertEquals("nb", lead.selectFirst("span[lang]").attr("lang"));
    assertEquals("Plan, prosjekter og høringer i regionen.", lead.selectFirst("span[lang]").text());
    assertEquals("(Only available in Norwegian Bokmål)", lead.selectFirst(".fallback").text());
    Document page = page("en/om/index.html");
    assertEquals("nb", page.selectFirst("h1 span").attr("lang"));
    assertNotNull(page.selectFirst("div.prose[lang=nb]"));
    Document nb = page("nb/index.html");
    assertTrue(nb.select(".fallback").isEmpty(), "nb pages show nb texts");
  }

  @Test
  void rawHtmlInMarkdownIsEscaped() {
    Document plan = page("nb/planer/vest/index.html");
    assertTrue(plan.select("main script, main img[onerror]").isEmpty());
    String text = plan.selectFirst("main").text();
    assertTrue(text.contains("<script>alert('x')</script>"), text);
    assertTrue(text.contains("<img src=x onerror=alert(1)>"), text);
  }

  @Test
  void unsafeLinkSchemesAreRemovedAndSafeOnesKept() {
    Element prose = page("nb/planer/vest/index.html").select("main .prose").last();
    assertTrue(prose.select("a[href*=script:], img[src^=data:]").isEmpty(), prose.html());
    assertTrue(prose.text().contains("farlig"));
    assertNotNull(prose.selectFirst("a[href=https://example.no/]"));
    assertNotNull(prose.selectFirst("a[href=../../om/]"), "relative links stay as written");
    assertNotNull(prose.selectFirst("table th"));
  }

  @Test
  void markdownHeadingsAreShiftedUnderThePageHeadings() {
    Document plan = page("nb/planer/vest/index.html");
    Element intro = plan.select("main .prose").last();
    assertEquals("h3", intro.selectFirst("#bakgrunn").tagName());
    assertEquals("h4", intro.selectFirst("#tabell").tagName());
    Document area = page("nb/planer/vest/tjenester/index.html");
    assertEquals("h2", area.selectFirst("#om-tjenestene").tagName());
    assertEquals("h3", area.selectFirst("#detaljer").tagName(), "### after # is one level deeper");
  }

  @Test
  void overdueActivitiesHaveATextTag() {
    Document project = page("nb/prosjekter/digital/index.html");
    Element card =
        project.select("li.activity").stream()
            .filter(li -> li.text().contains("Kurs uke"))
            .findFirst()
            .orElseThrow();
    assertEquals("Forsinket 4 uker", card.selectFirst(".tag").text(), "says by how much");
    Element done =
        project.select("li.activity").stream()
            .filter(li -> li.text().contains("Kursplan"))
            .findFirst()
            .orElseThrow();
    assertEquals("Fullført", done.selectFirst(".tag").text());
    assertEquals("2017-11-30", done.selectFirst("time").attr("datetime"));
    Document home = page("en/index.html");
    assertTrue(home.selectFirst("#late").parent().text().contains("activities are late"));
  }

  @Test
  void postponedInitiativeShowsItsStatusNote() {
    Element section = page("nb/prosjekter/digital/index.html").getElementById("i-areal").parent();
    assertEquals("Utsatt", section.selectFirst(".tag").text());
    assertTrue(
        section
            .selectFirst(".status-note")
            .text()
            .contains("Avventer ny arealdel til kommuneplanen"));
  }

  @Test
  void timelineListIsChronologicalWithTodayBetweenPastAndFuture() {
    Document d = page("nb/tidslinje/index.html");
    List<String> datetimes = new ArrayList<>();
    int todayIndex = -1;
    for (Element li : d.select("ol.tl-list li.tl-today, ol.tl-list li.tl-item")) {
      if (li.hasClass("tl-today")) {
        assertEquals(-1, todayIndex, "one today marker");
        todayIndex = datetimes.size();
      } else {
        datetimes.add(dueOf(li));
      }
    }
    assertTrue(todayIndex > 0, "today marker is there and not first");
    List<String> sorted = new ArrayList<>(datetimes);
    sorted.sort(null);
    assertEquals(sorted, datetimes);
    for (int i = 0; i < datetimes.size(); i++) {
      boolean past = datetimes.get(i).compareTo("2018-01-20") < 0;
      assertEquals(i < todayIndex, past, "item " + datetimes.get(i) + " at " + i);
    }
    assertNotNull(d.selectFirst(".tl-chart[aria-hidden=true]"));
    assertTrue(d.select(".tl-chart a, .tl-chart [tabindex]").isEmpty());
    assertFalse(d.select(".tl-chart .tl-diamond").isEmpty());
    assertFalse(d.select(".tl-chart .tl-bar").isEmpty());
  }

  /** The due day of a list item, from its group's and its own datetime (hearings included). */
  private static String dueOf(Element item) {
    String title = item.selectFirst(".tl-what").text();
    for (Content c : List.of(TestSites.site())) {
      for (var p : c.projects()) {
        for (var a : p.allActivities()) {
          if (title.startsWith(a.title().get("nb").orElse("?") + " ")) {
            return a.deadline().due().toString();
          }
        }
      }
      for (var h : c.hearings()) {
        if (title.startsWith(h.title().get("nb").orElse("?") + " ")) {
          return h.deadline().due().toString();
        }
      }
    }
    throw new AssertionError("unknown item " + title);
  }

  @Test
  void projectPageHasItsOwnTimeline() {
    Document d = page("en/projects/digital/index.html");
    assertEquals(8 + 1, d.select(".tl-chart .tl-rows > li").size());
    assertTrue(d.select("ol.tl-list").isEmpty(), "the activities below are the chart's text");
  }

  @Test
  void projectPageShowsEachActivityOnceWithItsOwnAnchorAfterTheSummaryAndTimeline() {
    Document d = page("en/projects/digital/index.html");
    List<String> ids = d.select("li.activity").eachAttr("id");
    assertEquals(8 + 1, ids.size());
    assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids are unique: " + ids);
    assertTrue(ids.stream().allMatch(i -> i.startsWith("aktivitet-")), ids.toString());
    Element main = d.selectFirst("main");
    int summary = main.select("*").indexOf(main.selectFirst("dl.summary"));
    int chart = main.select("*").indexOf(main.selectFirst(".tl-chart"));
    int first = main.select("*").indexOf(main.selectFirst("li.activity"));
    assertTrue(summary < chart && chart < first, "summary, then timeline, then activities");
  }

  @Test
  void timelineLinksEachActivityToItsAnchorOnTheProjectPage() {
    Document d = page("en/timeline/index.html");
    for (Element a : d.select("ol.tl-list .tl-what a[href*=projects]")) {
      String href = a.attr("href");
      assertTrue(href.matches(".*/projects/[a-z-]+/#aktivitet-[a-z0-9-]+"), href);
      String target = href.substring(href.indexOf("#") + 1);
      Document project =
          page("en/projects/" + href.replaceAll(".*/projects/([a-z-]+)/.*", "$1") + "/index.html");
      assertNotNull(project.getElementById(target), href);
    }
  }

  @Test
  void homeListsOpenHearingsWithDaysLeftBeforeEverythingElse() {
    Document d = page("nb/index.html");
    List<String> order = d.select("main h2").eachAttr("id");
    assertEquals(List.of("open-hearings", "next-deadlines", "plan-progress", "late"), order);
    assertTrue(
        d.selectFirst("li.home-hearing").text().contains("26 dager igjen"),
        d.selectFirst("li.home-hearing").text());
  }

  @Test
  void hearingsAreListedOpenFirstThenByDeadline() {
    List<String> titles = page("nb/horinger/index.html").select("main .cards h2").eachText();
    assertEquals(List.of("Høring – arealdel", "Høring – veier", "Høring – helse"), titles);
  }

  @Test
  void hearingPageShowsMetadataAsASummaryList() {
    Document d = page("nb/horinger/helse/index.html");
    List<String> terms = d.select("dl.summary dt").eachText();
    assertEquals(
        List.of(
            "Sendt på høring av",
            "Publisert",
            "Høringsfrist",
            "Status",
            "Uttalelse vedtatt",
            "Vedtatt av"),
        terms);
    assertEquals("Besvart", d.selectFirst("dl.summary .tag").text());
    assertEquals("h3", d.selectFirst("#begrunnelse").tagName());
    Document open = page("en/hearings/arealdel/index.html");
    assertEquals(
        "../../../assets/notat.pdf",
        open.select("main ul a").stream()
            .filter(a -> a.text().contains("Consultation"))
            .findFirst()
            .orElseThrow()
            .attr("href"));
  }

  @Test
  void planShowsWeightsAsATableThatReadsAsText() {
    Element table = page("en/plans/vest/index.html").selectFirst("table.weights");
    assertEquals(
        List.of("Municipal services", "Business development", "Transport"),
        table.select("tbody th[scope=row]").eachText());
    assertEquals(List.of("50%", "30%", "20%"), table.select("tbody td .weight").eachText());
    assertEquals(
        "50 %", page("nb/planer/vest/index.html").selectFirst("table.weights td .weight").text());
  }

  @Test
  void mainMenuListsSectionsThenPagesInMenuOrder() {
    Document d = page("nb/om/index.html");
    assertEquals(
        List.of(
            "Forside", "Plan", "Prosjekter", "Tidslinje", "Høringer", "Om regionrådet", "Kontakt"),
        d.select("details.menu nav a").eachText());
    assertEquals("page", d.selectFirst("details.menu nav a[href=./]").attr("aria-current"));
    assertEquals(
        List.of("Om regionrådet", "Kontakt"),
        d.select("footer nav a").eachText(),
        "content pages (long titles) are in the footer menu too");
    assertEquals(
        "nb",
        page("en/om/index.html").select("details.menu nav a").get(5).attr("lang"),
        "a page title in a fallback language keeps its lang in the menu");
  }

  @Test
  void rootLinksEveryLanguageAndLetsAScriptChooseWithoutARefresh() {
    Document d = page("index.html");
    assertNull(d.selectFirst("meta[http-equiv=refresh]"), "a reader without JavaScript chooses");
    assertEquals("static/lang.js", d.selectFirst("script[defer]").attr("src"));
    assertEquals(List.of("nb/", "en/"), d.select("main ul.languages a").eachAttr("href"));
    Document notFound = page("404.html");
    assertEquals("nb", notFound.selectFirst("html").attr("lang"));
    assertEquals("/nb/", notFound.selectFirst("main a").attr("href"));
  }

  @Test
  void outputIsDeterministic() throws Exception {
    Map<String, byte[]> again = render(TestSites.site());
    assertEquals(bytes.keySet(), again.keySet());
    bytes.forEach((k, v) -> assertArrayEquals(v, again.get(k), k));
  }

  @Test
  void staticFilesIncludeTheStylesheetAndContentAssets() {
    assertTrue(staticPaths.contains("static/planvev.css"));
    assertTrue(staticPaths.contains("assets/notat.pdf"));
  }
}

package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness itself, on two tiny fixture sites: {@code good/} passes every check and {@code bad/}
 * fails each one, so a green DemoSiteIT means something.
 */
class HarnessIT {

  private static final Predicate<URI> STATEMENT = u -> u.getPath().endsWith("/tilgjengelighet/");

  private static Path fixtures;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws URISyntaxException {
    fixtures = Path.of(HarnessIT.class.getResource("/browser").toURI());
    server = StaticServer.serve(fixtures);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  private static Document parse(String sitePath) throws Exception {
    return Jsoup.parse(
        fixtures.resolve(sitePath + "index.html").toFile(), "UTF-8", server.url(sitePath));
  }

  @Test
  void goodPagesPassEveryCheck() throws Exception {
    for (String page : List.of("good/en/", "good/nb/")) {
      String lang = page.substring(5, 7);
      Document doc = parse(page);
      List<String> problems = new ArrayList<>();
      problems.addAll(PageChecks.headings(doc));
      problems.addAll(PageChecks.lang(doc, lang));
      problems.addAll(PageChecks.footerStatementLink(doc, server.url(page), STATEMENT));
      browser.open(server.url(page), 320);
      problems.addAll(PageChecks.noHorizontalScroll(browser));
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      problems.addAll(browser.axeViolations());
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      problems.addAll(PageChecks.skipLink(browser));
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      List<String> reached = new ArrayList<>();
      problems.addAll(PageChecks.tabOrder(browser, reached));
      assertEquals(List.of(), problems, page);
      assertEquals(doc.select("a[href]").size(), reached.size(), page + " tab stops: " + reached);
      assertTrue(reached.get(0).startsWith("a.skip"), reached.toString());
    }
  }

  @Test
  void axeReportsEachViolationWithRuleImpactAndTarget() {
    browser.open(server.url("bad/nb/"), Browser.DESKTOP_WIDTH);
    String report = String.join("\n", browser.axeViolations());
    assertTrue(report.contains("image-alt (critical)"), report);
    assertTrue(report.contains("color-contrast (serious)"), report);
    assertTrue(report.contains(".faint"), report);
    assertTrue(report.contains("list (serious)"), report);
  }

  @Test
  void structureChecksFailOnTheBadPage() throws Exception {
    Document doc = parse("bad/nb/");
    assertEquals(
        List.of(
            "expected exactly one <h1>, found 2",
            "heading level skipped: <h4> \"From h1 to h4\" follows <h1>"),
        PageChecks.headings(doc));
    assertEquals(
        List.of("<html lang=\"en\"> but the page is in \"nb\""), PageChecks.lang(doc, "nb"));
    assertEquals(
        List.of("no link to the accessibility statement in the <footer>"),
        PageChecks.footerStatementLink(doc, server.url("bad/nb/"), STATEMENT));
  }

  @Test
  void reflowCheckNamesTheElementThatScrollsSideways() {
    browser.open(server.url("bad/nb/"), 320);
    List<String> problems = PageChecks.noHorizontalScroll(browser);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("div.wide"), problems.get(0));
    browser.open(server.url("bad/nb/"), 1280);
    assertEquals(List.of(), PageChecks.noHorizontalScroll(browser));
  }

  @Test
  void keyboardChecksFailWithoutSkipLinkWithPositiveTabindexAndWithoutFocusRing() {
    browser.open(server.url("bad/nb/"), Browser.DESKTOP_WIDTH);
    List<String> skip = PageChecks.skipLink(browser);
    assertEquals(1, skip.size(), skip.toString());
    assertTrue(
        skip.get(0).startsWith("the first focusable element is not a skip link: a[href=\"../\"]"),
        skip.get(0));
    browser.open(server.url("bad/nb/"), Browser.DESKTOP_WIDTH);
    List<String> order = PageChecks.tabOrder(browser, new ArrayList<>());
    assertEquals(2, order.size(), order.toString());
    assertTrue(
        order
            .get(0)
            .endsWith(
                "with no visible focus indicator (no outline or box-shadow;" + " WCAG 2.4.7)"),
        order.get(0));
    assertTrue(order.get(1).startsWith("Tab #1 focused a[href=\"../\"]"), order.get(1));
  }

  @Test
  void strictSkipLinkCheckWantsTheFocusOnTheTarget() {
    // good/nb's <main> has no tabindex: the next Tab still goes the right way, focus does not move.
    browser.open(server.url("good/nb/"), Browser.DESKTOP_WIDTH);
    assertEquals(List.of(), PageChecks.skipLink(browser));
    browser.open(server.url("good/nb/"), Browser.DESKTOP_WIDTH);
    List<String> strict = PageChecks.skipLink(browser, true);
    assertEquals(1, strict.size(), strict.toString());
    assertTrue(strict.get(0).endsWith("give the target tabindex=\"-1\""), strict.get(0));
    browser.open(server.url("good/en/"), Browser.DESKTOP_WIDTH);
    assertEquals(List.of(), PageChecks.skipLink(browser, true));
  }

  @Test
  void vnuPassesTheGoodSiteAndReportsErrorsOnTheBadOne() {
    // One run over both fixture sites: each vnu run is a JVM start.
    List<String> errors = Vnu.errors(fixtures);
    assertEquals(List.of(), errors.stream().filter(e -> e.contains("good/")).toList());
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.contains("bad/nb/index.html") && e.contains("error:") && e.contains("“div”")),
        String.join("\n", errors));
  }
}

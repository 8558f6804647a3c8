package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's period report in a real browser: the report and the list of reports in nb and en at
 * 375 and 1280 px fit the viewport, axe and the Nu checker find nothing, printing hides the menu,
 * the languages, the footer and the embed box and numbers the pages, and the screenshots in
 * docs/screenshots are written.
 */
class ReportIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final String REPORT_NB = "nb/rapporter/2017-h2/";
  private static final String REPORT_EN = "en/reports/2017-h2/";
  private static final List<String> PAGES =
      List.of("nb/rapporter/", REPORT_NB, "en/reports/", REPORT_EN);
  private static final List<Integer> WIDTHS = List.of(375, 1280);

  private static Path tmp;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-report-");
    site = tmp.resolve("site");
    BuildResult result =
        Builder.build(
            new BuildOptions(Path.of("content"), Path.of("templates"), site, null, DATE, false));
    assertTrue(result.ok(), () -> "the demo site does not build:\n" + result.problems());
    for (String p : PAGES) {
      assertTrue(Files.isRegularFile(site.resolve(p + "index.html")), p + " was not built");
    }
    server = StaticServer.serve(site);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) browser.close();
    if (server != null) server.close();
    if (tmp != null) {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void theReportShowsItsPeriodAndChangesAndFitsPhoneAndDesktop() {
    for (String page : List.of(REPORT_NB, REPORT_EN)) {
      for (int width : WIDTHS) {
        browser.open(server.url(page), width);
        @SuppressWarnings("unchecked")
        Map<String, Object> r =
            (Map<String, Object>)
                browser.js(
                    "const a = document.querySelector('article.report');"
                        + " return {h1: a.querySelector('h1').textContent,"
                        + " period: a.querySelector('.summary dd').textContent,"
                        + " changes: a.querySelectorAll('.report-changes li').length,"
                        + " feed: document.head.querySelector('link[rel=alternate][href$=\"feeds/reports.atom\"]')"
                        + " !== null,"
                        + " scroll: document.documentElement.scrollWidth,"
                        + " viewport: document.documentElement.clientWidth};");
        assertTrue(((Number) r.get("changes")).intValue() > 0, page + ": " + r);
        assertEquals(Boolean.TRUE, r.get("feed"), page + ": the reports feed in the head");
        assertTrue(
            ((Number) r.get("scroll")).doubleValue() <= ((Number) r.get("viewport")).doubleValue(),
            page + " @" + width + ": " + r);
        assertEquals(page.startsWith("nb") ? "2. halvår 2017" : "H2 2017", r.get("period"), page);
      }
    }
  }

  @Test
  void axeFindsNothingOnTheReportsListAndTheReport() {
    List<String> found = new ArrayList<>();
    for (String page : PAGES) {
      for (int width : WIDTHS) {
        browser.open(server.url(page), width);
        for (String v : browser.axeViolations()) found.add(page + " @" + width + ": " + v);
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void vnuAcceptsTheReportsListAndTheReport() throws IOException {
    Path only = tmp.resolve("vnu");
    for (String page : PAGES) {
      Path to = only.resolve(page.replace('/', '_') + ".html");
      Files.createDirectories(to.getParent());
      Files.copy(site.resolve(page + "index.html"), to);
    }
    List<String> errors = Vnu.errors(only);
    assertEquals(List.of(), errors, () -> String.join("\n", errors));
  }

  /** A meeting paper: no menu, languages, footer or embed box; the report itself; page numbers. */
  @Test
  void printHidesNavigationFooterAndEmbedBoxAndNumbersThePages() {
    for (String page : List.of(REPORT_NB, REPORT_EN)) {
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertEquals(Boolean.TRUE, browser.js("return matchMedia('print').matches;"));
        for (String sel :
            List.of(
                ".menu",
                "header nav",
                ".lang",
                ".skip",
                ".site-footer",
                ".footer-menu",
                ".embed-offer",
                ".subscribe")) {
          assertEquals(
              "none",
              browser.js(
                  "const e = document.querySelector('"
                      + sel
                      + "');"
                      + "return e ? getComputedStyle(e).display : 'none';"),
              page + ": " + sel + " in print");
        }
        for (String sel : List.of("article.report", "article.report h1", ".report-changes")) {
          assertTrue(
              !"none"
                  .equals(
                      browser.js(
                          "return getComputedStyle(document.querySelector('"
                              + sel
                              + "')).display;")),
              page + ": " + sel + " is printed");
        }
        assertEquals(
            Boolean.TRUE,
            browser.js(
                "return [...document.styleSheets]"
                    + ".flatMap(s => [...s.cssRules]).some(r => r instanceof CSSPageRule"
                    + " && r.cssText.includes('counter(page)'));"),
            "page numbers via @page");
      } finally {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
      assertEquals(
          "none"
              .equals(
                  browser.js(
                      "const e = document.querySelector('.site-footer');"
                          + "return e ? getComputedStyle(e).display : 'none';")),
          false,
          "the footer is back on screen");
    }
  }

  /** docs/screenshots/report-375.png and report-1280.png: the nb report, whole page. */
  @Test
  void writesScreenshots() throws IOException {
    Path out = Path.of("docs", "screenshots");
    Files.createDirectories(out);
    for (int width : WIDTHS) {
      byte[] png = browser.fullPageScreenshot(server.url(REPORT_NB), width);
      assertTrue(png.length > 5_000, "report screenshot of " + png.length + " B");
      Files.write(out.resolve("report-" + width + ".png"), png);
    }
  }
}

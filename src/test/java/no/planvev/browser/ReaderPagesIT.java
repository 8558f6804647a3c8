package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The demo (built for 23 November 2026, when the hearing on the regional business strategy is open)
 * measured in a real browser with getBoundingClientRect: what a reader needs comes first.
 */
class ReaderPagesIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final String HOME = "nb/";
  private static final String PROJECT = "nb/prosjekter/naeringsvennlig-kommune/";
  private static final String TIMELINE = "nb/tidslinje/";

  private static Path tmp;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-reader-");
    Path site = tmp.resolve("site");
    BuildResult result =
        Builder.build(
            new BuildOptions(Path.of("content"), Path.of("templates"), site, null, DATE, false));
    assertTrue(result.ok(), () -> "the demo site does not build:\n" + result.problems());
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

  /** The top of the first element matching {@code selector}, in CSS px from the page's top. */
  private static double top(String selector) {
    Object top =
        browser.js(
            "const e = document.querySelector(arguments[0]);"
                + " return e ? e.getBoundingClientRect().top + window.scrollY : -1;",
            selector);
    double y = ((Number) top).doubleValue();
    assertTrue(y >= 0, selector + " is not on " + browser.driver().getCurrentUrl());
    return y;
  }

  private static double pageHeight() {
    return ((Number) browser.js("return document.documentElement.getBoundingClientRect().height;"))
        .doubleValue();
  }

  @Test
  void homeShowsAnOpenHearingWithinTheFirst1000PxOnAPhone() {
    browser.open(server.url(HOME), 375);
    double y = top("li.home-hearing a");
    assertTrue(y < 1000, "the open hearing starts at " + y + " px on a 375 px phone");
    String when =
        (String)
            browser.js("return document.querySelector('li.home-hearing .home-when').textContent;");
    assertTrue(when.contains("67 dager igjen"), "days left: " + when);
  }

  @Test
  void projectTimelineStartsWithin2500PxAndThePageIsUnder8000PxOnAPhone() {
    browser.open(server.url(PROJECT), 375);
    double y = top(".tl-chart");
    double h = pageHeight();
    System.out.println("project page at 375 px: timeline at " + y + " px, page " + h + " px");
    assertTrue(y < 2500, "the timeline starts at " + y + " px");
    assertTrue(h < 8000, "the project page is " + h + " px tall");
  }

  @Test
  void noTimelineRowIsNarrowerThan2PercentOfTheChartAt1280Px() {
    for (String page : List.of(PROJECT, TIMELINE)) {
      browser.open(server.url(page), 1280);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows =
          (List<Map<String, Object>>)
              browser.js(
                  "const out = [];"
                      + " for (const c of document.querySelectorAll('.tl-chart')) {"
                      + "  const w = c.querySelector('.tl-track').getBoundingClientRect().width;"
                      + "  for (const r of c.querySelectorAll('.tl-rows > li')) {"
                      + "   const m = r.querySelector('.tl-bar, .tl-diamond').getBoundingClientRect();"
                      + "   out.push({label: r.querySelector('.tl-label').textContent,"
                      + "    share: m.width / w, visible: m.width > 0 && m.height > 0}); } }"
                      + " return out;");
      assertTrue(rows.size() > 5, page + ": rows " + rows.size());
      for (Map<String, Object> r : rows) {
        double share = ((Number) r.get("share")).doubleValue();
        assertTrue(
            share >= 0.02,
            page + ": row '" + r.get("label") + "' is " + share * 100 + " % of the chart");
        assertEquals(true, r.get("visible"), page + ": row '" + r.get("label") + "'");
      }
    }
  }

  @Test
  void todayIsNeverCutNorOverlapsATickLabel() {
    for (int width : List.of(375, 1280)) {
      browser.open(server.url(TIMELINE), width);
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          (Map<String, Object>)
              browser.js(
                  "const s = document.querySelector('.tl-nowlabel span');"
                      + " const r = s.getBoundingClientRect();"
                      + " const c = s.closest('.tl-chart').getBoundingClientRect();"
                      + " let overlap = '';"
                      + " for (const t of s.closest('.tl-canvas').querySelectorAll('.tl-axis > span')) {"
                      + "  const k = t.getBoundingClientRect();"
                      + "  if (k.left < r.right && r.left < k.right && k.top < r.bottom && r.top < k.bottom)"
                      + "   overlap = t.textContent; }"
                      + " return {inside: r.left >= c.left && r.right <= c.right, overlap: overlap,"
                      + "  full: s.scrollWidth <= s.clientWidth + 1};");
      assertEquals(true, m.get("inside"), width + " px: 'I dag' goes past the chart");
      assertEquals("", m.get("overlap"), width + " px: 'I dag' covers a tick label");
      assertEquals(true, m.get("full"), width + " px: 'I dag' is cut");
    }
  }

  @Test
  void axeFindsNothingOnTheReaderPagesAtBothWidths() {
    for (String page : List.of(HOME, PROJECT, TIMELINE)) {
      for (int width : List.of(375, 1280)) {
        browser.open(server.url(page), width);
        assertEquals(List.of(), browser.axeViolations(), page + " at " + width + " px");
      }
    }
  }

  /** {@code -Dplanvev.screenshots=true} refreshes docs/screenshots (home, project, timeline). */
  @Test
  void writesScreenshotsWhenAsked() throws IOException {
    if (!"true".equals(System.getProperty("planvev.screenshots"))) return;
    Path out = Path.of("docs", "screenshots");
    Files.createDirectories(out);
    for (var e : Map.of("home", HOME, "project", PROJECT, "timeline", TIMELINE).entrySet()) {
      for (int width : List.of(375, 1280)) {
        Files.write(
            out.resolve(e.getKey() + "-" + width + ".png"),
            browser.fullPageScreenshot(server.url(e.getValue()), width));
      }
    }
    browser.open(server.url(PROJECT), 1280);
    Files.write(
        out.resolve("project-timeline.png"),
        browser
            .driver()
            .findElement(org.openqa.selenium.By.cssSelector(".tl-chart"))
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }
}

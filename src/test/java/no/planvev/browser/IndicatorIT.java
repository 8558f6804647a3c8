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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The demo's example indicator in a real browser: the chart on the plan page is visible and fits
 * the viewport at 375 and 1280 px, axe finds nothing on the pages that show indicators, the Nu
 * checker accepts their inline SVG, and the screenshots in docs/screenshots are written.
 */
class IndicatorIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final String PLAN = "nb/planer/strategisk-plan/";
  private static final String AREA = PLAN + "naeringsvekst/";
  private static final String INDICATOR = AREA + "naeringsvekst-mot-landet/";

  /** Every page that shows an indicator, in each language, and the indicator's embed page. */
  private static final List<String> PAGES =
      List.of(
          PLAN,
          AREA,
          INDICATOR,
          "embed/" + INDICATOR,
          "embed/" + AREA,
          "en/plans/strategisk-plan/",
          "en/plans/strategisk-plan/naeringsvekst/naeringsvekst-mot-landet/",
          "se/planat/strategisk-plan/naeringsvekst/naeringsvekst-mot-landet/");

  private static Path tmp;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-indicator-");
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
  void theChartIsVisibleAndFitsTheViewportAtPhoneAndDesktopWidth() {
    for (int width : List.of(375, 1280)) {
      browser.open(server.url(PLAN), width);
      @SuppressWarnings("unchecked")
      Map<String, Object> box =
          (Map<String, Object>)
              browser.js(
                  "const s = document.querySelector('svg.indicator-chart');"
                      + " if (!s) return null; const r = s.getBoundingClientRect();"
                      + " const st = getComputedStyle(s);"
                      + " return {left: r.left, right: r.right, width: r.width, height: r.height,"
                      + " viewport: document.documentElement.clientWidth, display: st.display,"
                      + " visibility: st.visibility, role: s.getAttribute('role'),"
                      + " title: s.querySelector('title').textContent,"
                      + " table: document.querySelector('table.indicator-table').getBoundingClientRect().right,"
                      + " scroll: document.documentElement.scrollWidth};");
      assertTrue(box != null, "no chart on " + PLAN);
      double w = ((Number) box.get("width")).doubleValue();
      double h = ((Number) box.get("height")).doubleValue();
      double viewport = ((Number) box.get("viewport")).doubleValue();
      assertTrue(w > 250 && h > 140, width + " px: chart is " + w + " × " + h);
      assertTrue(((Number) box.get("left")).doubleValue() >= 0, width + " px: " + box);
      assertTrue(((Number) box.get("right")).doubleValue() <= viewport, width + " px: " + box);
      assertTrue(((Number) box.get("table")).doubleValue() <= viewport, width + " px: " + box);
      assertTrue(((Number) box.get("scroll")).doubleValue() <= viewport, width + " px: " + box);
      assertEquals("visible", box.get("visibility"));
      assertEquals("img", box.get("role"));
      assertTrue(((String) box.get("title")).startsWith("EKSEMPEL"), box.toString());
      // The chart keeps its proportions (360 × 220) at any width.
      assertEquals(220.0 / 360.0, h / w, 0.02, width + " px");
    }
  }

  @Test
  void axeFindsNothingOnThePagesWithIndicators() {
    List<String> found = new ArrayList<>();
    for (String page : PAGES) {
      for (int width : List.of(375, 1280)) {
        browser.open(server.url(page), width);
        for (String v : browser.axeViolations()) found.add(page + " @" + width + ": " + v);
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void vnuAcceptsTheInlineSvgAndTheTable() throws IOException {
    Path only = tmp.resolve("vnu");
    for (String page : PAGES) {
      Path to = only.resolve(page.replace('/', '_') + ".html");
      Files.createDirectories(to.getParent());
      Files.copy(site.resolve(page + "index.html"), to);
    }
    List<String> errors = Vnu.errors(only);
    assertEquals(List.of(), errors, () -> String.join("\n", errors));
  }

  /** docs/screenshots: the indicator (chart, table) and the plan page with its progress. */
  @Test
  void writesScreenshots() throws IOException {
    Path out = Path.of("docs", "screenshots");
    Files.createDirectories(out);
    for (int width : List.of(375, 1280)) {
      browser.open(server.url(PLAN), width);
      // A viewport as tall as the page, so that the whole section is painted at once.
      long height =
          ((Number) browser.js("return document.documentElement.scrollHeight;")).longValue();
      browser.viewport(width, (int) Math.min(height, 20_000));
      WebElement section = browser.driver().findElement(By.cssSelector("section.indicator"));
      byte[] png = section.getScreenshotAs(OutputType.BYTES);
      assertTrue(png.length > 5_000, "indicator screenshot of " + png.length + " B");
      Files.write(out.resolve("indicator-" + width + ".png"), png);
      byte[] plan = browser.fullPageScreenshot(server.url(PLAN), width);
      Files.write(out.resolve("plan-progress-" + width + ".png"), plan);
    }
  }
}

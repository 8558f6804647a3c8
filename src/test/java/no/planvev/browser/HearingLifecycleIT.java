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
 * The demo's hearings in a real browser on 23 November 2026: every listing says each hearing's
 * phase ("Åpen – 67 dager igjen", "Besvart", "Ikke besvart"), the hearing page says the days left,
 * asks for input and labels its documents, and axe and vnu find nothing on the hearing pages.
 */
class HearingLifecycleIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final String OPEN =
      "Høring – forslag til regional næringsstrategi for Finnmark 2027–2030";
  private static final String ANSWERED = "Høring – forslag til endringer i plan- og bygningsloven";
  private static final String NOT_ANSWERED =
      "Høring – forslag til regional plan for kompetanse i helse- og omsorgstjenestene";
  private static final List<String> HEARING_PAGES =
      List.of(
          "nb/horinger/regional-naeringsstrategi/",
          "nb/horinger/endringer-plan-og-bygningsloven/",
          "nb/horinger/kompetanse-helse-og-omsorg/",
          "en/hearings/regional-naeringsstrategi/",
          "nb/horinger/");

  private static Path tmp;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-hearings-");
    site = tmp.resolve("site");
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

  /** The phase label next to each linked hearing title on a page, as the browser renders it. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> labels(String page, String itemSelector) {
    browser.open(server.url(page), 1280);
    return (Map<String, String>)
        browser.js(
            """
        const out = {};
        for (const item of document.querySelectorAll(arguments[0])) {
          const tag = item.querySelector('.tag');
          const a = item.querySelector('a');
          if (a && tag) out[a.innerText.trim()] = tag.innerText.trim();
        }
        return out;""",
            itemSelector);
  }

  @Test
  void theTimelineShowsEachHearingsPhase() {
    Map<String, String> l = labels("nb/tidslinje/", "li.tl-item");
    assertEquals("Åpen – 67 dager igjen", l.get(OPEN), l.toString());
    assertEquals("Besvart", l.get(ANSWERED), l.toString());
    assertEquals("Ikke besvart", l.get(NOT_ANSWERED), l.toString());
  }

  @Test
  void theHearingsListShowsEachHearingsPhaseOpenFirst() {
    Map<String, String> l = labels("nb/horinger/", "li.card");
    assertEquals(
        Map.of(OPEN, "Åpen – 67 dager igjen", ANSWERED, "Besvart", NOT_ANSWERED, "Ikke besvart"),
        l);
    assertEquals(OPEN, browser.js("return document.querySelector('li.card a').innerText.trim();"));
  }

  @Test
  void theDeadlinesEmbedListsTheOpenHearing() {
    browser.open(server.url("embed/nb/tidslinje/"), 600);
    Object text = browser.js("return document.querySelector('ol.deadlines').innerText;");
    assertTrue(text.toString().contains(OPEN + " Åpen – 67 dager igjen"), text.toString());
  }

  @Test
  void anOpenHearingsPageSaysTheDaysLeftAndAsksForInputByEmail() {
    browser.open(server.url("nb/horinger/regional-naeringsstrategi/"), 375);
    assertEquals(
        "67 dager igjen",
        browser.js("return document.querySelector('.days-left').innerText.trim();"));
    assertEquals(
        "mailto:post@example.no",
        browser.js("return document.querySelector('a.button').getAttribute('href');"));
    assertEquals(
        "Send innspill", browser.js("return document.querySelector('a.button').innerText.trim();"));
    Number top =
        (Number)
            browser.js("return document.querySelector('a.button').getBoundingClientRect().top;");
    assertTrue(top.doubleValue() < 800, "the call to action is on the first screen: " + top);
    assertEquals(
        "(PDF, 1,2 MB)",
        browser.js("return document.querySelector('ul.documents .doc-meta').innerText.trim();"));
  }

  @Test
  void everyDocumentLinkSaysItsTypeAndSize() {
    browser.open(server.url("nb/horinger/endringer-plan-og-bygningsloven/"), 1280);
    assertEquals(
        "Regionrådets uttalelse (eksempel) (PDF, 2 kB)",
        browser.js("return document.querySelector('ul.documents li').innerText.trim();"));
  }

  @Test
  void aHearingWithoutOurStatementHasNoStatementHeading() {
    for (String page :
        List.of(
            "nb/horinger/regional-naeringsstrategi/", "nb/horinger/kompetanse-helse-og-omsorg/")) {
      browser.open(server.url(page), 1280);
      Object headings =
          browser.js(
              "return [...document.querySelectorAll('main h2')].map(h => h.innerText.trim());");
      assertTrue(!headings.toString().contains("Vår høringsuttalelse"), page + ": " + headings);
    }
    browser.open(server.url("nb/horinger/endringer-plan-og-bygningsloven/"), 1280);
    Object headings =
        browser.js(
            "return [...document.querySelectorAll('main h2')].map(h => h.innerText.trim());");
    assertTrue(headings.toString().contains("Vår høringsuttalelse"), headings.toString());
  }

  @Test
  void axeFindsNothingOnTheHearingPages() {
    for (String page : HEARING_PAGES) {
      for (int width : new int[] {375, 1280}) {
        browser.open(server.url(page), width);
        assertEquals(List.of(), browser.axeViolations(), page + " @" + width);
      }
    }
  }

  @Test
  void vnuFindsNoErrorsOnTheHearingPages() {
    assertEquals(List.of(), Vnu.errors(site.resolve("nb/horinger")));
    assertEquals(List.of(), Vnu.errors(site.resolve("en/hearings")));
  }
}

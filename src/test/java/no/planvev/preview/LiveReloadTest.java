package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.TreeMap;
import no.planvev.build.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReloadTest {

  @TempDir Path assets;

  private SiteFiles site(String front) throws Exception {
    return new SiteFiles(Fixtures.generated(front), Fixtures.copied(assets));
  }

  private static String hashOf(Document page) {
    return page.selectFirst("script[src=/__planvev/live.js]").attr("data-hash");
  }

  @Test
  void buildEventCarriesTheNewHashOnlyWhenThePageChanged() throws Exception {
    try (var served = new Fixtures.Served(Fixtures.ok(site("Forside")));
        var front = new EventStream(served, "nb/index.html", "nb");
        var other = new EventStream(served, "nb/horinger/x/index.html", "nb")) {
      assertEquals(200, front.status);
      String servedHash = hashOf(Jsoup.parse(served.text("/nb/")));
      String otherHash = hashOf(Jsoup.parse(served.text("/nb/horinger/x/")));
      // On connect: the current state.
      assertTrue(front.next().data().contains("\"hash\":\"" + servedHash + "\""));
      assertTrue(other.next().data().contains("\"hash\":\"" + otherHash + "\""));

      served.next(Fixtures.ok(site("Ny forside")));
      EventStream.Event e = front.next();
      assertEquals("build", e.name());
      assertFalse(e.data().contains(servedHash), "the front page changed");
      assertEquals("Ny forside", Jsoup.parse(served.text("/nb/")).selectFirst("h1").text());
      assertTrue(e.data().contains(hashOf(Jsoup.parse(served.text("/nb/")))));
      // The hearing page did not change: same hash, so it does not reload.
      assertTrue(other.next().data().contains("\"hash\":\"" + otherHash + "\""));
    }
  }

  @Test
  void brokenBuildKeepsTheLastGoodPageWithAnOverlayAndTheFixBringsTheNewPage() throws Exception {
    try (var served = new Fixtures.Served(Fixtures.ok(site("Forside")));
        var events = new EventStream(served, "en/index.html", "en")) {
      events.next();
      served.next(
          Fixtures.failed(
              "plans/strategisk-plan/plan.yaml",
              12,
              5,
              "2017-11-31 is not a date: November has 30 days <script>"));

      EventStream.Event e = events.next();
      assertEquals("errors", e.name());
      assertTrue(e.data().contains("plans/strategisk-plan/plan.yaml:12:5"), e.data());
      assertTrue(e.data().contains("The site cannot be built"), e.data());
      assertTrue(e.data().contains("&lt;script&gt;"), "escaped");

      Document nb = Jsoup.parse(served.text("/nb/"));
      assertEquals("Forside", nb.selectFirst("h1").text(), "last good page");
      Element overlay = nb.selectFirst("#planvev-overlay");
      assertNotNull(overlay);
      assertEquals("alertdialog", overlay.attr("role"));
      assertEquals("Nettstedet kan ikke bygges", overlay.selectFirst("h2").text());
      assertEquals("planvev-overlay-title", overlay.attr("aria-labelledby"));
      assertEquals("plans/strategisk-plan/plan.yaml:12:5", overlay.selectFirst("li code").text());
      assertTrue(overlay.selectFirst("li").text().endsWith("November has 30 days <script>"));
      assertEquals(
          "Nettstaden kan ikkje byggjast",
          Jsoup.parse(served.text("/nn/")).selectFirst("#planvev-overlay h2").text());
      assertEquals(
          "The site cannot be built",
          Jsoup.parse(served.text("/en/")).selectFirst("#planvev-overlay h2").text());
      // Files that are not HTML are served as they were.
      assertEquals(200, served.get("/static/planvev.css").statusCode());

      served.next(Fixtures.ok(site("Rettet forside")));
      EventStream.Event fixed = events.next();
      assertEquals("build", fixed.name());
      Document after = Jsoup.parse(served.text("/nb/"));
      assertEquals("Rettet forside", after.selectFirst("h1").text());
      assertNull(after.selectFirst("#planvev-overlay"));
    }
  }

  @Test
  void anExceptionInTheBuildBecomesAnOverlayAndTheServerGoesOn() throws Exception {
    try (var served = new Fixtures.Served(Fixtures.ok(site("Forside")))) {
      served.build.set(
          changed -> {
            throw new IllegalStateException("template exploded");
          });
      ServedSite after = served.server.rebuild(java.util.Set.of());
      assertTrue(after.hasErrors());
      Document page = Jsoup.parse(served.text("/nb/"));
      assertEquals("Forside", page.selectFirst("h1").text());
      assertTrue(page.selectFirst("#planvev-overlay li").text().contains("template exploded"));
      served.build.set(
          changed -> {
            throw new StackOverflowError();
          });
      served.server.rebuild(java.util.Set.of());
      assertEquals(200, served.get("/nb/").statusCode());
      served.next(Fixtures.ok(site("Igjen")));
      assertEquals("Igjen", Jsoup.parse(served.text("/nb/")).selectFirst("h1").text());
    }
  }

  @Test
  void firstBuildFailingShowsTheProblemsUntilOneSucceeds() throws Exception {
    try (var served = new Fixtures.Served(Fixtures.failed("site.yaml", 1, 1, "unknown key"))) {
      var r = served.get("/nb/");
      assertEquals(503, r.statusCode());
      Document doc = Jsoup.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
      assertEquals("site.yaml:1:1", doc.selectFirst("#planvev-overlay code").text());
      served.next(Fixtures.ok(site("Forside")));
      assertEquals(200, served.get("/nb/").statusCode());
    }
  }

  @Test
  void pageThatDidNotExistReloadsWhenItAppears() throws Exception {
    try (var served = new Fixtures.Served(Fixtures.ok(site("Forside")));
        var events = new EventStream(served, "nb/ny/index.html", "nb")) {
      Document missing = Jsoup.parse(served.text("/nb/ny/"));
      assertEquals("", hashOf(missing));
      assertTrue(events.next().data().contains("\"hash\":\"\""));
      TreeMap<String, byte[]> g = Fixtures.generated("Forside");
      g.put("nb/ny/index.html", Fixtures.page("nb", "Ny side").getBytes());
      served.next(Fixtures.ok(new SiteFiles(g, Fixtures.copied(assets))));
      assertNotEquals("", events.next().data().replaceAll(".*\"hash\":\"([^\"]*)\".*", "$1"));
      assertEquals(200, served.get("/nb/ny/").statusCode());
    }
  }

  @Test
  void closingTheServerEndsOpenStreams() throws Exception {
    var served = new Fixtures.Served(Fixtures.ok(site("Forside")));
    try (var events = new EventStream(served, "nb/index.html", "nb")) {
      events.next();
      assertEquals(1, served.server.openStreams());
      served.close();
      assertNull(events.poll(300));
      assertEquals(0, served.server.openStreams());
    }
  }
}

package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.planvev.build.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingTest {

  @TempDir static Path assets;
  static Fixtures.Served served;
  static SiteFiles site;

  @BeforeAll
  static void start() throws Exception {
    site = new SiteFiles(Fixtures.generated("Forside"), Fixtures.copied(assets));
    served = new Fixtures.Served(Fixtures.ok(site));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void servesEveryFileWithItsContentTypeAndCharset() throws Exception {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("/nb/", "text/html; charset=utf-8"),
            Map.entry("/static/planvev.css", "text/css; charset=utf-8"),
            Map.entry("/static/planvev.js", "text/javascript; charset=utf-8"),
            Map.entry("/static/logo.svg", "image/svg+xml; charset=utf-8"),
            Map.entry("/nb/feed.xml", "application/atom+xml; charset=utf-8"),
            Map.entry("/sitemap.xml", "application/xml; charset=utf-8"),
            Map.entry("/nb/aktiviteter.ics", "text/calendar; charset=utf-8"),
            Map.entry("/nb/aktiviteter.json", "application/json"),
            Map.entry("/nb/aktiviteter.csv", "text/csv; charset=utf-8"),
            Map.entry("/robots.txt", "text/plain; charset=utf-8"),
            Map.entry("/assets/uttalelse.pdf", "application/pdf"),
            Map.entry("/assets/kart.png", "image/png"));
    for (var e : expected.entrySet()) {
      HttpResponse<byte[]> r = served.get(e.getKey());
      assertEquals(200, r.statusCode(), e.getKey());
      assertEquals(e.getValue(), r.headers().firstValue("Content-Type").orElse(""), e.getKey());
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), e.getKey());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      assertTrue(r.headers().firstValue("Server").isEmpty());
    }
  }

  @Test
  void servesEveryFileByteForByteExceptForTheInjectedScript() throws Exception {
    for (var e : site.generated().entrySet()) {
      if (e.getKey().contains("/.")) continue;
      String path = "/" + e.getKey().replaceAll("index\\.html$", "");
      byte[] body = served.get(path).body();
      if (e.getKey().endsWith(".html")) {
        String html = new String(body, StandardCharsets.UTF_8);
        assertTrue(html.contains(Injection.START), path);
        assertEquals(
            new String(e.getValue(), StandardCharsets.UTF_8),
            Fixtures.withoutInjection(html),
            path);
      } else {
        assertArrayEquals(e.getValue(), body, path);
      }
    }
    for (var e : site.copied().entrySet()) {
      assertArrayEquals(Files.readAllBytes(e.getValue()), served.get("/" + e.getKey()).body());
    }
  }

  @Test
  void injectsTheLiveScriptBeforeTheEndOfBody() throws Exception {
    Document doc = Jsoup.parse(served.text("/nb/horinger/x/"));
    var script = doc.selectFirst("script[src=/__planvev/live.js]");
    assertTrue(script != null);
    assertEquals("nb/horinger/x/index.html", script.attr("data-path"));
    assertEquals(16, script.attr("data-hash").length());
    assertEquals("body", script.parent().tagName());
    assertEquals(script, doc.body().children().last());
    assertEquals("Høring om æøå", doc.selectFirst("h1").text());
    assertTrue(doc.selectFirst("#planvev-overlay") == null);
  }

  @Test
  void servesThePreviewScriptAndStyle() throws Exception {
    HttpResponse<byte[]> js = served.get("/__planvev/live.js");
    assertEquals(200, js.statusCode());
    assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").get());
    assertTrue(new String(js.body(), StandardCharsets.UTF_8).contains("EventSource"));
    assertEquals(200, served.get("/__planvev/preview.css").statusCode());
    assertEquals(404, served.get("/__planvev/other").statusCode());
  }

  @Test
  void missingPageGetsTheSitesNotFoundPageInItsLanguage() throws Exception {
    HttpResponse<byte[]> nb = served.get("/nb/finnes-ikke/");
    assertEquals(404, nb.statusCode());
    assertEquals("text/html; charset=utf-8", nb.headers().firstValue("Content-Type").get());
    assertEquals(
        "Fant ikke siden",
        Jsoup.parse(new String(nb.body(), StandardCharsets.UTF_8)).selectFirst("h1").text());
    assertEquals(
        "Page not found", Jsoup.parse(served.text("/en/missing.html")).selectFirst("h1").text());
    // nn has no 404 page of its own: the root one.
    assertEquals(
        "Fant ikke siden / Page not found",
        Jsoup.parse(served.text("/nn/mangler")).selectFirst("h1").text());
    assertEquals(
        "Fant ikke siden / Page not found",
        Jsoup.parse(served.text("/ingenting")).selectFirst("h1").text());
  }

  @Test
  void folderWithoutSlashRedirectsAndFolderWithoutIndexIsNotFound() throws Exception {
    HttpResponse<byte[]> r = served.get("/nb?x=1");
    assertEquals(302, r.statusCode());
    assertEquals("/nb/?x=1", r.headers().firstValue("Location").get());
    assertEquals(302, served.get("/nb/horinger/x").statusCode());
    // nb/horinger/ has files below it but no index.html: no listing.
    assertEquals(404, served.get("/nb/horinger/").statusCode());
    assertEquals(404, served.get("/static/").statusCode());
    assertEquals(404, served.get("/assets").statusCode());
  }

  @Test
  void rootServesTheRootIndex() throws Exception {
    assertTrue(served.text("/").contains("url=nb/"));
  }

  @Test
  void headSendsHeadersWithoutBody() throws Exception {
    HttpResponse<byte[]> r =
        Fixtures.CLIENT.send(
            HttpRequest.newBuilder(served.uri("/assets/uttalelse.pdf"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("300000", r.headers().firstValue("Content-Length").get());
    assertEquals(0, r.body().length);
    HttpResponse<byte[]> page =
        Fixtures.CLIENT.send(
            HttpRequest.newBuilder(served.uri("/nb/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, page.statusCode());
    assertEquals(0, page.body().length);
  }

  @Test
  void refusesMethodsOtherThanGetAndHead() throws Exception {
    HttpResponse<byte[]> r =
        Fixtures.CLIENT.send(
            HttpRequest.newBuilder(served.uri("/nb/"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(405, r.statusCode());
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").get());
    assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("Forside"));
  }
}

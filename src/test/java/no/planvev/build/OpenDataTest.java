package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's open data as a journalist, a spreadsheet and data.norge.no meet it. */
class OpenDataTest {

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = tmp.resolve("site");
    BuildResult r =
        Builder.build(
            new BuildOptions(
                Path.of("content"),
                Path.of("templates"),
                site,
                null,
                LocalDate.of(2017, 11, 20),
                false));
    assertTrue(r.ok(), r.problems().all().toString());
  }

  static List<List<String>> csv(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.startsWith("\uFEFF"), file + ": a byte order mark");
    return no.planvev.output.json.JsonDataTestAccess.readCsv(s.substring(1), ';');
  }

  @Test
  void theCsvIsUtf8WithABomSoExcelReadsAeOeAa() throws IOException {
    byte[] b = Files.readAllBytes(site.resolve("data/activities.nb.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
    // Strict UTF-8: a wrong byte fails here instead of turning into a replacement character.
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b))
            .toString();
    assertTrue(text.contains("Næringsvennlig kommune"));
    assertTrue(text.contains("Ansvarlig;Frist"), "headers in bokmål, ';' between");
    assertTrue(text.contains("uke 50 2017"), "deadlines as the pages say them");
  }

  @Test
  void thereIsOneCsvPerLanguageSortedByDueDayWithEveryActivity() throws IOException {
    List<List<String>> machine = csv(site.resolve("data/activities.csv"));
    for (String lang : List.of("nb", "en", "se")) {
      List<List<String>> rows = csv(site.resolve("data/activities." + lang + ".csv"));
      assertEquals(machine.size(), rows.size(), lang);
      for (int i = 1; i < rows.size(); i++) {
        assertEquals(machine.get(i).get(16), rows.get(i).get(16), "same order, same keys");
      }
    }
    int due = machine.get(0).indexOf("due");
    List<String> days = machine.subList(1, machine.size()).stream().map(r -> r.get(due)).toList();
    assertEquals(days.stream().sorted().toList(), days);
    assertEquals(
        List.of("Prosjekt-ID", "Prosjekt", "Innsatsområde-ID", "Innsatsområde"),
        csv(site.resolve("data/activities.nb.csv")).get(0).subList(0, 4));
    assertEquals("Measure", csv(site.resolve("data/activities.en.csv")).get(0).get(5));
  }

  @Test
  void theStateColumnSaysWhatTheTimelineShows() throws IOException {
    List<List<String>> rows = csv(site.resolve("data/activities.nb.csv"));
    int title = 6;
    int state = 14;
    Document timeline = Jsoup.parse(site.resolve("nb/tidslinje/index.html").toFile(), "UTF-8");
    int checked = 0;
    for (List<String> r : rows.subList(1, rows.size())) {
      boolean found = false;
      for (var item : timeline.select("li.tl-item")) {
        var link = item.selectFirst(".tl-what a");
        if (link == null || !link.text().equals(r.get(title))) continue;
        found |= item.selectFirst(".tl-what .tag").text().equals(r.get(state));
      }
      assertTrue(found, r.get(title) + ": " + r.get(state));
      checked++;
    }
    assertEquals(rows.size() - 1, checked);
    // The demo's statuses are as of 2017-09-01: work due since then is not reported, not overdue.
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.get(state).equals("Ikke rapportert") && r.get(15).equals("nei")),
        "the demo has unreported work on 2017-11-20");
  }

  @Test
  void libreOfficeOpensTheCsvWithAeOeAa() throws Exception {
    String soffice =
        List.of("soffice", "libreoffice").stream()
            .filter(OpenDataTest::onPath)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(
        soffice != null,
        "LibreOffice (soffice) is not installed: the CSV was checked byte by byte only;"
            + " apt-get install libreoffice-calc-nogui to check it in a spreadsheet too");
    Path out = tmp.resolve("lo");
    Files.createDirectories(out);
    Path csv = site.resolve("data/activities.nb.csv");
    run(
        soffice,
        "--headless",
        "--infilter=CSV:59,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        out.toString(),
        csv.toString());
    Path xlsx = out.resolve("activities.nb.xlsx");
    assertTrue(Files.size(xlsx) > 0);
    Path back = tmp.resolve("lo-back");
    Files.createDirectories(back);
    run(
        soffice,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):59,34,76",
        "--outdir",
        back.toString(),
        xlsx.toString());
    String read = Files.readString(back.resolve("activities.nb.csv"), StandardCharsets.UTF_8);
    assertTrue(read.contains("Næringsvennlig kommune"), read);
    assertTrue(read.contains("Innsatsområde"), read);
  }

  private static boolean onPath(String cmd) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, cmd))) return true;
    }
    return false;
  }

  private static void run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice timed out");
    assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
  }

  @Test
  void theDcatCatalogIsValidJsonLdAndEveryDistributionExists() throws Exception {
    byte[] bytes = Files.readAllBytes(site.resolve("data/catalog.jsonld"));
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(bytes))).get();
    String dcat = "http://www.w3.org/ns/dcat#";
    String dct = "http://purl.org/dc/terms/";
    JsonObject catalog = expanded.getJsonObject(0);
    assertEquals(dcat + "Catalog", catalog.getJsonArray("@type").getString(0));
    assertEquals(
        "https://data.norge.no/nlod/no/2.0",
        catalog.getJsonArray(dct + "license").getJsonObject(0).getString("@id"));
    JsonArray datasets = catalog.getJsonArray(dcat + "dataset");
    // activities, hearings, indicators (the demo has one), reports (the demo has one), plans
    assertEquals(5, datasets.size());
    int files = 0;
    for (JsonValue v : datasets) {
      JsonObject d = v.asJsonObject();
      for (String required :
          List.of(
              dct + "title",
              dct + "description",
              dct + "publisher",
              dcat + "theme",
              dct + "accessRights",
              dcat + "distribution")) {
        assertTrue(d.containsKey(required), required + " in " + d.getString("@id"));
      }
      List<String> titleLangs = new ArrayList<>();
      d.getJsonArray(dct + "title")
          .forEach(t -> titleLangs.add(t.asJsonObject().getString("@language")));
      assertEquals(List.of("nb", "en", "se"), titleLangs);
      for (JsonValue dv : d.getJsonArray(dcat + "distribution")) {
        String url =
            dv.asJsonObject().getJsonArray(dcat + "downloadURL").getJsonObject(0).getString("@id");
        assertTrue(url.startsWith("https://plan.example.no/"), url);
        assertTrue(Files.isRegularFile(site.resolve(url.substring(24))), url);
        files++;
      }
    }
    assertTrue(files > 10, "distributions: " + files);
  }

  @Test
  void theLicenceIsInTheJsonAndOnTheDataPage() throws IOException {
    for (String f :
        List.of(
            "data/site.json",
            "data/hearings.json",
            "data/plans/strategisk-plan.json",
            "data/projects/naeringsvennlig-kommune.json")) {
      assertTrue(
          Files.readString(site.resolve(f))
              .contains("\"license\": \"https://data.norge.no/nlod/no/2.0\""),
          f);
    }
    Document data = Jsoup.parse(site.resolve("se/data/index.html").toFile(), "UTF-8");
    assertEquals(
        "Norsk lisens for offentlige data (NLOD) 2.0",
        data.selectFirst("a[href=https://data.norge.no/nlod/no/2.0]").text());
    assertFalse(data.select("a[href$=catalog.jsonld]").isEmpty());
  }

  @Test
  void everyPageWithActivitiesOrHearingsNamesItsFeedsInItsHead() throws IOException {
    for (String page :
        List.of(
            "nb/index.html",
            "nb/planer/strategisk-plan/index.html",
            "nb/planer/strategisk-plan/naeringsvekst/index.html",
            "nb/prosjekter/naeringsvennlig-kommune/index.html",
            "nb/tidslinje/index.html",
            "nb/horinger/index.html",
            "nb/horinger/regional-naeringsstrategi/index.html",
            "nb/data/index.html",
            "se/index.html")) {
      Document d = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      assertFalse(
          d.head().select("link[rel=alternate][type=application/atom+xml]").isEmpty(), page);
    }
  }

  @Test
  void calendarsAreOfferedToSubscribeWithWebcal() throws IOException {
    Document d = Jsoup.parse(site.resolve("nb/data/index.html").toFile(), "UTF-8");
    List<String> webcal =
        d.select("a[href^=webcal://plan.example.no/nb/calendar/]").eachAttr("href");
    assertTrue(
        webcal.contains(
            "webcal://plan.example.no/nb/calendar/areas/strategisk-plan/" + "naeringsvekst.ics"),
        webcal.toString());
    for (String w : webcal) {
      assertTrue(
          Files.isRegularFile(site.resolve(w.substring("webcal://plan.example.no/".length()))), w);
    }
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.planvev.BokmalText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's Northern Sami pages: no bokmål without lang="nb", dates in Sami, alternates. */
class SamiPagesTest {

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
                true));
    assertEquals(List.of(), r.problems().all(), "the demo builds with --strict");
  }

  @Test
  void noSamiPageHasBokmalTextWithoutLangNb() throws IOException {
    BokmalText bokmal = BokmalText.of(Path.of("content"), Path.of("templates"), "se");
    assertTrue(bokmal.contains("Forsinkede aktiviteter"), "UI strings count");
    assertTrue(bokmal.contains("Næringsvennlig kommune"), "content texts count");
    List<String> found = new ArrayList<>();
    List<Path> pages = new ArrayList<>();
    for (String dir : List.of("se", "embed/se")) {
      try (Stream<Path> s = Files.walk(site.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
      }
    }
    assertTrue(pages.size() > 20, "every se page: " + pages.size());
    for (Path p : pages) {
      Document d = Jsoup.parse(p.toFile(), "UTF-8");
      for (String u : bokmal.unmarked(d)) found.add(site.relativize(p) + ": " + u);
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theCheckFindsBokmalThatIsNotMarked() {
    BokmalText bokmal = BokmalText.of(Path.of("content"), Path.of("templates"), "se");
    Document d =
        Jsoup.parse(
            "<html lang=se><body><h2>Forsinkede aktiviteter</h2>"
                + "<p><span lang=nb>Næringsvennlig kommune</span></p><p>Odne</p></body></html>");
    assertEquals(List.of("'Forsinkede aktiviteter' (in <h2>)"), bokmal.unmarked(d));
  }

  @Test
  void samiPagesShowDatesInSamiAndTheirOwnTexts() throws IOException {
    String home = Files.readString(site.resolve("se/index.html"));
    assertTrue(home.contains("<h1>Oarje-Finnmárkku regionráđđi</h1>"), home);
    String timeline = Files.readString(site.resolve("se/aigesargga/index.html"));
    assertTrue(timeline.contains("skábmamánnu 2017"), "month names from CLDR");
    assertTrue(timeline.contains("vahkku 50 2017"), "week phrase from se.yaml");
    String hearing =
        Files.readString(
            site.resolve("se/gulaskuddamat/endringer-plan-og-bygningsloven/index.html"));
    assertTrue(hearing.contains("Gulaskuddan – rievdadusevttohusat"), hearing);
  }

  @Test
  void onlyPagesWithSamiTextAdvertiseIt() throws IOException {
    String plan = Files.readString(site.resolve("nb/planer/strategisk-plan/index.html"));
    assertTrue(plan.contains("hreflang=\"se\""), "the plan has Sami text");
    String project =
        Files.readString(site.resolve("nb/prosjekter/naeringsvennlig-kommune/index.html"));
    assertTrue(!project.contains("hreflang=\"se\""), "the project has none");
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("https://plan.example.no/se/planat/strategisk-plan/"));
    assertTrue(
        !sitemap.contains("https://plan.example.no/se/proseavttat/naeringsvennlig-kommune/"));
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import no.planvev.TestFiles;
import no.planvev.diag.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's language settings and UI strings missing in a language, on a copy of the demo. */
class LanguageSettingsTest {

  @TempDir Path tmp;

  private BuildResult build(Path content, Path templates, boolean strict) throws IOException {
    return Builder.build(
        new BuildOptions(
            content, templates, tmp.resolve("site"), null, LocalDate.of(2017, 11, 20), strict));
  }

  private Path copy(String what) throws IOException {
    Path to = tmp.resolve(what);
    TestFiles.copyTree(Path.of(what), to);
    return to;
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
  }

  @Test
  void aUiStringMissingInALanguageIsShownInTheDefaultLanguageWithItsLang() throws IOException {
    Path templates = copy("templates");
    Path se = templates.resolve("i18n/se.yaml");
    Files.writeString(
        se,
        Files.readAllLines(se).stream()
            .filter(l -> !l.startsWith("skip:") && !l.startsWith("home.hearings:"))
            .collect(Collectors.joining("\n", "", "\n")));
    BuildResult r = build(Path.of("content"), templates, false);
    assertTrue(r.ok(), r.problems().all().toString());
    assertTrue(
        r.problems().all().stream()
            .map(Problem::toString)
            .anyMatch(
                p ->
                    p.equals(
                        "templates/i18n/se.yaml: warning: 2 UI strings missing (home.hearings, skip); they are"
                            + " shown in 'nb'")),
        r.problems().all().toString());
    Document home = page("se/index.html");
    Element skip = home.selectFirst("a.skip span");
    assertEquals("nb", skip.attr("lang"));
    assertEquals("Hopp til hovedinnhold", skip.text());
    Element hearings = home.selectFirst("h2#open-hearings span");
    assertEquals("nb", hearings.attr("lang"));
    assertEquals("Åpne høringer", hearings.text());
    // The strings that are there carry no lang of their own.
    assertTrue(home.selectFirst("h2#plan-progress").select("[lang]").isEmpty());
  }

  @Test
  void theFallbackNoticeComesOncePerSectionNotPerItem() throws IOException {
    BuildResult r = build(Path.of("content"), Path.of("templates"), false);
    assertTrue(r.ok());
    Document project = page("se/proseavttat/naeringsvennlig-kommune/index.html");
    Element main = project.selectFirst("main");
    // Sections: the part under h1, then each part under an h2.
    int section = 0;
    int[] notices = new int[main.select("h2").size() + 1];
    int fallbacks = 0;
    for (Element e : main.getAllElements()) {
      if (e.tagName().equals("h2")) section++;
      if (e.hasClass("fallback")) notices[section]++;
      if (e.tagName().equals("span") && "nb".equals(e.attr("lang"))) fallbacks++;
    }
    assertTrue(fallbacks > 20, "the project has no Sami text: " + fallbacks);
    for (int n : notices) assertTrue(n <= 1, java.util.Arrays.toString(notices));
    assertEquals(1, notices[0]);
  }

  @Test
  void aSiteMayChooseItsDefaultLanguage() throws IOException {
    // A nynorsk municipality that also offers bokmål, listed first in its menu.
    Path content = tmp.resolve("nn-site");
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(
        content.resolve("site.yaml"),
        """
        title: Kommunen
        base_url: https://plan.example.no/
        languages:
          - {code: nb, name: Norsk bokmål}
          - {code: nn, name: Norsk nynorsk}
        default_language: nn
        accessibility_statement: https://uustatus.no/nn/erklaringar/x
        """);
    Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om kommunen\n---\nTekst.\n");
    BuildResult r = build(content, Path.of("templates"), false);
    assertTrue(r.ok(), r.problems().all().toString());
    Document root = page("index.html");
    assertEquals("nn", root.selectFirst("html").attr("lang"), "the root speaks the default");
    assertTrue(
        root.select("main ul.languages a").eachAttr("href").contains("nn/"),
        "the root lists the default language for readers to choose");
    // A plain text and a file without a language code are nynorsk.
    assertEquals("Om kommunen", page("nn/om/index.html").selectFirst("h1").text());
    Element fallback = page("nb/om/index.html").selectFirst("h1 span[lang]");
    assertEquals("nn", fallback.attr("lang"));
    assertEquals(
        "https://plan.example.no/nn/",
        page("nb/index.html").selectFirst("link[hreflang=x-default]") == null
            ? "https://plan.example.no/nn/"
            : page("nb/index.html").selectFirst("link[hreflang=x-default]").attr("href"));
  }

  @Test
  void aPartialLanguagePassesStrictAndAFullOneWarns() throws IOException {
    assertTrue(
        build(Path.of("content"), Path.of("templates"), true).ok(), "se is partial in the demo");
    Path content = copy("content");
    Path site = content.resolve("site.yaml");
    Files.writeString(site, Files.readString(site).replace(", partial: true", ""));
    BuildResult r = build(content, Path.of("templates"), true);
    assertTrue(!r.ok());
    assertTrue(
        r.problems().all().stream()
            .allMatch(
                p ->
                    p.message().contains("Sami")
                        || p.message().contains(" se ")
                        || p.message().contains("se.md")),
        r.problems().all().stream().limit(3).toList().toString());
  }
}

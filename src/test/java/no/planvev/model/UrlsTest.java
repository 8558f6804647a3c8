package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;

class UrlsTest {

  private final SiteConfig site =
      new SiteConfig(
          LText.of("nb", "T"),
          LText.EMPTY,
          "https://plan.example.no/sub",
          List.of(new Language("nb", "Norsk"), new Language("en", "English")),
          new Publisher(LText.of("nb", "P"), null, null),
          null,
          Map.of("hearings", new LText(Map.of("nb", "horinger", "en", "hearings"))),
          null,
          null);

  @Test
  void relativeLinksClimbToTheCommonFolder() {
    assertEquals("../../c/", Urls.relative("nb/a/b/", "nb/c/"));
    assertEquals("./", Urls.relative("nb/", "nb/"));
    assertEquals("x/", Urls.relative("nb/", "nb/x/"));
    assertEquals("../en/", Urls.relative("nb/", "en/"));
    assertEquals("nb/", Urls.relative("index.html", "nb/"));
    assertEquals("../static/planvev.css", Urls.relative("nb/404.html", "static/planvev.css"));
  }

  @Test
  void encodesNonAsciiSlugs() {
    assertEquals("n%C3%A6ringsvekst/", Urls.relative("nb/", "nb/næringsvekst/"));
  }

  @Test
  void aSlugGivenOnlyInATranslationLeavesTheDefaultLanguageOnTheId() {
    Urls urls = new Urls(site);
    Page p =
        new Page(
            "planer",
            LText.of("en", "our-plans"),
            SourcePos.file("pages/planer.md"),
            LText.of("nb", "Planer"),
            null,
            null,
            LText.EMPTY);
    assertEquals("en/our-plans/", urls.page(p, "en"));
    assertEquals("nb/planer/", urls.page(p, "nb"));
    Page q =
        new Page(
            "om",
            LText.of("nb", "om-oss"),
            SourcePos.file("pages/om.md"),
            LText.of("nb", "Om"),
            null,
            null,
            LText.EMPTY);
    assertEquals("en/om-oss/", urls.page(q, "en"), "the default language's slug is the fallback");
  }

  @Test
  void sectionWordsComeFromSiteYamlPerLanguage() {
    Urls urls = new Urls(site);
    assertEquals("nb/horinger/", urls.hearings("nb"));
    assertEquals("en/hearings/", urls.hearings("en"));
    assertEquals("en/timeline/", urls.timeline("en"));
  }

  @Test
  void absoluteUrlsKeepTheBasePath() {
    assertEquals("https://plan.example.no/sub/nb/", new Urls(site).absolute("nb/"));
  }

  @Test
  void pagePathsAreWrittenAsIndexFiles() {
    assertEquals("nb/index.html", Urls.file("nb/"));
    assertEquals("nb/404.html", Urls.file("nb/404.html"));
  }
}

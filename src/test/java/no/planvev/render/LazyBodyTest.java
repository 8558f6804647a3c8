package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Body;
import no.planvev.model.Content;
import no.planvev.model.Page;
import no.planvev.source.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page bodies are read from their files when their page renders (not held from the load on): the
 * text rendered is the text checked, and a file edited in between is an error at the file, never a
 * page made from a text that was not checked.
 */
class LazyBodyTest {

  @TempDir Path dir;

  static final String SITE =
      """
      title: {nb: Nettsted, en: Site}
      base_url: https://example.no/
      accessibility_statement: https://example.no/tilgjengelighet/
      languages:
        - {code: nb, name: Norsk bokmål}
        - {code: en, name: English}
      """;

  Content load(String nb, String en) throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/om.nb.md"), nb);
    if (en != null) Files.writeString(dir.resolve("pages/om.en.md"), en);
    Problems problems = new Problems();
    Content c = ContentLoader.load(dir, problems);
    assertEquals(0, problems.all().size(), problems.all().toString());
    return c;
  }

  String page(Content c, String path) throws Exception {
    SiteRenderer r = new SiteRenderer(TestSites.THEME, TestSites.ui(), new Problems());
    SiteRenderer.PageJob job =
        r.pages(c, TestSites.TODAY).stream()
            .filter(j -> j.path().equals(path))
            .findFirst()
            .orElseThrow();
    return new String(job.render().call(), StandardCharsets.UTF_8);
  }

  @Test
  void theBodyIsReadFromItsFileAsTheLoaderFoundIt() throws Exception {
    // A byte order mark, CRLF line ends, blank lines before and spaces after the body.
    Content c =
        load(
            "\uFEFF---\r\ntitle: Om oss\r\n---\r\n\r\n  \r\nFørste **avsnitt**.\r\n\r\nAndre.  \r\n\r\n",
            "---\ntitle: About\n---\nFirst *paragraph*.\n");
    Body body = c.pages().get(0).body();
    assertNull(body.parts().get("nb").text(), "the body is not held in memory");
    assertEquals("Første **avsnitt**.\n\nAndre.", body.all().get("nb").orElseThrow());
    assertEquals("First *paragraph*.", body.text("en", "nb").get("en").orElseThrow());
    assertTrue(page(c, "nb/om/index.html").contains("Første <strong>avsnitt</strong>."));
    assertTrue(page(c, "en/om/index.html").contains("First <em>paragraph</em>."));
  }

  @Test
  void aLanguageWithoutItsOwnBodyShowsTheDefaultLanguagesText() throws Exception {
    Content c = load("---\ntitle: Om oss\n---\nBare på bokmål.\n", null);
    assertEquals(
        "Bare på bokmål.", c.pages().get(0).body().text("en", "nb").get("nb").orElseThrow());
    assertTrue(page(c, "en/om/index.html").contains("Bare på bokmål."));
  }

  @Test
  void aBodyEditedAfterTheLoadIsAnErrorAtItsFile() throws Exception {
    Content c = load("---\ntitle: Om oss\n---\nFørste avsnitt.\n", null);
    Page before = c.pages().get(0);
    // Same length, other text: only the digest tells.
    Files.writeString(dir.resolve("pages/om.nb.md"), "---\ntitle: Om oss\n---\nAndre  avsnitt.\n");
    RenderException e = assertThrows(RenderException.class, () -> page(c, "nb/om/index.html"));
    Problem p = e.problem();
    assertEquals("pages/om.nb.md", p.pos().path());
    assertEquals("file.changed", p.text().key());
    // A file cut short, or gone.
    Files.writeString(dir.resolve("pages/om.nb.md"), "---\ntitle: Om oss\n---\n");
    assertThrows(Body.Changed.class, () -> before.body().all());
    Files.delete(dir.resolve("pages/om.nb.md"));
    assertThrows(Body.Changed.class, () -> before.body().all());
  }

  @Test
  void anEditedBodyIsAnotherPageForEveryCacheThatComparesPages() throws Exception {
    Content a = load("---\ntitle: Om oss\n---\nFørste avsnitt.\n", null);
    Content b = load("---\ntitle: Om oss\n---\nAndre  avsnitt.\n", null);
    Content again = load("---\ntitle: Om oss\n---\nAndre  avsnitt.\n", null);
    assertNotEquals(a.pages().get(0), b.pages().get(0));
    assertEquals(b.pages().get(0), again.pages().get(0));
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Embed pages are parts of other sites' pages: written, but not listed in the sitemap. */
class EmbedInSitemapTest {

  @Test
  void embedPagesAreWrittenButLeftOutOfTheSitemap() {
    Path dir = Path.of("src/test/resources/sites/small");
    BuildResult r =
        Builder.render(
            new BuildOptions(
                dir.resolve("content"),
                Path.of("templates"),
                Path.of("unused"),
                null,
                LocalDate.of(2024, 3, 15),
                false));
    assertTrue(r.ok(), r.problems().all().toString());
    assertTrue(r.site().generated().keySet().stream().anyMatch(p -> p.startsWith("embed/")));
    String sitemap = new String(r.site().generated().get("sitemap.xml"), StandardCharsets.UTF_8);
    assertFalse(sitemap.contains("/embed/"), sitemap);
    assertTrue(sitemap.contains("/nb/data/</loc>"), "the open data page is a normal page");
  }
}

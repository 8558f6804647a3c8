package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.planvev.TestFiles;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview never serves a file from outside the content folder: a link out of it fails the
 * build, and a file of the last good site that has become such a link since is not followed.
 */
class LinkServingTest {

  @TempDir Path tmp;

  @Test
  void servesNothingThroughALinkOutOfContent() throws Exception {
    Path content = tmp.resolve("content");
    TestFiles.copyTree(Path.of("src/test/resources/invalid/_base"), content);
    Path secret = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:secret\n");
    BuildOptions options =
        new BuildOptions(
            content,
            Path.of("templates"),
            tmp.resolve("site"),
            null,
            LocalDate.of(2026, 11, 23),
            false);
    BuildResult good = Builder.render(options);
    assertTrue(good.ok(), good.problems().all().toString());
    byte[] pdf = Files.readAllBytes(content.resolve("assets/uttalelse.pdf"));

    try (Fixtures.Served served = new Fixtures.Served(good)) {
      assertArrayEquals(pdf, served.get("/assets/uttalelse.pdf").body());

      // A new link out of content: the build fails, and the link is not in the site.
      Files.createSymbolicLink(content.resolve("assets/x.pdf"), secret);
      BuildResult bad = Builder.render(options);
      assertFalse(bad.ok());
      assertEquals("assets/x.pdf", bad.problems().all().get(0).pos().path());
      served.next(bad);
      var x = served.get("/assets/x.pdf");
      assertEquals(404, x.statusCode());
      assertFalse(new String(x.body(), StandardCharsets.UTF_8).contains("root:"));

      // A file of the last good site, still shown while the build fails, turned into such a link.
      Files.delete(content.resolve("assets/uttalelse.pdf"));
      Files.createSymbolicLink(content.resolve("assets/uttalelse.pdf"), secret);
      var replaced = served.get("/assets/uttalelse.pdf");
      assertEquals(404, replaced.statusCode());
      assertFalse(new String(replaced.body(), StandardCharsets.UTF_8).contains("root:"));
    }
  }
}

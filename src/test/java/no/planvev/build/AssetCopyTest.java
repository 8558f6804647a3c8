package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.output.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asset that cannot be read when the site is written is the content's problem, named by its path
 * with the reason; not "could not write the site". (Tests run as root here, where no file mode
 * makes a file unreadable: a file gone since it was listed stands for every read failure.)
 */
class AssetCopyTest {

  @TempDir Path tmp;

  @Test
  void anAssetThatCannotBeReadIsAContentProblemWithItsReason() throws Exception {
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("assets"));
    Files.writeString(content.resolve("assets/ok.pdf"), "ok");
    Map<String, Path> copied = new TreeMap<>();
    copied.put("assets/gone.pdf", content.resolve("assets/gone.pdf"));
    copied.put("assets/ok.pdf", content.resolve("assets/ok.pdf"));
    Problems problems = new Problems();
    try (SiteWriter writer = SiteWriter.open(tmp.resolve("site"))) {
      Builder.copyAll(writer, copied, content, problems);
    }
    assertEquals(
        List.of(
            "assets/gone.pdf: error: cannot read the file assets/gone.pdf: it no"
                + " longer exists"),
        problems.all().stream().map(Problem::toString).toList());
    assertEquals(
        List.of(
            "assets/gone.pdf: feil: kan ikke lese fila assets/gone.pdf: den finnes"
                + " ikke lenger"),
        problems.all().stream().map(p -> p.format("nb")).toList());
    assertFalse(Files.exists(tmp.resolve("site")), "nothing was committed");
  }
}

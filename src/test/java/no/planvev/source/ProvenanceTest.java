package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvev.diag.Problems;
import no.planvev.diag.SourcePos;
import no.planvev.model.Content;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Provenance;
import org.junit.jupiter.api.Test;

/** The loader keeps where each unit was read: its files per language, the lines of its keys. */
class ProvenanceTest {

  private static final Path CONTENT = Path.of("content");

  /** The position of a top-level key found the slow way, by reading the file's lines. */
  private static SourcePos byText(String path, String key) throws IOException {
    List<String> lines = Files.readAllLines(CONTENT.resolve(path));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith(key + ":")) continue;
      int col = key.length() + 1;
      while (col < line.length() && line.charAt(col) == ' ') col++;
      return new SourcePos(path, i + 1, col < line.length() ? col + 1 : 1);
    }
    return SourcePos.file(path);
  }

  @Test
  void plansAndPagesKnowTheirFilesAndKeys() throws IOException {
    Content c = ContentLoader.load(CONTENT, new Problems());
    Plan plan =
        c.plans().stream().filter(p -> p.id().equals("strategisk-plan")).findFirst().orElseThrow();
    Provenance from = plan.provenance();
    String dir = "plans/strategisk-plan/";
    assertEquals(dir + "plan.yaml", from.main());
    assertEquals(List.of(dir + "index.en.md", dir + "plan.yaml"), from.files("en"));
    assertEquals(byText(dir + "plan.yaml", "title"), from.key("title"));
    assertEquals(byText(dir + "plan.yaml", "period"), from.key("period"));
    assertEquals(
        List.of(dir + "naeringsvekst.en.md", dir + "plan.yaml"),
        from.part("naeringsvekst").files("en"));

    Page om = c.pages().stream().filter(p -> p.id().equals("om")).findFirst().orElseThrow();
    assertEquals("pages/om.nb.md", om.provenance().main());
    assertEquals("pages/om.en.md", om.provenance().text("en"));
    assertNull(om.provenance().text("se"));
    assertEquals(byText("pages/om.en.md", "title"), om.provenance().key("pages/om.en.md", "title"));
    assertEquals(byText("pages/om.nb.md", "title"), om.provenance().key("title"));
    assertEquals(SourcePos.file("pages/om.nb.md"), om.provenance().key("no_such_key"));
  }
}

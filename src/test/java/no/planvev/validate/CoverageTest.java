package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Content;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.Page;
import no.planvev.model.SiteConfig;
import org.junit.jupiter.api.Test;

class CoverageTest {

  @Test
  void countsTextsPerLanguageAndRoundsDown() {
    SiteConfig s =
        new SiteConfig(
            new LText(Map.of("nb", "T", "en", "T")),
            LText.EMPTY,
            "https://x.no/",
            List.of(new Language("nb", "Norsk"), new Language("en", "English")),
            null,
            null,
            Map.of(),
            null,
            null);
    Page page =
        new Page(
            "om",
            null,
            SourcePos.file("pages/om.md"),
            LText.of("nb", "Om"),
            null,
            null,
            new LText(Map.of("nb", "Tekst", "en", "Text")));
    Coverage c =
        Coverage.of(new Content(s, List.of(), List.of(), List.of(), List.of(page), List.of()));
    assertEquals(3, c.total());
    assertEquals(Map.of("nb", 3, "en", 2), c.present());
    assertEquals(
        """
        Translations (texts present / all texts):
          nb         3 / 3     100 %
          en         2 / 3      66 %
        """,
        c.table("en"));
    assertEquals(
        "Oversettelser (tekster som finnes / alle tekster):",
        c.table("nb").lines().findFirst().orElseThrow());
  }
}

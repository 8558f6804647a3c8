package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.LText;
import no.planvev.model.Report;
import no.planvev.model.ReportPeriod;
import no.planvev.model.Urls;
import no.planvev.output.TestContent;
import no.planvev.words.Words;
import org.junit.jupiter.api.Test;

/** Period names come from the UI strings {@code report.period.H|T|Q} of each language. */
class ReportPeriodNamesTest {

  static String name(String lang, String period) {
    return name(lang, period, Words.builtIn().strings(lang));
  }

  static String name(String lang, String period, Map<String, String> ui) {
    View v =
        new View(
            lang,
            "nb",
            lang + "/",
            new Urls(TestContent.site()),
            new Markdown(),
            null,
            no.planvev.words.DeadlineFormat.builtIn(lang));
    Report r =
        new Report(
            "r",
            null,
            SourcePos.file("reports/r.nb.md"),
            LText.of("nb", "R"),
            ReportPeriod.parse(period),
            LocalDate.of(2018, 1, 15),
            List.of(),
            LText.EMPTY);
    return ReportsPage.period(v, ui, r);
  }

  @Test
  void halvesTertialsAndQuartersAreSaidInThePageLanguage() {
    assertEquals("2. halvår 2017", name("nb", "2017-H2"));
    assertEquals("1. tertial 2018", name("nn", "2018-T1"));
    assertEquals("Q3 2017", name("en", "2017-Q3"));
    assertEquals("H2 2017", name("en", "2017-H2"));
    assertEquals("2017", name("en", "2017"));
  }

  @Test
  void everyBuiltInLanguageHasThePeriodNames() {
    for (String lang : List.of("nb", "nn", "en", "se")) {
      for (String k : List.of("H", "T", "Q")) {
        String s = Words.builtIn().strings(lang).get("report.period." + k);
        assertFalse(s == null || s.isBlank(), lang + " " + k);
      }
    }
  }

  @Test
  void aThemeThatLeavesOutThePatternGetsThePeriodAsWritten() {
    assertEquals("2017-H2", name("nb", "2017-H2", Map.of()));
    assertEquals(
        "andre halvdel av 2017",
        name("nb", "2017-H2", Map.of("report.period.H", "andre halvdel av {y}")));
  }
}

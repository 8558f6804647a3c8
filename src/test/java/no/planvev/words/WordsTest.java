package no.planvev.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import no.planvev.model.Deadlines;
import no.planvev.model.LText;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static final Words BUILT_IN = Words.builtIn();

  @Test
  void givesWordsInBokmalNynorskAndEnglishFromTheI18nFiles() {
    assertEquals("Høringer", BUILT_IN.word("hearings.title", "nb"));
    assertEquals("Høyringar", BUILT_IN.word("hearings.title", "nn"));
    assertEquals("Hearings", BUILT_IN.word("hearings.title", "en"));
    assertEquals("pågår", BUILT_IN.word("feed.status.in_progress", "nb"));
  }

  @Test
  void fallsBackToEnglishForAnotherLanguageAndToTheKeyForAnUnknownWord() {
    assertEquals("Deadlines", BUILT_IN.word("feed.deadlines", "fi"));
    assertEquals("no_such_word", BUILT_IN.word("no_such_word", "nb"));
  }

  @Test
  void aSiteFileOverridesAWordAndLacksNoneOfTheBuiltInOnes() throws Exception {
    Words site =
        Words.of(
            Map.of(
                "nb",
                Map.of("feed.deadlines", "Tidsfrister", "date.week", "veke {week} i {year}")));
    assertEquals("Tidsfrister", site.word("feed.deadlines", "nb"));
    assertEquals("Høringer", site.word("hearings.title", "nb"));
    assertEquals("veke 50 i 2017", site.deadline(Deadlines.parse("2017-W50"), "nb", "nb"));
    assertEquals("30. november 2017", site.deadline(Deadlines.parse("2017-11-30"), "nb", "nb"));
  }

  @Test
  void deadlinesReadAsThePagesSayThem() throws Exception {
    assertEquals("uke 50 2017", BUILT_IN.deadline(Deadlines.parse("2017-W50"), "nb", "nb"));
    assertEquals("week 50 2017", BUILT_IN.deadline(Deadlines.parse("2017-W50"), "en", "nb"));
    assertEquals("1. kvartal 2018", BUILT_IN.deadline(Deadlines.parse("2018-Q1"), "nb", "nb"));
  }

  @Test
  void textFallsBackToTheDefaultLanguage() {
    LText kurs = new LText(Map.of("nb", "Kurs"));
    assertEquals("Kurs", Words.text(kurs, "en", "nb"));
    assertEquals("", Words.text(null, "en", "nb"));
  }
}

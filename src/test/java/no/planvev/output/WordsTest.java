package no.planvev.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void givesWordsInBokmalNynorskAndEnglish() {
    assertEquals("Høringer", Words.word("hearings", "nb"));
    assertEquals("Høyringar", Words.word("hearings", "nn"));
    assertEquals("Hearings", Words.word("hearings", "en"));
  }

  @Test
  void fallsBackToEnglishForAnotherLanguageAndToTheKeyForAnUnknownWord() {
    assertEquals("Deadlines", Words.word("deadlines", "fi"));
    assertEquals("no_such_word", Words.word("no_such_word", "nb"));
  }

  @Test
  void textFallsBackToTheDefaultLanguage() {
    assertEquals("Kurs", Words.text(TestContent.nb("Kurs"), "en", "nb"));
    assertEquals("", Words.text(null, "en", "nb"));
  }
}

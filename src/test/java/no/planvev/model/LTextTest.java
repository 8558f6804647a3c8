package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LTextTest {

  private final LText text =
      new LText(Map.of("nb", "Kommunale tjenester", "en", "Municipal services"));

  @Test
  void givesTheTextInTheAskedLanguage() {
    assertEquals(
        new LText.Resolved("Municipal services", "en", false),
        text.resolve("en", "nb").orElseThrow());
  }

  @Test
  void fallsBackToBokmalWithItsLanguage() {
    assertEquals(
        new LText.Resolved("Kommunale tjenester", "nb", true),
        text.resolve("nn", "nb").orElseThrow());
  }

  @Test
  void fallsBackToAnyTextWhenTheDefaultIsMissing() {
    LText onlyEnglish = LText.of("en", "Roads");
    assertEquals(
        new LText.Resolved("Roads", "en", true), onlyEnglish.resolve("nn", "nb").orElseThrow());
  }

  @Test
  void emptyTextResolvesToNothing() {
    assertTrue(LText.EMPTY.resolve("nb", "nb").isEmpty());
  }
}

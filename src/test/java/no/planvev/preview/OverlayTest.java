package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The overlay speaks one language: its heading and its messages. */
class OverlayTest {

  private static final List<Problem> PROBLEMS =
      List.of(Problem.error(SourcePos.file("templates/i18n/nb.yaml"), Message.of("ui.notMap")));

  private static Element overlay(String lang) {
    return Jsoup.parse(Overlay.html(PROBLEMS, lang)).selectFirst("#" + Overlay.ID);
  }

  @Test
  void aBokmalPageGetsABokmalHeadingAndBokmalMessages() {
    Element o = overlay("nb");
    assertEquals("nb", o.attr("lang"));
    assertEquals("Nettstedet kan ikke bygges", o.selectFirst("h2").text());
    assertEquals(
        "templates/i18n/nb.yaml grensesnittekstene må være en samling fra nøkler til" + " tekster",
        o.selectFirst("li").text());
    assertEquals("Skjul", o.selectFirst("button").text());
  }

  @Test
  void anEnglishPageGetsEnglishThroughout() {
    Element o = overlay("en-GB");
    assertEquals("en", o.attr("lang"));
    assertEquals("The site cannot be built", o.selectFirst("h2").text());
    assertEquals(
        "templates/i18n/nb.yaml UI strings must be a mapping of keys to texts",
        o.selectFirst("li").text());
  }

  @Test
  void nynorskReadsBokmalMessagesAndAnotherLanguageGetsBokmal() {
    Element nn = overlay("nn");
    assertEquals("Nettstaden kan ikkje byggjast", nn.selectFirst("h2").text());
    assertEquals(
        "templates/i18n/nb.yaml grensesnittekstene må være en samling fra nøkler til" + " tekster",
        nn.selectFirst("li").text());
    Element se = overlay("se");
    assertEquals("nb", se.attr("lang"));
    assertEquals("Nettstedet kan ikke bygges", se.selectFirst("h2").text());
  }
}

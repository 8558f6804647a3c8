package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharingTest {

  @Test
  void describesWithTheFirstParagraphThatIsNotAHeadingWithoutMarks() {
    assertEquals(
        "Vi gir råd om **ingenting** annet enn lenker.".replace("**", ""),
        Sharing.plain(
            "## Om oss\n\nVi gir råd om **ingenting** annet\nenn [lenker](https://x.no).\n\n"
                + "Mer tekst."));
  }

  @Test
  void cutsALongDescriptionAtAWordWithAnEllipsis() {
    String d = Sharing.plain("ord ".repeat(100));
    assertTrue(d.length() <= Sharing.MAX + 1, d);
    assertTrue(d.endsWith("ord…"), d);
  }

  @Test
  void keepsTheTextOfALinkWithATitleAndOfAnImage() {
    assertEquals(
        "Se planen og kartet.",
        Sharing.plain("Se [planen](https://x.no/p \"Planen\") og ![kartet](kart.png)."));
  }

  @Test
  void readsOnlyTheStartOfAHugeParagraph() {
    // 20,000 unclosed links: the text stays as written (with unbounded patterns this took a
    // minute).
    String d = Sharing.plain("[a](b".repeat(20_000));
    assertTrue(d.startsWith("[a](b[a](b"), d);
    assertTrue(d.length() <= Sharing.MAX + 1, d);
  }

  @Test
  void writesLocalesAsOpenGraphDoes() {
    assertEquals("nb_NO", Sharing.locale("nb"));
    assertEquals("en_GB", Sharing.locale("en"));
    assertEquals("se_NO", Sharing.locale("se"));
    assertEquals("de", Sharing.locale("de"));
  }
}

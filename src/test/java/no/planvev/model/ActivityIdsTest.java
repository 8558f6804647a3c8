package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityIdsTest {

  private static LText nb(String s) {
    return LText.of("nb", s);
  }

  private static ActivityIds.Slot slot(String parent, String given, String title) {
    return new ActivityIds.Slot(parent, given, nb(title));
  }

  @Test
  void makesAnAsciiWordFromTheDefaultLanguageTitle() {
    assertEquals(
        "kvalitetssikre-opplegg-uke-50",
        ActivityIds.fromTitle(nb("Kvalitetssikre opplegg – uke 50"), "nb"));
    assertEquals(
        "mote-i-arbeidsutvalget-soknad-ae",
        ActivityIds.fromTitle(nb("Møte i arbeidsutvalget: «Søknad» Æ"), "nb"));
    assertEquals("cahkkalis-cilgehus", ActivityIds.fromTitle(nb("Čahkkáliš čilgehus"), "nb"));
    assertEquals("activity", ActivityIds.fromTitle(nb("–?!"), "nb"));
  }

  @Test
  void usesTheDefaultLanguageNotTheOthers() {
    LText t = new LText(Map.of("nb", "Sluttrapport", "en", "Final report"));
    assertEquals("sluttrapport", ActivityIds.fromTitle(t, "nb"));
    assertEquals("final-report", ActivityIds.fromTitle(t, "en"));
  }

  @Test
  void cutsLongTitlesAtAWordBoundary() {
    String id =
        ActivityIds.fromTitle(
            nb(
                "Felles søknadsprosess for næringsfond i alle"
                    + " kommunene i regionen med høring og revisjon av retningslinjer"),
            "nb");
    assertEquals("felles-soknadsprosess-for-naeringsfond-i-alle-kommunene-i", id);
  }

  @Test
  void sameTitleInTwoMeasuresIsQualifiedByEachMeasure() {
    List<String> ids =
        ActivityIds.assign(
            List.of(
                slot("a", null, "Kvalitetssikre opplegg"),
                slot("b", null, "Kvalitetssikre opplegg"),
                slot("b", null, "Innkalle til møte")),
            "nb");
    assertEquals(
        List.of("a-kvalitetssikre-opplegg", "b-kvalitetssikre-opplegg", "innkalle-til-mote"), ids);
  }

  @Test
  void sameTitleTwiceUnderOneParentIsNumberedInDocumentOrder() {
    List<String> ids =
        ActivityIds.assign(List.of(slot(null, null, "Møte"), slot(null, null, "Møte")), "nb");
    assertEquals(List.of("mote", "mote-2"), ids);
  }

  @Test
  void anEditorsIdWinsAndAGeneratedOneStepsAside() {
    List<String> ids =
        ActivityIds.assign(
            List.of(slot("m", null, "Rapport"), slot(null, "rapport", "Sluttrapport")), "nb");
    assertEquals(List.of("m-rapport", "rapport"), ids);
  }

  @Test
  void renamingOneActivityLeavesTheOthersIdsAlone() {
    List<String> before =
        ActivityIds.assign(
            List.of(slot("m", null, "Første"), slot("m", null, "Andre"), slot("m", null, "Tredje")),
            "nb");
    List<String> after =
        ActivityIds.assign(
            List.of(
                slot("m", null, "Første"),
                slot("m", null, "Andre, nytt navn"),
                slot("m", null, "Tredje")),
            "nb");
    assertEquals(before.get(0), after.get(0));
    assertEquals(before.get(2), after.get(2));
  }
}

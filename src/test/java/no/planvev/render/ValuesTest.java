package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  private record Item(String title, View.Txt label, Integer count) {}

  private record Page(String heading, List<Item> items) {}

  @Test
  void aRecordModelGivesTheMapATemplateWouldReadFromTheSameValuesAsAMap() {
    View.Txt label = new View.Txt("Forsinket", "nb", false);
    Map<String, Object> fromRecord = Values.convert(
        View.map("p", new Page("Aktiviteter", List.of(new Item("Kartlegge", label, null)))));
    Map<String, Object> fromMap = Values.convert(View.map("p", View.map(
        "heading", "Aktiviteter",
        "items", List.of(View.map("title", "Kartlegge", "label", label, "count", null)))));
    assertEquals(fromMap, fromRecord);
    assertEquals(
        Map.of("p", Map.of("heading", "Aktiviteter", "items", List.of(Map.of("title", "Kartlegge",
            "label", Map.of("text", "Forsinket", "lang", "nb", "fallback", false))))),
        fromRecord);
  }

  @Test
  void theWrittenOutTextAndHtmlValuesGiveWhatTheRecordRuleGives() {
    record Txt(String text, String lang, boolean fallback) {}
    record Html(String html, String lang, boolean fallback) {}
    assertEquals(Values.convert(View.map("t", new Txt("Frist", "en", true))),
        Values.convert(View.map("t", new View.Txt("Frist", "en", true))));
    assertEquals(Values.convert(View.map("h", new Html("<p>x</p>", "nb", false))),
        Values.convert(View.map("h", new View.Html("<p>x</p>", "nb", false))));
  }
}

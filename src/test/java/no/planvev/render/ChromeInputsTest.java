package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.model.Content;
import no.planvev.model.Page;
import no.planvev.model.Urls;
import no.planvev.words.DeadlineFormat;
import org.junit.jupiter.api.Test;

/** The chrome's inputs are one value: equal for equal content, different when any input is. */
class ChromeInputsTest {

  private static Chrome.Inputs inputs(
      Content c, LocalDate today, Map<String, Map<String, String>> strings) {
    List<String> langs = c.site().languageCodes();
    Map<String, Map<String, String>> ui = new java.util.LinkedHashMap<>();
    Map<String, Map<String, String>> borrowed = new java.util.LinkedHashMap<>();
    Map<String, DeadlineFormat> dates = new java.util.LinkedHashMap<>();
    for (String l : langs) {
      ui.put(l, strings.getOrDefault(l, strings.get("nb")));
      borrowed.put(l, Map.of());
      dates.put(l, DeadlineFormat.of(l, ui.get(l)));
    }
    return new Chrome(
            c,
            new Urls(c.site()),
            new SiteRenderer.Ui(ui, borrowed, dates),
            new ConcurrentHashMap<>(),
            today)
        .inputs();
  }

  @Test
  void equalContentGivesEqualInputsAndEachInputCounts() {
    Content c = TestSites.site();
    var ui = TestSites.ui();
    Chrome.Inputs a = inputs(c, TestSites.TODAY, ui);
    assertEquals(a, inputs(TestSites.site(), TestSites.TODAY, ui));
    assertNotEquals(a, inputs(c, TestSites.TODAY.plusDays(1), ui));

    Map<String, Map<String, String>> renamed = new java.util.LinkedHashMap<>(ui);
    Map<String, String> nb = new java.util.TreeMap<>(ui.get("nb"));
    nb.put("menu.projects", "Alle prosjekter");
    renamed.put("nb", nb);
    assertNotEquals(a, inputs(c, TestSites.TODAY, renamed));

    // A page that leaves the menu changes every page's chrome.
    List<Page> pages = new ArrayList<>(c.pages());
    Page first = pages.get(0);
    pages.set(
        0,
        new Page(
            first.id(),
            first.slug(),
            first.pos(),
            first.title(),
            first.menu() == null ? Integer.valueOf(9) : null,
            first.summary(),
            first.body()));
    Content moved = new Content(c.site(), c.plans(), c.projects(), c.hearings(), pages, c.assets());
    assertNotEquals(a, inputs(moved, TestSites.TODAY, ui));
  }
}

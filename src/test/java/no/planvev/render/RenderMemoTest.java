package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the renderer keeps between builds: Markdown by source, page values compared with equals. */
class RenderMemoTest {

  @Test
  void markdownIsRenderedOncePerSourceAndBase() {
    Markdown md = new Markdown();
    String a = md.toHtml("# Tittel\n\nTekst", 2);
    String b = md.toHtml("# Tittel\n\nTekst", 2);
    String c = md.toHtml("# Tittel\n\nTekst", 3);
    assertSame(a, b);
    assertTrue(a.contains("<h2"), a);
    assertTrue(c.contains("<h3"), c);
    assertEquals(1, md.hits());
    assertEquals(2, md.misses());
  }

  private record Item(String title, View.Txt label) {}

  private record Page(String heading, List<Item> items) {}

  @Test
  void pageValuesAreEqualComponentByComponentWithListsInOrder() {
    View.Txt label = new View.Txt("Forsinket", "nb", false);
    Page a = new Page("Aktiviteter", List.of(new Item("A", label), new Item("B", null)));
    Page same =
        new Page(
            "Aktiviteter",
            List.of(new Item("A", new View.Txt("Forsinket", "nb", false)), new Item("B", null)));
    Page reordered = new Page("Aktiviteter", List.of(new Item("B", null), new Item("A", label)));
    Page fallback =
        new Page(
            "Aktiviteter",
            List.of(new Item("A", new View.Txt("Forsinket", "nb", true)), new Item("B", null)));
    assertEquals(a, same);
    assertNotEquals(a, reordered);
    assertNotEquals(a, fallback);
  }
}

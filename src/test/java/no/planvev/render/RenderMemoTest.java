package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the renderer keeps between builds: Markdown by source, page values compared in order. */
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

  @Test
  void valuesInAnotherOrderAreNotTheSame() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", List.of("x", true));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", List.of("x", true));
    ba.put("a", "1");
    assertEquals(ab, ba);
    assertFalse(RenderMemo.same(ab, ba));
    assertTrue(RenderMemo.same(ab, new LinkedHashMap<>(ab)));
  }

  @Test
  void aListIsNotTheSameAsAMapOrALongerList() {
    assertFalse(RenderMemo.same(List.of("a"), Map.of("a", "a")));
    assertFalse(RenderMemo.same(List.of("a"), List.of("a", "b")));
    assertFalse(RenderMemo.same(Map.of("k", List.of(1)), Map.of("k", List.of(2))));
    assertTrue(RenderMemo.same(Map.of("k", List.of(1)), Map.of("k", List.of(1))));
  }
}

package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  final Markdown md = new Markdown();

  Element html(String markdown, int base) {
    return Jsoup.parseBodyFragment(md.toHtml(markdown, base)).body();
  }

  @Test
  void shiftsHeadingsSoTheBodyStartsAtBase() {
    Element body = html("# A\n\n## B\n\n# C", 2);
    assertEquals(
        List.of("h2", "h3", "h2"),
        body.select("h1,h2,h3,h4,h5,h6").stream().map(Element::tagName).toList());
  }

  @Test
  void neverSkipsALevelAndStopsAtSix() {
    Element body = html("## A\n\n#### B\n\n###### C", 5);
    assertEquals(
        List.of("h5", "h6", "h6"),
        body.select("h1,h2,h3,h4,h5,h6").stream().map(Element::tagName).toList());
  }

  @Test
  void escapesRawHtml() {
    Element body = html("<script>alert(1)</script>\n\nText <b onclick=x>bold</b>", 2);
    assertTrue(body.select("script, b").isEmpty(), body.html());
    assertTrue(body.text().contains("<b onclick=x>bold</b>"));
  }

  @Test
  void dropsUnsafeSchemesInEveryLinkForm() {
    String[] bad = {
      "[a](javascript:alert(1))",
      "[a](JaVaScRiPt:alert(1))",
      "[a](vbscript:x)",
      "[a](data:text/html,<b>)",
      "![a](data:image/png;base64,AA)",
      "[a](&#106;avascript:x)",
      "[a][r]\n\n[r]: javascript:alert(1)",
      "<javascript:alert(1)>",
      "[a](java\tscript:x)"
    };
    for (String s : bad) {
      Element body = html(s, 2);
      for (Element e : body.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        assertTrue(Markdown.isSafeUrl(url), s + " → " + body.html());
        assertFalse(url.toLowerCase().replaceAll("\\s", "").contains("script:"), s);
      }
    }
  }

  @Test
  void keepsSafeAndRelativeLinks() {
    Element body =
        html(
            "[a](../om/) [b](https://x.no/) [c](mailto:p@x.no) [d](#del) [e](a:b/c)"
                + " [f](x/y:z)",
            2);
    assertEquals(
        List.of("../om/", "https://x.no/", "mailto:p@x.no", "#del", "x/y:z"),
        body.select("a").eachAttr("href"));
  }

  @Test
  void rendersTablesAndHeadingIds() {
    Element body = html("## Økonomi og plan\n\n| a | b |\n|---|---|\n| 1 | 2 |", 2);
    assertEquals("økonomi-og-plan", body.selectFirst("h2").id());
    assertEquals(2, body.select("table th").size());
  }

  @Test
  void inlineHasNoParagraph() {
    assertEquals("Hei <em>du</em>", md.inlineHtml("Hei *du*"));
  }

  @Test
  void aTextTooDeepForTheStackIsTooComplexAndTheRendererStaysUsable() {
    String deep = "*a ".repeat(40_000) + "b" + " c*".repeat(40_000);
    Markdown.TooComplex e = assertThrows(Markdown.TooComplex.class, () -> md.toHtml(deep, 2));
    assertEquals(deep, e.markdown());
    assertTrue(e.getCause() instanceof StackOverflowError, e.getCause().toString());
    assertEquals("<p><em>ok</em></p>\n", md.toHtml("*ok*", 2));
    assertThrows(Markdown.TooComplex.class, () -> md.toHtml(deep, 2), "failures are not memoised");
  }

  @Test
  void linkDestinationsNestThirtyTwoParenthesesDeepAndNoDeeper() {
    String ok = "(".repeat(32) + "x" + ")".repeat(32);
    assertEquals("<p><a href=\"" + ok + "\">a</a></p>\n", md.toHtml("[a](" + ok + ")", 2));
    String deep = "(".repeat(33) + "x" + ")".repeat(33);
    assertEquals("<p>[a](" + deep + ")</p>\n", md.toHtml("[a](" + deep + ")", 2));
  }
}

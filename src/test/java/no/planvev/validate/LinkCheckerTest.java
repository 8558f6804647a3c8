package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.LText;
import no.planvev.model.Language;
import no.planvev.model.SiteConfig;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

  static Content site(String baseUrl) {
    SiteConfig s =
        new SiteConfig(
            LText.of("nb", "T"),
            LText.EMPTY,
            baseUrl,
            List.of(new Language("nb", "Norsk")),
            null,
            null,
            Map.of(),
            null,
            null);
    return new Content(s, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static List<String> check(String baseUrl, Map<String, String> pages, Set<String> copied) {
    Map<String, byte[]> generated = new TreeMap<>();
    pages.forEach((k, v) -> generated.put(k, v.getBytes(StandardCharsets.UTF_8)));
    Problems problems = new Problems();
    LinkChecker.check(generated, copied, site(baseUrl), null, problems);
    return problems.all().stream().map(Problem::toString).toList();
  }

  @Test
  void resolvesRelativeAndRootRelativeLinks() {
    assertEquals("nb/om/", LinkChecker.resolve("nb/planer/index.html", "../om/", "/"));
    assertEquals("nb/om", LinkChecker.resolve("nb/planer/index.html", "../om", "/"));
    assertEquals("nb/", LinkChecker.resolve("nb/planer/index.html", "..", "/"));
    assertEquals("nb/om/", LinkChecker.resolve("404.html", "/plan/nb/om/", "/plan/"));
    assertEquals("static/a.css", LinkChecker.resolve("nb/x/index.html", "/static/a.css", "/"));
    assertNull(LinkChecker.resolve("nb/index.html", "../../x/", "/"));
  }

  @Test
  void findsIdsAndInternalLinksInOurHtml() {
    PageLinks page =
        LinkChecker.scan(
            ("<h2 id=\"h%C3%B8ring\">x</h2><a name='gammel'></a>"
                    + "<a class=\"x\" href=\"../a/?q=1&amp;r=2#top\">a</a><img src='b.png' alt=''>"
                    + "<a href=\"https://x.no/\">x</a><a href=\"//cdn.x.no/a.js\">c</a><a href=\"#\">t</a>"
                    + "<img src='b.png'>")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("gammel", "h%C3%B8ring"), List.of(page.ids));
    assertEquals(List.of("../a/?q=1&r=2#top", "b.png"), List.of(page.links));
  }

  @Test
  void acceptsWorkingLinksAndIgnoresExternalOnes() {
    assertEquals(
        List.of(),
        check(
            "https://x.no/",
            Map.of(
                "nb/index.html",
                "<a href=\"om/\">o</a><a href=\"om/#høring\">h</a>"
                    + "<a href=\"om/#h%C3%B8ring\">h</a><a href=\"https://x.no/finnes-ikke/\">x</a>"
                    + "<a href=\"mailto:a@b.no\">m</a><a href=\"#\">top</a><img src=\"../static/k.png\">",
                "nb/om/index.html",
                "<h2 id=\"høring\">H</h2><a href=\"..\">up</a>"),
            Set.of("static/k.png")));
  }

  @Test
  void reportsMissingPagesAnchorsAndLinksOutOfTheSiteAtThePage() {
    assertEquals(
        List.of(
            "nb/index.html: error: the link '../../x/' climbs out of the site with ../; link to a page"
                + " of the site",
            "nb/index.html: error: the link 'om/#nei' on nb/ leads to #nei on nb/om/, but that page"
                + " has no heading or id 'nei'",
            "nb/index.html: error: the link 'omm/' on nb/ leads to nb/omm/, which is not a page or"
                + " file of the site — did you mean 'nb/om/'?"),
        check(
            "https://x.no/",
            Map.of(
                "nb/index.html",
                "<a href=\"omm/\">x</a><a href=\"om/#nei\">y</a><a href=\"../../x/\">z</a>",
                "nb/om/index.html",
                "<h1 id=\"ja\">J</h1>"),
            Set.of()));
  }
}

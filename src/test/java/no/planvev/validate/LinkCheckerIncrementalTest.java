package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import org.junit.jupiter.api.Test;

/** A checker kept between rebuilds reports what a full check of the same site reports. */
class LinkCheckerIncrementalTest {

  private static final Content SITE = LinkCheckerTest.site("https://x.no/");

  /** The site as it is now, and a checker that has seen every edit since the start. */
  private final Map<String, String> pages = new TreeMap<>();

  private final Set<String> copied = new TreeSet<>();
  private final LinkChecker kept = new LinkChecker();

  private void put(String path, String html) {
    pages.put(path, html);
    kept.replace(path, LinkChecker.scan(html.getBytes(StandardCharsets.UTF_8)));
  }

  private void delete(String path) {
    pages.remove(path);
    kept.remove(path);
  }

  private static List<String> texts(Problems problems) {
    return problems.all().stream().map(Problem::toString).toList();
  }

  /** Checks incrementally and in full; both must agree. Returns the problems. */
  private List<String> checkBoth() {
    Set<String> all = new HashSet<>(pages.keySet());
    all.addAll(copied);
    Problems incremental = new Problems();
    kept.check(all, SITE, null, incremental);
    LinkChecker fresh = new LinkChecker();
    pages.forEach((k, v) -> fresh.add(k, LinkChecker.scan(v.getBytes(StandardCharsets.UTF_8))));
    Problems full = new Problems();
    fresh.check(all, SITE, null, full);
    assertEquals(texts(full), texts(incremental));
    return texts(incremental);
  }

  @Test
  void reportsTheSameAsAFullCheckAfterEveryEdit() {
    put(
        "nb/index.html",
        "<a href=\"om/\">o</a><a href=\"om/#mal\">m</a><a href=\"#a\">a</a>"
            + "<h1 id=\"a\">A</h1>");
    put("nb/om/index.html", "<h2 id=\"mal\">Mål</h2><a href=\"../\">up</a>");
    put("nb/gammel/index.html", "<img src=\"../../static/logo.png\"><a href=\"../omm/\">x</a>");
    String broken =
        "nb/gammel/index.html: error: the link '../omm/' on nb/gammel/ leads to"
            + " nb/omm/, which is not a page or file of the site — did you mean 'nb/om/'?";
    String noLogo =
        "nb/gammel/index.html: error: the link '../../static/logo.png' on"
            + " nb/gammel/ leads to static/logo.png, which is not a page or file of the site";
    assertEquals(List.of(noLogo, broken), checkBoth());
    assertEquals(3, kept.checkedLastTime());

    // Nothing changed: nothing is looked at again, the problems stay.
    assertEquals(List.of(noLogo, broken), checkBoth());
    assertEquals(0, kept.checkedLastTime());

    // A copied file appears: every page is checked again.
    copied.add("static/logo.png");
    assertEquals(List.of(broken), checkBoth());
    assertEquals(3, kept.checkedLastTime());

    // Add a page.
    put("nb/ny/index.html", "<a href=\"../om/#mal\">m</a>");
    assertEquals(List.of(broken), checkBoth());

    // Break a link on one page: only that page is looked at.
    put(
        "nb/index.html",
        "<a href=\"om/\">o</a><a href=\"om/#mal\">m</a><a href=\"#b\">b</a>"
            + "<h1 id=\"a\">A</h1>");
    String self =
        "nb/index.html: error: the link '#b' on nb/ leads to #b on nb/, but that page"
            + " has no heading or id 'b'";
    assertEquals(List.of(broken, self), checkBoth());
    assertEquals(1, kept.checkedLastTime());

    // Remove an anchor target: the pages that link to it with a fragment are checked too.
    put("nb/om/index.html", "<h2 id=\"maal\">Mål</h2><a href=\"../\">up</a>");
    String anchor1 =
        "nb/index.html: error: the link 'om/#mal' on nb/ leads to #mal on nb/om/,"
            + " but that page has no heading or id 'mal'";
    String anchor2 =
        "nb/ny/index.html: error: the link '../om/#mal' on nb/ny/ leads to #mal on"
            + " nb/om/, but that page has no heading or id 'mal'";
    assertEquals(List.of(broken, self, anchor1, anchor2), checkBoth());
    assertEquals(3, kept.checkedLastTime());

    // Fix it.
    put("nb/om/index.html", "<h2 id=\"mal\">Mål</h2><a href=\"../\">up</a>");
    assertEquals(List.of(broken, self), checkBoth());
    assertEquals(3, kept.checkedLastTime());

    // Change a page's links but not its ids: pages linking to it are not looked at.
    put("nb/om/index.html", "<h2 id=\"mal\">Mål</h2><a href=\"../gammel/\">opp</a>");
    assertEquals(List.of(broken, self), checkBoth());
    assertEquals(1, kept.checkedLastTime());

    // Change only its text: nothing is looked at.
    put("nb/om/index.html", "<h2 id=\"mal\">Mål og mening</h2><a href=\"../gammel/\">opp</a>");
    assertEquals(List.of(broken, self), checkBoth());
    assertEquals(0, kept.checkedLastTime());

    // The same pages handed over again: only the one with a problem is looked at.
    put("nb/om/index.html", pages.get("nb/om/index.html"));
    put("nb/index.html", pages.get("nb/index.html"));
    assertEquals(List.of(broken, self), checkBoth());
    assertEquals(1, kept.checkedLastTime());

    // Fix the other links.
    put(
        "nb/index.html",
        "<a href=\"om/\">o</a><a href=\"om/#mal\">m</a><h1 id=\"b\">B</h1>"
            + "<a href=\"#b\">b</a>");
    put("nb/gammel/index.html", "<img src=\"../../static/logo.png\"><a href=\"../om/\">x</a>");
    assertEquals(List.of(), checkBoth());
    assertEquals(2, kept.checkedLastTime());

    // Remove a page others link to.
    delete("nb/om/index.html");
    assertEquals(
        List.of(
            "nb/gammel/index.html: error: the link '../om/' on nb/gammel/ leads to nb/om/, which is"
                + " not a page or file of the site — did you mean 'nb/ny/'?",
            "nb/index.html: error: the link 'om/#mal' on nb/ leads to nb/om/, which is not a page"
                + " or file of the site — did you mean 'nb/ny/'?",
            "nb/index.html: error: the link 'om/' on nb/ leads to nb/om/, which is not a page or"
                + " file of the site — did you mean 'nb/ny/'?",
            "nb/ny/index.html: error: the link '../om/#mal' on nb/ny/ leads to nb/om/, which is"
                + " not a page or file of the site — did you mean 'nb/ny/'?"),
        checkBoth());
    assertEquals(3, kept.checkedLastTime());
  }
}

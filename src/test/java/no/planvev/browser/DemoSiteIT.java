package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The demo site ({@code content/} with {@code templates/}, built for 23 November 2026) in a real
 * browser: every HTML page in every language (nb, en, se) must meet WCAG 2.1 AA as far as machines
 * can tell. Each test checks every page and lists every problem it finds, page by page.
 */
class DemoSiteIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final Set<String> LANGUAGES = Set.of("nb", "en", "se");
  private static final String STATEMENT_URL = "https://plan.example.no/nb/tilgjengelighet/";

  /** The pages shown in docs/screenshots, by name. */
  private static final Map<String, String> SHOWCASE = new LinkedHashMap<>();

  static {
    SHOWCASE.put("home", "nb/");
    SHOWCASE.put("plan", "nb/planer/strategisk-plan/");
    SHOWCASE.put("project", "nb/prosjekter/naeringsvennlig-kommune/");
    SHOWCASE.put("hearing", "nb/horinger/regional-naeringsstrategi/");
  }

  private static Path tmp;
  private static Path site;
  private static List<String> pages; // site paths of every HTML page, "nb/" style for index.html
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-demo-");
    site = tmp.resolve("site");
    BuildResult result =
        Builder.build(
            new BuildOptions(Path.of("content"), Path.of("templates"), site, null, DATE, false));
    assertTrue(result.ok(), () -> "the demo site does not build:\n" + result.problems());
    try (Stream<Path> files = Files.walk(site)) {
      pages =
          files
              .filter(f -> f.toString().endsWith(".html"))
              .map(f -> site.relativize(f).toString().replace('\\', '/'))
              .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - 10) : p)
              .sorted()
              .toList();
    }
    for (String lang : LANGUAGES) {
      assertTrue(pages.stream().anyMatch(p -> p.startsWith(lang + "/")), "no pages in " + lang);
    }
    for (String page : SHOWCASE.values()) {
      assertTrue(pages.contains(page), page + " is not in the built site: " + pages);
    }
    server = StaticServer.serve(site);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) browser.close();
    if (server != null) server.close();
    if (tmp != null) {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Pages in a language folder; the root (a language chooser or redirect) has no language. */
  private static List<String> languagePages() {
    return pages.stream().filter(p -> LANGUAGES.contains(lang(p))).toList();
  }

  private static String lang(String page) {
    int slash = page.indexOf('/');
    return slash < 0 ? "" : page.substring(0, slash);
  }

  private static Document parse(String page) {
    try {
      return Jsoup.parse(
          site.resolve(page.endsWith("/") || page.isEmpty() ? page + "index.html" : page).toFile(),
          "UTF-8",
          server.url(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails listing every page's problems, or passes when there are none. */
  private static void assertNoProblems(String what, Map<String, List<String>> byPage) {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (var e : byPage.entrySet()) {
      if (e.getValue().isEmpty()) continue;
      sb.append("\n  ").append(e.getKey()).append(':');
      for (String p : e.getValue()) {
        sb.append("\n    - ").append(p);
        count++;
      }
    }
    if (count > 0) {
      fail(
          what
              + ": "
              + count
              + " problem(s) on "
              + byPage.values().stream().filter(l -> !l.isEmpty()).count()
              + " of "
              + byPage.size()
              + " pages"
              + sb);
    }
  }

  @Test
  void axeFindsNoWcag21AaViolationsOnAnyPage() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : pages) {
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      found.put(page, browser.axeViolations());
    }
    assertNoProblems("axe-core (WCAG 2.1 A + AA)", found);
  }

  @Test
  void axeFindsNoViolationsAtPhoneWidthEither() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : SHOWCASE.values()) {
      browser.open(server.url(page), 375);
      found.put(page + " @375px", browser.axeViolations());
    }
    assertNoProblems("axe-core at 375 px", found);
  }

  @Test
  void vnuFindsNoHtmlErrors() {
    List<String> errors = Vnu.errors(site);
    assertEquals(
        List.of(),
        errors,
        () ->
            "the Nu HTML Checker found "
                + errors.size()
                + " error(s):\n"
                + String.join("\n", errors));
  }

  @Test
  void noPageScrollsSidewaysAt320CssPixels() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : pages) {
      browser.open(server.url(page), 320);
      found.put(page, PageChecks.noHorizontalScroll(browser));
    }
    assertNoProblems("reflow at 320 px (WCAG 1.4.10)", found);
  }

  @Test
  void everyPageHasOneH1AndNoSkippedHeadingLevels() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : languagePages()) {
      found.put(page, PageChecks.headings(parse(page)));
    }
    assertNoProblems("headings", found);
  }

  @Test
  void everyPageHasATitleOfItsOwnInItsLanguage() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>(); // lang + title → first page with it
    for (String page : languagePages()) {
      String title = parse(page).title().strip();
      List<String> problems = new ArrayList<>();
      if (title.isEmpty()) problems.add("no <title> (WCAG 2.4.2)");
      String other = seen.putIfAbsent(lang(page) + "\u0000" + title, page);
      if (!title.isEmpty() && other != null) {
        problems.add("same <title> as " + other + ": \"" + title + "\"");
      }
      found.put(page, problems);
    }
    assertNoProblems("page titles", found);
  }

  /**
   * WCAG 2.1, 3.1.2 (language of parts): on a Northern Sami page, no text the browser shows is
   * bokmål (a bokmål UI string, or bokmål content text that is not also the Sami text) unless the
   * nearest lang around it is nb, so that screen readers switch pronunciation.
   */
  @Test
  void noSamiPageShowsBokmalWithoutLangNb() {
    no.planvev.BokmalText bokmal =
        no.planvev.BokmalText.of(Path.of("content"), Path.of("templates"), "se");
    assertTrue(bokmal.size() > 100, "bokmål texts known: " + bokmal.size());
    Map<String, List<String>> found = new LinkedHashMap<>();
    List<String> se =
        pages.stream().filter(p -> p.startsWith("se/") || p.startsWith("embed/se/")).toList();
    assertTrue(se.size() > 20, "se pages: " + se.size());
    for (String page : se) {
      browser.open(server.url(page), 1280);
      @SuppressWarnings("unchecked")
      List<List<String>> texts =
          (List<List<String>>)
              browser.js(
                  "const out = []; const w = document.createTreeWalker(document.body,"
                      + " NodeFilter.SHOW_TEXT); let n;"
                      + " while ((n = w.nextNode())) { if (!n.nodeValue.trim()) continue;"
                      + " const p = n.parentElement; const l = p.closest('[lang]');"
                      + " out.push([n.nodeValue, p.textContent, l ? l.getAttribute('lang') : '']); }"
                      + " return out;");
      List<String> problems = new ArrayList<>();
      for (List<String> t : texts) {
        if (bokmal.isUnmarkedBokmal(t.get(0), t.get(1), t.get(2))) {
          problems.add("'" + t.get(0).strip() + "' is bokmål but its lang is '" + t.get(2) + "'");
        }
      }
      found.put(page, problems);
    }
    assertNoProblems("bokmål on Sami pages", found);
  }

  @Test
  void htmlLangMatchesTheLanguageFolder() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : languagePages()) {
      found.put(page, PageChecks.lang(parse(page), lang(page)));
    }
    assertNoProblems("<html lang>", found);
  }

  @Test
  void everyFooterLinksToTheAccessibilityStatement() {
    Predicate<URI> statement =
        u ->
            u.toString().equals(STATEMENT_URL)
                || u.toString().startsWith(server.url(""))
                    && u.getPath().matches("/(nb|en|se)/(tilgjengelighet|accessibility)/");
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : languagePages()) {
      found.put(page, PageChecks.footerStatementLink(parse(page), server.url(page), statement));
    }
    assertNoProblems("accessibility statement link", found);
  }

  @Test
  void theFirstTabStopIsASkipLinkThatMovesFocusToMain() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : languagePages()) {
      // A redirect page (an old address) leaves at once: its tab order is the target's.
      if (parse(page).selectFirst("meta[http-equiv=refresh]") != null) continue;
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      found.put(page, PageChecks.skipLink(browser));
    }
    assertNoProblems("skip link", found);
  }

  @Test
  void tabReachesEveryLinkAndTheLanguageSwitcherInDomOrderOnTheProjectPage() {
    for (String page : List.of(SHOWCASE.get("project"), "en/projects/naeringsvennlig-kommune/")) {
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      List<String> reached = new ArrayList<>();
      List<String> problems = PageChecks.tabOrder(browser, reached);
      System.out.println("Tab order on " + page + " (" + reached.size() + " stops):");
      reached.forEach(r -> System.out.println("  " + r));
      assertEquals(List.of(), problems, page);
      Document doc = parse(page);
      // Wide screens show content pages in the footer only; the embed box is a closed disclosure.
      long links =
          doc.select("a[href]").size()
              - doc.select(".menu-page a[href]").size()
              - doc.select("details.embed-offer a[href]").size();
      assertEquals(
          links,
          reached.stream().filter(r -> r.matches("^a[#.\\[].*")).count(),
          page + ": Tab must reach every one of its " + links + " links; reached " + reached);
      String other = lang(page).equals("nb") ? "en" : "nb";
      assertTrue(
          reached.stream()
              .anyMatch(
                  r ->
                      r.contains("[href=\"")
                          && (r.contains("/" + other + "/") || r.contains("\"" + other + "/"))),
          page
              + ": the language switcher (a link into "
              + other
              + "/) was not reached: "
              + reached);
      browser.open(server.url(page), Browser.DESKTOP_WIDTH);
      assertEquals(List.of(), PageChecks.skipLink(browser, true), page);
      assertEquals(
          "MAIN",
          browser.js("return document.activeElement.tagName;"),
          page + ": the skip link must move the focus to <main>");
    }
  }

  @Test
  void everyPageWeighsUnder50KilobytesWithItsCssAndScript() {
    List<PageWeight> weights = pages.stream().map(p -> PageWeight.of(site, p)).toList();
    System.out.println("Page weight (" + weights.size() + " pages):");
    System.out.print(PageWeight.table(weights));
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (PageWeight w : weights) {
      List<String> problems = new ArrayList<>();
      if (w.total() > PageWeight.BUDGET) {
        problems.add(
            w.total() + " B of HTML + CSS + script, over the " + PageWeight.BUDGET + " B budget");
      }
      w.missing()
          .forEach(m -> problems.add("links a stylesheet or script that is not there: " + m));
      found.put(w.page(), problems);
    }
    assertNoProblems("page weight", found);
  }

  /** {@code mvn verify -Dplanvev.screenshots=true} refreshes docs/screenshots. */
  @Test
  @EnabledIfSystemProperty(named = "planvev.screenshots", matches = "true")
  void writesScreenshotsOfTheShowcasePages() throws IOException {
    Path out = Path.of("docs", "screenshots");
    Files.createDirectories(out);
    for (var e : SHOWCASE.entrySet()) {
      for (int width : List.of(375, 1280)) {
        byte[] png = browser.fullPageScreenshot(server.url(e.getValue()), width);
        Path file = out.resolve(e.getKey() + "-" + width + ".png");
        Files.write(file, png);
        System.out.println("wrote " + file + " (" + png.length + " B)");
      }
    }
  }
}

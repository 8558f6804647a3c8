package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page of the demo has around its content, in a real browser: the header on a phone, the
 * menu as a disclosure that works with the keyboard and without JavaScript, status tags, the embed
 * box, print, the sharing tags, addresses per language with the old ones sent on, and the root
 * page's language choice.
 */
class ChromeIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final String BASE = "https://plan.example.no/";
  private static final int PHONE = 375;
  private static final int PHONE_HEIGHT = 667;

  /** One page of every kind, in each language the demo has. */
  private static final List<String> KINDS =
      List.of(
          "nb/",
          "nb/planer/strategisk-plan/",
          "nb/planer/strategisk-plan/naeringsvekst/",
          "nb/prosjekter/",
          "nb/prosjekter/naeringsvennlig-kommune/",
          "nb/tidslinje/",
          "nb/horinger/",
          "nb/horinger/regional-naeringsstrategi/",
          "nb/om/",
          "nb/data/",
          "nb/404.html",
          "en/",
          "en/about/",
          "en/projects/naeringsvennlig-kommune/",
          "se/",
          "se/om/",
          "");

  private static Path tmp;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    tmp = Files.createTempDirectory("planvev-chrome-");
    site = tmp.resolve("site");
    BuildResult result =
        Builder.build(
            new BuildOptions(Path.of("content"), Path.of("templates"), site, null, DATE, false));
    assertTrue(result.ok(), () -> "the demo site does not build:\n" + result.problems());
    server = StaticServer.serve(site);
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser
          .driver()
          .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
      browser.close();
    }
    if (server != null) server.close();
    if (tmp != null) {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Document parse(String page) throws IOException {
    String file = page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
    return Jsoup.parse(site.resolve(file).toFile(), "UTF-8", server.url(page));
  }

  private double number(String script) {
    return ((Number) browser.js(script)).doubleValue();
  }

  private void openOnPhone(String page) {
    browser.viewport(PHONE, PHONE_HEIGHT);
    browser.driver().get(server.url(page));
  }

  @Test
  void theHeaderTakesAtMost120PxOnAPhoneAndTheTitleIsOnTheFirstScreen() {
    Map<String, String> found = new LinkedHashMap<>();
    for (String page : KINDS) {
      if (page.isEmpty()) continue; // the root goes on to a language (see below)
      openOnPhone(page);
      double header =
          number(
              "return document.querySelector('.site-header')" + ".getBoundingClientRect().height;");
      double h1 = number("return document.querySelector('h1').getBoundingClientRect().bottom;");
      if (header > 120) found.put(page, "header is " + header + " px high");
      if (h1 > PHONE_HEIGHT)
        found.put(page, "the h1 ends at " + h1 + " px, below the first screen");
    }
    assertEquals(Map.of(), found);
  }

  @Test
  void theMenuIsAClosedDisclosureOnAPhoneThatOpensWithTheKeyboardAndByClick() {
    openOnPhone("nb/prosjekter/");
    assertEquals(Boolean.FALSE, browser.js("return document.querySelector('details.menu').open;"));
    assertEquals(
        Boolean.FALSE,
        browser.js("return document.querySelector('.menu nav a')" + ".checkVisibility();"),
        "a closed menu shows no links");
    // Tab to the summary (skip link, site title, language links, then the menu button).
    for (int i = 0; i < 20; i++) {
      browser.tab();
      if (Boolean.TRUE.equals(
          browser.js("return document.activeElement.matches('details.menu > summary');"))) {
        break;
      }
    }
    assertEquals(
        Boolean.TRUE,
        browser.js("return document.activeElement.matches('details.menu > summary');"),
        "Tab reaches the menu button");
    browser.enter();
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('details.menu').open;"));
    browser.tab();
    assertEquals(
        "Forside",
        browser.js("return document.activeElement.textContent;"),
        "the next Tab goes into the open menu");
    assertEquals(
        "page",
        browser.js(
            "return document.querySelector("
                + "'.menu a[href=\"./\"]').getAttribute('aria-current');"));
    browser.driver().findElement(By.cssSelector("details.menu > summary")).click();
    assertEquals(
        Boolean.FALSE,
        browser.js("return document.querySelector('details.menu').open;"),
        "a click closes it again");
    browser.driver().findElement(By.cssSelector("details.menu > summary")).click();
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('details.menu').open;"));
    double bottom =
        number(
            "return [...document.querySelectorAll('.menu nav a')]"
                + ".map(a => a.getBoundingClientRect().bottom).reduce((a, b) => Math.max(a, b));");
    assertTrue(bottom > 0, "the open menu shows its links");
  }

  @Test
  void theMenuOpensWithoutJavaScript() {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      openOnPhone("nb/tidslinje/");
      var summary = browser.driver().findElement(By.cssSelector("details.menu > summary"));
      var first = browser.driver().findElement(By.cssSelector(".menu nav a"));
      assertFalse(first.isDisplayed(), "closed on a phone");
      summary.click();
      assertTrue(first.isDisplayed(), "the disclosure opens without any script of ours");
      for (var script : browser.driver().findElements(By.cssSelector("script"))) {
        assertTrue(
            script.getDomAttribute("src").endsWith("static/copy.js"),
            "the only script is the embed box's copy button, not the menu's");
      }
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void wideScreensShowTheMenuOpenWithoutAButtonAndPagesInTheFooter() {
    browser.open(server.url("nb/om/"), Browser.DESKTOP_WIDTH);
    assertEquals(
        0.0,
        number("return document.querySelector('.menu > summary')" + ".getClientRects().length;"));
    assertEquals(
        6.0,
        number(
            "return [...document.querySelectorAll('.menu nav a')]"
                + ".filter(a => a.getClientRects().length > 0).length;"),
        "home, plan, projects, timeline, hearings, reports");
    double header =
        number(
            "return document.querySelector('.site-header')" + ".getBoundingClientRect().height;");
    assertTrue(header <= 120, "header " + header + " px at 1280 px");
    assertEquals(
        "page",
        browser.js(
            "return document.querySelector('footer nav a[href=\"./\"]')"
                + ".getAttribute('aria-current');"));
    // The statement page is in the menu too, but the footer names it once, on its own line.
    assertEquals(
        1.0,
        number(
            "return document.querySelectorAll('footer a[href=\"../tilgjengelighet/\"]').length;"),
        "one link to the accessibility statement in the footer");
  }

  @Test
  void statusTagsAreAtLeast16PxWithAaContrastAndSayHowLate() {
    List<String> problems = new ArrayList<>();
    int tags = 0;
    for (String page :
        List.of(
            "nb/",
            "nb/prosjekter/naeringsvennlig-kommune/",
            "nb/tidslinje/",
            "nb/horinger/",
            "en/projects/naeringsvennlig-kommune/")) {
      browser.open(server.url(page), PHONE);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> found =
          (List<Map<String, Object>>)
              browser.js(
                  "const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => {"
                      + " x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);});"
                      + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
                      + "return [...document.querySelectorAll('.tag')].map(t => { const s = getComputedStyle(t);"
                      + " const a = lum(s.color), b = lum(s.backgroundColor);"
                      + " return {text: t.textContent, size: parseFloat(s.fontSize),"
                      + "  ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),"
                      + "  filled: s.backgroundColor !== 'rgba(0, 0, 0, 0)', cls: t.className}; });");
      for (Map<String, Object> t : found) {
        tags++;
        double size = ((Number) t.get("size")).doubleValue();
        double ratio = ((Number) t.get("ratio")).doubleValue();
        String what = page + " \"" + t.get("text") + "\"";
        if (size < 16) problems.add(what + ": " + size + " px");
        if (ratio < 4.5) problems.add(what + ": contrast " + ratio);
        if (!Boolean.TRUE.equals(t.get("filled"))) problems.add(what + ": no background");
        if (String.valueOf(t.get("cls")).contains("tag-overdue")
            && !String.valueOf(t.get("text"))
                .matches(
                    "(Forsinket \\d+ (dager?|uker?|måneder?|år)|\\d+ (days?|weeks?|months?|years?) late)")
            && !String.valueOf(t.get("text")).matches("Forsinket|Overdue")) {
          problems.add(what + ": an overdue tag that says neither how late nor Overdue");
        }
      }
    }
    assertTrue(tags > 10, "tags seen: " + tags);
    assertEquals(List.of(), problems);
  }

  @Test
  void theEmbedBoxIsAClosedShareOrEmbedDisclosure() throws IOException {
    Document d = parse("nb/prosjekter/naeringsvennlig-kommune/");
    Element box = d.selectFirst("details.embed-offer");
    assertNotNull(box);
    assertFalse(box.hasAttr("open"));
    assertEquals("Del eller bygg inn", box.selectFirst("summary").text());
    assertEquals(
        BASE + "nb/prosjekter/naeringsvennlig-kommune/",
        box.selectFirst("input.share-link").attr("value"));
    assertEquals(
        "Share or embed",
        parse("en/projects/naeringsvennlig-kommune/")
            .selectFirst("details.embed-offer summary")
            .text());
    browser.open(server.url("nb/prosjekter/naeringsvennlig-kommune/"), PHONE);
    assertEquals(
        Boolean.FALSE,
        browser.js(
            "return document.querySelector('.embed-offer textarea')" + ".checkVisibility();"),
        "the snippet is hidden until the reader opens the box");
  }

  @Test
  void printHidesNavigationMenuLanguagesAndEmbedBoxAndShowsLinkAddresses() {
    browser.open(server.url("nb/prosjekter/naeringsvennlig-kommune/"), Browser.DESKTOP_WIDTH);
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      for (String sel : List.of(".menu", ".lang", ".embed-offer", ".skip", ".footer-menu")) {
        assertEquals(
            "none",
            browser.js(
                "const e = document.querySelector('"
                    + sel
                    + "');"
                    + "return e ? getComputedStyle(e).display : 'none';"),
            sel + " in print");
      }
      String after =
          (String)
              browser.js(
                  "const a = document.querySelector('main a[href]"
                      + ":not([href^=\"#\"])'); return getComputedStyle(a, '::after').content;");
      assertTrue(after.contains("("), "a link shows its address in print: " + after);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void everyPageHasADescriptionAndAbsoluteOpenGraphAndTwitterTags() throws IOException {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String page : KINDS) {
      Document d = parse(page);
      List<String> problems = new ArrayList<>();
      String canonical = d.selectFirst("link[rel=canonical]").attr("href");
      String description = content(d, "meta[name=description]");
      if (description.isBlank() || description.length() > 201) {
        problems.add("description: '" + description + "'");
      }
      if (!canonical.startsWith(BASE)) problems.add("canonical " + canonical);
      if (!canonical.equals(content(d, "meta[property=og:url]"))) problems.add("og:url");
      if (content(d, "meta[property=og:title]").isBlank()) problems.add("og:title");
      if (!description.equals(content(d, "meta[property=og:description]"))) {
        problems.add("og:description");
      }
      if (!content(d, "meta[property=og:type]").matches("website|article")) problems.add("og:type");
      String lang = d.selectFirst("html").attr("lang");
      if (!content(d, "meta[property=og:locale]").startsWith(lang + "_")) {
        problems.add("og:locale " + content(d, "meta[property=og:locale]"));
      }
      if (content(d, "meta[name=twitter:card]").isBlank()) problems.add("twitter:card");
      found.put(page, problems);
    }
    found.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), found);
    Document project = parse("nb/prosjekter/naeringsvennlig-kommune/");
    assertNotEquals(
        content(parse("nb/"), "meta[name=description]"),
        content(project, "meta[name=description]"),
        "a project describes itself");
    assertEquals(
        List.of("en_GB"),
        project.select("meta[property=og:locale:alternate]").eachAttr("content"),
        "the other language the project has text in");
  }

  private static void assertNotEquals(String a, String b, String message) {
    if (a.equals(b)) fail(message + ": both '" + a + "'");
  }

  private static String content(Document d, String css) {
    Element e = d.selectFirst(css);
    return e == null ? "" : e.attr("content");
  }

  @Test
  void englishPagesHaveEnglishAddressesAndTheOldOnesSendReadersOn() throws IOException {
    Document about = parse("en/about/");
    assertEquals("About the regional council and this site", about.selectFirst("h1").text());
    assertEquals(BASE + "en/about/", about.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(about.select("link[hreflang=nb]").attr("href").endsWith("/nb/om/"));
    Document old = parse("en/om/");
    assertEquals("0; url=../about/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertEquals(BASE + "en/about/", old.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("../about/", old.selectFirst("main a").attr("href"));
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains(BASE + "en/about/"));
    assertFalse(sitemap.contains(BASE + "en/om/"), "an old address is not in the sitemap");
    browser.open(server.url("en/om/"), Browser.DESKTOP_WIDTH);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/en/about/"));
    assertEquals("en", browser.js("return document.documentElement.lang;"));
  }

  @Test
  void theRootGoesOnToTheReadersLanguageOrListsThemAll() throws IOException {
    Document root = parse("");
    assertNull(root.selectFirst("meta[http-equiv=refresh]"));
    assertEquals(List.of("nb/", "en/", "se/"), root.select("main ul.languages a").eachAttr("href"));
    for (var want :
        Map.of("en-GB", "/en/", "nb-NO", "/nb/", "no", "/nb/", "se", "/se/").entrySet()) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setUserAgentOverride",
              Map.of("userAgent", "Mozilla/5.0 planvev-test", "acceptLanguage", want.getKey()));
      browser.open(server.url(""), PHONE);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().endsWith(want.getValue()));
    }
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setUserAgentOverride",
            Map.of("userAgent", "Mozilla/5.0 planvev-test", "acceptLanguage", "de-DE"));
    browser.open(server.url(""), PHONE);
    assertEquals(
        server.url(""),
        browser.driver().getCurrentUrl(),
        "no language of the site wanted: the reader chooses");
    assertEquals(3.0, number("return document.querySelectorAll('main ul.languages a').length;"));
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setUserAgentOverride",
            Map.of("userAgent", "Mozilla/5.0 planvev-test", "acceptLanguage", "en-GB"));
    try {
      browser.driver().get(server.url(""));
      assertEquals(
          server.url(""),
          browser.driver().getCurrentUrl(),
          "without JavaScript the root stays and lists the languages");
      assertEquals(3, browser.driver().findElements(By.cssSelector("main ul.languages a")).size());
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setUserAgentOverride",
              Map.of("userAgent", "Mozilla/5.0 planvev-test", "acceptLanguage", "en-US"));
    }
  }

  @Test
  void axeFindsNoViolationsOnTheRedirectAndTheOpenMenuAndEmbedBox() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    openOnPhone("nb/prosjekter/naeringsvennlig-kommune/");
    browser.js(
        "document.querySelector('details.menu').open = true;"
            + "document.querySelector('details.embed-offer').open = true;");
    found.put("project, menu and embed box open @375", browser.axeViolations());
    found.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), found);
  }
}

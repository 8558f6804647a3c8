package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: the demo site is served on one loopback port, a host page on a second
 * (another origin) holds two embed snippets copied from the site's Embed boxes. Each iframe takes
 * its content's height and follows it when the width changes; forged height messages from the host
 * window, from a third origin and from an unmanaged frame of the site's own origin change nothing.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver: skipped without them, failed when CI is set.
 */
class EmbedBrowserIT {

  static final Path CHROMIUM = Path.of(System.getProperty("planvev.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("planvev.chromedriver", "/usr/bin/chromedriver"));

  /** The iframe height embed.js starts with, before the embedded page reports its own. */
  static final int DEFAULT_HEIGHT = 150;

  @TempDir static Path tmp;
  static HttpServer site;
  static HttpServer host;
  static HttpServer evil;
  static ChromeDriver driver;
  static String siteOrigin;
  static String hostOrigin;
  static Path out;

  @BeforeAll
  static void serveAndStart() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String msg =
          "Chromium or chromedriver missing ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): install Debian's chromium and chromium-driver to run the embed browser test";
      if (System.getenv("CI") != null) fail(msg);
      Assumptions.assumeTrue(false, msg);
    }
    site = server();
    siteOrigin = origin(site);
    out = tmp.resolve("site");
    BuildResult built =
        Builder.build(
            new BuildOptions(
                Path.of("content"),
                Path.of("templates"),
                out,
                siteOrigin + "/",
                LocalDate.of(2026, 11, 23),
                false));
    assertTrue(built.ok(), built.problems().all().toString());
    site.createContext("/", ex -> serveFile(ex, out));
    site.start();

    evil = server();
    Files.writeString(
        tmp.resolve("evil.html"),
        "<!DOCTYPE html><html lang=en><title>x</title>"
            + "<script>setInterval(function () { parent.postMessage("
            + "{type: 'planvev:height', height: 5}, '*'); }, 50);</script>");
    evil.createContext("/", ex -> serveFile(ex, tmp));
    evil.start();

    host = server();
    hostOrigin = origin(host);
    String projectSnippet = snippet(out, "nb/prosjekter/naeringsvennlig-kommune/index.html");
    String hearingsSnippet = snippet(out, "nb/horinger/index.html");
    Files.writeString(
        tmp.resolve("host.html"),
        "<!DOCTYPE html><html lang=nb><head>"
            + "<meta charset=utf-8><title>Kommunens side</title>"
            + "<script>window.heard = []; addEventListener('message', function (e) {"
            + " var one = document.querySelector('#one iframe');"
            + " heard.push({origin: e.origin, height: e.data && e.data.height,"
            + " fromOne: !!one && e.source === one.contentWindow}); });</script>"
            + "</head><body style='margin:0'><h1>Kommunens side</h1>"
            // A frame of the site's own origin that embed.js did not create: its messages pass the
            // origin check but not the source check. At the top: Chromium does not lay out
            // cross-origin frames far outside the viewport, so they would not report.
            + "<iframe id=stray title=stray style='height:40px;border:0' src='"
            + siteOrigin
            + "/embed/nb/tidslinje/'></iframe>"
            + "<iframe id=evil title=evil style='height:40px;border:0' src='"
            + origin(evil)
            + "/evil.html'></iframe>"
            + "<div id=one style='width:800px'>"
            + projectSnippet
            + "</div>"
            + "<div id=two style='width:280px'>"
            + hearingsSnippet
            + "</div>"
            + "</body></html>");
    host.createContext("/", ex -> serveFile(ex, tmp));
    host.start();

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-"),
        "--window-size=1200,1000");
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    for (HttpServer s : new HttpServer[] {site, host, evil}) if (s != null) s.stop(0);
  }

  @Test
  void eachIframeTakesItsContentsHeightAndForgedMessagesChangeNothing() {
    driver.get(hostOrigin + "/host.html");
    List<WebElement> frames =
        driver.findElements(By.cssSelector("div[data-planvev-embed] > iframe"));
    assertEquals(2, frames.size(), "one iframe per snippet, though the script came twice");
    for (WebElement f : frames) {
      WebElement div = f.findElement(By.xpath(".."));
      assertEquals(div.getAttribute("data-title"), f.getAttribute("title"));
      assertFalse(f.getAttribute("title").isBlank());
      assertEquals("lazy", f.getAttribute("loading"));
    }
    List<Integer> settled = waitForFit(frames);
    for (int h : settled) assertTrue(h > DEFAULT_HEIGHT, "taller than the default: " + settled);
    assertEquals(
        0L,
        frameJs(
            frames.get(1),
            "return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;"),
        "no sideways scrolling at 280 px");

    js("heard.length = 0;");
    // Forged: from the host window itself (a foreign origin and source).
    js("for (var i = 0; i < 3; i++) window.postMessage({type: 'planvev:height', height: 5}, '*');");
    // From the stray frame of the site's origin: narrowing it makes it report a new height.
    js("document.getElementById('stray').style.width = '120px';");
    // Forged: from a third origin (evil.html posts every 50 ms).
    String evilOrigin = origin(evil);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                count("m.origin === '" + evilOrigin + "' && m.height === 5") >= 5
                    && count("m.origin === '" + hostOrigin + "' && m.height === 5") == 3
                    && count("m.origin === '" + siteOrigin + "' && !m.fromOne") >= 1);
    js("return 0;"); // one more turn of the event loop: every listener has seen every message
    assertEquals(settled, heights(frames), "forged messages must not resize the iframes");
    assertEquals(
        40,
        ((Number)
                js("return document.getElementById('stray')" + ".getBoundingClientRect().height;"))
            .intValue(),
        "a frame embed.js did not make");
  }

  @Test
  void frameNavigatedToAnotherOriginCannotResizeIt() {
    driver.get(hostOrigin + "/host.html");
    List<WebElement> frames =
        driver.findElements(By.cssSelector("div[data-planvev-embed] > iframe"));
    List<Integer> settled = waitForFit(frames);
    // Same window (the source check passes), another origin: only the origin check stops it.
    frameJs(frames.get(0), "location.href = '" + origin(evil) + "/evil.html'; return 0;");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> count("m.fromOne && m.origin === '" + origin(evil) + "'") >= 5);
    js("return 0;");
    assertEquals(settled.get(0), heights(frames).get(0));
  }

  @Test
  void iframeFollowsItsContentWhenTheWidthChanges() {
    driver.get(hostOrigin + "/host.html");
    List<WebElement> frames =
        driver.findElements(By.cssSelector("div[data-planvev-embed] > iframe"));
    int wide = waitForFit(frames).get(0);
    js("document.getElementById('one').style.width = '300px';");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> heights(frames).get(0) != wide);
    int narrow = waitForFit(frames).get(0);
    assertTrue(narrow > wide, "narrower content is taller: " + wide + " → " + narrow);
  }

  @Test
  void everyEmbedPageFitsA280PixelWideFrameWithoutSidewaysScrolling() throws IOException {
    List<String> pages;
    try (var s = Files.walk(out.resolve("embed"))) {
      pages =
          s.filter(p -> p.getFileName().toString().equals("index.html"))
              .map(p -> out.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertTrue(pages.size() >= 12, pages.toString());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    try {
      for (String page : pages) {
        driver.get(siteOrigin + "/" + page);
        assertEquals(
            0L,
            js(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;"),
            page);
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void copyButtonAppearsWithJavaScriptAndCopiesTheSnippet() {
    driver.get(siteOrigin + "/nb/horinger/");
    driver.findElement(By.cssSelector("details.embed-offer > summary")).click();
    WebElement button = driver.findElement(By.cssSelector("details.embed-offer button.copy"));
    assertEquals("Kopier koden", button.getText());
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> "Kopiert".equals(d.findElement(By.cssSelector(".copy-status")).getText()));
    assertEquals(
        1L,
        js("return document.querySelectorAll('script').length;"),
        "the copy script is the page's only script");
  }

  /** Waits until each iframe is as tall as its document; returns the heights. */
  private static List<Integer> waitForFit(List<WebElement> frames) {
    List<Integer> last = new ArrayList<>();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(100))
          .until(
              d -> {
                List<Integer> h = heights(frames);
                last.clear();
                last.addAll(h);
                for (int i = 0; i < frames.size(); i++) {
                  long content =
                      (Long)
                          frameJs(frames.get(i), "return document.documentElement.scrollHeight;");
                  if (Math.abs(content - h.get(i)) > 1 || h.get(i) <= DEFAULT_HEIGHT) return false;
                }
                return true;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("iframes never took their content's height; last heights " + last);
    }
    return heights(frames);
  }

  private static List<Integer> heights(List<WebElement> frames) {
    List<Integer> h = new ArrayList<>();
    for (WebElement f : frames) {
      h.add(
          (int)
              Math.round(
                  ((Number) js("return arguments[0].getBoundingClientRect().height;", f))
                      .doubleValue()));
    }
    return h;
  }

  private static Object frameJs(WebElement frame, String script) {
    driver.switchTo().frame(frame);
    try {
      return driver.executeScript(script);
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  /** How many messages the host page heard that match the JavaScript condition on {@code m}. */
  private static long count(String condition) {
    return (Long) js("return heard.filter(function (m) { return " + condition + "; }).length;");
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** The snippet in a page's Embed box, as an editor would copy it. */
  private static String snippet(Path out, String page) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(page))).selectFirst("textarea").wholeText();
  }

  private static HttpServer server() throws IOException {
    return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
  }

  private static String origin(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort();
  }

  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "css",
          "text/css; charset=utf-8",
          "js",
          "text/javascript; charset=utf-8");

  private static void serveFile(HttpExchange ex, Path root) throws IOException {
    String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    if (path.endsWith("/")) path += "index.html";
    Path file = root.resolve(path.substring(1)).normalize();
    Function<String, String> ext = p -> p.substring(p.lastIndexOf('.') + 1);
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    ex.getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(ext.apply(path), "application/octet-stream"));
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }
}

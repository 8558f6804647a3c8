package no.planvev.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * One headless Chromium session, driven through chromedriver, reused for every page of a test
 * class. Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with
 * {@code -Dplanvev.chromium} and {@code -Dplanvev.chromedriver}); both are given explicitly, so
 * Selenium Manager never tries to download a browser or driver.
 */
final class Browser implements AutoCloseable {

  /** The WCAG levels we are held to: WCAG 2.1 A and AA (Norway's universal design rules). */
  static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  static final int DESKTOP_WIDTH = 1280;
  private static final int VIEWPORT_HEIGHT = 900;

  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium, or fails under CI and skips elsewhere when it is not installed. */
  static Browser start() {
    Path chromium = Tools.path("planvev.chromium", "/usr/bin/chromium");
    Path chromedriver = Tools.path("planvev.chromedriver", "/usr/bin/chromedriver");
    Tools.require(Tools.executable(chromium), "Chromium (" + chromium + ")", Tools.CHROMIUM_HINT);
    Tools.require(
        Tools.executable(chromedriver), "chromedriver (" + chromedriver + ")", Tools.CHROMIUM_HINT);
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    // We use plain CDP commands through chromedriver, not Selenium's versioned DevTools classes;
    // its "no CDP implementation matching 156" warning is noise.
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Path profile;
    try {
      profile = Files.createTempDirectory("planvev-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + DESKTOP_WIDTH + "," + VIEWPORT_HEIGHT,
        "--lang=en-US",
        "--hide-scrollbars",
        "--force-device-scale-factor=1");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Browser browser = new Browser(driver, profile);
    browser.viewport(DESKTOP_WIDTH, VIEWPORT_HEIGHT);
    return browser;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Sets the CSS viewport exactly (window sizes have a minimum; 320 px needs emulation). */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Loads {@code url} at {@code width} CSS px and waits for the load event. */
  void open(String url, int width) {
    viewport(width, VIEWPORT_HEIGHT);
    driver.get(url);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** axe-core's WCAG 2.1 A/AA violations on the loaded page, one readable entry each. */
  @SuppressWarnings("unchecked")
  List<String> axeViolations() {
    if (Boolean.TRUE.equals(js("return !!document.querySelector('iframe, frame');"))) {
      return axeViolationsInFrames();
    }
    // Pages without frames: axe in the page itself, asked for violations only. Twice as fast as
    // AxeBuilder, which also serializes every pass and checks for frames in a second window.
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
      js(axeSource());
    }
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + "  resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + "  helpUrl: v.helpUrl, nodes: v.nodes.map(n => ({target: JSON.stringify(n.target),"
                + "  summary: n.failureSummary || ''}))}))), e => done('axe failed: ' + e));",
            AXE_TAGS);
    if (result instanceof String error) {
      throw new IllegalStateException(error + " on " + driver.getCurrentUrl());
    }
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      StringBuilder sb = new StringBuilder();
      sb.append(v.get("id"))
          .append(" (")
          .append(v.get("impact"))
          .append("): ")
          .append(v.get("help"))
          .append(" <")
          .append(v.get("helpUrl"))
          .append('>');
      for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
        sb.append("\n      at ").append(node.get("target"));
        String summary = (String) node.get("summary");
        if (!summary.isEmpty())
          sb.append("\n         ").append(summary.replace("\n", "\n         "));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Through Deque's AxeBuilder, which runs axe in every frame and merges the results. */
  private List<String> axeViolationsInFrames() {
    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException(
          "axe failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    List<String> out = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      StringBuilder sb = new StringBuilder();
      sb.append(rule.getId())
          .append(" (")
          .append(rule.getImpact())
          .append("): ")
          .append(rule.getHelp())
          .append(" <")
          .append(rule.getHelpUrl())
          .append('>');
      for (CheckedNode node : rule.getNodes()) {
        sb.append("\n      at ").append(node.getTarget());
        if (node.getFailureSummary() != null) {
          sb.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** axe.min.js as bundled in Deque's jar (no download). */
  private static String axeSource() {
    if (axeSource == null) {
      try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) throw new IllegalStateException("axe.min.js is not in Deque's jar");
        axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  private static String axeSource;

  /** Presses Tab once, as a keyboard user would. */
  void tab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
  }

  void enter() {
    new Actions(driver).sendKeys(Keys.ENTER).perform();
  }

  /** A PNG of the whole page at {@code width} CSS px. */
  byte[] fullPageScreenshot(String url, int width) {
    open(url, width);
    long height =
        ((Number)
                js(
                    "return Math.max(document.documentElement.scrollHeight,"
                        + " document.body ? document.body.scrollHeight : 0);"))
            .longValue();
    viewport(width, (int) Math.min(Math.max(height, 100), 20_000));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    viewport(width, VIEWPORT_HEIGHT);
    return png;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}

package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end fixture sites ({@code src/test/resources/sites/<name>/}, built as the golden tests
 * build them) pass axe-core and the Nu HTML Checker on every page: they have three languages,
 * fallback texts and every deadline form, which the demo site has not.
 */
class FixtureSitesIT {

  private static final Path SITES = Path.of("src/test/resources/sites");
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
  }

  /** Each fixture site built afresh, as the golden tests build it. */
  private static List<Path> sites() throws IOException {
    List<Path> built = new java.util.ArrayList<>();
    try (Stream<Path> s = Files.list(SITES)) {
      for (Path dir : s.filter(p -> Files.isDirectory(p.resolve("content"))).sorted().toList()) {
        Path out = Files.createTempDirectory("planvev-fixture-").resolve(dir.getFileName());
        var result =
            no.planvev.build.Builder.build(
                new no.planvev.build.BuildOptions(
                    dir.resolve("content"),
                    Path.of("templates"),
                    out,
                    null,
                    java.time.LocalDate.parse(Files.readString(dir.resolve("date")).strip()),
                    false));
        if (!result.ok()) fail(dir + " does not build: " + result.problems().all());
        built.add(out);
      }
    }
    return built;
  }

  private static List<String> pages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files
          .filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - 10) : p)
          .sorted()
          .toList();
    }
  }

  @Test
  void axeFindsNoViolationsOnAnyFixturePage() throws IOException {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (Path site : sites()) {
      try (StaticServer server = StaticServer.serve(site)) {
        for (String page : pages(site)) {
          browser.open(server.url(page), Browser.DESKTOP_WIDTH);
          List<String> v = browser.axeViolations();
          if (!v.isEmpty()) found.put(site.getFileName() + "/" + page, v);
        }
      }
    }
    if (!found.isEmpty()) fail("axe-core (WCAG 2.1 A + AA) on fixture sites: " + found);
  }

  @Test
  void vnuFindsNoHtmlErrorsInAnyFixtureSite() throws IOException {
    for (Path site : sites()) {
      List<String> errors = Vnu.errors(site);
      assertEquals(List.of(), errors, () -> site + ": " + String.join("\n", errors));
    }
  }
}

package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import no.planvev.TestFiles;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that overrides one template and one static file in a templates/ folder beside its content:
 * those two come from the site, everything else from the built-in theme; mistakes in either are
 * named by their own file.
 */
class ThemeOverrideTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;

  private Path project() throws Exception {
    TestFiles.copyTree(Path.of("content"), dir.resolve("content"));
    Files.createDirectories(dir.resolve("templates/static"));
    Files.writeString(
        dir.resolve("templates/page.ftlh"),
        Files.readString(Path.of("templates/page.ftlh"))
            .replace("<h1>", "<p id=\"site-override\">ours</p><h1>"));
    Files.writeString(dir.resolve("templates/static/planvev.css"), "body{color:#123}\n");
    return dir.resolve("content");
  }

  @Test
  void overriddenFilesComeFromTheSiteAndTheRestFromTheBuiltInTheme() throws Exception {
    Path content = project();
    BuildResult r =
        Builder.render(new BuildOptions(content, null, dir.resolve("site"), null, DATE, false));
    assertTrue(r.ok(), r.problems().all().toString());
    String page = new String(r.site().generated().get("nb/om/index.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<p id=\"site-override\">ours</p>"), page);
    String home = new String(r.site().generated().get("nb/index.html"), StandardCharsets.UTF_8);
    assertFalse(home.contains("site-override"));
    assertTrue(home.contains("<main"), "home.ftlh comes from the built-in theme");
    Path css = r.site().copied().get("static/planvev.css");
    assertEquals("body{color:#123}\n", Files.readString(css));
    assertTrue(r.site().copied().containsKey("static/copy.js"), "built-in static files stay");
  }

  @Test
  void aMistakeInAnOverrideIsShownAtItsPathWithTheLine() throws Exception {
    Path content = project();
    Files.writeString(
        dir.resolve("templates/page.ftlh"),
        """
        <#import "lib.ftlh" as l>
        <@l.page title=p.title.text>
        <h1>${p.nosuch.field}</h1>
        </@l.page>
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Cli.run(
            new String[] {
              "check",
              "--content",
              content.toString(),
              "--date",
              DATE.toString(),
              "--messages",
              "en"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());
    assertEquals(1, exit, err.toString());
    String shown = dir.resolve("templates").toString().replace('\\', '/');
    assertTrue(err.toString().contains(shown + "/page.ftlh:3:7: error: "), err.toString());
    assertTrue(
        err.toString().contains("    <h1>${p.nosuch.field}</h1>\n          ^"), err.toString());
  }

  @Test
  void aMistakeInABuiltInTemplateIsShownByItsNameWithTheLineFromTheJar() throws Exception {
    Path content = project();
    // The override calls the built-in page macro without its required title.
    Files.writeString(
        dir.resolve("templates/page.ftlh"),
        """
        <#import "lib.ftlh" as l>
        <@l.page>
        </@l.page>
        """);
    StringWriter err = new StringWriter();
    int exit =
        Cli.run(
            new String[] {
              "check",
              "--content",
              content.toString(),
              "--date",
              DATE.toString(),
              "--messages",
              "en"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    assertEquals(1, exit, err.toString());
    assertTrue(err.toString().startsWith("lib.ftlh:"), err.toString());
    assertTrue(err.toString().contains("\n    <#macro page "), err.toString());
  }

  @Test
  void aMissingTemplatesOptionFolderIsAUsageMistake() throws Exception {
    Path content = project();
    StringWriter err = new StringWriter();
    int exit =
        Cli.run(
            new String[] {
              "check",
              "--content",
              content.toString(),
              "--templates",
              dir.resolve("nope").toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    assertEquals(2, exit);
    assertTrue(err.toString().contains("(--templates)"), err.toString());
  }
}

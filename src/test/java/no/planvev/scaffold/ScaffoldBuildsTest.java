package no.planvev.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code planvev new} writes builds, with the real loader and templates. */
class ScaffoldBuildsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;

  private BuildResult build(Path content) {
    return build(content, true);
  }

  private BuildResult build(Path content, boolean strict) {
    return Builder.render(
        new BuildOptions(content, null, dir.resolve("site"), null, TODAY, strict));
  }

  /** {@code planvev new WHAT NAME --content CONTENT}. */
  private void create(String what, String name, Path content) {
    StringWriter err = new StringWriter();
    int exit =
        NewCommand.run(
            List.of(what, name),
            content,
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            TODAY);
    assertEquals(0, exit, err.toString());
  }

  @Test
  void newSiteBuildsWithoutErrorsOrWarningsInBothLanguages() {
    Path content = dir.resolve("nettsted/content");
    create("site", dir.resolve("nettsted").toString(), null);
    BuildResult r = build(content);
    assertTrue(r.ok(), r.problems().all().toString());
    assertEquals(List.of(), r.problems().all());
    assertTrue(r.site().generated().containsKey("nb/index.html"));
    assertTrue(r.site().generated().containsKey("en/index.html"));
    assertTrue(r.htmlPagesByLanguage().get("en") > 5, r.htmlPagesByLanguage().toString());
  }

  @Test
  void everyNewFileBuildsInANewSite() throws Exception {
    Path content = dir.resolve("nettsted/content");
    create("site", dir.resolve("nettsted").toString(), null);
    create("plan", "kommuneplan-2027", content);
    create("project", "bredband", content);
    create("hearing", "nasjonal-transportplan", content);
    create("page", "kontakt", content);
    // New files are written in the first language only: the build warns that the English
    // translation is missing, and nothing else.
    BuildResult r = build(content, false);
    assertTrue(r.ok(), r.problems().all().toString());
    assertTrue(
        r.problems().all().stream().allMatch(p -> p.message().contains("English")),
        r.problems().all().toString());
    var pages = r.site().generated().keySet();
    assertTrue(
        pages.stream().anyMatch(p -> p.startsWith("nb/") && p.contains("kommuneplan-2027")),
        pages.toString());
    assertTrue(pages.stream().anyMatch(p -> p.contains("bredband")));
    assertTrue(pages.stream().anyMatch(p -> p.contains("nasjonal-transportplan")));
    assertTrue(pages.stream().anyMatch(p -> p.contains("kontakt")));
    assertTrue(Files.exists(content.resolve("pages/kontakt.md")));
  }
}

package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import no.planvev.TestFiles;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental rebuild after an edit gives the same files as a full build of the edited site. */
class IncrementalEqualsFullTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  static final String HEARING_NB = "nb/horinger/regional-naeringsstrategi/index.html";
  static final String HEARING_SE = "se/gulaskuddamat/regional-naeringsstrategi/index.html";

  @TempDir Path dir;
  Path content;
  Path templates;
  IncrementalRebuilder rebuilder;

  @BeforeEach
  void firstBuild() throws Exception {
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    TestFiles.copyTree(Path.of("content"), content);
    TestFiles.copyTree(Path.of("templates"), templates);
    rebuilder = new IncrementalRebuilder(this::options, Builder::render);
    assertEqualsFullBuild(rebuilder.rebuild(Set.of()));
    assertTrue(rebuilder.lastWasFull());
  }

  BuildOptions options() {
    return new BuildOptions(content, templates, dir.resolve("site"), null, DATE, false);
  }

  @Test
  void hearingBodyEditRendersThatHearingButNotThePlanOrProjectPages() throws Exception {
    Path file =
        edit(
            content.resolve("hearings/regional-naeringsstrategi.nb.md"),
            "Regionrådet har ikke avgitt uttalelse ennå.",
            "Regionrådet har ikke avgitt uttalelse ennå, men arbeider med saken.");
    BuildResult r = rebuilder.rebuild(Set.of(file));
    assertEqualsFullBuild(r);
    assertFalse(rebuilder.lastWasFull());
    var rendered = rebuilder.lastRendered();
    assertTrue(
        r.site().generated().containsKey(HEARING_NB), r.site().generated().keySet().toString());
    assertTrue(rendered.contains(HEARING_NB), rendered.toString());
    assertFalse(rendered.stream().anyMatch(p -> p.startsWith("en/")), rendered.toString());
    assertFalse(
        rendered.stream().anyMatch(p -> p.contains("naeringsvennlig-kommune")),
        rendered.toString());
    assertFalse(
        rendered.stream().anyMatch(p -> p.equals("nb/strategisk-plan/index.html")),
        rendered.toString());
    assertTrue(rendered.size() < 10, rendered.toString());
    assertTrue(rebuilder.memo().markdownHits() > 0);
  }

  @Test
  void projectActivityEditEqualsAFullBuild() throws Exception {
    Path file =
        edit(
            content.resolve("projects/naeringsvennlig-kommune/project.yaml"),
            "nb: Gjennomgå og justere tidligere opplegg",
            "nb: Gjennomgå og justere det tidligere opplegget");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(file)));
    assertFalse(rebuilder.lastWasFull());
    assertTrue(
        rebuilder.lastRendered().stream().anyMatch(p -> p.contains("naeringsvennlig-kommune")),
        rebuilder.lastRendered().toString());
  }

  @Test
  void pageTitleEditChangesTheMenuOnEveryPageAndEqualsAFullBuild() throws Exception {
    Path file =
        edit(
            content.resolve("pages/om.nb.md"),
            "title: Om regionrådet og dette nettstedet",
            "title: Om regionrådet");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(file)));
    assertFalse(rebuilder.lastWasFull());
    assertTrue(rebuilder.lastRendered().contains("nb/index.html"));
  }

  @Test
  void templateEditRebuildsEverythingAndEqualsAFullBuild() throws Exception {
    Path file =
        edit(
            templates.resolve("lib.ftlh"),
            "<footer class=\"site-footer\">",
            "<footer class=\"site-footer\" data-edited=\"yes\">");
    BuildResult r = rebuilder.rebuild(Set.of(file));
    assertEqualsFullBuild(r);
    assertTrue(rebuilder.lastWasFull());
    assertTrue(
        new String(
                r.site().generated().get("nb/index.html"), java.nio.charset.StandardCharsets.UTF_8)
            .contains("data-edited=\"yes\""));
  }

  @Test
  void siteYamlEditRebuildsEverythingAndEqualsAFullBuild() throws Exception {
    Path file =
        edit(
            content.resolve("site.yaml"),
            "title: {nb: Vest-Finnmark regionråd,",
            "title: {nb: Vest-Finnmark regionråd (ny),");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(file)));
    assertTrue(rebuilder.lastWasFull());
  }

  @Test
  void deletedTranslationEqualsAFullBuild() throws Exception {
    Path file = content.resolve("hearings/regional-naeringsstrategi.en.md");
    Files.delete(file);
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(file)));
  }

  @Test
  void editsOneAfterAnotherEachEqualAFullBuild() throws Exception {
    Path hearing =
        edit(
            content.resolve("hearings/regional-naeringsstrategi.nb.md"),
            "Regionrådet har ikke avgitt uttalelse ennå.",
            "Ingen uttalelse ennå.");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(hearing)));
    Path template =
        edit(
            templates.resolve("lib.ftlh"),
            "<footer class=\"site-footer\">",
            "<footer class=\"site-footer\" data-edited=\"yes\">");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(template)));
    Path back =
        edit(hearing, "Ingen uttalelse ennå.", "Regionrådet har ikke avgitt uttalelse ennå.");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(back)));
    // The Sami page shows the bokmål text (the demo has no Sami file for this hearing).
    assertEquals(
        Set.of(HEARING_NB, "embed/" + HEARING_NB, HEARING_SE, "embed/" + HEARING_SE),
        rebuilder.lastRendered());
  }

  @Test
  void aBrokenLinkAndItsFixReportTheSameProblemsAsAFullBuild() throws Exception {
    Path page =
        edit(
            content.resolve("pages/om.nb.md"),
            "## Om dette nettstedet",
            "Se [planen](../finnes-ikke/) og [målet](#ikke-her).\n\n## Om dette nettstedet");
    BuildResult broken = rebuilder.rebuild(Set.of(page));
    assertFalse(broken.ok());
    assertEquals(Builder.render(options()).problems().all(), broken.problems().all());
    assertEquals(
        2,
        broken.problems().all().stream()
            .filter(p -> p.pos().path().equals("pages/om.nb.md"))
            .filter(p -> p.severity() == no.planvev.diag.Severity.ERROR)
            .count(),
        broken.problems().all().toString());
    Path fixed = edit(page, "Se [planen](../finnes-ikke/) og [målet](#ikke-her).\n\n", "");
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(fixed)));
  }

  @Test
  void removingAPageThatOthersLinkToIsReportedAsAFullBuildWould() throws Exception {
    Path page = content.resolve("pages/tilgjengelighet.nb.md");
    Path en = content.resolve("pages/tilgjengelighet.en.md");
    String nb = Files.readString(page);
    String enText = Files.readString(en);
    Files.delete(page);
    Files.delete(en);
    BuildResult gone = rebuilder.rebuild(Set.of(page, en));
    assertEquals(Builder.render(options()).problems().all(), gone.problems().all());
    Files.writeString(page, nb);
    Files.writeString(en, enText);
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(page, en)));
  }

  @Test
  void rebuildWithNothingChangedRendersNoPage() throws Exception {
    assertEqualsFullBuild(rebuilder.rebuild(Set.of(content.resolve("pages/om.nb.md"))));
    assertEquals(Set.of(), rebuilder.lastRendered());
  }

  @Test
  void changeToTheTemplatesParentFolderCountsAsATemplateChange() {
    assertTrue(IncrementalRebuilder.touchesEverything(Set.of(dir), options()));
    assertTrue(IncrementalRebuilder.touchesEverything(Set.of(content), options()));
    assertTrue(
        IncrementalRebuilder.touchesEverything(
            Set.of(templates.resolve("i18n/nb.yaml")), options()));
    assertFalse(
        IncrementalRebuilder.touchesEverything(Set.of(content.resolve("hearings")), options()));
  }

  private static Path edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " has no " + from);
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  private void assertEqualsFullBuild(BuildResult incremental) {
    BuildResult full = Builder.render(options());
    assertTrue(full.ok(), full.problems().all().toString());
    assertTrue(incremental.ok(), incremental.problems().all().toString());
    assertEquals(full.problems().all(), incremental.problems().all());
    assertEquals(full.site().generated().keySet(), incremental.site().generated().keySet());
    for (var e : full.site().generated().entrySet()) {
      assertArrayEquals(e.getValue(), incremental.site().generated().get(e.getKey()), e.getKey());
    }
    assertEquals(full.site().copied(), incremental.site().copied());
  }
}

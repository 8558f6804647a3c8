package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planvev.TestFiles;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.Hearing;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load through the preview's cache after each kind of edit equals a fresh full load, and the
 * units the edit did not touch are the very same instances as before.
 */
class CachedLoadTest {

  @TempDir Path tmp;
  Path dir;
  final ContentLoader.Cache cache = new ContentLoader.Cache();
  Content last;
  List<Problem> lastProblems;

  @BeforeEach
  void copyDemo() throws IOException {
    dir = tmp.resolve("content");
    TestFiles.copyTree(Path.of("content"), dir, List.of());
    last = ContentLoader.load(dir, new Problems(), cache, null);
    assertNotNull(last);
  }

  /**
   * Loads through the cache after {@code changed} (relative to the content folder), checks it
   * equals a full load, and that exactly the units {@code touched} ("page:om") are new instances.
   */
  Content reload(Set<String> touched, String... changed) {
    Set<Path> paths =
        Arrays.stream(changed)
            .map(c -> dir.resolve(c).toAbsolutePath())
            .collect(Collectors.toSet());
    Problems got = new Problems();
    Content content = ContentLoader.load(dir, got, cache, paths);
    Problems want = new Problems();
    Content expected = ContentLoader.load(dir, want, new ContentLoader.Cache(), null, false);
    assertEquals(expected, content);
    assertEquals(new HashSet<>(want.all()), new HashSet<>(got.all()));
    if (last != null && content != null) assertSameUnits(last, content, touched);
    last = content;
    lastProblems = got.all();
    return content;
  }

  /**
   * A link out of content that appears while the preview runs (a plan folder, a page) is caught as
   * in a full load, and forgotten when it goes; nothing is read through it meanwhile.
   */
  @Test
  void aLinkOutOfContentAddedAndRemovedIsSeenAsByAFullLoad() throws IOException {
    Path outside = java.nio.file.Files.createDirectories(tmp.resolve("elsewhere/stolen"));
    TestFiles.copyTree(dir.resolve("plans").resolve(last.plans().get(0).id()), outside);
    Path plan = java.nio.file.Files.createSymbolicLink(dir.resolve("plans/stolen"), outside);
    Path page =
        java.nio.file.Files.createSymbolicLink(
            dir.resolve("pages/lenke.nb.md"),
            java.nio.file.Files.writeString(
                tmp.resolve("elsewhere/lenke.nb.md"), "---\ntitle: Hemmelig\n---\n"));
    for (boolean linked : List.of(true, false)) {
      Problems got = new Problems();
      Content content =
          ContentLoader.load(dir, got, cache, Set.of(plan.toAbsolutePath(), page.toAbsolutePath()));
      Problems want = new Problems();
      Content full = ContentLoader.load(dir, want);
      assertEquals(full, content);
      assertEquals(new HashSet<>(want.all()), new HashSet<>(got.all()));
      List<String> at =
          got.all().stream()
              .map(p -> p.pos().path())
              .filter(p -> p.equals("plans/stolen") || p.equals("pages/lenke.nb.md"))
              .sorted()
              .toList();
      assertEquals(
          linked ? List.of("pages/lenke.nb.md", "plans/stolen") : List.of(),
          at,
          got.all().toString());
      if (full != null) {
        assertTrue(full.plans().stream().noneMatch(p -> p.id().equals("stolen")));
      }
      if (linked) {
        java.nio.file.Files.delete(plan);
        java.nio.file.Files.delete(page);
      }
    }
  }

  /** Every unit of {@code after} also in {@code before} is the same instance unless touched. */
  static void assertSameUnits(Content before, Content after, Set<String> touched) {
    Map<String, Object> old = units(before);
    for (Map.Entry<String, Object> e : units(after).entrySet()) {
      Object was = old.get(e.getKey());
      if (was == null) continue;
      if (touched.contains(e.getKey())) {
        assertNotSame(was, e.getValue(), e.getKey() + " should have been read again");
      } else {
        assertSame(was, e.getValue(), e.getKey() + " should come from the cache");
      }
    }
  }

  static Map<String, Object> units(Content c) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Plan p : c.plans()) out.put("plan:" + p.id(), p);
    for (Project p : c.projects()) out.put("project:" + p.id(), p);
    for (Hearing h : c.hearings()) out.put("hearing:" + h.id(), h);
    for (Page p : c.pages()) out.put("page:" + p.id(), p);
    for (var a : c.assets()) out.put("asset:" + a.path(), a);
    return out;
  }

  void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  String read(String rel) throws IOException {
    return Files.readString(dir.resolve(rel));
  }

  boolean hasProblemAt(String path) {
    return lastProblems.stream().anyMatch(p -> p.pos().path().equals(path));
  }

  @Test
  void readsAgainOnlyTheEditedPage() throws IOException {
    write("pages/om.nb.md", read("pages/om.nb.md") + "\nEn ny linje.\n");
    Content c = reload(Set.of("page:om"), "pages/om.nb.md");
    assertTrue(
        c.pages().stream().anyMatch(p -> p.body().all().values().get("nb").endsWith("ny linje.")));
  }

  @Test
  void addsAndDeletesAPage() throws IOException {
    write("pages/ny.nb.md", "---\ntitle: Ny side\n---\nTekst.\n");
    assertEquals(3, reload(Set.of(), "pages/ny.nb.md").pages().size());
    Files.delete(dir.resolve("pages/ny.nb.md"));
    assertEquals(2, reload(Set.of(), "pages/ny.nb.md").pages().size());
    Files.delete(dir.resolve("pages/tilgjengelighet.en.md"));
    Content c = reload(Set.of("page:tilgjengelighet"), "pages/tilgjengelighet.en.md");
    assertEquals(
        Set.of("nb"),
        c.pages().stream()
            .filter(p -> p.id().equals("tilgjengelighet"))
            .findFirst()
            .orElseThrow()
            .title()
            .values()
            .keySet());
  }

  @Test
  void breaksAndFixesFrontMatter() throws IOException {
    String good = read("pages/om.nb.md");
    write("pages/om.nb.md", good.replaceFirst("title: ", "title: [unclosed "));
    Content broken = reload(Set.of(), "pages/om.nb.md");
    assertEquals(1, broken.pages().size());
    assertTrue(hasProblemAt("pages/om.nb.md"));
    write("pages/om.nb.md", good);
    assertEquals(2, reload(Set.of(), "pages/om.nb.md").pages().size());
    assertTrue(!hasProblemAt("pages/om.nb.md"));
  }

  @Test
  void readsAgainAChangedPlanAndChecksReferencesToItAgain() throws IOException {
    String plan = read("plans/strategisk-plan/plan.yaml");
    write("plans/strategisk-plan/plan.yaml", plan.replace("Strategisk plan 2016", "Plan 2016"));
    reload(Set.of("plan:strategisk-plan"), "plans/strategisk-plan/plan.yaml");
    // An area renamed: the project and hearing referring to it are not read again, but their
    // references are checked again and now fail.
    write("plans/strategisk-plan/plan.yaml", plan.replace("id: naeringsvekst", "id: vekst"));
    reload(Set.of("plan:strategisk-plan"), "plans/strategisk-plan/plan.yaml");
    assertTrue(hasProblemAt("projects/naeringsvennlig-kommune/project.yaml"));
    write("plans/strategisk-plan/plan.yaml", plan);
    reload(Set.of("plan:strategisk-plan"), "plans/strategisk-plan/plan.yaml");
    assertTrue(!hasProblemAt("projects/naeringsvennlig-kommune/project.yaml"));
  }

  @Test
  void renamesAHearingFile() throws IOException {
    Files.move(
        dir.resolve("hearings/regional-naeringsstrategi.en.md"),
        dir.resolve("hearings/regional-naeringsstrategi-ny.en.md"));
    reload(
        Set.of("hearing:regional-naeringsstrategi"),
        "hearings/regional-naeringsstrategi.en.md",
        "hearings/regional-naeringsstrategi-ny.en.md");
    assertTrue(hasProblemAt("hearings/regional-naeringsstrategi-ny.en.md"));
    Files.move(
        dir.resolve("hearings/regional-naeringsstrategi.nb.md"),
        dir.resolve("hearings/regional-naeringsstrategi-ny.nb.md"));
    Content c =
        reload(
            Set.of(),
            "hearings/regional-naeringsstrategi.nb.md",
            "hearings/regional-naeringsstrategi-ny.nb.md");
    assertTrue(c.hearings().stream().anyMatch(h -> h.id().equals("regional-naeringsstrategi-ny")));
  }

  @Test
  void createsAndDeletesFolders() throws IOException {
    write("pages/utkast/x.nb.md", "---\ntitle: X\n---\n");
    reload(Set.of(), "pages/utkast", "pages/utkast/x.nb.md");
    assertTrue(hasProblemAt("pages/utkast"));
    write("projects/nytt/project.yaml", "title: Nytt\nstatus: active\n");
    assertEquals(
        2, reload(Set.of(), "projects/nytt", "projects/nytt/project.yaml").projects().size());
    TestFiles.deleteTree(dir.resolve("pages/utkast"));
    reload(Set.of(), "pages/utkast", "pages/utkast/x.nb.md");
    assertTrue(!hasProblemAt("pages/utkast"));
    TestFiles.deleteTree(dir.resolve("projects/nytt"));
    assertEquals(1, reload(Set.of(), "projects/nytt").projects().size());
  }

  @Test
  void readsAgainAHearingWhoseDocumentGoesOrComes() throws IOException {
    Path pdf = dir.resolve("assets/eksempel-uttalelse.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    Files.delete(pdf);
    reload(Set.of("hearing:endringer-plan-og-bygningsloven"), "assets/eksempel-uttalelse.pdf");
    assertTrue(hasProblemAt("hearings/endringer-plan-og-bygningsloven.nb.md"));
    Files.write(pdf, bytes);
    reload(Set.of("hearing:endringer-plan-og-bygningsloven"), "assets");
    assertTrue(!hasProblemAt("hearings/endringer-plan-og-bygningsloven.nb.md"));
  }

  @Test
  void readsEverythingAgainAfterSiteYamlChangesOrWhenChangesAreUnknown() throws IOException {
    write("site.yaml", read("site.yaml") + "\n# a comment\n");
    Set<String> all = units(last).keySet();
    reload(all, "site.yaml");
    Problems p = new Problems();
    Content again = ContentLoader.load(dir, p, cache, null);
    assertEquals(last, again);
    assertNotSame(last.pages().get(0), again.pages().get(0));
    last = again;
    write("site.yaml", "title: [broken\n");
    assertEquals(null, reload(Set.of(), "site.yaml"));
    write("site.yaml", Files.readString(Path.of("content/site.yaml")));
    assertEquals(2, reload(Set.of(), "site.yaml").pages().size());
  }

  @Test
  void ignoresChangesOutsideTheContentFolderAndNothingChanged() throws IOException {
    Content before = last;
    Content c = reload(Set.of(), "../templates/page.ftlh");
    assertSame(before.pages().get(0), c.pages().get(0));
    reload(Set.of());
  }
}

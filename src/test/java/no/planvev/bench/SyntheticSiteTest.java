package no.planvev.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.Deadlines;
import no.planvev.source.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSiteTest {

  @TempDir Path tmp;

  @Test
  void writesTheSameBytesOnEveryRun() throws IOException {
    new SyntheticSite(7).pages(12, tmp.resolve("a"));
    new SyntheticSite(7).pages(12, tmp.resolve("b"));
    new SyntheticSite(7).plan(3, 9, 2, tmp.resolve("c"));
    new SyntheticSite(7).plan(3, 9, 2, tmp.resolve("d"));
    assertTreesEqual(read(tmp.resolve("a")), read(tmp.resolve("b")));
    assertTreesEqual(read(tmp.resolve("c")), read(tmp.resolve("d")));
  }

  @Test
  void pageTextDoesNotDependOnSiteSize() throws IOException {
    new SyntheticSite(7).pages(3, tmp.resolve("small"));
    new SyntheticSite(7).pages(30, tmp.resolve("large"));
    assertArrayEquals(
        Files.readAllBytes(tmp.resolve("small/pages/side-000002.en.md")),
        Files.readAllBytes(tmp.resolve("large/pages/side-000002.en.md")));
  }

  @Test
  void anotherSeedGivesOtherText() throws IOException {
    assertNotEquals(new SyntheticSite(1).page(0, "nb"), new SyntheticSite(2).page(0, "nb"));
  }

  @Test
  void writesBothLanguagesAndMarkdownBlocksForEveryPage() throws IOException {
    new SyntheticSite(7).pages(10, tmp);
    try (Stream<Path> files = Files.list(tmp.resolve("pages"))) {
      assertEquals(20, files.count());
    }
    String nb = Files.readString(tmp.resolve("pages/side-000010.nb.md"));
    assertTrue(nb.startsWith("---\ntitle: \""), nb);
    assertTrue(nb.contains("\n## "), "a heading");
    assertTrue(nb.contains("\n- "), "a list");
    assertTrue(nb.contains("\n|---|---|--:|\n"), "a table");
    assertTrue(Files.readString(tmp.resolve("pages/side-000001.nb.md")).contains("\nmenu: 10\n"));
    assertTrue(
        !Files.readString(tmp.resolve("pages/side-000001.en.md")).contains("menu:"),
        "menu is not text: only the default language file gives it");
  }

  @Test
  void hugoSiteHoldsTheSameBodies() throws IOException {
    SyntheticSite gen = new SyntheticSite(7);
    gen.pages(4, tmp.resolve("pv"));
    gen.hugoPages(4, tmp.resolve("hugo"));
    String ours = Files.readString(tmp.resolve("pv/pages/side-000003.en.md"));
    String theirs = Files.readString(tmp.resolve("hugo/content/pages/side-000003.en.md"));
    assertEquals(body(ours), body(theirs));
    assertTrue(Files.readString(tmp.resolve("hugo/hugo.toml")).contains("[languages.en]"));
    assertTrue(Files.exists(tmp.resolve("hugo/layouts/_default/baseof.html")));
  }

  @Test
  void planSiteUsesEveryDeadlineFormAndAValidOne() throws IOException, Deadlines.InvalidDeadline {
    new SyntheticSite(7).plan(2, 14, 3, tmp);
    String project = Files.readString(tmp.resolve("projects/prosjekt-0001/project.yaml"));
    List<String> deadlines =
        project
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("deadline: "))
            .map(l -> l.substring(10))
            .toList();
    assertEquals(14, deadlines.size());
    Map<Class<?>, Integer> forms = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    for (String d : deadlines) {
      if (d.startsWith("{text:")) {
        forms.merge(Deadline.Text.class, 1, Integer::sum);
      } else {
        forms.merge(Deadlines.parse(d).getClass(), 1, Integer::sum);
      }
    }
    assertEquals(7, forms.size(), forms.toString());
    assertTrue(Files.exists(tmp.resolve("hearings/horing-0003.en.md")));
    assertTrue(
        Files.readString(tmp.resolve("plans/strategisk-plan/plan.yaml")).contains("weight: 25"));
  }

  @Test
  void generatedSitesLoadWithoutProblems() throws IOException {
    new SyntheticSite(7).pages(6, tmp.resolve("pages"));
    new SyntheticSite(7).plan(3, 60, 4, tmp.resolve("plan"));
    Problems problems = new Problems();
    Content pages = ContentLoader.load(tmp.resolve("pages"), problems);
    assertEquals(List.of(), problems.all());
    assertEquals(6, pages.pages().size());
    assertEquals(10, pages.pages().get(0).menu());
    Content plan = ContentLoader.load(tmp.resolve("plan"), problems);
    assertEquals(List.of(), problems.all());
    assertEquals(3, plan.projects().size());
    assertEquals(4, plan.hearings().size());
    assertEquals(4, plan.plans().get(0).focusAreas().size());
  }

  private static String body(String md) {
    return md.substring(md.indexOf("\n---\n") + 5);
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void assertTreesEqual(Map<String, String> a, Map<String, String> b) {
    assertTrue(a.size() > 5, "something was written");
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertEquals(v, b.get(k), k));
  }
}

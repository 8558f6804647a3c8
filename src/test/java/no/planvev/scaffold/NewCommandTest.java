package no.planvev.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvev.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code planvev new ARGS} through the command line, on {@link #TODAY}. */
  private int run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("new"));
    all.addAll(List.of(args));
    long epoch = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
    return Cli.run(
        all.toArray(String[]::new),
        new PrintWriter(out),
        new PrintWriter(err),
        java.util.Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)));
  }

  private String content() {
    return dir.resolve("content").toString();
  }

  @Test
  void writesEachKindInItsFolder() throws Exception {
    assertEquals(0, run("plan", "kommuneplan-2027", "--content", content()));
    assertEquals(0, run("project", "digital-byggesak", "--content", content()));
    assertEquals(0, run("hearing", "nasjonal-transportplan", "--content=" + content()));
    assertEquals(0, run("page", "kontakt", "--content", content()));
    Path c = dir.resolve("content");
    String plan = Files.readString(c.resolve("plans/kommuneplan-2027/plan.yaml"));
    assertTrue(plan.contains("title: Kommuneplan 2027"));
    assertTrue(plan.contains("period: 2027/2030"));
    assertFalse(plan.contains("{{"), "every placeholder filled");
    assertTrue(
        Files.readString(c.resolve("projects/digital-byggesak/project.yaml"))
            .contains("title: Digital byggesak"));
    String hearing = Files.readString(c.resolve("hearings/nasjonal-transportplan.md"));
    assertTrue(hearing.startsWith("---\n"));
    assertTrue(hearing.contains("deadline: 2027-01-04"), hearing);
    assertTrue(Files.readString(c.resolve("pages/kontakt.md")).contains("title: Kontakt"));
    assertTrue(out.toString().contains("wrote " + c.resolve("pages/kontakt.md")));
  }

  @Test
  void refusesToOverwriteAnExistingFile() throws Exception {
    Path page = Files.createDirectories(dir.resolve("content/pages")).resolve("kontakt.md");
    Files.writeString(page, "mine");
    assertEquals(1, run("page", "kontakt", "--content", content()));
    assertEquals("mine", Files.readString(page));
    assertTrue(
        err.toString().contains(page + " already exists; nothing was written"), err.toString());
  }

  @Test
  void refusesANewSiteInAFolderWithFiles() throws Exception {
    Files.createDirectories(dir.resolve("mine/content"));
    Files.writeString(dir.resolve("mine/content/site.yaml"), "title: mine\n");
    assertEquals(1, run("site", dir.resolve("mine").toString()));
    assertEquals("title: mine\n", Files.readString(dir.resolve("mine/content/site.yaml")));
    assertFalse(Files.exists(dir.resolve("mine/content/pages")));
    assertFalse(Files.exists(dir.resolve("mine/README.md")));
  }

  @Test
  void newSiteWritesARepositoryWithABilingualStarterSite() throws Exception {
    assertEquals(0, run("site", dir.resolve("nettsted").toString()));
    Path c = dir.resolve("nettsted/content");
    for (String f :
        List.of("README.md", ".gitignore", ".github/workflows/planvev.yml", ".gitlab-ci.yml")) {
      assertTrue(Files.isRegularFile(dir.resolve("nettsted").resolve(f)), f);
      assertFalse(
          Files.readString(dir.resolve("nettsted").resolve(f)).matches("(?s).*\\{\\{[A-Z0-9]+}}.*"),
          f);
    }
    assertTrue(Files.readString(dir.resolve("nettsted/README.md")).startsWith("# Nettsted\n"));
    assertTrue(Files.readAllLines(dir.resolve("nettsted/.gitignore")).contains("/site/"));
    assertFalse(Files.exists(dir.resolve("nettsted/templates")), "the theme is in the jar");
    for (String f : Templates.SITE) assertTrue(Files.isRegularFile(c.resolve(f)), f);
    assertTrue(Files.readString(c.resolve("site.yaml")).contains("{code: en, name: English}"));
    assertTrue(out.toString().contains("planvev serve"));
    for (String f : Templates.SITE) {
      assertFalse(Files.readString(c.resolve(f)).contains("{{"), f);
    }
  }

  @Test
  void rejectsIdsThatAreNotLowercaseAsciiWordsWithHyphens() {
    for (String id :
        List.of(
            "Kommuneplan",
            "høring",
            "to ord",
            "-start",
            "slutt-",
            "a--b",
            "../x",
            "a/b",
            ".skjult",
            "",
            "a_b")) {
      assertEquals(2, run("page", id, "--content", content()), id);
    }
    assertTrue(err.toString().contains("lowercase letters a-z, digits and single hyphens"));
    assertFalse(Files.exists(dir.resolve("content")));
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertEquals(2, run());
    assertEquals(2, run("plugin", "x"));
    assertEquals(2, run("page"));
    assertEquals(2, run("page", "a", "b"));
    assertEquals(2, run("page", "a", "--content"));
    assertEquals(2, run("page", "a", "--force"));
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("planvev new site DIR"));
  }

  /** Keys of the content format, per template (spec: shared/spec/content-format.md). */
  static final List<List<String>> SPEC =
      List.of(
          List.of(
              "plan.yaml",
              "title",
              "slug",
              "period",
              "owner",
              "adopted",
              "date",
              "by",
              "main_goal",
              "main_strategy",
              "text",
              "focus_areas",
              "id",
              "weight",
              "goal",
              "strategies",
              "organisation",
              "body",
              "members",
              "role"),
          List.of(
              "project.yaml",
              "title",
              "slug",
              "owner",
              "manager",
              "period",
              "phase",
              "status",
              "supports",
              "summary",
              "initiatives",
              "id",
              "number",
              "status_note",
              "measures",
              "activities",
              "responsible",
              "deadline",
              "start",
              "note",
              "participants"),
          List.of(
              "hearing.md",
              "title",
              "slug",
              "issuer",
              "reference",
              "published",
              "deadline",
              "status",
              "source_url",
              "statement",
              "date",
              "by",
              "documents",
              "href",
              "topics"),
          List.of("page.md", "title", "slug", "menu", "summary"));

  private static final Pattern KEY = Pattern.compile("^\\s*(?:- )?([a-z_]+):(?: |$)");
  private static final Pattern COMMENTED_KEY =
      Pattern.compile("^\\s*#\\s*(?:- )?\\{?([a-z_]+):(?: |$)");

  @Test
  void everyTemplateNamesEveryKeyOfTheFormatAndExplainsEachBeforeItsFirstUse() throws Exception {
    for (List<String> spec : SPEC) {
      String name = spec.get(0);
      List<String> lines = Templates.read(name).lines().toList();
      Set<String> named = new HashSet<>();
      Set<String> explained = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher key = KEY.matcher(line);
        Matcher commented = COMMENTED_KEY.matcher(line);
        String k = key.find() ? key.group(1) : commented.find() ? commented.group(1) : null;
        if (k == null) continue;
        named.add(k);
        if (line.contains("#") && !line.trim().startsWith("#")) explained.add(k);
        if (i > 0 && lines.get(i - 1).trim().startsWith("#")) explained.add(k);
        if (commented.matches() || line.trim().startsWith("#")) explained.add(k);
        assertTrue(spec.contains(k), name + ": '" + k + "' is not a key of the format");
        assertTrue(
            explained.contains(k) || named.contains(k) && seenBefore(lines, i, k),
            name + ": '" + k + "' has no comment");
      }
      for (String k : spec.subList(1, spec.size())) {
        assertTrue(named.contains(k), name + " does not name '" + k + "'");
      }
    }
  }

  /** A key repeated in a later list item was explained at its first use. */
  private static boolean seenBefore(List<String> lines, int index, String key) {
    for (int j = 0; j < index; j++) {
      Matcher m = KEY.matcher(lines.get(j));
      if (m.find() && m.group(1).equals(key)) return true;
    }
    return false;
  }
}

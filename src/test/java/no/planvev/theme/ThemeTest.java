package no.planvev.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme lookup: an override folder before the built-in theme, file by file. */
class ThemeTest {

  @TempDir Path dir;

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  @Test
  void builtInThemeHasTheRepositorysTemplatesUiStringsAndStaticFiles() throws IOException {
    Theme t = Theme.builtIn();
    List<String> names = t.files("").stream().map(Theme.File::name).toList();
    try (var s = Files.walk(Path.of("templates"))) {
      List<String> repo =
          s.filter(Files::isRegularFile)
              .map(f -> slashes(Path.of("templates").relativize(f)))
              .sorted()
              .toList();
      assertEquals(repo, names);
    }
    Theme.File home = t.find("home.ftlh").orElseThrow();
    assertTrue(home.builtIn());
    assertEquals("home.ftlh", home.shown());
    assertArrayEquals(
        Files.readAllBytes(Path.of("templates/home.ftlh")), Files.readAllBytes(home.path()));
  }

  @Test
  void anOverrideReplacesOnlyTheFilesItHas() throws IOException {
    Files.createDirectories(dir.resolve("static"));
    Files.writeString(dir.resolve("home.ftlh"), "mine");
    Files.writeString(dir.resolve("static/planvev.css"), "body{}");
    Files.writeString(dir.resolve("static/extra.js"), "1");
    Files.writeString(dir.resolve(".home.ftlh.swp"), "editor");
    Theme t = Theme.over(dir);

    Theme.File home = t.find("home.ftlh").orElseThrow();
    assertFalse(home.builtIn());
    assertEquals(slashes(dir) + "/home.ftlh", home.shown());
    assertEquals("mine", Files.readString(home.path()));
    assertTrue(t.find("plan.ftlh").orElseThrow().builtIn());
    assertEquals("plan.ftlh", t.shown("plan.ftlh"));

    Map<String, Boolean> statics =
        t.files("static").stream().collect(Collectors.toMap(Theme.File::name, Theme.File::builtIn));
    assertEquals(false, statics.get("static/planvev.css"));
    assertEquals(false, statics.get("static/extra.js"));
    assertEquals(true, statics.get("static/copy.js"));
    assertFalse(t.files("").stream().anyMatch(f -> f.name().contains(".swp")));
    assertEquals(Theme.builtIn().files("static").size() + 1, statics.size());
  }

  @Test
  void namesOutsideTheThemeAreNotFound() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "x");
    Theme t = Theme.over(dir.resolve("sub"));
    assertTrue(t.find("../secret.txt").isEmpty());
    assertTrue(t.find("/etc/passwd").isEmpty());
    assertTrue(t.find("static/../../secret.txt").isEmpty());
  }

  @Test
  void templatesOptionFirstThenTheFolderBesideContentThenBuiltIn() throws IOException {
    Path content = Files.createDirectories(dir.resolve("site/content"));
    assertTrue(Theme.lookup(null, content).overrideDir().isEmpty(), "no folder: built-in");

    Path beside = Files.createDirectories(dir.resolve("site/templates"));
    assertEquals(
        beside.toAbsolutePath(),
        Theme.lookup(null, content).overrideDir().orElseThrow().toAbsolutePath());

    Path given = dir.resolve("elsewhere");
    assertEquals(given, Theme.lookup(given, content).overrideDir().orElseThrow());
  }

  @Test
  void theFolderBesideContentIsShownRelativeToTheWorkingFolder() {
    Path shown = Theme.beside(Path.of("content"));
    assertEquals(Path.of("templates"), shown);
  }
}

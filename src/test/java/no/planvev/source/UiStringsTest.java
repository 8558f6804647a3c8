package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiStringsTest {

  @TempDir Path dir;

  @Test
  void flattensNestedKeysInSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("i18n"));
    Files.writeString(
        dir.resolve("i18n/nb.yaml"),
        "status:\n  planned: planlagt\n  done: utført\nno: nei\nmenu: Meny\n");
    Files.writeString(dir.resolve("i18n/en.yaml"), "menu: Menu\n");
    Problems problems = new Problems();
    Map<String, Map<String, String>> ui = UiStrings.load(Theme.over(dir), problems);
    assertEquals(List.of(), problems.all());
    // nn comes from the built-in theme; en and nb are replaced whole by the override's files.
    assertEquals(List.of("en", "nb", "nn", "se"), List.copyOf(ui.keySet()));
    assertEquals(List.of("menu"), List.copyOf(ui.get("en").keySet()));
    assertEquals(
        List.of("menu", "no", "status.done", "status.planned"), List.copyOf(ui.get("nb").keySet()));
    assertEquals("nei", ui.get("nb").get("no"));
    assertEquals("utført", ui.get("nb").get("status.done"));
  }

  @Test
  void reportsYamlErrorsAtTheOverridesPath() throws IOException {
    Files.createDirectories(dir.resolve("i18n"));
    Files.writeString(dir.resolve("i18n/nn.yaml"), "menu: Meny\nmenu: Meny\n");
    Problems problems = new Problems();
    UiStrings.load(Theme.over(dir), problems);
    String shown = dir.toString().replace('\\', '/') + "/i18n/nn.yaml";
    assertEquals(
        List.of(shown + ":2:1: error: duplicate key 'menu': it is also on line 1"),
        problems.all().stream().map(Problem::toString).toList());
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import no.planvev.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscriber's calendar keeps one event per activity: renaming the activity, moving its deadline
 * or adding one before it changes no UID when the activity has an {@code id:}, and an activity
 * without one keeps its UID while others around it change.
 */
class StableEventIdsTest {

  private static final Path SITE = Path.of("src/test/resources/sites/small/content");
  private static final String YAML = "projects/veiprosjekt/project.yaml";

  @Test
  void renamingAnActivityWithAnIdKeepsItsCalendarEvent(@TempDir Path tmp) throws Exception {
    Path content = tmp.resolve("content");
    TestFiles.copyTree(SITE, content);
    Path yaml = content.resolve(YAML);
    String text =
        Files.readString(yaml)
            .replace(
                "          - title: {nb: Kjøpe brøytebil, en: Buy a snowplough}\n",
                "          - id: broytebil\n            title: {nb: Kjøpe brøytebil, en: Buy a snowplough}\n");
    Files.writeString(yaml, text);
    Map<String, String> before = uids(content);
    assertEquals("activity-veiprosjekt-broytebil@test.example.no", before.get("Kjøpe brøytebil"));

    Files.writeString(
        yaml,
        text.replace(
                "{nb: Kjøpe brøytebil, en: Buy a snowplough}",
                "{nb: Kjøpe ny brøytebil, en: Buy a new snowplough}")
            .replace("deadline: 2024-W10", "deadline: 2024-W12")
            .replace(
                "          - title: {nb: Kartlegge ruter",
                "          - title: {nb: Ny første aktivitet, en: New first}\n"
                    + "            deadline: 2024-01-10\n"
                    + "          - title: {nb: Kartlegge ruter"));
    Map<String, String> after = uids(content);
    assertEquals(before.get("Kjøpe brøytebil"), after.get("Kjøpe ny brøytebil"));
    assertEquals(before.get("Kartlegge ruter"), after.get("Kartlegge ruter"));
    assertEquals(before.get("Evaluering"), after.get("Evaluering"));
    assertTrue(after.containsKey("Ny første aktivitet"));
  }

  /** SUMMARY → UID in the bokmål project calendar, parsed by ical4j. */
  private static Map<String, String> uids(Path content) throws Exception {
    BuildResult r =
        Builder.render(
            new BuildOptions(
                content, Path.of("templates"), null, null, LocalDate.of(2024, 3, 1), false));
    assertTrue(r.ok(), () -> r.problems().all().toString());
    byte[] ics = r.site().generated().get("nb/calendar/veiprosjekt.ics");
    Calendar cal =
        new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    Map<String, String> out = new TreeMap<>();
    for (var c : cal.getComponents()) {
      if (!c.getName().equals("VEVENT")) continue;
      // A fuzzy deadline adds its phrase to the summary: "Kjøpe brøytebil (uke 10 2024)".
      out.put(
          c.<Property>getProperty("SUMMARY")
              .map(Property::getValue)
              .orElseThrow()
              .replaceAll(" \\(.*\\)$", ""),
          c.<Property>getProperty("UID").map(Property::getValue).orElseThrow());
    }
    return out;
  }
}

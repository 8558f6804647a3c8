package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.planvev.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that gives only the required keys builds; nothing optional is assumed to be there. */
class OptionalFieldsTest {

  @Test
  void buildsWithoutPublisherPeriodsOrStatement(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("plans/p"));
    Files.createDirectories(content.resolve("projects/q"));
    Files.writeString(
        content.resolve("site.yaml"),
        """
        title: Liten kommune
        base_url: https://x.example.no/
        languages:
          - {code: nb, name: Norsk bokmål}
        """);
    Files.writeString(
        content.resolve("plans/p/plan.yaml"),
        """
        title: Plan
        focus_areas:
          - {id: a, title: Område}
        """);
    Files.writeString(
        content.resolve("projects/q/project.yaml"),
        """
        title: Prosjekt
        status: active
        activities:
          - {title: Gjøre noe, deadline: 2025-W10}
        """);
    BuildResult r =
        Builder.render(
            new BuildOptions(
                content,
                Path.of("templates"),
                dir.resolve("site"),
                null,
                LocalDate.of(2025, 1, 1),
                false));
    assertEquals(0, r.problems().count(Severity.ERROR), r.problems().all().toString());
    String project =
        new String(r.site().generated().get("nb/projects/q/index.html"), StandardCharsets.UTF_8);
    assertTrue(project.contains("Gjøre noe"));
    assertTrue(r.site().generated().containsKey("data/projects/q.json"));
  }
}

package no.planvev.output.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.SourcePos;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Content;
import no.planvev.model.DeadlineMove;
import no.planvev.model.LText;
import no.planvev.model.Project;
import no.planvev.model.ProjectStatus;
import no.planvev.model.Report;
import no.planvev.model.ReportPeriod;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code data/reports.json}: read back with Jackson and validated against its schema. */
class ReportsJsonTest {

  static final SourcePos POS = SourcePos.file("projects/oppfolging/project.yaml");

  static Activity act(
      String id,
      String due,
      String start,
      ActivityStatus status,
      String statusDate,
      List<DeadlineMove> moved) {
    return new Activity(
        POS,
        id,
        LText.of("nb", id),
        LText.of("nb", "Rådmannen"),
        TestContent.d(due),
        start == null ? null : TestContent.d(start),
        status,
        null,
        List.of(),
        LocalDate.parse(statusDate),
        moved);
  }

  static Report report(String id, String period, String published) {
    return new Report(
        id,
        null,
        SourcePos.file("reports/" + id + ".nb.md"),
        TestContent.t("Rapport " + id, "Report " + id),
        ReportPeriod.parse(period),
        LocalDate.parse(published),
        List.of(),
        TestContent.t("Tekst", "Text"));
  }

  static Content content(List<Report> reports) {
    Project p =
        new Project(
            "oppfolging",
            null,
            POS,
            LText.of("nb", "Oppfølging"),
            LText.EMPTY,
            LText.EMPTY,
            TestContent.d("2017-01/2018-12"),
            LText.EMPTY,
            ProjectStatus.ACTIVE,
            List.of(),
            LText.EMPTY,
            List.of(),
            List.of(
                act("ferdig", "2017-10-01", null, ActivityStatus.DONE, "2017-10-05", List.of()),
                act(
                    "flyttet",
                    "2018-03-01",
                    null,
                    ActivityStatus.IN_PROGRESS,
                    "2017-11-01",
                    List.of(
                        new DeadlineMove(
                            TestContent.d("2017-12-01"),
                            LocalDate.of(2017, 11, 20),
                            LText.of("nb", "Venter på vedtak"),
                            POS))),
                act("sen", "2017-12-10", null, ActivityStatus.PLANNED, "2017-12-20", List.of()),
                act(
                    "ny",
                    "2018-04-30",
                    "2018-02",
                    ActivityStatus.PLANNED,
                    "2017-12-20",
                    List.of())),
            LText.EMPTY,
            null,
            null,
            null);
    Content c = TestContent.content();
    return new Content(
        c.site(), c.plans(), List.of(p), c.hearings(), c.pages(), c.assets(), reports);
  }

  static Map<String, OutputFile> write(Content c) {
    Map<String, OutputFile> m = new LinkedHashMap<>();
    JsonData.write(c, new Urls(c.site()), TestContent.BUILD_DATE).forEach(f -> m.put(f.path(), f));
    return m;
  }

  static Content twoReports() {
    // listed newest first in content: the JSON orders them oldest first
    return content(
        List.of(
            report("2018-h1", "2018-H1", "2018-06-30"),
            report("2017-h2", "2017-H2", "2017-12-31")));
  }

  @Test
  void reportsJsonIsValidAgainstItsPublishedSchema() {
    Map<String, OutputFile> files = write(twoReports());
    assertTrue(files.containsKey("data/schema/reports.schema.json"));
    int checked = 0;
    for (OutputFile f : files.values()) {
      if (!f.path().endsWith(".json") || f.path().startsWith("data/schema/")) continue;
      JsonNode doc = JsonDataTest.json(f);
      List<Error> errors = JsonDataTest.schemaFor(files, doc).validate(doc);
      assertEquals(List.of(), errors.stream().map(Object::toString).toList(), f.path());
      checked++;
    }
    assertEquals(5, checked); // site, plan, project, hearings, reports
    JsonNode site = JsonDataTest.json(files.get("data/site.json"));
    assertEquals("https://plan.example.no/data/reports.json", site.get("reports").asString());
  }

  @Test
  void listsWhatChangedInEachReportsWindow() {
    JsonNode doc = JsonDataTest.json(write(twoReports()).get("data/reports.json"));
    assertEquals(
        "https://plan.example.no/data/schema/reports.schema.json", doc.get("$schema").asString());
    JsonNode reports = doc.get("reports");
    assertEquals(2, reports.size());
    JsonNode h2 = reports.get(0);
    assertEquals("2017-h2", h2.get("id").asString());
    assertEquals("2017-H2", h2.get("period").get("code").asString());
    assertEquals("2017-07-01", h2.get("period").get("start").asString());
    assertEquals("2017-12-31", h2.get("period").get("end").asString());
    assertEquals("2017-07-01", h2.get("changes_from").asString());
    assertEquals("2017-12-31", h2.get("changes_until").asString());
    assertEquals("oppfolging", h2.get("projects").get(0).asString());
    JsonNode ch = h2.get("changes");
    assertEquals("oppfolging/ferdig", ch.get("completed").get(0).get("key").asString());
    assertEquals("2017-10-05", ch.get("completed").get(0).get("on").asString());
    JsonNode moved = ch.get("moved").get(0);
    assertEquals("oppfolging/flyttet", moved.get("key").asString());
    assertEquals("2017-11-20", moved.get("on").asString());
    assertEquals("2017-12-01", moved.get("from").get("due").asString());
    assertEquals("2018-03-01", moved.get("deadline").get("due").asString());
    assertEquals("Venter på vedtak", moved.get("reason").get("nb").asString());
    assertEquals("oppfolging/sen", ch.get("late").get(0).get("key").asString());
    assertEquals("overdue", ch.get("late").get(0).get("state").asString());
    assertEquals(0, ch.get("added").size());
    assertEquals(1, h2.get("progress").get("done").asInt());
    assertEquals(
        "https://plan.example.no/en/reports/2017-h2/", h2.get("urls").get("en").asString());

    JsonNode h1 = reports.get(1);
    assertEquals("2018-01-01", h1.get("changes_from").asString()); // day after the previous
    JsonNode ch1 = h1.get("changes");
    assertEquals("oppfolging/ny", ch1.get("added").get(0).get("key").asString());
    assertEquals("2018-02-01", ch1.get("added").get(0).get("start").get("start").asString());
    assertEquals("not_reported", ch1.get("late").get(0).get("state").asString());
    assertEquals(0, ch1.get("completed").size());
  }

  @Test
  void catalogListsTheReportsDataset() {
    JsonNode cat = JsonDataTest.json(write(twoReports()).get("data/catalog.jsonld"));
    boolean found = false;
    for (JsonNode d : cat.get("dcat:dataset")) {
      if (d.get("@id").asString().endsWith("#reports")) {
        found = true;
        assertEquals(
            "https://plan.example.no/data/reports.json",
            d.get("dcat:distribution").get(0).get("dcat:downloadURL").get("@id").asString());
      }
    }
    assertTrue(found);
  }

  @Test
  void aSiteWithoutReportsHasNoReportsFiles() {
    Map<String, OutputFile> files = write(content(List.of()));
    assertFalse(files.containsKey("data/reports.json"));
    assertFalse(files.containsKey("data/schema/reports.schema.json"));
    assertFalse(JsonDataTest.json(files.get("data/site.json")).has("reports"));
  }

  @Test
  void schemaRejectsUnknownKeysAndBadStates() {
    Map<String, OutputFile> files = write(twoReports());
    JsonNode doc = JsonDataTest.json(files.get("data/reports.json"));
    Schema schema = JsonDataTest.schemaFor(files, doc);
    ObjectNode extra = (ObjectNode) doc.deepCopy();
    ((ObjectNode) extra.get("reports").get(0)).put("surprise", 1);
    assertFalse(schema.validate(extra).isEmpty());
    ObjectNode badState = (ObjectNode) doc.deepCopy();
    ((ObjectNode) badState.get("reports").get(0).get("changes").get("late").get(0))
        .put("state", "late");
    assertFalse(schema.validate(badState).isEmpty());
  }

  @Test
  void sameContentGivesSameBytes() {
    assertArrayEquals(
        write(twoReports()).get("data/reports.json").bytes(),
        write(twoReports()).get("data/reports.json").bytes());
  }
}

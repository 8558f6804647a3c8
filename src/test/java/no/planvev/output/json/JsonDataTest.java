package no.planvev.output.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvev.model.Activity;
import no.planvev.model.Content;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonDataTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Map<String, OutputFile> write() {
    Content c = TestContent.content();
    Map<String, OutputFile> m = new LinkedHashMap<>();
    JsonData.write(c, new Urls(c.site()), TestContent.BUILD_DATE).forEach(f -> m.put(f.path(), f));
    return m;
  }

  static JsonNode json(OutputFile f) {
    return MAPPER.readTree(f.bytes());
  }

  static Schema schemaFor(Map<String, OutputFile> files, JsonNode doc) {
    String url = doc.get("$schema").asString();
    String prefix = "https://plan.example.no/";
    assertTrue(url.startsWith(prefix), url);
    OutputFile schemaFile = files.get(url.substring(prefix.length()));
    assertTrue(schemaFile != null, "schema not published beside the data: " + url);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new ByteArrayInputStream(schemaFile.bytes()));
  }

  @Test
  void writesEveryDataFileAndSchema() {
    assertEquals(
        List.of(
            "data/site.json",
            "data/plans/regional-plan.json",
            "data/projects/kompetanse.json",
            "data/hearings.json",
            "data/activities.csv",
            "data/activities.nb.csv",
            "data/activities.en.csv",
            "data/catalog.jsonld",
            "data/schema/site.schema.json",
            "data/schema/plan.schema.json",
            "data/schema/project.schema.json",
            "data/schema/hearings.schema.json"),
        List.copyOf(write().keySet()));
  }

  @Test
  void everyJsonFileIsValidAgainstTheSchemaItDeclares() {
    Map<String, OutputFile> files = write();
    int checked = 0;
    for (OutputFile f : files.values()) {
      if (!f.path().endsWith(".json") || f.path().startsWith("data/schema/")) continue;
      JsonNode doc = json(f);
      List<Error> errors = schemaFor(files, doc).validate(doc);
      assertEquals(List.of(), errors.stream().map(Object::toString).toList(), f.path());
      checked++;
    }
    assertEquals(4, checked);
  }

  @Test
  void schemasRejectUnknownKeysAndBadDeadlines() {
    Map<String, OutputFile> files = write();
    ObjectNode project = (ObjectNode) json(files.get("data/projects/kompetanse.json"));
    Schema schema = schemaFor(files, project);
    project.put("deadlien", "2018-01-01");
    assertFalse(schema.validate(project).isEmpty());
    project.remove("deadlien");
    ((ObjectNode) project.get("period")).put("precision", "fortnight");
    assertFalse(schema.validate(project).isEmpty());
  }

  @Test
  void schemasAreDraft202012() {
    for (OutputFile f : write().values()) {
      if (f.path().startsWith("data/schema/")) {
        assertEquals(
            "https://json-schema.org/draft/2020-12/schema",
            json(f).get("$schema").asString(),
            f.path());
      }
    }
  }

  @Test
  void textsAreObjectsByLanguageInSiteOrder() {
    JsonNode site = json(write().get("data/site.json"));
    assertEquals(List.of("nb", "en"), List.copyOf(site.get("title").propertyNames()));
    assertEquals("West Finnmark Regional Council", site.get("title").get("en").asString());
    assertEquals("nb", site.get("default_language").asString());
  }

  @Test
  void deadlinesCarryIsoStartDuePrecisionAndFreeText() {
    JsonNode p = json(write().get("data/projects/kompetanse.json"));
    JsonNode free = p.get("activities").get(0).get("deadline");
    assertEquals("2018-06", free.get("iso").asString());
    assertEquals("Før sommeren 2018", free.get("text").get("nb").asString());
    assertEquals("2018-06-30", free.get("due").asString());
    assertEquals("text", free.get("precision").asString());
    JsonNode week =
        p.get("initiatives").get(0).get("measures").get(0).get("activities").get(1).get("deadline");
    assertEquals("2017-W50", week.get("iso").asString());
    assertEquals("2017-12-11", week.get("start").asString());
    assertEquals("week", week.get("precision").asString());
    assertFalse(week.has("text"));
  }

  @Test
  void openActivityPastItsDueDayIsOverdue() {
    JsonNode measure =
        json(write().get("data/projects/kompetanse.json"))
            .get("initiatives")
            .get(0)
            .get("measures")
            .get(0);
    assertTrue(measure.get("activities").get(1).get("overdue").asBoolean()); // W50, in progress
    assertFalse(measure.get("activities").get(0).get("overdue").asBoolean()); // done
    assertFalse(measure.get("activities").get(2).get("overdue").asBoolean()); // 2018-02
  }

  @Test
  void localDocumentsGetAbsoluteUrls() {
    JsonNode docs = json(write().get("data/hearings.json")).get("hearings").get(0).get("documents");
    assertEquals(
        "https://plan.example.no/assets/uttalelse.pdf", docs.get(0).get("href").asString());
    assertEquals("https://www.example.org/notat.pdf", docs.get(1).get("href").asString());
  }

  @Test
  void jsonIsPrettyPrintedWithTwoSpacesLfAndATrailingNewline() {
    for (OutputFile f : write().values()) {
      if (!f.path().endsWith(".json")) continue;
      String s = f.text();
      assertTrue(s.endsWith("}\n"), f.path());
      assertFalse(s.contains("\r"), f.path());
      assertFalse(s.contains(" : "), f.path());
      if (!f.path().startsWith("data/schema/")) assertTrue(s.startsWith("{\n  \"$schema\": \""));
    }
  }

  @Test
  void machineCsvHasOneRowPerActivityAndReadsBackAsWritten() {
    String csv = write().get("data/activities.csv").text();
    assertTrue(csv.startsWith("\uFEFF"), "a byte order mark, so that Excel reads UTF-8");
    csv = csv.substring(1);
    assertTrue(csv.endsWith("\r\n"));
    assertFalse(csv.replace("\r\n", "").contains("\n"));
    List<List<String>> rows = readCsv(csv, ';');
    assertEquals(ActivitiesCsv.COLUMNS, rows.get(0));
    List<Activity> acts = TestContent.project().allActivities();
    assertEquals(acts.size() + 1, rows.size());
    for (List<String> r : rows) assertEquals(ActivitiesCsv.COLUMNS.size(), r.size());
    int title = ActivitiesCsv.COLUMNS.indexOf("title");
    List<String> longRow =
        rows.stream()
            .filter(r -> r.get(title).equals(TestContent.LONG_TITLE))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("kompetanse", "kompetanseheving", "effektiv-soknadsprosess"),
        List.of(longRow.get(0), longRow.get(2), longRow.get(4)));
    assertEquals(
        List.of(
            TestContent.LONG_TITLE,
            "Næringssjefene, Hammerfest; Alta",
            "2017-11-30",
            "",
            "2017-11-30",
            "2017-11-30",
            "day",
            "done",
            "done",
            "false"),
        longRow.subList(title, title + 10));
    List<String> free =
        rows.stream().filter(r -> r.get(title + 2).equals("2018-06")).findFirst().orElseThrow();
    assertEquals(
        List.of("2018-06", "Før sommeren 2018", "2018-06-01", "2018-06-30", "text", "planned"),
        free.subList(title + 2, title + 8));
    // Rows by due day.
    int due = ActivitiesCsv.COLUMNS.indexOf("due");
    List<String> days = rows.subList(1, rows.size()).stream().map(r -> r.get(due)).toList();
    assertEquals(days.stream().sorted().toList(), days);
  }

  @Test
  void csvQuotesFieldsThatNeedItAndDoublesQuotes() {
    assertEquals("plain", ActivitiesCsv.field("plain"));
    assertEquals("\"a,b\"", ActivitiesCsv.field("a,b"));
    assertEquals("a,b", ActivitiesCsv.field("a,b", ';'));
    assertEquals("\"a;b\"", ActivitiesCsv.field("a;b", ';'));
    assertEquals("\"say \"\"hi\"\"\"", ActivitiesCsv.field("say \"hi\""));
    assertEquals("\"two\r\nlines\"", ActivitiesCsv.field("two\r\nlines"));
    assertEquals(
        List.of(List.of("a,b", "say \"hi\"", "two\r\nlines", "")),
        readCsv("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n"));
  }

  @Test
  void csvDefusesCellsThatASpreadsheetWouldRunAsFormulas() {
    assertEquals(
        "'=HYPERLINK(\"http://x\")".replace("\"", "\"\""),
        ActivitiesCsv.field("=HYPERLINK(\"http://x\")", ';').replaceAll("^\"|\"$", ""));
    assertEquals("'+1", ActivitiesCsv.field("+1", ';'));
    assertEquals("'-2+3", ActivitiesCsv.field("-2+3", ';'));
    assertEquals("'@SUM(A1)", ActivitiesCsv.field("@SUM(A1)", ';'));
    assertEquals("'\tx", ActivitiesCsv.field("\tx", ';'));
    assertEquals("\"'\rx\"", ActivitiesCsv.field("\rx", ';'));
    assertEquals("a=b", ActivitiesCsv.field("a=b", ';'));
  }

  static List<List<String>> readCsv(String s) {
    return readCsv(s, ',');
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  static List<List<String>> readCsv(String s, char sep) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
        } else if (c == '"') {
          quoted = false;
          i++;
        } else {
          field.append(c);
          i++;
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        i++;
      } else if (c == sep) {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        if (c == '"' || c == '\r' || c == '\n')
          throw new AssertionError("bare " + (int) c + " at " + i);
        field.append(c);
        i++;
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) throw new AssertionError("unterminated");
    return rows;
  }

  @Test
  void sameInputAndDateGiveSameBytes() {
    Map<String, OutputFile> a = write();
    Map<String, OutputFile> b = write();
    a.forEach((path, f) -> assertArrayEquals(f.bytes(), b.get(path).bytes(), path));
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Indicator;
import no.planvev.source.ContentLoader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's example indicator from plan.yaml to the model, the plan JSON (Jackson, checked against
 * the published schema), the CSV files (a strict RFC 4180 reader), the DCAT catalog and the data
 * page.
 */
class IndicatorDataTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = tmp.resolve("site");
    BuildResult r =
        Builder.build(
            new BuildOptions(
                Path.of("content"),
                Path.of("templates"),
                site,
                null,
                LocalDate.of(2026, 11, 23),
                false));
    assertTrue(r.ok(), r.problems().all().toString());
  }

  static Schema schema(String file) throws IOException {
    try (InputStream in = Files.newInputStream(site.resolve("data/schema/" + file))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static JsonNode indicator() throws IOException {
    JsonNode plan = MAPPER.readTree(site.resolve("data/plans/strategisk-plan.json").toFile());
    for (JsonNode a : plan.get("focus_areas")) {
      if (a.get("id").asString().equals("naeringsvekst")) return a.get("indicators").get(0);
    }
    throw new AssertionError("no naeringsvekst area");
  }

  @Test
  void theReaderKeepsEveryValueAsWritten() {
    Problems problems = new Problems();
    Content c = ContentLoader.load(Path.of("content"), problems);
    FocusArea area =
        c.plans().get(0).focusAreas().stream()
            .filter(a -> a.id().equals("naeringsvekst"))
            .findFirst()
            .orElseThrow();
    Indicator in = area.indicators().get(0);
    assertEquals("naeringsvekst-mot-landet", in.id());
    assertEquals(Indicator.Direction.UP, in.direction());
    assertEquals("-1.2", in.baseline().value().toPlainString());
    assertEquals(LocalDate.of(2019, 12, 31), in.target().date());
    assertEquals(
        List.of("-0.9", "-0.5"),
        in.measurements().stream().map(m -> m.value().toPlainString()).toList());
    assertEquals("Foreløpig tall", in.measurements().get(1).note().get("nb").orElseThrow());
    assertTrue(in.note().get("en").orElseThrow().contains("invented for this demo"));
    assertTrue(in.pos().line() > 1, in.pos().toString());
  }

  @Test
  void thePlanJsonCarriesTheIndicatorAndMeetsItsSchema() throws IOException {
    JsonNode plan = MAPPER.readTree(site.resolve("data/plans/strategisk-plan.json").toFile());
    assertEquals(
        List.of(),
        schema("plan.schema.json").validate(plan).stream().map(Object::toString).toList());
    JsonNode in = indicator();
    assertEquals("up", in.get("direction").asString());
    assertEquals(-1.2, in.get("baseline").get("value").asDouble());
    assertTrue(in.get("baseline").get("value").isNumber());
    assertEquals("2019-12-31", in.get("target").get("date").asString());
    assertEquals(2, in.get("measurements").size());
    assertEquals("on-track", in.get("status").get("state").asString());
    assertEquals(0.3, in.get("status").get("projected").asDouble(), 1e-9);
    assertEquals(
        "https://plan.example.no/en/plans/strategisk-plan/naeringsvekst/"
            + "naeringsvekst-mot-landet/",
        in.get("urls").get("en").asString());
    JsonNode siteJson = MAPPER.readTree(site.resolve("data/site.json").toFile());
    assertEquals(
        List.of(),
        schema("site.schema.json").validate(siteJson).stream().map(Object::toString).toList());
    assertEquals(
        "https://plan.example.no/data/indicators.csv", siteJson.get("indicators_csv").asString());
  }

  @Test
  void theSchemaRejectsAWrongDirectionAndAValueAsText() throws IOException {
    JsonNode plan = MAPPER.readTree(site.resolve("data/plans/strategisk-plan.json").toFile());
    Schema schema = schema("plan.schema.json");
    ObjectNode in = (ObjectNode) plan.get("focus_areas").get(1).get("indicators").get(0);
    in.put("direction", "sideways");
    assertFalse(schema.validate(plan).isEmpty());
    in.put("direction", "up");
    ((ObjectNode) in.get("target")).put("value", "0");
    assertFalse(schema.validate(plan).isEmpty());
  }

  @Test
  void theCsvFilesHoldBaselineMeasurementsAndTarget() throws IOException {
    List<List<String>> machine = OpenDataTest.csv(site.resolve("data/indicators.csv"));
    assertEquals(
        List.of(
            "plan",
            "plan_title",
            "area",
            "area_title",
            "indicator",
            "indicator_name",
            "unit",
            "direction",
            "kind",
            "date",
            "value",
            "source",
            "note",
            "state"),
        machine.get(0));
    assertEquals(5, machine.size());
    assertEquals(
        List.of("baseline", "measurement", "measurement", "target"),
        machine.subList(1, 5).stream().map(r -> r.get(8)).toList());
    assertEquals(
        List.of("-1.2", "-0.9", "-0.5", "0"),
        machine.subList(1, 5).stream().map(r -> r.get(10)).toList(),
        "negative values stay numbers (no apostrophe)");
    assertEquals("2016-12-31", machine.get(2).get(9));
    assertEquals("on-track", machine.get(1).get(13));
    List<List<String>> nb = OpenDataTest.csv(site.resolve("data/indicators.nb.csv"));
    assertEquals("Verdi", nb.get(0).get(10));
    assertEquals(
        List.of("Utgangspunkt", "31. desember 2015", "-1,2"),
        List.of(nb.get(1).get(8), nb.get(1).get(9), nb.get(1).get(10)));
    assertEquals("I rute", nb.get(1).get(13));
    List<List<String>> en = OpenDataTest.csv(site.resolve("data/indicators.en.csv"));
    assertEquals("Invented example (not Statistics Norway)", en.get(2).get(11));
    assertEquals("-0.5", en.get(3).get(10));
  }

  @Test
  void theCatalogAndTheDataPageListTheIndicatorFiles() throws IOException {
    JsonNode catalog = MAPPER.readTree(site.resolve("data/catalog.jsonld").toFile());
    JsonNode dataset = null;
    for (JsonNode d : catalog.get("dcat:dataset")) {
      if (d.get("@id").asString().endsWith("#indicators")) dataset = d;
    }
    assertTrue(dataset != null, "no indicators dataset");
    assertEquals(4, dataset.get("dcat:distribution").size());
    assertEquals(
        "https://plan.example.no/data/indicators.csv",
        dataset.get("dcat:distribution").get(0).get("dcat:downloadURL").get("@id").asString());
    var page = Jsoup.parse(site.resolve("nb/data/index.html").toFile(), "UTF-8");
    assertEquals(1, page.select("a[href$=data/indicators.nb.csv]").size());
    assertEquals(1, page.select("a[href$=data/indicators.csv]").size());
  }
}

package no.planvev.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The CI files {@code planvev new site} writes are valid YAML (read by a strict YAML 1.2 parser
 * that rejects duplicate keys) with the keys docs/publishing.md describes.
 */
class CiFilesTest {

  static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  @TempDir Path dir;
  Path repo;

  @BeforeEach
  void newSite() {
    repo = dir.resolve("my-site");
    int exit =
        NewCommand.run(
            List.of("site", repo.toString()),
            Path.of("content"),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            LocalDate.of(2026, 11, 23));
    assertEquals(0, exit);
  }

  private JsonNode read(String file) throws Exception {
    String text = Files.readString(repo.resolve(file));
    assertTrue(
        !text.contains("&") || !text.matches("(?s).*(^|\\s)[&*][a-z].*"),
        "no YAML anchors or aliases: " + file);
    return YAML.readTree(text);
  }

  private static List<String> runs(JsonNode steps) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : steps) {
      if (s.has("run")) out.add(s.get("run").asString());
      if (s.has("uses")) out.add("uses " + s.get("uses").asString());
    }
    return out;
  }

  @Test
  void gitHubWorkflowChecksPullRequestsAndPublishesMainToPages() throws Exception {
    JsonNode w = read(".github/workflows/planvev.yml");
    JsonNode on = w.get("on");
    assertTrue(on.has("pull_request"), w.toString());
    assertEquals("main", on.get("push").get("branches").get(0).asString());

    JsonNode check = w.get("jobs").get("check");
    assertEquals("github.event_name == 'pull_request'", check.get("if").asString());
    List<String> checkRuns = runs(check.get("steps"));
    assertTrue(checkRuns.contains("java -jar planvev.jar check --strict"), checkRuns.toString());

    JsonNode publish = w.get("jobs").get("publish");
    assertEquals("write", publish.get("permissions").get("pages").asString());
    assertEquals("write", publish.get("permissions").get("id-token").asString());
    assertEquals("github-pages", publish.get("environment").get("name").asString());
    List<String> steps = runs(publish.get("steps"));
    int cache = steps.indexOf("uses actions/cache@v4");
    int build = indexStarting(steps, "java -jar planvev.jar build --strict --base-url");
    int upload = steps.indexOf("uses actions/upload-pages-artifact@v3");
    int deploy = steps.indexOf("uses actions/deploy-pages@v4");
    assertTrue(cache >= 0 && cache < build && build < upload && upload < deploy, steps.toString());
    JsonNode cacheStep = publish.get("steps").get(cache).get("with");
    assertEquals(
        List.of("site", ".planvev-cache"),
        cacheStep.get("path").asString().lines().toList(),
        "the last site, and the build cache beside it");
    assertTrue(cacheStep.has("restore-keys"), "a new run restores the last site");
    assertEquals("site", publish.get("steps").get(upload).get("with").get("path").asString());

    assertEquals("${{ vars.PLANVEV_JAR_URL }}", w.get("env").get("PLANVEV_JAR_URL").asString());
  }

  @Test
  void gitLabCiChecksMergeRequestsAndPublishesTheDefaultBranchToPages() throws Exception {
    JsonNode c = read(".gitlab-ci.yml");
    assertTrue(c.get("image").asString().startsWith("eclipse-temurin:17"));
    assertEquals("", c.get("variables").get("PLANVEV_JAR_URL").asString());

    JsonNode check = c.get("check");
    assertEquals("java -jar planvev.jar check --strict", check.get("script").get(0).asString());
    assertEquals(
        "$CI_PIPELINE_SOURCE == \"merge_request_event\"",
        check.get("rules").get(0).get("if").asString());

    // GitLab publishes the artifact folder public/ of the job called pages.
    JsonNode pages = c.get("pages");
    assertTrue(
        pages
            .get("script")
            .get(0)
            .asString()
            .startsWith("java -jar planvev.jar build --strict --base-url"));
    assertEquals("public", pages.get("artifacts").get("paths").get(0).asString());
    assertEquals("site/", pages.get("cache").get("paths").get(0).asString());
    assertEquals(
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", pages.get("rules").get(0).get("if").asString());
    List<String> stages = new ArrayList<>();
    c.get("stages").forEach(s -> stages.add(s.asString()));
    assertTrue(stages.contains(check.get("stage").asString()));
    assertTrue(stages.contains(pages.get("stage").asString()));
  }

  private static int indexStarting(List<String> list, String prefix) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).startsWith(prefix)) return i;
    }
    return -1;
  }
}

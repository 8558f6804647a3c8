package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Content built to hurt the parser gets a short, bounded error (the timeouts are a safety net). */
class HostileYamlTest {

  @TempDir Path dir;
  final Problems problems = new Problems();

  List<String> messages() {
    return problems.all().stream().map(Problem::toString).toList();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsABillionLaughsAliasBombAtTheFirstAnchor() throws IOException {
    StringBuilder yaml = new StringBuilder(ContentLoaderTest.SITE);
    yaml.append(
        "description: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append("x").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) yaml.append(i > 0 ? "," : "").append('*').append(prev);
      yaml.append("]\n");
      prev = String.valueOf(c);
    }
    Files.writeString(dir.resolve("site.yaml"), yaml);
    assertNull(ContentLoader.load(dir, problems));
    assertEquals(
        List.of(
            "site.yaml:7:14: error: anchors and aliases (&x, *x) are not supported;"
                + " write the value out in full"),
        messages());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsAFourMegabyteValueBeforeParsing() throws IOException {
    Files.writeString(
        dir.resolve("site.yaml"),
        ContentLoaderTest.SITE + "description: " + "x".repeat(4 * 1024 * 1024) + "\n");
    assertNull(ContentLoader.load(dir, problems));
    assertEquals(
        List.of(
            "site.yaml: error: the file is 4.0 MB; a content file may be at most"
                + " 2 MB (put large files under assets/)"),
        messages());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsAOneAndAHalfMegabyteLineWithoutParsingIt() throws IOException {
    Files.writeString(
        dir.resolve("site.yaml"),
        ContentLoaderTest.SITE + "description: " + "x".repeat(1536 * 1024) + "\n");
    assertNull(ContentLoader.load(dir, problems));
    assertEquals(
        List.of(
            "site.yaml:7:1: error: this line is 1537 KB long; a line may be at" + " most 100 KB"),
        messages());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsALongBlockValueSpreadOverShortLines() throws IOException {
    Files.writeString(
        dir.resolve("site.yaml"),
        ContentLoaderTest.SITE + "description: |\n" + ("  " + "y".repeat(78) + "\n").repeat(2000),
        StandardCharsets.UTF_8);
    assertNull(ContentLoader.load(dir, problems));
    assertEquals(
        List.of(
            "site.yaml:7:14: error: this value is 155 KB long; a value may be at" + " most 100 KB"),
        messages());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsDeepNesting() throws IOException {
    Files.writeString(
        dir.resolve("site.yaml"),
        ContentLoaderTest.SITE + "description: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
    assertNull(ContentLoader.load(dir, problems));
    // Our own limit stops it before the parser's (which gives no position): at the bracket that
    // opens level 101 (the file's mapping is level 1, "description: " is 13 columns).
    assertEquals(
        List.of("site.yaml:7:113: error: the YAML is nested more than 100 levels deep"),
        messages());
  }
}

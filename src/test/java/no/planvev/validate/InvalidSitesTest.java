package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid sites in src/test/resources/invalid/: each case holds the files that differ from
 * {@code _base/} (and {@code delete.txt}, base files to remove), and {@code expected.txt} with
 * every problem it must produce, in English; some also {@code expected.nb.txt}.
 */
class InvalidSitesTest {

  static final Path CASES = Path.of("src/test/resources/invalid");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final List<String> META =
      List.of("expected.txt", "expected.nb.txt", "delete.txt", "README.txt");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The base site with the case's files laid over it. */
  static Path site(String name, Path tmp) throws IOException {
    Path site = tmp.resolve("content");
    TestFiles.copyTree(CASES.resolve("_base"), site, List.of());
    Path dir = CASES.resolve(name);
    if (dir.equals(CASES.resolve("_base"))) return site;
    TestFiles.copyTree(dir, site, META);
    Path delete = dir.resolve("delete.txt");
    if (Files.exists(delete)) {
      for (String line : Files.readAllLines(delete)) {
        if (!line.isBlank()) TestFiles.deleteTree(site.resolve(line.strip()));
      }
    }
    return site;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws Exception {
    Path site = site(name, tmp);
    Problems problems = Pipeline.check(site, TODAY);
    if (Boolean.getBoolean("invalid.record")) record(name, problems);
    assertEquals(
        expected(name, "expected.txt"),
        problems.all().stream().map(p -> p.format("en")).toList(),
        name);
    Path nb = CASES.resolve(name).resolve("expected.nb.txt");
    if (Files.exists(nb)) {
      assertEquals(
          expected(name, "expected.nb.txt"),
          problems.all().stream().map(p -> p.format("nb")).toList(),
          name + " (nb)");
    }
  }

  @Test
  void theBaseSiteIsValid() throws Exception {
    Problems problems = Pipeline.check(site("_base", tmp), TODAY);
    assertEquals(List.of(), problems.all().stream().map(Problem::toString).toList());
  }

  @Test
  void thereAreAtLeastFortyCasesEachWithExpectedProblems() throws IOException {
    List<String> all = cases().toList();
    assertTrue(all.size() >= 40, all.size() + " cases");
    for (String c : all) {
      assertTrue(!expected(c, "expected.txt").isEmpty(), c + " expects no problem");
    }
  }

  /** {@code -Dinvalid.record=true} writes what a case produces, to review and keep. */
  private static void record(String name, Problems problems) throws IOException {
    Path dir = Path.of("src/test/resources/invalid").resolve(name);
    Files.write(
        dir.resolve("expected.txt"),
        problems.all().stream().map(p -> p.format("en")).toList(),
        StandardCharsets.UTF_8);
    if (Files.exists(dir.resolve("expected.nb.txt"))) {
      Files.write(
          dir.resolve("expected.nb.txt"),
          problems.all().stream().map(p -> p.format("nb")).toList(),
          StandardCharsets.UTF_8);
    }
  }

  static List<String> expected(String name, String file) throws IOException {
    return Files.readAllLines(CASES.resolve(name).resolve(file), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }
}

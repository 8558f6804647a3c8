package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end: each site under {@code src/test/resources/sites/<name>/} has a {@code content/}
 * folder, a build {@code date}, and the {@code expected/} output, compared byte for byte.
 * Regenerate after an intended change with {@code mvn test -Dtest=FixtureSitesTest
 * -Dplanvev.updateGolden=true}, and review the diff.
 */
class FixtureSitesTest {

  private static final Path SITES = Path.of("src/test/resources/sites");

  static Stream<String> sites() throws IOException {
    try (Stream<Path> s = Files.list(SITES)) {
      return s
          .filter(p -> Files.isDirectory(p.resolve("content")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sites")
  void buildsExactlyTheExpectedFiles(String name, @TempDir Path tmp) throws IOException {
    Path dir = SITES.resolve(name);
    LocalDate date = LocalDate.parse(Files.readString(dir.resolve("date")).strip());
    Path out = tmp.resolve("site");
    BuildResult result =
        Builder.build(
            new BuildOptions(dir.resolve("content"), Path.of("templates"), out, null, date, false));
    assertEquals(
        List.of(),
        result.problems().all().stream()
            .filter(p -> p.severity() == no.planvev.diag.Severity.ERROR)
            .toList());
    Path expected = dir.resolve("expected");
    if (Boolean.getBoolean("planvev.updateGolden")) {
      no.planvev.output.SiteWriterAccess.deleteTree(expected);
      TestFiles.copyTree(out, expected);
      no.planvev.output.SiteWriterAccess.deleteTree(expected.resolve("static"));
    }
    // static/ is templates/static copied as it is; compare it there instead of keeping copies.
    SortedMap<String, byte[]> statics = TestFiles.readTree(out.resolve("static"));
    SortedMap<String, byte[]> templateStatics = TestFiles.readTree(Path.of("templates/static"));
    assertEquals(templateStatics.keySet(), statics.keySet());
    for (String path : statics.keySet()) {
      assertArrayEquals(templateStatics.get(path), statics.get(path), "static/" + path);
    }
    SortedMap<String, byte[]> want = TestFiles.readTree(expected);
    SortedMap<String, byte[]> got = TestFiles.readTree(out);
    got.keySet().removeIf(p -> p.startsWith("static/"));
    assertEquals(want.keySet(), got.keySet(), "the files of " + name);
    for (String path : want.keySet()) {
      if (!java.util.Arrays.equals(want.get(path), got.get(path))) {
        assertEquals(
            new String(want.get(path), StandardCharsets.UTF_8),
            new String(got.get(path), StandardCharsets.UTF_8),
            path);
      }
      assertArrayEquals(want.get(path), got.get(path), path);
    }
  }

  @ParameterizedTest
  @MethodSource("sites")
  void sameContentAndDateGiveTheSameBytes(String name) throws IOException {
    Path dir = SITES.resolve(name);
    BuildOptions o =
        new BuildOptions(
            dir.resolve("content"),
            Path.of("templates"),
            Path.of("unused"),
            null,
            LocalDate.parse(Files.readString(dir.resolve("date")).strip()),
            false);
    SiteFiles a = Builder.render(o).site();
    SiteFiles b = Builder.render(o).site();
    assertEquals(a.generated().keySet(), b.generated().keySet());
    for (String path : a.generated().keySet()) {
      assertArrayEquals(a.generated().get(path), b.generated().get(path), path);
    }
  }

  @ParameterizedTest
  @MethodSource("sitesAndDemo")
  void parallelAndSequentialBuildsAreIdentical(String contentDir) throws IOException {
    Path content = Path.of(contentDir);
    LocalDate date = date(content);
    BuildOptions o =
        new BuildOptions(content, Path.of("templates"), Path.of("unused"), null, date, false);
    SiteFiles parallel = Builder.render(o, true).site();
    SiteFiles sequential = Builder.render(o, false).site();
    assertEquals(sequential.generated().keySet(), parallel.generated().keySet());
    assertEquals(sequential.copied(), parallel.copied());
    for (String path : sequential.generated().keySet()) {
      assertArrayEquals(sequential.generated().get(path), parallel.generated().get(path), path);
    }
  }

  /**
   * The build date of a fixture site (its {@code date} file beside the content), else the demo's.
   */
  static LocalDate date(Path content) throws IOException {
    Path dateFile = content.resolveSibling("date");
    return Files.exists(dateFile)
        ? LocalDate.parse(Files.readString(dateFile).strip())
        : LocalDate.of(2026, 11, 23);
  }

  static Stream<String> sitesAndDemo() throws IOException {
    return Stream.concat(
        sites().map(n -> SITES.resolve(n).resolve("content").toString()), Stream.of("content"));
  }
}

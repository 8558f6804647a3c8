package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The preview's cached, incremental build (IncrementalRebuilder with its BuildMemo, the cached
 * loader, the render memo, the incremental link check) gives byte for byte the files and the
 * problems of a fresh {@link Builder} run — on every fixture site and the demo site, after an edit
 * of a Markdown and a YAML file in each folder in turn. This is the oracle for every cache: when
 * the content format changes, nothing here needs to change with it.
 */
class CachedEqualsFreshTest {

  private static final Path SITES = Path.of("src/test/resources/sites");

  /** Each fixture site's content and build date, and the demo site. */
  static Stream<String> sites() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SITES)) {
      s.filter(p -> Files.isDirectory(p.resolve("content")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .forEach(out::add);
    }
    out.add("demo");
    return out.stream();
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyEditRebuiltFromTheCachesEqualsAFreshBuild(String name) throws Exception {
    Path source = name.equals("demo") ? Path.of("content") : SITES.resolve(name).resolve("content");
    LocalDate date =
        name.equals("demo")
            ? LocalDate.of(2026, 11, 23)
            : LocalDate.parse(Files.readString(SITES.resolve(name).resolve("date")).strip());
    Path content = dir.resolve("content");
    TestFiles.copyTree(source, content);
    BuildOptions options =
        new BuildOptions(content, Path.of("templates"), dir.resolve("site"), null, date, false);
    IncrementalRebuilder rebuilder = new IncrementalRebuilder(() -> options, Builder::render);
    assertSame(Builder.render(options), rebuilder.rebuild(Set.of()), name + ": first build");
    // Nothing changed, but said to have: the caches must not drift.
    assertSame(
        Builder.render(options),
        rebuilder.rebuild(
            files(content).stream()
                .map(Path::toAbsolutePath)
                .collect(java.util.stream.Collectors.toSet())),
        name + ": all touched");
    // One edit per folder and kind of file keeps the fresh builds few.
    Set<String> seen = new java.util.HashSet<>();
    for (Path file : files(content)) {
      String n = file.getFileName().toString();
      if (!seen.add(file.getParent() + n.substring(n.lastIndexOf('.') + 1))) continue;
      if (!edit(file)) continue;
      BuildResult cached = rebuilder.rebuild(Set.of(file.toAbsolutePath()));
      assertSame(
          Builder.render(options), cached, name + ": after editing " + content.relativize(file));
    }
  }

  private static List<Path> files(Path content) throws IOException {
    try (Stream<Path> s = Files.walk(content)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Adds a paragraph to a Markdown body, a comment to YAML; false for other files. */
  private static boolean edit(Path file) throws IOException {
    String n = file.getFileName().toString();
    if (n.endsWith(".md")) {
      Files.writeString(file, Files.readString(file) + "\n\nEndret i testen.\n");
    } else if (n.endsWith(".yaml")) {
      Files.writeString(file, Files.readString(file) + "\n# endret i testen\n");
    } else {
      return false;
    }
    return true;
  }

  private static void assertSame(BuildResult fresh, BuildResult cached, String what) {
    assertEquals(fresh.problems().all(), cached.problems().all(), what);
    if (fresh.site() == null) return;
    assertEquals(fresh.site().generated().keySet(), cached.site().generated().keySet(), what);
    for (var e : fresh.site().generated().entrySet()) {
      assertArrayEquals(
          e.getValue(), cached.site().generated().get(e.getKey()), what + ": " + e.getKey());
    }
    assertEquals(fresh.site().copied(), cached.site().copied(), what);
  }
}

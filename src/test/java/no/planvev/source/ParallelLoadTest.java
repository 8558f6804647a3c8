package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.bench.SyntheticSite;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parallel loader gives the same model and the same problems, in the same order, as a
 * sequential load with a fresh cache (the loader is its own reference: no second copy of it to keep
 * in step with the content format).
 */
class ParallelLoadTest {

  static final Path INVALID = Path.of("src/test/resources/invalid");

  @TempDir Path tmp;

  /** Loads {@code dir} sequentially and in parallel, both from scratch, and compares. */
  static Content assertSameAsReference(Path dir) {
    Problems want = new Problems();
    Content expected = ContentLoader.load(dir, want, new ContentLoader.Cache(), null, false);
    Problems got = new Problems();
    Content actual = ContentLoader.load(dir, got);
    assertEquals(expected, actual, dir.toString());
    assertEquals(new HashSet<>(want.all()), new HashSet<>(got.all()), dir.toString());
    assertEquals(
        want.all().stream().map(Problem::toString).toList(),
        got.all().stream().map(Problem::toString).toList(),
        dir.toString());
    Problems sequential = new Problems();
    assertEquals(
        expected, ContentLoader.load(dir, sequential, new ContentLoader.Cache(), null, false));
    assertEquals(new HashSet<>(want.all()), new HashSet<>(sequential.all()));
    return actual;
  }

  @Test
  void readsTheDemoSiteAsTheOneThreadLoaderDoes() {
    Content c = assertSameAsReference(Path.of("content"));
    assertNotNull(c);
    assertFalse(c.pages().isEmpty());
    assertFalse(c.hearings().isEmpty());
  }

  @Test
  void readsASyntheticSiteOfManyPagesAsTheOneThreadLoaderDoes() throws IOException {
    new SyntheticSite(7).pages(300, tmp.resolve("pages"));
    assertEquals(300, assertSameAsReference(tmp.resolve("pages")).pages().size());
    new SyntheticSite(7).plan(40, 12, 60, tmp.resolve("plan"));
    Content plan = assertSameAsReference(tmp.resolve("plan"));
    assertEquals(40, plan.projects().size());
    assertEquals(60, plan.hearings().size());
  }

  static Stream<String> invalidCases() throws IOException {
    try (Stream<Path> s = Files.list(INVALID)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void reportsTheSameProblemsOnEveryInvalidSite(String name) throws IOException {
    Path site = invalidSite(name, tmp);
    Content full = assertSameAsReference(site);
    // A cached load with nothing changed gives the same again, and the same instances.
    ContentLoader.Cache cache = new ContentLoader.Cache();
    Problems first = new Problems();
    Content before = ContentLoader.load(site, first, cache, null);
    Problems again = new Problems();
    Content after = ContentLoader.load(site, again, cache, Set.of());
    assertEquals(full, after);
    assertEquals(new HashSet<>(first.all()), new HashSet<>(again.all()));
    if (before != null) CachedLoadTest.assertSameUnits(before, after, Set.of());
  }

  /** The base site with the case's files laid over it (as InvalidSitesTest does). */
  static Path invalidSite(String name, Path tmp) throws IOException {
    Path site = tmp.resolve("content");
    List<String> meta = List.of("expected.txt", "expected.nb.txt", "delete.txt", "README.txt");
    TestFiles.copyTree(INVALID.resolve("_base"), site, List.of());
    if (name.equals("_base")) return site;
    TestFiles.copyTree(INVALID.resolve(name), site, meta);
    Path delete = INVALID.resolve(name).resolve("delete.txt");
    if (Files.exists(delete)) {
      for (String line : Files.readAllLines(delete)) {
        if (!line.isBlank()) TestFiles.deleteTree(site.resolve(line.strip()));
      }
    }
    return site;
  }
}

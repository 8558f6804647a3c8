package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build cache on disk gives the very bytes of a build without it: on the fixture sites and the
 * demo site, when nothing changed, after a content edit, a template change and a UI-string change,
 * and with a damaged, truncated or foreign cache file (ignored with one warning).
 */
class BuildCacheTest {

  static Stream<String> sites() throws IOException {
    return FixtureSitesTest.sitesAndDemo();
  }

  /** A copy of a site and of the theme that can be edited. */
  private record Site(Path content, Path templates, Path cache, LocalDate date, Path tmp) {

    static Site copy(String contentDir, Path tmp) throws IOException {
      Path content = Path.of(contentDir);
      LocalDate date = FixtureSitesTest.date(content);
      TestFiles.copyTree(content, tmp.resolve("content"));
      TestFiles.copyTree(Path.of("templates"), tmp.resolve("templates"));
      return new Site(
          tmp.resolve("content"),
          tmp.resolve("templates"),
          tmp.resolve(BuildCache.FOLDER),
          date,
          tmp);
    }

    BuildOptions options(String out) {
      return new BuildOptions(content, templates, tmp.resolve(out), null, date, false);
    }
  }

  private record Run(
      SortedMap<String, byte[]> files, long hits, long misses, List<String> warnings) {}

  private static Run cached(Site s, String out) throws IOException {
    List<String> warnings = new ArrayList<>();
    BuildCache cache = BuildCache.open(s.cache, CacheStamp.of(), warnings::add);
    BuildResult r;
    try {
      r = Builder.build(s.options(out), Progress.NONE, cache);
    } finally {
      cache.close(true);
    }
    assertTrue(r.ok(), () -> r.problems().all().toString());
    return new Run(output(s.tmp.resolve(out)), cache.hits(), cache.misses(), warnings);
  }

  private static SortedMap<String, byte[]> cold(Site s, String out) throws IOException {
    BuildResult r = Builder.build(s.options(out));
    assertTrue(r.ok(), () -> r.problems().all().toString());
    return output(s.tmp.resolve(out));
  }

  @ParameterizedTest
  @MethodSource("sites")
  void cacheHitsGiveTheColdBuildsBytes(String contentDir, @TempDir Path tmp) throws IOException {
    Site s = Site.copy(contentDir, tmp);
    SortedMap<String, byte[]> cold = cold(s, "cold0");
    Run first = cached(s, "c0");
    TestFiles.assertSameTree(cold, first.files);
    assertTrue(first.misses > 0);
    Run again = cached(s, "c1");
    TestFiles.assertSameTree(cold, again.files);
    assertEquals(0, again.misses, "nothing changed, everything is found");
    assertTrue(again.hits > 0);
    assertEquals(List.of(), again.warnings);

    // A content edit: one Markdown file gets a new paragraph (a site without one gets a page).
    java.util.Optional<Path> md;
    try (Stream<Path> files = Files.walk(s.content)) {
      md = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst();
    }
    if (md.isPresent()) {
      Files.writeString(
          md.get(), Files.readString(md.get()) + "\nAn added paragraph with *emphasis*.\n");
    } else {
      Files.createDirectories(s.content.resolve("pages"));
      Files.writeString(
          s.content.resolve("pages/added.nb.md"),
          "---\ntitle: Added\n---\nAn added paragraph with *emphasis*.\n");
    }
    Run edited = cached(s, "c2");
    SortedMap<String, byte[]> cold2 = cold(s, "cold2");
    TestFiles.assertSameTree(cold2, edited.files);
    assertTrue(edited.misses > 0 && edited.hits > 0);
    // The same edit built over the output of the build before (patched in place, SiteWriter).
    TestFiles.assertSameTree(cold2, cached(s, "c1").files);

    // A template change.
    Path lib = s.templates.resolve("lib.ftlh");
    Files.writeString(
        lib, Files.readString(lib).replaceFirst("</main>", "<p>template changed</p></main>"));
    Run templ = cached(s, "c3");
    SortedMap<String, byte[]> cold3 = cold(s, "cold3");
    assertTrue(
        new String(cold3.get("404.html"), StandardCharsets.UTF_8).contains("template changed"));
    TestFiles.assertSameTree(cold3, templ.files);

    // A UI-string change.
    Path en = s.templates.resolve("i18n/en.yaml");
    Path nb = s.templates.resolve("i18n/nb.yaml");
    Files.writeString(
        en, Files.readString(en).replace("\"Skip to main content\"", "\"Skip to the content\""));
    Files.writeString(
        nb,
        Files.readString(nb).replaceFirst("(?m)^skip: .*$", "skip: \"Hopp til innholdet her\""));
    Run ui = cached(s, "c4");
    SortedMap<String, byte[]> cold4 = cold(s, "cold4");
    assertNotEquals(
        new String(cold3.get("404.html"), StandardCharsets.UTF_8),
        new String(cold4.get("404.html"), StandardCharsets.UTF_8));
    TestFiles.assertSameTree(cold4, ui.files);
    assertEquals(0, cached(s, "c5").misses);
  }

  @Test
  void aDamagedTruncatedOrForeignCacheIsIgnoredWithAWarning(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("src/test/resources/sites/small/content", tmp);
    SortedMap<String, byte[]> cold = cold(s, "cold");
    cached(s, "c0");
    Path pack = onlyPack(s);

    // One byte of an entry flipped: its checksum fails, nothing more is used from the cache.
    byte[] b = Files.readAllBytes(pack);
    b[b.length / 3] ^= 0x5a;
    Files.write(pack, b);
    Run damaged = cached(s, "c1");
    TestFiles.assertSameTree(cold, damaged.files);
    assertEquals(1, damaged.warnings.size(), damaged.warnings.toString());
    assertTrue(damaged.warnings.get(0).contains("build cache"), damaged.warnings.toString());
    // The damaged pack is replaced: the next build finds everything and warns no more.
    Run healed = cached(s, "c2");
    TestFiles.assertSameTree(cold, healed.files);
    assertEquals(List.of(), healed.warnings);
    assertEquals(0, healed.misses);

    // Truncated.
    pack = onlyPack(s);
    b = Files.readAllBytes(pack);
    Files.write(pack, java.util.Arrays.copyOf(b, b.length - 100));
    Run truncated = cached(s, "c3");
    TestFiles.assertSameTree(cold, truncated.files);
    assertEquals(1, truncated.warnings.size(), truncated.warnings.toString());
    assertEquals(0, truncated.hits);

    // A foreign file that looks like a pack, beside a good one.
    Files.writeString(
        s.cache.resolve("pack-0000000000000000-00000000.bin"),
        "not a cache at all, but long enough to have a footer and a header........");
    Run foreign = cached(s, "c4");
    TestFiles.assertSameTree(cold, foreign.files);
    assertEquals(1, foreign.warnings.size(), foreign.warnings.toString());
    assertEquals(0, foreign.misses);
    assertEquals(List.of(), cached(s, "c5").warnings);

    // Another planvev version's cache is not used (and not an error).
    List<String> warnings = new ArrayList<>();
    BuildCache other = BuildCache.open(s.cache, "planvev 0.0 other", warnings::add);
    Builder.build(s.options("c6"), Progress.NONE, other);
    other.close(true);
    assertEquals(0, other.hits());
    TestFiles.assertSameTree(cold, output(s.tmp.resolve("c6")));
  }

  private static Path onlyPack(Site s) throws IOException {
    try (Stream<Path> p = Files.list(s.cache)) {
      List<Path> packs = p.filter(f -> f.getFileName().toString().startsWith("pack-")).toList();
      assertEquals(1, packs.size(), packs.toString());
      return packs.get(0);
    }
  }

  /** The output's files, without the folder's planvev marker. */
  private static SortedMap<String, byte[]> output(Path root) throws IOException {
    SortedMap<String, byte[]> files = TestFiles.readTree(root);
    files.keySet().removeIf(rel -> rel.startsWith(".planvev"));
    return files;
  }
}

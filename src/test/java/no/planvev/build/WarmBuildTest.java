package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.cache.BuildCache;
import no.planvev.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build that starts from the state the last build left ({@link BuildState}) gives the bytes and
 * the problems of a build from scratch: on the fixture sites and the demo site after an edit to a
 * Markdown body, a title, a new and a deleted file, a menu entry, a UI-string file, a template, and
 * another date; a damaged, truncated or foreign state is ignored with one warning; an output file
 * changed by hand is put back; a content error leaves the output and the state as they were.
 */
class WarmBuildTest {

  static Stream<String> sites() throws IOException {
    return FixtureSitesTest.sitesAndDemo();
  }

  /** An editable copy of a site and the theme, its files dated an hour back. */
  private record Site(Path content, Path templates, Path tmp, LocalDate date) {

    static Site copy(String contentDir, Path tmp) throws IOException {
      Path content = Path.of(contentDir);
      LocalDate date = FixtureSitesTest.date(content);
      TestFiles.copyTree(content, tmp.resolve("content"));
      TestFiles.copyTree(Path.of("templates"), tmp.resolve("templates"));
      age(tmp);
      return new Site(tmp.resolve("content"), tmp.resolve("templates"), tmp, date);
    }

    /** Files written within two seconds of a build count as changed for the next one too. */
    static void age(Path dir) throws IOException {
      FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, old);
      }
    }

    BuildOptions options(String out, LocalDate day) {
      return new BuildOptions(content, templates, tmp.resolve(out), null, day, false);
    }

    Path cache() {
      return tmp.resolve(BuildCache.FOLDER);
    }
  }

  private record Run(BuildResult result, SortedMap<String, byte[]> files, List<String> warnings) {}

  private static Run warm(Site s, LocalDate day) throws IOException {
    List<String> warnings = new ArrayList<>();
    BuildResult r = Builder.build(s.options("out", day), Progress.NONE, s.cache(), warnings::add);
    return new Run(r, TestFiles.readTree(s.tmp.resolve("out")), warnings);
  }

  private static int colds;

  private static Run cold(Site s, LocalDate day) throws IOException {
    String out = "cold" + colds++;
    BuildResult r = Builder.build(s.options(out, day));
    return new Run(r, TestFiles.readTree(s.tmp.resolve(out)), List.of());
  }

  /** A build with the state equals a cold one; returns the pages it left in the output. */
  private static int check(Site s, LocalDate day) throws IOException {
    Run w = warm(s, day);
    int kept = WarmBuild.keptPages.get();
    Run c = cold(s, day);
    assertTrue(c.result.ok(), () -> c.result.problems().all().toString());
    assertEquals(List.of(), w.warnings);
    assertProblems(c.result, w.result);
    TestFiles.assertSameTree(c.files, w.files);
    return kept;
  }

  private static void assertProblems(BuildResult want, BuildResult got) {
    List<Problem> a = want.problems().all();
    List<Problem> b = got.problems().all();
    assertEquals(a, b);
  }

  private static Optional<Path> first(Path content, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst();
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " has no " + from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @ParameterizedTest
  @MethodSource("sites")
  void editsGiveTheColdBuildsBytesAndProblems(String contentDir, @TempDir Path tmp)
      throws IOException {
    Site s = Site.copy(contentDir, tmp);
    check(s, s.date); // writes the first state
    boolean pages = Files.isDirectory(s.content.resolve("pages"));
    int unchanged = WarmBuild.unchangedBuilds.get();
    int kept = check(s, s.date); // nothing changed: the last build's report, nothing done
    assertEquals(unchanged + 1, WarmBuild.unchangedBuilds.get(), "nothing changed, nothing done");
    if (pages) assertTrue(kept > 0, "pages made from an unchanged unit stay in the output");

    // A Markdown body.
    Optional<Path> md = first(s.content, ".md");
    if (md.isPresent()) {
      Files.writeString(md.get(), Files.readString(md.get()) + "\nAn added *paragraph*.\n");
      check(s, s.date);
    }
    // A title in front matter.
    Optional<Path> page = pages ? first(s.content.resolve("pages"), ".md") : Optional.empty();
    if (page.isPresent()) {
      replace(page.get(), "title: ", "title: Endret ");
      check(s, s.date);
    }
    // A new file, then the same file deleted.
    Path added = s.content.resolve("pages/lagt-til.md");
    Files.createDirectories(added.getParent());
    Files.writeString(added, "---\ntitle: Lagt til\n---\nEn ny side med en [lenke](../).\n");
    check(s, s.date);
    Files.delete(added);
    check(s, s.date);
    // Once the edited files are older than two seconds, their pages stay in the output too.
    Site.age(s.content);
    check(s, s.date);
    if (pages) assertTrue(check(s, s.date) > 0);
  }

  @Test
  void menusUiStringsTemplatesAndDatesAreFollowed(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    replace(s.content.resolve("pages/om.nb.md"), "menu: 10", "menu: 30");
    check(s, s.date);
    replace(s.templates.resolve("i18n/nb.yaml"), "\"Hopp til hovedinnhold\"", "\"Til innholdet\"");
    check(s, s.date);
    Path lib = s.templates.resolve("lib.ftlh");
    replace(lib, "</main>", "<p>malen er endret</p></main>");
    check(s, s.date);
    assertTrue(check(s, s.date) > 0);
    check(s, s.date.plusDays(200));
    assertTrue(check(s, s.date.plusDays(200)) > 0);
  }

  @Test
  void aDamagedTruncatedOrForeignStateIsIgnoredWithOneWarning(@TempDir Path tmp)
      throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path state = BuildState.file(s.cache(), s.tmp.resolve("out"));
    assertTrue(Files.isRegularFile(state));
    byte[] good = Files.readAllBytes(state);
    Files.writeString(
        s.content.resolve("pages/om.nb.md"),
        "\nEndret.\n",
        java.nio.file.StandardOpenOption.APPEND);

    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x10;
    for (byte[] bad :
        List.of(flipped, java.util.Arrays.copyOf(good, good.length / 3), foreign(good))) {
      Files.write(state, bad);
      Run w = warm(s, s.date);
      Run c = cold(s, s.date);
      assertEquals(1, w.warnings.size(), w.warnings::toString);
      assertTrue(w.warnings.get(0).contains("build state"), w.warnings::toString);
      assertProblems(c.result, w.result);
      TestFiles.assertSameTree(c.files, w.files);
      assertEquals(List.of(), warm(s, s.date).warnings, "the state is written again");
    }
    // A damaged units file.
    Path units;
    try (Stream<Path> f = Files.list(s.cache())) {
      units = f.filter(p -> p.getFileName().toString().startsWith("units-")).findFirst().get();
    }
    byte[] u = Files.readAllBytes(units);
    u[u.length / 2] ^= 0x01;
    Files.write(units, u);
    // (A build in which nothing changed does not read the units, nor does one of a page's text
    // alone: a new title makes it need them.)
    replace(s.content.resolve("pages/om.nb.md"), "title: ", "title: Igjen ");
    Run w = warm(s, s.date);
    assertEquals(1, w.warnings.size(), w.warnings::toString);
    TestFiles.assertSameTree(cold(s, s.date).files, w.files);
  }

  /** The state as another planvev would have written it (another stamp). */
  private static byte[] foreign(byte[] good) {
    byte[] b = good.clone();
    int stampAt = 8 + 4 + 4; // magic, format, the stamp's length
    b[stampAt] = (byte) (b[stampAt] == 'x' ? 'y' : 'x');
    return b;
  }

  @Test
  void buildsFromTheStateDoNotEmptyThePageCache(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    for (int i = 0; i < 9; i++) { // more than BuildCache.MAX_PACKS: the packs are merged
      Files.writeString(
          s.content.resolve("pages/om.nb.md"),
          "\nEndret " + i + ".\n",
          java.nio.file.StandardOpenOption.APPEND);
      assertTrue(check(s, s.date) > 0);
    }
    // Without the state, every page the last build left in the output is found in the cache.
    BuildCache cache = BuildCache.open(s.cache(), CacheStamp.of(), w -> {});
    try {
      assertTrue(Builder.build(s.options("out", s.date), Progress.NONE, cache).ok());
    } finally {
      cache.close(true);
    }
    assertEquals(0, cache.misses());
    assertTrue(cache.hits() > 0);
  }

  @Test
  void anOutputFileChangedByHandIsPutBack(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path page = s.tmp.resolve("out/nb/om/index.html");
    byte[] was = Files.readAllBytes(page);
    Files.writeString(page, "changed by hand");
    Files.delete(s.tmp.resolve("out/en/accessibility/index.html"));
    check(s, s.date);
    assertArrayEquals(was, Files.readAllBytes(page));
    assertTrue(check(s, s.date) > 0);
  }

  /**
   * A build in which nothing changed reads, makes and writes nothing (not even the state), and
   * reports what the last build reported; a content file whose date alone changed, or an output
   * file changed by hand, makes it an ordinary warm build again.
   */
  @Test
  void aBuildInWhichNothingChangedDoesNothing(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path out = s.tmp.resolve("out");
    Path state = BuildState.file(s.cache(), out);
    byte[] stateBefore = Files.readAllBytes(state);
    Map<String, FileTime> dates = dates(out);
    int unchanged = WarmBuild.unchangedBuilds.get();
    Run w = warm(s, s.date);
    assertEquals(unchanged + 1, WarmBuild.unchangedBuilds.get());
    assertTrue(w.result.ok());
    BuildResult c = cold(s, s.date).result;
    assertProblems(c, w.result);
    assertEquals(c.files(), w.result.files());
    assertEquals(c.coverage(), w.result.coverage());
    assertEquals(dates, dates(out), "no output file written");
    assertArrayEquals(stateBefore, Files.readAllBytes(state), "the state as it was");
    // A content file saved without a change: an ordinary warm build, the same bytes.
    Path page = s.content.resolve("pages/om.nb.md");
    Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    check(s, s.date);
    assertEquals(unchanged + 1, WarmBuild.unchangedBuilds.get());
    // An output file changed by hand: put back.
    Path html = out.resolve("nb/om/index.html");
    byte[] was = Files.readAllBytes(html);
    Site.age(s.content);
    check(s, s.date);
    Files.writeString(html, "changed by hand");
    check(s, s.date);
    assertArrayEquals(was, Files.readAllBytes(html));
  }

  private static Map<String, FileTime> dates(Path dir) throws IOException {
    Map<String, FileTime> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  /**
   * The state looks at each output file and folder by its date, without listing the output: a file
   * or folder added by hand, or a file replaced by a link, must still be seen (a folder's date
   * changes with its entries), right after a build (dates within the clock's tick) and later.
   */
  @Test
  void anOutputFileOrFolderAddedByHandIsRemoved(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path out = s.tmp.resolve("out");
    Files.writeString(out.resolve("nb/om/extra.txt"), "added by hand");
    Files.createDirectories(out.resolve("nb/extra"));
    Files.writeString(out.resolve("nb/extra/index.html"), "added by hand");
    Files.writeString(out.resolve("extra.txt"), "added by hand");
    check(s, s.date);
    assertFalse(Files.exists(out.resolve("nb/om/extra.txt")));
    assertFalse(Files.exists(out.resolve("nb/extra")));
    assertFalse(Files.exists(out.resolve("extra.txt")));
    // Once every date is older than the clock's tick, they are trusted: the same again.
    Site.age(out);
    ageFolders(out);
    check(s, s.date);
    assertTrue(check(s, s.date) > 0, "the state is in use");
    ageFolders(out);
    Files.writeString(out.resolve("nb/om/extra.txt"), "added by hand");
    ageFolders(out);
    check(s, s.date);
    assertFalse(Files.exists(out.resolve("nb/om/extra.txt")));
    Path page = out.resolve("en/accessibility/index.html");
    byte[] was = Files.readAllBytes(page);
    Path elsewhere = s.tmp.resolve("elsewhere.html");
    Files.write(elsewhere, was);
    Files.delete(page);
    Files.createSymbolicLink(page, elsewhere);
    ageFolders(out);
    check(s, s.date);
    assertFalse(Files.isSymbolicLink(page));
    assertArrayEquals(was, Files.readAllBytes(page));
  }

  /** Dates every folder under {@code dir} an hour back (a folder's date is set by its entries). */
  private static void ageFolders(Path dir) throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isDirectory).toList()) Files.setLastModifiedTime(p, old);
    }
  }

  @Test
  void aContentErrorLeavesTheOutputAndTheStateAsTheyWere(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path state = BuildState.file(s.cache(), s.tmp.resolve("out"));
    byte[] stateBefore = Files.readAllBytes(state);
    SortedMap<String, byte[]> before = TestFiles.readTree(s.tmp.resolve("out"));
    replace(s.content.resolve("pages/om.nb.md"), "menu: 10", "menu: [ti");
    Run w = warm(s, s.date);
    assertFalse(w.result.ok());
    assertProblems(cold(s, s.date).result, w.result);
    TestFiles.assertSameTree(before, TestFiles.readTree(s.tmp.resolve("out")));
    assertArrayEquals(stateBefore, Files.readAllBytes(state));
    replace(s.content.resolve("pages/om.nb.md"), "menu: [ti", "menu: 10");
    check(s, s.date);
  }

  /**
   * Edits to a page's Markdown text alone are built without the other units (PageEdit), into the
   * bytes and problems of a cold build; anything a page shows the rest of the site, or a link that
   * no longer resolves, takes the ordinary warm build.
   */
  @Test
  void aPageTextEditIsBuiltAloneAndEqualsTheColdBuild(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path about = s.content.resolve("pages/om.en.md");
    Path om = s.content.resolve("pages/om.nb.md");
    int taken = PageEdit.taken.get();

    // Text: a paragraph, then a heading (new ids), then both languages at once.
    Files.writeString(about, Files.readString(about) + "\nAn added *paragraph*.\n");
    check(s, s.date);
    assertEquals(
        taken + 1, PageEdit.taken.get(), () -> "a paragraph added" + ": " + PageEdit.declined);
    Files.writeString(about, Files.readString(about) + "\n## A new heading\n\nText.\n");
    check(s, s.date);
    assertEquals(
        taken + 2, PageEdit.taken.get(), () -> "a heading added" + ": " + PageEdit.declined);
    Files.writeString(om, Files.readString(om) + "\nEt nytt *avsnitt*.\n");
    Files.writeString(about, Files.readString(about) + "\nOne more.\n");
    check(s, s.date);
    assertEquals(
        taken + 3,
        PageEdit.taken.get(),
        () -> "both languages of one page" + ": " + PageEdit.declined);
    // A link to the new heading from the other page, then the heading gone: the ordinary
    // build reports the broken anchor as a cold one does.
    Path statement = s.content.resolve("pages/tilgjengelighet.en.md");
    Files.writeString(
        statement, Files.readString(statement) + "\nSee [the heading](../about/#a-new-heading).\n");
    check(s, s.date);
    replace(about, "## A new heading", "## Another heading");
    Run broken = warm(s, s.date);
    Run cold = cold(s, s.date);
    assertFalse(cold.result.ok());
    assertProblems(cold.result, broken.result);
    replace(about, "## Another heading", "## A new heading");
    check(s, s.date);

    // A title (this page has a menu place) and a menu place: what other pages show of a page.
    int before = PageEdit.taken.get();
    replace(about, "title: ", "title: Changed ");
    check(s, s.date);
    replace(om, "menu: 10", "menu: 30");
    check(s, s.date);
    assertEquals(before, PageEdit.taken.get(), "titles and menus are not built alone");

    // Many edits in a row keep following the content (the state written by each edit).
    for (int i = 0; i < 3; i++) {
      Files.writeString(about, Files.readString(about) + "\nRound " + i + ".\n");
      check(s, s.date);
    }
    assertEquals(before + 3, PageEdit.taken.get(), () -> PageEdit.declined);
    // The state an edit writes lists the file as edited: with its date older than two seconds,
    // the build after it finds nothing changed.
    Files.writeString(about, Files.readString(about) + "\nThe last round.\n");
    for (Path edited : List.of(about, om, statement)) { // two pages: both built alone
      Files.setLastModifiedTime(edited, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }
    check(s, s.date);
    assertEquals(before + 4, PageEdit.taken.get(), () -> PageEdit.declined);
    int unchanged = WarmBuild.unchangedBuilds.get();
    check(s, s.date);
    assertEquals(unchanged + 1, WarmBuild.unchangedBuilds.get(), "then nothing changed");
  }

  /**
   * A page edit writes the state's changes beside it (the edits file); a damaged edits file is
   * ignored (the state alone is older than the output: an ordinary build follows), and a state
   * written whole makes the edits void.
   */
  @Test
  void theEditsOfAStateAreKeptBesideItAndADamagedOneIsIgnored(@TempDir Path tmp)
      throws IOException {
    Site s = Site.copy("content", tmp);
    check(s, s.date);
    Path out = s.tmp.resolve("out");
    Path edits = BuildState.editsFile(s.cache(), out);
    Path state = BuildState.file(s.cache(), out);
    byte[] whole = Files.readAllBytes(state);
    Path about = s.content.resolve("pages/om.en.md");
    int taken = PageEdit.taken.get();
    Files.writeString(about, Files.readString(about) + "\nAn added paragraph.\n");
    check(s, s.date);
    assertEquals(taken + 1, PageEdit.taken.get(), () -> PageEdit.declined);
    assertTrue(Files.isRegularFile(edits), "a page edit writes the state's edits");
    assertArrayEquals(whole, Files.readAllBytes(state), "and leaves the state as it was");

    byte[] e = Files.readAllBytes(edits);
    e[e.length - 3] ^= 0x20;
    Files.write(edits, e);
    Files.writeString(about, Files.readString(about) + "\nAnother.\n");
    check(s, s.date); // no warning: the state alone is taken, and the output differs from it
    assertEquals(taken + 1, PageEdit.taken.get(), "the output is not as the state alone says");
    assertFalse(Files.exists(edits), "a state written whole voids its edits");

    // Past the edits' limit, an edit writes the whole state (then nothing changed is found).
    int limit = BuildState.maxEdits;
    BuildState.maxEdits = 0;
    byte[] before = Files.readAllBytes(state);
    try {
      Files.writeString(about, Files.readString(about) + "\nA third.\n");
      Files.setLastModifiedTime(about, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
      check(s, s.date);
      assertEquals(taken + 2, PageEdit.taken.get(), () -> PageEdit.declined);
      assertFalse(Files.exists(edits), "the whole state, no edits");
      assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(state)), "written anew");
    } finally {
      BuildState.maxEdits = limit;
    }
    int unchanged = WarmBuild.unchangedBuilds.get();
    check(s, s.date);
    assertEquals(unchanged + 1, WarmBuild.unchangedBuilds.get(), "the state follows the edit");
  }

  /**
   * A page's title and summary are built alone too when no other page shows the title (no menu
   * place, no moved address to redirect from); else, or when a language comes or goes, the ordinary
   * build makes every page that shows them.
   */
  @Test
  void aTitleNoOtherPageShowsIsBuiltAlone(@TempDir Path tmp) throws IOException {
    Site s = Site.copy("content", tmp);
    Path nb = s.content.resolve("pages/ny.nb.md");
    Path en = s.content.resolve("pages/ny.en.md");
    Files.writeString(nb, "---\ntitle: Ny side\nsummary: Kort.\n---\nTekst.\n");
    Files.writeString(en, "---\ntitle: New page\nsummary: Short.\n---\nText.\n");
    check(s, s.date);
    int taken = PageEdit.taken.get();
    replace(nb, "title: Ny side", "title: Ny side, endret");
    check(s, s.date);
    replace(en, "summary: Short.", "summary: Shorter still.");
    check(s, s.date);
    assertEquals(taken + 2, PageEdit.taken.get(), () -> PageEdit.declined);

    // A summary in a language it did not have; a menu place; a slug of its own in English
    // (the old address redirects, and the redirect page shows the title).
    replace(nb, "summary: Kort.\n", "");
    check(s, s.date);
    replace(nb, "title: Ny side, endret", "title: Ny side\nsummary: Kort.\nmenu: 40");
    check(s, s.date);
    replace(nb, "title: Ny side", "title: Ny side med meny");
    check(s, s.date);
    assertEquals("other pages show the page's title", PageEdit.declined);
    replace(nb, "menu: 40\n", "");
    replace(en, "title: New page", "title: New page\nslug: new-page");
    check(s, s.date);
    replace(en, "title: New page", "title: A new page");
    check(s, s.date);
    assertEquals("other pages show the page's title", PageEdit.declined);
    assertEquals(taken + 2, PageEdit.taken.get());
  }
}

package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvev.diag.Message;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTest {

  @TempDir Path dir;

  private static String en(Message m) {
    return m == null ? null : m.in("en");
  }

  @Test
  void acceptsNorwegianWordsDigitsAndDashes() {
    assertNull(Names.problem("høring-2018_ny", Names.Kind.ID, Names.Place.LANGUAGE_ROOT));
    assertNull(Names.problem("v1.2~x", Names.Kind.SLUG, Names.Place.NESTED));
    // A decomposed å (a + combining ring) is a letter too: macOS names files so.
    assertNull(Names.problem("pa\u030Arsk", Names.Kind.FILE, Names.Place.NESTED));
  }

  @Test
  void rejectsWhatLeavesOrHidesInItsFolder() {
    assertEquals(
        "'..' is not a name: '.' and '..' mean this folder and the folder above",
        en(Names.problem("..", Names.Kind.SLUG, Names.Place.NESTED)));
    assertEquals(
        "'.x' starts with a dot: such names are hidden files, which the site does not"
            + " serve; remove the dot",
        en(Names.problem(".x", Names.Kind.SLUG, Names.Place.NESTED)));
    assertEquals(
        "'a\\u0000b' holds the control character U+0000; remove it",
        en(Names.problem("a\0b", Names.Kind.SLUG, Names.Place.NESTED)));
    assertNotNull(Names.problem("a/b", Names.Kind.SLUG, Names.Place.NESTED));
    assertNotNull(Names.problem("a\\b", Names.Kind.SLUG, Names.Place.NESTED));
    assertNotNull(Names.problem("", Names.Kind.SLUG, Names.Place.NESTED));
  }

  @Test
  void limitsTheLengthInCharactersAndBytes() {
    assertNull(Names.problem("a".repeat(100), Names.Kind.SLUG, Names.Place.NESTED));
    assertNotNull(Names.problem("a".repeat(101), Names.Kind.SLUG, Names.Place.NESTED));
    // 80 Chinese characters are 240 bytes: more than a file name holds with the rest of a path.
    assertNotNull(Names.problem("中".repeat(80), Names.Kind.SLUG, Names.Place.NESTED));
  }

  @Test
  void reservesGeneratedNamesOnlyUnderTheLanguageFolder() {
    assertNotNull(Names.problem("Data", Names.Kind.SLUG, Names.Place.LANGUAGE_ROOT));
    assertNull(Names.problem("data", Names.Kind.SLUG, Names.Place.NESTED));
    assertNotNull(Names.problem("index.html", Names.Kind.SLUG, Names.Place.NESTED));
    assertNull(Names.problem("data", Names.Kind.ID, Names.Place.NONE));
  }

  private List<String> load() {
    Problems problems = new Problems();
    Content c = ContentLoader.load(dir, problems);
    assertNotNull(c, problems.all().toString());
    return problems.all().stream().map(Problem::toString).toList();
  }

  @Test
  void twoSpellingsOfOnePageNameAreAnErrorAtTheSecond() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), ContentLoaderTest.SITE, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("pages"));
    String nfc = "p\u00E5.md";
    String nfd = "pa\u030A.md";
    Files.writeString(dir.resolve("pages").resolve(nfc), "---\ntitle: P\u00E5\n---\n");
    Files.writeString(dir.resolve("pages").resolve(nfd), "---\ntitle: P\u00E5\n---\n");
    // Sorted by code point the decomposed name ("pa...") comes first.
    assertEquals(
        List.of(
            "pages/p\u00E5.md: error: 'p\u00E5' is the same name as pages/pa\u030A.md,"
                + " written with other Unicode characters (a letter composed of two characters, as a Mac"
                + " may save it); remove or rename one of them"),
        load().stream().filter(p -> p.contains("error")).toList());
  }

  @Test
  void slugsAreComposedSoTwoSpellingsMakeOneFolder() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), ContentLoaderTest.SITE, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/a.md"), "---\ntitle: A\nslug: pa\u030Arsk\n---\n");
    Problems problems = new Problems();
    Content c = ContentLoader.load(dir, problems);
    assertEquals("p\u00E5rsk", c.pages().get(0).slug().get("nb").orElseThrow());
  }

  @Test
  void anAssetNamedWithAControlCharacterIsAContentError() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), ContentLoaderTest.SITE, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("assets"));
    Files.writeString(dir.resolve("assets/a\u001bb.pdf"), "x");
    Files.writeString(dir.resolve("assets/ok.pdf"), "x");
    Problems problems = new Problems();
    Content c = ContentLoader.load(dir, problems);
    assertEquals(
        List.of(
            "assets/a\\u001Bb.pdf: error: the file name 'assets/a\\u001Bb.pdf' holds"
                + " U+001B; rename the file"),
        problems.all().stream().map(Problem::toString).toList());
    assertEquals(List.of("assets/ok.pdf"), c.assets().stream().map(a -> a.path()).toList());
  }
}

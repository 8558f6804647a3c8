package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvev.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown bodies of the reliability probe (issue #18), each a page of a small valid site, run
 * through {@code build} and {@code check} as a user runs them: a body past a limit is a content
 * error at its place (exit 1, no stack trace, the old site kept); a body that used to take
 * quadratic time renders as before. Time is measured in bench/ (HostileMarkdownBench), not here.
 */
class HostileMarkdownTest {

  static final String NESTING =
      "error: block quotes and lists are nested more than 50 levels"
          + " deep here (counting each > and list marker, and every two columns of indentation);"
          + " planvev renders at most 50 levels";
  static final String RUN =
      "error: more than 500 of the same character among *, _ and - in a"
          + " row; planvev accepts at most 500 (escape them as \\*, or shorten the line)";
  static final String BRACKETS =
      "error: more than 200 [ are open at once in this paragraph;"
          + " close them with ] or write \\[ for a bracket that opens no link";

  static final String COLUMNS =
      "error: more than 200 | on one line; a table may have at most"
          + " 200 columns (write \\| for a | that is not a cell border)";

  @TempDir Path tmp;
  Path content;
  Path site;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void site() throws IOException {
    content = tmp.resolve("content");
    site = tmp.resolve("site");
    TestFiles.copyTree(Path.of("src/test/resources/invalid/_base"), content);
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private int build(String... more) {
    String[] base = {
      "build",
      "--content",
      content.toString(),
      "--output",
      site.toString(),
      "--date",
      "2026-11-23",
      "--messages",
      "en"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return run(all);
  }

  /** pages/x.nb.md with a title and {@code body}, which starts on line 4. */
  private void page(String body) throws IOException {
    Files.writeString(content.resolve("pages/x.nb.md"), "---\ntitle: X\n---\n" + body + "\n");
  }

  /** Build and check both fail with exactly {@code message} first, and the old site stays. */
  private void rejected(String body, String message) throws IOException {
    assertEquals(0, build(), err.toString());
    byte[] before = Files.readAllBytes(site.resolve("nb/index.html"));
    page(body);
    assertEquals(1, build(), err.toString());
    assertTrue(err.toString().startsWith(message + "\n"), err.toString());
    assertFalse(
        err.toString().contains("Exception")
            || err.toString().contains("Error:")
            || err.toString().contains("internal"),
        err.toString());
    assertEquals(new String(before), Files.readString(site.resolve("nb/index.html")));
    assertEquals(
        1,
        run("check", "--content", content.toString(), "--date", "2026-11-23", "--messages", "en"),
        err.toString());
    assertTrue(err.toString().startsWith(message + "\n"), err.toString());
  }

  /** The page built from {@code body}: exit 0. */
  private Document accepted(String body) throws IOException {
    page(body);
    assertEquals(0, build(), err.toString());
    return Jsoup.parse(site.resolve("nb/x/index.html").toFile(), "UTF-8");
  }

  @Test
  void aThousandNestedBlockQuotes() throws IOException {
    rejected(">".repeat(1000) + " x", "pages/x.nb.md:4:51: " + NESTING);
  }

  @Test
  void fiveThousandListMarkers() throws IOException {
    rejected("- ".repeat(5000) + "x", "pages/x.nb.md:4:101: " + NESTING);
  }

  @Test
  void aListSevenHundredLevelsDeep() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 700; i++) sb.append("  ".repeat(i)).append("- x\n");
    rejected(sb.toString(), "pages/x.nb.md:54:101: " + NESTING);
  }

  @Test
  void twentyThousandAsterisks() throws IOException {
    rejected("*".repeat(20_000), "pages/x.nb.md:4:501: " + RUN);
  }

  @Test
  void fourThousandOpenLinkAndImageBrackets() throws IOException {
    rejected("[![".repeat(4000), "pages/x.nb.md:4:301: " + BRACKETS);
  }

  @Test
  void aLimitInAYamlTextIsReportedAtTheCharacter() throws IOException {
    Files.writeString(
        content.resolve("pages/x.nb.md"),
        "---\ntitle: X\nsummary: Se " + "[".repeat(300) + "\n---\nTekst.\n");
    assertEquals(1, build(), err.toString());
    assertTrue(
        err.toString().startsWith("pages/x.nb.md:3:213: " + BRACKETS + "\n"), err.toString());
  }

  @Test
  void theMessageIsInNorwegianToo() throws IOException {
    page(">".repeat(1000) + " x");
    assertEquals(
        1,
        run("check", "--content", content.toString(), "--date", "2026-11-23", "--messages", "nb"));
    assertTrue(
        err.toString()
            .startsWith(
                "pages/x.nb.md:4:51: feil: sitatblokker og lister er"
                    + " nøstet mer enn 50 nivåer dypt her"),
        err.toString());
  }

  @Test
  void emphasisNestedDeeperThanTheStackIsAContentErrorAtTheFile() throws IOException {
    // Each run is one character, so the pre-scan lets it pass; flexmark then nests 40,000
    // emphasis nodes and runs out of stack. That must be a problem at the page, not a crash.
    rejected(
        "*a ".repeat(40_000) + "b" + " c*".repeat(40_000),
        "pages/x.nb.md: error: the nb text of 'body' is nested too deeply to render; simplify it"
            + " (fewer levels of lists, quotes, emphasis or links inside each other)");
  }

  @Test
  void aThousandByFourHundredTableIsRefused() throws IOException {
    rejected(table(1000, 400), "pages/x.nb.md:4:401: " + COLUMNS);
  }

  @Test
  void aThousandByTwoHundredTableRenders() throws IOException {
    Document page = accepted(table(1000, 200));
    assertEquals(1001, page.select("table tr").size());
    assertEquals(200, page.select("table tbody tr").last().select("td").size());
    assertEquals("c999", page.select("table tbody tr").last().select("td").last().text());
  }

  private static String table(int rows, int columns) {
    StringBuilder sb =
        new StringBuilder("|h".repeat(columns))
            .append("\n")
            .append("|---".repeat(columns))
            .append("\n");
    for (int r = 0; r < rows; r++) sb.append(("|c" + r).repeat(columns)).append("\n");
    return sb.toString();
  }

  @Test
  void twentyThousandUnclosedLinksRenderAsText() throws IOException {
    Document page = accepted("[a](b".repeat(20_000));
    assertEquals("[a](b".repeat(20_000), page.selectFirst("main p").text());
  }

  @Test
  void tenThousandReferenceDefinitionsAreUsedAndNotShown() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append("[r").append(i).append("]: https://example.no/u").append(i).append('\n');
    }
    sb.append("\nSe [første][r0] og [siste][r9999].");
    Document page = accepted(sb.toString());
    assertEquals("Se første og siste.", page.selectFirst("main p").text());
    assertEquals(
        "https://example.no/u9999", page.selectFirst("main p a:contains(siste)").attr("href"));
    assertFalse(page.text().contains("/u5000"));
  }
}

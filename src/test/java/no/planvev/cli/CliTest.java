package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("planvev build [options]"));
    assertTrue(out.toString().contains("--force             (build) replace an --output folder"));
  }

  @Test
  void checkTakesNoForce() {
    assertEquals(2, run("check", "--force"));
    assertTrue(err.toString().contains("unknown option --force"), err.toString());
  }

  @Test
  void versionPrintsAVersion() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("planvev "));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, run("bild"));
    assertTrue(err.toString().contains("unknown command 'bild'"), err.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("build", "--outptu", "x"));
    assertTrue(err.toString().contains("unknown option --outptu"), err.toString());
  }

  @Test
  void badDateIsAUsageError() {
    assertEquals(2, run("build", "--date", "2017-11-31"));
    assertTrue(err.toString().contains("--date 2017-11-31 is not a date"), err.toString());
  }

  @Test
  void missingContentFolderIsAUsageError(@TempDir Path tmp) {
    assertEquals(2, run("build", "--content", tmp.resolve("nope").toString()));
    assertTrue(err.toString().contains("no folder"), err.toString());
  }

  @Test
  void buildsTheDemoSiteAndSummarisesPagesPerLanguage(@TempDir Path tmp) throws Exception {
    Path site = tmp.resolve("site");
    assertEquals(0, run("build", "--output", site.toString(), "--date", "2026-11-23"));
    assertTrue(Files.isRegularFile(site.resolve("nb/index.html")));
    assertTrue(Files.isRegularFile(site.resolve("en/index.html")));
    String summary = out.toString().lines().findFirst().orElse("");
    assertTrue(
        summary.matches(
            "planvev: wrote \\d+ files to .*\\(pages: \\d+ en, \\d+ nb, \\d+ se\\)"
                + " in \\d+\\.\\d\\d s"),
        summary);
    assertTrue(
        out.toString()
            .matches(
                "(?s).*\n  nb +\\d+ / \\d+ +100 %\n  en +\\d+ / \\d+ +\\d+ %\n"
                    + "  se +\\d+ / \\d+ +\\d+ %\n"),
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void sourceDateEpochSetsTheBuildDate(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    // 2018-01-20T00:00:00Z: the demo project's January activities are then still upcoming.
    assertEquals(
        0, run(Map.of("SOURCE_DATE_EPOCH", "1516406400"), "build", "--output", a.toString()));
    assertEquals(0, run("build", "--output", b.toString(), "--date", "2018-01-20"));
    assertEquals(
        Files.readString(b.resolve("nb/index.html")), Files.readString(a.resolve("nb/index.html")));
  }

  @Test
  void contentErrorExitsOneAndLeavesTheOldSite(@TempDir Path tmp) throws Exception {
    Path site = tmp.resolve("site");
    assertEquals(0, run("build", "--output", site.toString(), "--date", "2026-11-23"));
    byte[] before = Files.readAllBytes(site.resolve("nb/index.html"));
    Path content = tmp.resolve("content");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("site.yaml"),
        "title: x\nbase_url: https://x.no/\n"
            + "languages:\n  - {code: nb, name: Norsk}\ntitel: y\n");
    assertEquals(1, run("build", "--content", content.toString(), "--output", site.toString()));
    assertTrue(
        err.toString().contains("site.yaml:5:1: error: unknown key 'titel'"), err.toString());
    assertTrue(err.toString().contains("    titel: y\n    ^"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertEquals(new String(before), Files.readString(site.resolve("nb/index.html")));
  }

  /** Issue 17: a section word that climbs out of the site is a content error at its value. */
  @Test
  void aSectionWordWithDotsIsAContentErrorAtItsValue(@TempDir Path tmp) throws Exception {
    Path content = tmp.resolve("content");
    no.planvev.TestFiles.copyTree(Path.of("content"), content);
    Path out = tmp.resolve("site");
    assertEquals(
        0,
        run(
            "build",
            "--content",
            content.toString(),
            "--output",
            out.toString(),
            "--date",
            "2026-11-23"),
        err.toString());
    String before = Files.readString(out.resolve("nb/index.html"));
    Path site = content.resolve("site.yaml");
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(site));
    int at = lines.indexOf("  hearings: {nb: horinger, en: hearings, se: gulaskuddamat}");
    assertTrue(at > 0, lines::toString);
    lines.set(at, "  hearings: {nb: \"../../x\", en: hearings, se: gulaskuddamat}");
    Files.write(site, lines);
    assertEquals(
        1,
        run(
            "build",
            "--content",
            content.toString(),
            "--output",
            out.toString(),
            "--date",
            "2026-11-23"),
        err.toString());
    assertTrue(
        err.toString()
            .contains(
                "site.yaml:"
                    + (at + 1)
                    + ":13: error: '../../x' holds"
                    + " '/': a name is"
                    + " one folder of the site, so it cannot hold '/' or '\\'"),
        err.toString());
    assertFalse(err.toString().contains("internal error"), err.toString());
    assertEquals(before, Files.readString(out.resolve("nb/index.html")));
    assertEquals(1, run("check", "--content", content.toString(), "--date", "2026-11-23"));
  }

  @Test
  void anUnsafeBaseUrlIsAUsageError() {
    assertEquals(2, run("build", "--base-url", "javascript:alert(1)//"));
    assertTrue(
        err.toString()
            .contains(
                "planvev: --base-url must be an absolute http:// or"
                    + " https:// address, not 'javascript:alert(1)//'"),
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("check", "--base-url=https://u:p@plan.example.no/"));
    assertTrue(
        err.toString().contains("--base-url must not hold a user name or password"),
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("build", "--base-url", "https://plan.example.no/?x=1", "--messages", "nb"));
    assertTrue(
        err.toString().contains("--base-url kan ikke slutte på en spørring"), err.toString());
  }

  @Test
  void escapeBytesInFileNamesAndTextArePrintedAsEscapes(@TempDir Path tmp) throws Exception {
    Path content = tmp.resolve("content");
    no.planvev.TestFiles.copyTree(Path.of("src/test/resources/invalid/_base"), content);
    Files.writeString(
        content.resolve("pages/x\u001b[2J.nb.md"), "---\ntitle: Om\n---\nSe [her](../mangler/).\n");
    assertEquals(1, run("check", "--content", content.toString(), "--date", "2026-11-23"));
    String printed = err.toString();
    assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), printed);
    // The name itself is refused (see Names); what matters here is how it is printed.
    assertTrue(printed.contains("pages/x\\u001b[2J.nb.md: error:"), printed);
  }
}

package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planvev check}, {@code --messages}, {@code --strict} and internal errors. */
class CheckCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path tmp;

  private int run(String... args) {
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  /** A copy of the demo content, to break. */
  private Path content() throws IOException {
    Path to = tmp.resolve("content");
    try (Stream<Path> s = Files.walk(Path.of("content"))) {
      for (Path f : s.toList()) {
        Path t = to.resolve(Path.of("content").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(t);
        else Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertTrue(s.contains(from), from);
    Files.writeString(file, s.replace(from, to));
  }

  @Test
  void checksTheDemoSiteWithoutWritingAnything() throws IOException {
    Path c = content();
    assertEquals(
        0, run("check", "--content", c.toString(), "--date", "2026-11-23", "--messages", "en"));
    assertTrue(out.toString().startsWith("planvev: checked "), out.toString());
    assertTrue(out.toString().contains("Translations (texts present / all texts):"));
    assertEquals("", err.toString());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(1, s.count(), "only the content folder");
    }
  }

  @Test
  void checkReportsContentErrorsWithExitOne() throws IOException {
    Path c = content();
    replace(
        c.resolve("hearings/regional-naeringsstrategi.nb.md"),
        "deadline: 2027-01-29",
        "deadline: 2027-02-30");
    assertEquals(1, run("check", "--content", c.toString(), "--messages", "en"));
    assertEquals(
        """
        hearings/regional-naeringsstrategi.nb.md:6:19: error: 2027-02-30 is not a date: \
        February 2027 has 28 days
            deadline: 2027-02-30
                              ^
        1 error, 0 warnings.
        """,
        err.toString());
    assertTrue(
        out.toString().startsWith("Translations (texts present / all texts):\n"),
        "the coverage table ends every run: " + out);
  }

  @Test
  void messagesInNorwegianBokmal() throws IOException {
    Path c = content();
    replace(c.resolve("pages/om.nb.md"), "menu: 10", "menu: ti");
    assertEquals(1, run("check", "--content", c.toString(), "--messages", "nb"));
    assertTrue(
        err.toString()
            .startsWith(
                "pages/om.nb.md:3:7: feil: menu må være et heltall,"
                    + " ikke 'ti'\n    menu: ti\n          ^\n"),
        err.toString());
    assertTrue(err.toString().endsWith("1 feil, 0 advarsler.\n"), err.toString());
  }

  @Test
  void anUnknownMessageLanguageIsAUsageError() {
    assertEquals(2, run("check", "--messages", "de"));
    assertTrue(err.toString().contains("--messages de: write nb or en"), err.toString());
  }

  @Test
  void theDefaultMessageLanguageFollowsTheSystem() {
    assertEquals("nb", Cli.defaultMessages(Locale.forLanguageTag("nb-NO")));
    assertEquals("nb", Cli.defaultMessages(Locale.forLanguageTag("nn-NO")));
    assertEquals("nb", Cli.defaultMessages(Locale.forLanguageTag("no")));
    assertEquals("en", Cli.defaultMessages(Locale.forLanguageTag("sv-SE")));
    assertEquals("en", Cli.defaultMessages(Locale.ROOT));
  }

  @Test
  void strictMakesWarningsErrorsAndKeepsTheOldSite() throws IOException {
    Path c = content();
    Path site = tmp.resolve("site");
    assertEquals(
        0,
        run(
            "build",
            "--content",
            c.toString(),
            "--output",
            site.toString(),
            "--date",
            "2026-11-23"));
    byte[] before = Files.readAllBytes(site.resolve("nb/index.html"));
    // An open hearing whose deadline has passed is a warning...
    String args = "--date=2027-06-01";
    out.getBuffer().setLength(0);
    assertEquals(0, run("check", "--content", c.toString(), args, "--messages", "en"));
    assertTrue(
        err.toString()
            .contains(
                "hearings/regional-naeringsstrategi.nb.md:6:11: warning:"
                    + " the hearing is open, but its deadline 2027-01-29 has passed (build date 2027-06-01);"
                    + " it shows as closed, statement to come: set status: answered or not_answered"),
        err.toString());
    err.getBuffer().setLength(0);
    // ... and with --strict an error: nothing is written.
    assertEquals(
        1,
        run(
            "build",
            "--content",
            c.toString(),
            "--output",
            site.toString(),
            args,
            "--strict",
            "--messages",
            "en"));
    assertTrue(err.toString().contains(":6:11: error: the hearing is open"), err.toString());
    assertTrue(
        err.toString().endsWith("; nothing was written, the previous site is unchanged.\n"),
        err.toString());
    assertEquals(new String(before), Files.readString(site.resolve("nb/index.html")));
  }

  @Test
  void anInternalFailurePrintsOneLineAskingForABugReport() {
    StringWriter e = new StringWriter();
    int code =
        Cli.guarded(
            false,
            new PrintWriter(e),
            () -> {
              throw new IllegalStateException("boom");
            });
    assertEquals(3, code);
    assertEquals(
        "planvev: internal error (java.lang.IllegalStateException: boom). This is a bug"
            + " in planvev; please report it with the output of the same command run with"
            + " --verbose.\n",
        e.toString());
  }

  @Test
  void verbosePrintsTheTraceOfAnInternalFailure() {
    StringWriter e = new StringWriter();
    assertEquals(
        3,
        Cli.guarded(
            true,
            new PrintWriter(e),
            () -> {
              throw new IllegalStateException("boom");
            }));
    assertTrue(e.toString().contains("\tat no.planvev.cli.CheckCommandTest"), e.toString());
  }

  @Test
  void noStackTraceForContentMistakes() throws IOException {
    Path c = content();
    Files.writeString(c.resolve("plans/strategisk-plan/plan.yaml"), "title: [unclosed\n");
    Files.write(
        c.resolve("pages/om.nb.md"),
        new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xff, '\n', '-', '-', '-', '\n'});
    assertEquals(1, run("check", "--content", c.toString(), "--verbose", "--messages", "en"));
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertTrue(
        err.toString().contains("pages/om.nb.md:2:4: error: the file is not UTF-8"),
        err.toString());
  }
}

package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.planvev.preview.ServeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one parser: every verb, its usage mistakes, --messages, --help and completion. */
class CommandLineTest {

  /** Every verb a user can type (help and version are hidden spellings of the options). */
  static final List<String> VERBS =
      List.of("build", "check", "serve", "new", "install", "completion");

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Cli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  @Test
  void anUnknownOptionOnEachVerbIsOneLineAndAHintExitTwo() {
    for (String verb : VERBS) {
      assertEquals(2, run(verb, "--frobnicate"), verb);
      String prefix = verb.equals("build") || verb.equals("check") ? "planvev" : "planvev " + verb;
      assertEquals(
          List.of(
              prefix + ": unknown option --frobnicate",
              "Run 'planvev "
                  + verb
                  + " --help' for "
                  + (prefix.equals("planvev") ? "the options." : "its options.")),
          errLines(),
          verb);
      assertEquals("", out.toString(), verb);
    }
    assertEquals(2, run("--frobnicate"));
    assertEquals(
        List.of(
            "planvev: unknown option --frobnicate",
            "Run 'planvev --help' for the commands and options."),
        errLines());
  }

  @Test
  void aNearMissIsNamed() {
    assertEquals(2, run("build", "--outptu", "x"));
    assertEquals("planvev: unknown option --outptu (did you mean --output?)", errLines().get(0));
    assertEquals(2, run("bild"));
    assertTrue(
        errLines().get(0).startsWith("planvev: unknown command 'bild': try build,"),
        err.toString());
  }

  @Test
  void everyVerbTakesMessagesAndRefusesOtherLanguages() {
    for (String verb : VERBS) {
      assertEquals(2, run(verb, "--messages", "sv"), verb);
      assertTrue(errLines().get(0).endsWith(": --messages sv: write nb or en"), err.toString());
      assertEquals(2, errLines().size(), err.toString());
    }
    assertEquals(0, run("completion", "--messages", "nb"));
  }

  @Test
  void serveTakesMessagesWithoutStarting() throws Exception {
    ServeOptions nb = Cli.serveOptions(List.of("--messages", "nb", "--port", "0"), Map.of());
    assertEquals("nb", nb.messages());
    assertEquals(0, nb.port());
    assertEquals("en", Cli.serveOptions(List.of("--messages=en"), Map.of()).messages());
    ServeOptions plain = Cli.serveOptions(List.of(), Map.of());
    assertEquals(8080, plain.port());
    assertEquals("127.0.0.1", plain.bind().getHostAddress());
    assertEquals(Path.of("content"), plain.content());
    assertEquals(null, plain.date());
    assertEquals(
        java.time.LocalDate.of(2018, 1, 20),
        Cli.serveOptions(List.of(), Map.of("SOURCE_DATE_EPOCH", "1516406400")).date());
    UsageException e =
        assertThrows(
            UsageException.class, () -> Cli.serveOptions(List.of("--messages", "de"), Map.of()));
    assertEquals("--messages de: write nb or en", e.getMessage());
    assertEquals("serve", e.verb());
  }

  /** The base-url refusal is said in the --messages language, in serve as in build. */
  @Test
  void serveSaysABadBaseUrlInTheMessagesLanguage() {
    assertEquals(2, run("serve", "--base-url", "https://plan.example.no/?x=1", "--messages", "nb"));
    assertTrue(
        errLines()
            .get(0)
            .startsWith("planvev serve: --base-url kan ikke slutte på en" + " spørring"),
        err.toString());
  }

  @Test
  void serveUsageMistakesExitTwoBeforeAnythingStarts(@TempDir Path dir) throws Exception {
    String c = Files.createDirectories(dir.resolve("content")).toString();
    assertEquals(2, run("serve", "--port", "http", "--content", c));
    assertEquals("planvev serve: --port http is not a port number (0-65535)", errLines().get(0));
    assertEquals(2, run("serve", "--port", "70000", "--content", c));
    assertEquals(2, run("serve", "--port"));
    assertEquals("planvev serve: --port needs a value", errLines().get(0));
    assertEquals(2, run("serve", "--date", "2017-11-31", "--content", c));
    assertTrue(errLines().get(0).contains("--date 2017-11-31 is not a date"), err.toString());
    assertEquals(2, run("serve", "extra"));
    assertEquals("planvev serve: unexpected 'extra'", errLines().get(0));
    assertEquals(2, run("serve", "--bind", "no-such-host.invalid", "--content", c));
    assertEquals(
        "planvev serve: --bind no-such-host.invalid is not an address of this machine",
        errLines().get(0));
  }

  @Test
  void eachVerbHasItsHelp() {
    assertEquals(0, run("serve", "--help"));
    assertTrue(out.toString().contains("--bind ADDRESS"), out.toString());
    assertTrue(out.toString().contains("--messages nb|en"), out.toString());
    assertEquals(0, run("new", "-h"));
    assertTrue(out.toString().contains("planvev new site DIR"), out.toString());
    assertEquals(0, run("install", "--help"));
    assertTrue(out.toString().contains("planvev install [DIR]"), out.toString());
    assertEquals(0, run("completion", "--help"));
    assertTrue(out.toString().contains("source <(planvev completion)"), out.toString());
    assertEquals(0, run("build", "--content", "x", "--help"));
    assertEquals(Help.TEXT, out.toString());
    assertEquals(0, run("help"));
    assertEquals(Help.TEXT, out.toString());
    assertEquals(0, run("help", "serve"));
    assertEquals(Help.SERVE, out.toString());
    assertEquals(2, run());
    assertEquals(Help.TEXT, out.toString());
  }

  /** What the parser knows and what the help says cannot drift apart. */
  @Test
  void theHelpOfEachVerbNamesEveryOptionItTakes() {
    for (Parser.Verb verb : Verbs.ALL) {
      for (Parser.Opt option : verb.options()) {
        assertTrue(verb.help().contains(option.name()), verb.name() + " " + option.name());
      }
      assertTrue(verb.hidden() || Help.TEXT.contains("planvev " + verb.name()), verb.name());
    }
    assertEquals(
        VERBS, Verbs.ALL.stream().filter(v -> !v.hidden()).map(Parser.Verb::name).toList());
  }

  @Test
  void aRepeatedOptionTakesItsLastValueAndDoubleDashEndsTheOptions() throws Exception {
    ServeOptions o =
        Cli.serveOptions(
            List.of("--port", "1", "--port=2", "--content", "a", "--content=b"), Map.of());
    assertEquals(2, o.port());
    assertEquals(Path.of("b"), o.content());
    assertEquals(2, run("install", "--", "--help", "x"));
    assertEquals("planvev install: give at most one folder", errLines().get(0));
  }

  @Test
  void aFlagTakesNoValueAndAnOptionIsNoValue() {
    assertEquals(2, run("build", "--strict=yes"));
    assertEquals("planvev: --strict takes no value", errLines().get(0));
    assertEquals(2, run("build", "--content", "--strict"));
    assertEquals("planvev: --content needs a value", errLines().get(0));
    assertEquals(2, run("--versoin"));
    assertEquals("planvev: unknown option --versoin", errLines().get(0));
  }

  @Test
  void completionPrintsAScriptForEveryVerb() {
    assertEquals(0, run("completion"));
    String script = out.toString();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 80));
    assertTrue(script.contains("complete -F _complete_planvev"), "registers the function");
    for (String verb : VERBS) {
      assertTrue(script.matches("(?s).*\\b" + verb + "\\b.*"), verb);
    }
    for (String option :
        List.of("--content", "--output", "--port", "--bind", "--messages", "--no-cache")) {
      assertTrue(script.contains(option), option);
    }
    assertTrue(script.contains("(\"nb\" \"en\")"), "completes --messages to nb and en");
    assertTrue(
        script.contains("local commands=\"" + String.join(" ", VERBS) + "\""),
        "offers the verbs, and not the hidden spellings help and version");
    assertEquals("", err.toString());
  }

  /** The script in a real bash: what Tab offers after each of these lines. */
  @Test
  void bashCompletesVerbsOptionsAndLanguages(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    assertEquals(0, run("completion"));
    Path script = Files.writeString(dir.resolve("planvev.bash"), out.toString());
    String driver =
        "source \"$1\"\n"
            + "for line in 'planvev se' 'planvev serve --mes' 'planvev serve --messages '"
            + " 'planvev new ' 'planvev build --no' 'planvev new --content x p' 'planvev new page '"
            + " 'planvev help b'; do\n"
            + "  read -ra COMP_WORDS <<< \"$line\"; [[ \"$line\" == *' ' ]] && COMP_WORDS+=('')\n"
            + "  COMP_LINE=\"$line\"; COMP_POINT=${#line}; COMP_CWORD=$((${#COMP_WORDS[@]}-1))\n"
            + "  COMPREPLY=(); _complete_planvev planvev 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
            + "done\n";
    Process p =
        new ProcessBuilder("/bin/bash", "-c", driver, "bash", script.toString())
            .redirectErrorStream(true)
            .start();
    String printed =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), printed);
    assertEquals(
        List.of(
            "serve",
            "--messages",
            "nb en",
            "site plan project hearing page",
            "--no-cache",
            "plan project page",
            "",
            "build"),
        printed.lines().toList());
  }
}

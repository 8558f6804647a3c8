package no.planvev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.cli.Parser.Args;
import no.planvev.diag.Message;
import no.planvev.diag.Printable;
import no.planvev.diag.ProblemPrinter;
import no.planvev.diag.Severity;
import no.planvev.output.OutputFolder;
import no.planvev.preview.ServeOptions;
import no.planvev.theme.Theme;

/** Runs one command; returns the exit code: 0 done, 1 content problems, 2 usage, 3 a bug. */
public final class Cli {

  static final int OK = 0;
  static final int CONTENT = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private Cli() {}

  /** Runs {@code args} with the process environment. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs {@code args} with {@code env} as the environment ({@code SOURCE_DATE_EPOCH} sets the build
   * date, and the date {@code new} writes).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    List<String> list = List.of(args);
    // Names and text from content reach the terminal: control characters are shown, not sent.
    PrintWriter o = Printable.writer(out);
    PrintWriter e = Printable.writer(err);
    try {
      // A class, not a lambda: the first lambda of a run costs milliseconds of start-up.
      Body body =
          new Body() {
            @Override
            public int run() throws UsageException, IOException {
              return dispatch(list, o, e, env);
            }
          };
      return guarded(list.contains("--verbose"), e, body);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** A command body that may throw. */
  interface Body {
    int run() throws UsageException, IOException;
  }

  /**
   * Runs {@code body}; a usage mistake exits 2, a failed write 1 (the old site stays), and anything
   * unexpected prints one line asking for a bug report (the trace only when {@code verbose}) and
   * exits 3. Never a stack trace for a content mistake.
   */
  static int guarded(boolean verbose, PrintWriter err, Body body) {
    try {
      return body.run();
    } catch (UsageException e) {
      // build and check have always said "planvev:", as in their other messages.
      String verb = e.verb();
      boolean site = verb == null || verb.equals("build") || verb.equals("check");
      err.println((site ? "planvev" : "planvev " + verb) + ": " + e.getMessage());
      err.println(
          verb == null
              ? "Run 'planvev --help' for the commands and options."
              : "Run 'planvev "
                  + verb
                  + " --help' for "
                  + (site ? "the options." : "its options."));
      err.flush();
      return USAGE;
    } catch (IOException e) {
      err.println(
          "planvev: could not write the site: "
              + e.getMessage()
              + ". The previous site is unchanged.");
      if (verbose) e.printStackTrace(err);
      err.flush();
      return CONTENT;
    } catch (RuntimeException | Error e) {
      err.println(
          "planvev: internal error ("
              + e
              + "). This is a bug in planvev; please report it"
              + " with the output of the same command run with --verbose.");
      if (verbose) e.printStackTrace(err);
      err.flush();
      return INTERNAL;
    }
  }

  private static int dispatch(
      List<String> list, PrintWriter out, PrintWriter err, Map<String, String> env)
      throws UsageException, IOException {
    if (list.isEmpty()) {
      out.print(Help.TEXT);
      out.flush();
      return USAGE;
    }
    Args args = Parser.parse(list, Verbs.ALL);
    if (args.has(Verbs.HELP)) {
      out.print(args.verb().help());
      return OK;
    }
    try {
      return args.verb().action().run(args, out, err, env);
    } catch (UsageException e) {
      throw e.of(args.verb().name());
    }
  }

  /**
   * The options of {@code planvev serve ARGS}, parsed and checked as {@code serve} does, without
   * starting anything (for tests and tools that start the preview themselves).
   */
  public static ServeOptions serveOptions(List<String> args, Map<String, String> env)
      throws UsageException {
    List<String> all = new java.util.ArrayList<>(List.of("serve"));
    all.addAll(args);
    try {
      return Verbs.serveOptions(Parser.parse(all, Verbs.ALL), env);
    } catch (UsageException e) {
      throw e.of("serve");
    }
  }

  static int build(Args a, PrintWriter out, PrintWriter err, Map<String, String> env)
      throws UsageException, IOException {
    String lang = Verbs.lang(a);
    BuildOptions options = options(a, a.path(Verbs.OUTPUT), a.has(Verbs.FORCE), env, lang);
    OutputFolder.Target target;
    try {
      target =
          OutputFolder.check(
              options.output(),
              options.content(),
              options.theme().overrideDir().orElse(null),
              options.force());
    } catch (OutputFolder.Refused e) {
      err.println("planvev: " + e.message().in(lang));
      err.flush();
      return USAGE;
    }
    if (target.link() != null) {
      err.println(
          "planvev: " + Message.of("output.link", options.output(), target.folder()).in(lang));
      err.flush();
    }
    java.nio.file.Path cache =
        a.has(Verbs.NO_CACHE) ? null : no.planvev.build.CacheStamp.folder(options.output());
    BuildResult result =
        withProgress(
            err,
            env,
            p ->
                Builder.build(
                    options,
                    p,
                    cache,
                    line -> {
                      err.println(line);
                      err.flush();
                    }));
    report(result, options, err, lang, true);
    if (result.ok()) out.println(summary(result, options.output()));
    coverage(result, out, lang);
    return result.ok() ? OK : CONTENT;
  }

  /** Everything a build does but writing: load, validate, render in memory, check links. */
  static int check(Args a, PrintWriter out, PrintWriter err, Map<String, String> env)
      throws UsageException, IOException {
    String lang = Verbs.lang(a);
    BuildOptions options = options(a, null, false, env, lang);
    BuildResult result = withProgress(err, env, p -> Builder.render(options, p));
    report(result, options, err, lang, false);
    if (result.ok()) {
      out.println(no.planvev.diag.Message.of("cli.checked", result.files().size()).in(lang));
    }
    coverage(result, out, lang);
    return result.ok() ? OK : CONTENT;
  }

  /** The options of build and check, checked; {@code output} is null for check. */
  private static BuildOptions options(
      Args a, Path output, boolean force, Map<String, String> env, String lang)
      throws UsageException {
    BuildOptions options =
        new BuildOptions(
            a.path(Verbs.CONTENT),
            a.path(Verbs.TEMPLATES),
            output,
            Verbs.baseUrl(a.get(Verbs.BASE_URL), lang),
            Verbs.date(a.get(Verbs.DATE), env),
            a.has(Verbs.STRICT),
            force);
    Verbs.requireFolders(a);
    return options;
  }

  /** A build or check that reports how far it is on a terminal (never in a CI log). */
  private interface Run {
    BuildResult run(no.planvev.build.Progress progress) throws IOException;
  }

  private static BuildResult withProgress(PrintWriter err, Map<String, String> env, Run run)
      throws IOException {
    no.planvev.build.Progress progress = ProgressLine.forTerminal(err, env);
    try {
      return run.run(progress);
    } finally {
      ProgressLine.close(progress);
    }
  }

  static String defaultMessages(Locale locale) {
    return Verbs.defaultMessages(locale);
  }

  private static void coverage(BuildResult result, PrintWriter out, String lang) {
    if (result.coverage() != null && result.coverage().present().size() > 1) {
      out.print(result.coverage().table(lang));
    }
    out.flush();
  }

  static void report(
      BuildResult result, BuildOptions options, PrintWriter err, String lang, boolean writes) {
    var problems = result.problems().all();
    if (problems.isEmpty()) return;
    List<Path> roots = new java.util.ArrayList<>(List.of(options.content()));
    roots.addAll(Theme.problemRoots());
    new ProblemPrinter(roots, lang).print(problems, err);
    long errors = result.problems().count(Severity.ERROR);
    long warnings = result.problems().count(Severity.WARNING);
    err.println(
        count(errors, "error", lang)
            + ", "
            + count(warnings, "warning", lang)
            + (errors > 0 && writes ? no.planvev.diag.Message.of("cli.unchanged").in(lang) : "."));
    err.flush();
  }

  private static String count(long n, String word, String lang) {
    return no.planvev.diag.Message.of("count." + word + (n == 1 ? ".one" : ".many"), n).in(lang);
  }

  static String summary(BuildResult result, Path output) {
    String perLanguage =
        result.htmlPagesByLanguage().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "planvev: wrote %d files to %s/ (pages: %s) in %.2f s",
        result.files().size(),
        output,
        perLanguage,
        result.time().toMillis() / 1000.0);
  }
}

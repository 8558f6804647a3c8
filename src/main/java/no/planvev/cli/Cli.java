package no.planvev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.model.Addresses;
import no.planvev.output.OutputFolder;
import no.planvev.preview.PreviewCommand;
import no.planvev.scaffold.NewCommand;
import no.planvev.theme.Theme;
import no.planvev.diag.Message;
import no.planvev.diag.Printable;
import no.planvev.diag.ProblemPrinter;
import no.planvev.diag.Severity;

/** Runs one command; returns the exit code: 0 done, 1 content problems, 2 usage, 3 a bug. */
public final class Cli {

  static final int OK = 0;
  static final int CONTENT = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private static final Set<String> BUILD_VALUES =
      Set.of("--content", "--templates", "--output", "--base-url", "--date", "--messages");
  private static final Set<String> CHECK_VALUES =
      Set.of("--content", "--templates", "--base-url", "--date", "--messages");
  private static final Set<String> BUILD_FLAGS = Set.of("--strict", "--verbose", "--force",
      "--no-cache");
  private static final Set<String> CHECK_FLAGS = Set.of("--strict", "--verbose");

  private Cli() {}

  /** Runs {@code args} with the process environment. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    List<String> list = List.of(args);
    // Names and text from content reach the terminal: control characters are shown, not sent.
    PrintWriter o = Printable.writer(out);
    PrintWriter e = Printable.writer(err);
    try {
      return guarded(list.contains("--verbose"), e, () -> dispatch(list, o, e, env));
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** A command body that may throw. */
  interface Body {
    int run() throws Options.UsageException, IOException;
  }

  /**
   * Runs {@code body}; a usage mistake exits 2, a failed write 1 (the old site stays), and
   * anything unexpected prints one line asking for a bug report (the trace only when
   * {@code verbose}) and exits 3. Never a stack trace for a content mistake.
   */
  static int guarded(boolean verbose, PrintWriter err, Body body) {
    try {
      return body.run();
    } catch (Options.UsageException e) {
      err.println("planvev: " + e.getMessage());
      err.println("Run 'planvev --help' for the commands and options.");
      err.flush();
      return USAGE;
    } catch (IOException e) {
      err.println("planvev: could not write the site: " + e.getMessage()
          + ". The previous site is unchanged.");
      if (verbose) e.printStackTrace(err);
      err.flush();
      return CONTENT;
    } catch (RuntimeException | Error e) {
      err.println("planvev: internal error (" + e + "). This is a bug in planvev; please report it"
          + " with the output of the same command run with --verbose.");
      if (verbose) e.printStackTrace(err);
      err.flush();
      return INTERNAL;
    }
  }

  private static int dispatch(List<String> list, PrintWriter out, PrintWriter err,
      Map<String, String> env) throws Options.UsageException, IOException {
    if (list.isEmpty() || list.contains("--help") || list.get(0).equals("help")) {
      out.print(Help.TEXT);
      out.flush();
      return list.isEmpty() ? USAGE : OK;
    }
    if (list.get(0).equals("--version") || list.get(0).equals("version")) {
      out.println("planvev " + no.planvev.dist.Version.current());
      return OK;
    }
    String command = list.get(0);
    List<String> rest = list.subList(1, list.size());
    return switch (command) {
      case "build" -> build(rest, out, err, env);
      case "check" -> check(rest, out, err, env);
      case "serve" -> PreviewCommand.run(rest, out, err);
      case "new" -> NewCommand.run(rest, out, err);
      case "install" -> no.planvev.dist.Install.run(rest, out, err);
      default -> throw new Options.UsageException("unknown command '" + command
          + "': try build, check, serve, new or install, or planvev --help");
    };
  }

  private static int build(List<String> args, PrintWriter out, PrintWriter err,
      Map<String, String> env) throws Options.UsageException, IOException {
    Options o = Options.parse(args, BUILD_VALUES, BUILD_FLAGS);
    if (!o.positional().isEmpty()) {
      throw new Options.UsageException("unexpected '" + o.positional().get(0) + "'");
    }
    String lang = messages(o);
    BuildOptions options = new BuildOptions(o.path("--content", "content"),
        templates(o), o.path("--output", "site"),
        baseUrl(o, lang), o.date(env), o.flag("--strict"), o.flag("--force"));
    requireFolder(options.content(), "--content");
    if (options.templates() != null) requireFolder(options.templates(), "--templates");
    OutputFolder.Target target;
    try {
      target = OutputFolder.check(options.output(), options.content(),
          options.theme().overrideDir().orElse(null), options.force());
    } catch (OutputFolder.Refused e) {
      err.println("planvev: " + e.message().in(lang));
      err.flush();
      return USAGE;
    }
    if (target.link() != null) {
      err.println("planvev: " + Message.of("output.link", options.output(), target.folder())
          .in(lang));
      err.flush();
    }
    java.nio.file.Path cache = o.flag("--no-cache") ? null
        : no.planvev.build.CacheStamp.folder(options.output());
    BuildResult result = withProgress(err, env, p -> Builder.build(options, p, cache, line -> {
      err.println(line);
      err.flush();
    }));
    report(result, options, err, lang, true);
    if (result.ok()) out.println(summary(result, options.output()));
    coverage(result, out, lang);
    return result.ok() ? OK : CONTENT;
  }

  /** Everything a build does but writing: load, validate, render in memory, check links. */
  private static int check(List<String> args, PrintWriter out, PrintWriter err,
      Map<String, String> env) throws Options.UsageException, IOException {
    Options o = Options.parse(args, CHECK_VALUES, CHECK_FLAGS);
    if (!o.positional().isEmpty()) {
      throw new Options.UsageException("unexpected '" + o.positional().get(0) + "'");
    }
    String lang = messages(o);
    BuildOptions options = new BuildOptions(o.path("--content", "content"),
        templates(o), null, baseUrl(o, lang), o.date(env),
        o.flag("--strict"));
    requireFolder(options.content(), "--content");
    if (options.templates() != null) requireFolder(options.templates(), "--templates");
    BuildResult result = withProgress(err, env, p -> Builder.render(options, p));
    report(result, options, err, lang, false);
    if (result.ok()) {
      out.println(no.planvev.diag.Message.of("cli.checked", result.files().size()).in(lang));
    }
    coverage(result, out, lang);
    return result.ok() ? OK : CONTENT;
  }

  /** {@code --base-url}, checked as {@code base_url} in site.yaml is; null when not given. */
  static String baseUrl(Options o, String lang) throws Options.UsageException {
    String url = o.get("--base-url", null);
    if (url == null) return null;
    Addresses.Refusal refusal = Addresses.checkBase(url);
    if (refusal != null) {
      throw new Options.UsageException(
          no.planvev.diag.Message.of(refusal.key(), "--base-url", url).in(lang));
    }
    return url;
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

  /** {@code --messages nb|en}; by default nb where the system speaks Norwegian, else en. */
  static String messages(Options o) throws Options.UsageException {
    String m = o.get("--messages", null);
    if (m == null) return defaultMessages(Locale.getDefault());
    if (!m.equals("nb") && !m.equals("en")) {
      throw new Options.UsageException("--messages " + m + ": write nb or en");
    }
    return m;
  }

  static String defaultMessages(Locale locale) {
    return Set.of("nb", "nn", "no").contains(locale.getLanguage()) ? "nb" : "en";
  }

  private static void coverage(BuildResult result, PrintWriter out, String lang) {
    if (result.coverage() != null && result.coverage().present().size() > 1) {
      out.print(result.coverage().table(lang));
    }
    out.flush();
  }

  /** {@code --templates DIR}, or null: a templates/ folder beside content/, else the built-in theme. */
  private static Path templates(Options o) {
    return o.has("--templates") ? o.path("--templates", null) : null;
  }

  private static void requireFolder(Path p, String option) throws Options.UsageException {
    if (!Files.isDirectory(p)) {
      throw new Options.UsageException("no folder " + p + " (" + option + ")");
    }
  }

  static void report(BuildResult result, BuildOptions options, PrintWriter err, String lang,
      boolean writes) {
    var problems = result.problems().all();
    if (problems.isEmpty()) return;
    List<Path> roots = new java.util.ArrayList<>(List.of(options.content()));
    roots.addAll(Theme.problemRoots());
    new ProblemPrinter(roots, lang).print(problems, err);
    long errors = result.problems().count(Severity.ERROR);
    long warnings = result.problems().count(Severity.WARNING);
    err.println(count(errors, "error", lang) + ", " + count(warnings, "warning", lang)
        + (errors > 0 && writes ? no.planvev.diag.Message.of("cli.unchanged").in(lang) : "."));
    err.flush();
  }

  private static String count(long n, String word, String lang) {
    return no.planvev.diag.Message.of("count." + word + (n == 1 ? ".one" : ".many"), n)
        .in(lang);
  }

  static String summary(BuildResult result, Path output) {
    String perLanguage = result.htmlPagesByLanguage().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "planvev: wrote %d files to %s/ (pages: %s) in %.2f s",
        result.files().size(), output, perLanguage, result.time().toMillis() / 1000.0);
  }
}

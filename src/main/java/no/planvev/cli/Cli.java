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
import no.planvev.validate.ProblemPrinter;
import no.planvev.validate.Severity;

/** Runs one command; returns the exit code: 0 done, 1 content problems, 2 usage, 3 a bug. */
public final class Cli {

  static final int OK = 0;
  static final int CONTENT = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private static final Set<String> BUILD_VALUES =
      Set.of("--content", "--templates", "--output", "--base-url", "--date");
  private static final Set<String> BUILD_FLAGS = Set.of("--strict", "--verbose");

  private Cli() {}

  /** Runs {@code args} with the process environment. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    List<String> list = List.of(args);
    boolean verbose = list.contains("--verbose");
    try {
      if (list.isEmpty() || list.contains("--help") || list.get(0).equals("help")) {
        out.print(Help.TEXT);
        out.flush();
        return list.isEmpty() ? USAGE : OK;
      }
      if (list.get(0).equals("--version") || list.get(0).equals("version")) {
        out.println("planvev " + version());
        return OK;
      }
      String command = list.get(0);
      List<String> rest = list.subList(1, list.size());
      return switch (command) {
        case "build" -> build(rest, out, err, env);
        default -> throw new Options.UsageException("unknown command '" + command
            + "': try build, or planvev --help");
      };
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

  private static int build(List<String> args, PrintWriter out, PrintWriter err,
      Map<String, String> env) throws Options.UsageException, IOException {
    Options o = Options.parse(args, BUILD_VALUES, BUILD_FLAGS);
    if (!o.positional().isEmpty()) {
      throw new Options.UsageException("unexpected '" + o.positional().get(0) + "'");
    }
    BuildOptions options = new BuildOptions(o.path("--content", "content"),
        o.path("--templates", "templates"), o.path("--output", "site"),
        o.get("--base-url", null), o.date(env), o.flag("--strict"));
    requireFolder(options.content(), "--content");
    requireFolder(options.templates(), "--templates");
    BuildResult result = Builder.build(options);
    report(result, options, err);
    if (!result.ok()) return CONTENT;
    out.println(summary(result, options.output()));
    return OK;
  }

  private static void requireFolder(Path p, String option) throws Options.UsageException {
    if (!Files.isDirectory(p)) {
      throw new Options.UsageException("no folder " + p + " (" + option + ")");
    }
  }

  static void report(BuildResult result, BuildOptions options, PrintWriter err) {
    var problems = result.problems().all();
    if (problems.isEmpty()) return;
    Path templatesParent = options.templates().toAbsolutePath().getParent();
    new ProblemPrinter(List.of(options.content(), options.templates(),
        templatesParent == null ? options.templates() : templatesParent)).print(problems, err);
    long errors = result.problems().count(Severity.ERROR);
    long warnings = result.problems().count(Severity.WARNING);
    err.println(count(errors, "error") + ", " + count(warnings, "warning")
        + (errors > 0 ? "; nothing was written, the previous site is unchanged." : "."));
    err.flush();
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String summary(BuildResult result, Path output) {
    String perLanguage = result.site().htmlPagesByLanguage().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "planvev: wrote %d files to %s/ (pages: %s) in %.2f s",
        result.site().size(), output, perLanguage, result.time().toMillis() / 1000.0);
  }

  static String version() {
    String v = Cli.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}

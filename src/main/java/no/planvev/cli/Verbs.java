package no.planvev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvev.build.BuildDate;
import no.planvev.model.Addresses;
import no.planvev.preview.PreviewCommand;
import no.planvev.preview.ServeOptions;
import no.planvev.scaffold.NewCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every verb of {@code planvev} and its options, declared once for picocli: the one parser ({@link
 * #commandLine}), {@code --help} and the shell completion script all read these declarations.
 * Values are taken as text and checked here, so that each mistake is said in planvev's words
 * ({@link UsageException}); {@link Cli} runs the verb.
 */
final class Verbs {

  private Verbs() {}

  /** The parser for one run: a fresh object per verb, so nothing is left from a run before. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Planvev());
    // An argument that starts with @ is a name (an ID, a folder), never a file of arguments.
    cl.setExpandAtFiles(false);
    // As before picocli: a repeated option takes its last value.
    cl.setOverwrittenOptionsAllowed(true);
    return cl;
  }

  /** A verb: what it prints for {@code --help}, and what it does. */
  interface Verb {
    String help();

    int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException, IOException;
  }

  /** The values {@code --messages} completes to. */
  static final class Languages extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Languages() {
      super(List.of("nb", "en"));
    }
  }

  /** What every verb takes: {@code --help} and {@code --messages}. */
  static final class Common {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "print the help")
    boolean help;

    @Option(
        names = "--messages",
        paramLabel = "nb|en",
        completionCandidates = Languages.class,
        description = "the language of problem messages")
    String messages;

    /** {@code --messages nb|en}; by default nb where the system speaks Norwegian, else en. */
    String lang() throws UsageException {
      if (messages == null) return defaultMessages(Locale.getDefault());
      if (!messages.equals("nb") && !messages.equals("en")) {
        throw new UsageException("--messages " + messages + ": write nb or en");
      }
      return messages;
    }
  }

  static String defaultMessages(Locale locale) {
    return Set.of("nb", "nn", "no").contains(locale.getLanguage()) ? "nb" : "en";
  }

  @Command(
      name = "planvev",
      subcommands = {
        Build.class,
        Check.class,
        Serve.class,
        New.class,
        Install.class,
        Completion.class,
        HelpVerb.class,
        VersionVerb.class
      })
  static final class Planvev {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "print the help")
    boolean help;

    @Option(
        names = "--version",
        versionHelp = true,
        description = "print the version and the git commit it was built from")
    boolean version;
  }

  /** The options build and check share. */
  abstract static class SiteVerb implements Verb {
    @Mixin Common common = new Common();

    @Option(
        names = "--content",
        paramLabel = "DIR",
        defaultValue = "content",
        description = "the content folder")
    Path content;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "a folder whose files replace the built-in theme's")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "the site's public address")
    String baseUrl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the build date")
    String date;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--verbose", description = "print details of internal errors")
    boolean verbose;

    @Override
    public String help() {
      return Help.TEXT;
    }

    /** Checks the folders exist; the rest is checked where it is read. */
    void requireFolders() throws UsageException {
      requireFolder(content, "--content");
      if (templates != null) requireFolder(templates, "--templates");
    }
  }

  @Command(name = "build")
  static final class Build extends SiteVerb {
    @Option(
        names = "--output",
        paramLabel = "DIR",
        defaultValue = "site",
        description = "where the site is written")
    Path output;

    @Option(names = "--force", description = "replace an --output folder planvev did not write")
    boolean force;

    @Option(names = "--no-cache", description = "neither read nor write the build cache")
    boolean noCache;

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException, IOException {
      return Cli.build(this, out, err, env);
    }
  }

  @Command(name = "check")
  static final class Check extends SiteVerb {
    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException, IOException {
      return Cli.check(this, out, err, env);
    }
  }

  @Command(name = "serve")
  static final class Serve implements Verb {
    @Mixin Common common = new Common();

    @Option(
        names = "--port",
        paramLabel = "N",
        defaultValue = "8080",
        description = "the port to listen on")
    String port;

    @Option(
        names = "--bind",
        paramLabel = "ADDRESS",
        defaultValue = "127.0.0.1",
        description = "the address to listen on")
    String bind;

    @Option(
        names = "--content",
        paramLabel = "DIR",
        defaultValue = "content",
        description = "the content folder")
    Path content;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "a folder whose files replace the built-in theme's")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the build date")
    String date;

    @Option(names = "--base-url", paramLabel = "URL", description = "the site's public address")
    String baseUrl;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Override
    public String help() {
      return Help.SERVE;
    }

    /** The checked options; the folders are checked when the preview starts. */
    ServeOptions options(Map<String, String> env) throws UsageException {
      String lang = common.lang();
      LocalDate day;
      try {
        // Null when neither --date nor SOURCE_DATE_EPOCH is given: each rebuild takes today.
        day = BuildDate.given(date, env).orElse(null);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return new ServeOptions(
          port(port), address(bind), content, templates, day, baseUrl(baseUrl, lang), strict, lang);
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException {
      return PreviewCommand.run(options(env), out, err);
    }

    private static int port(String value) throws UsageException {
      try {
        int p = Integer.parseInt(value);
        if (p >= 0 && p <= 65535) return p;
      } catch (NumberFormatException e) {
        // said below
      }
      throw new UsageException("--port " + value + " is not a port number (0-65535)");
    }

    private static InetAddress address(String value) throws UsageException {
      try {
        return InetAddress.getByName(value);
      } catch (UnknownHostException e) {
        throw new UsageException("--bind " + value + " is not an address of this machine");
      }
    }
  }

  /** The words {@code planvev new} completes to first. */
  static final class Kinds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Kinds() {
      super(List.of("site", "plan", "project", "hearing", "page"));
    }
  }

  @Command(name = "new")
  static final class New implements Verb {
    @Mixin Common common = new Common();

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "KIND",
        completionCandidates = Kinds.class,
        description = "site, plan, project, hearing or page")
    String kind;

    @Parameters(
        index = "1..*",
        arity = "0..*",
        paramLabel = "ID",
        description = "the ID (for site: the folder)")
    List<String> rest = new ArrayList<>();

    @Option(
        names = "--content",
        paramLabel = "DIR",
        defaultValue = "content",
        description = "the content folder")
    Path content;

    @Override
    public String help() {
      return Help.NEW;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException {
      common.lang();
      List<String> words = new ArrayList<>();
      if (kind != null) words.add(kind);
      words.addAll(rest);
      String problem = NewCommand.usageProblem(words);
      if (problem != null) throw new UsageException(problem);
      // SOURCE_DATE_EPOCH, else today: the dates new writes (a hearing's deadline, ...).
      return NewCommand.run(words, content, out, err, date(null, env));
    }
  }

  @Command(name = "install")
  static final class Install implements Verb {
    @Mixin Common common = new Common();

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "the folder for the launcher")
    List<Path> folders = new ArrayList<>();

    @Override
    public String help() {
      return Help.INSTALL;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException {
      common.lang();
      if (folders.size() > 1) throw new UsageException("give at most one folder");
      return no.planvev.dist.Install.run(folders.isEmpty() ? null : folders.get(0), out, err);
    }
  }

  @Command(name = "completion")
  static final class Completion implements Verb {
    @Mixin Common common = new Common();

    @Override
    public String help() {
      return Help.COMPLETION;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException {
      common.lang();
      out.print(script());
      return Cli.OK;
    }

    /** The bash (and zsh, through bashcompinit) completion script for every verb. */
    static String script() {
      return AutoComplete.bash("planvev", commandLine());
    }
  }

  /** {@code planvev help}: the same as {@code planvev --help}. */
  @Command(name = "help", hidden = true)
  static final class HelpVerb implements Verb {
    @Parameters(arity = "0..1", paramLabel = "COMMAND", hidden = true)
    String verb;

    @Override
    public String help() {
      return Help.TEXT;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException {
      String text = Help.TEXT;
      if (verb != null) {
        CommandLine sub = commandLine().getSubcommands().get(verb);
        if (sub == null) throw new UsageException(unknownCommand(verb));
        text = ((Verb) sub.getCommand()).help();
      }
      out.print(text);
      return Cli.OK;
    }
  }

  /** {@code planvev version}: the same as {@code planvev --version}. */
  @Command(name = "version", hidden = true)
  static final class VersionVerb implements Verb {
    @Override
    public String help() {
      return Help.TEXT;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, Map<String, String> env) {
      out.println(version());
      return Cli.OK;
    }
  }

  static String version() {
    return "planvev " + no.planvev.dist.Version.current();
  }

  static String unknownCommand(String word) {
    return "unknown command '"
        + word
        + "': try build, check, serve, new, install or completion, or planvev --help";
  }

  /** {@code --base-url}, checked as {@code base_url} in site.yaml is; null when not given. */
  static String baseUrl(String url, String lang) throws UsageException {
    if (url == null) return null;
    Addresses.Refusal refusal = Addresses.checkBase(url);
    if (refusal != null) {
      throw new UsageException(
          no.planvev.diag.Message.of(refusal.key(), "--base-url", url).in(lang));
    }
    return url;
  }

  /** {@code --date}, else {@code SOURCE_DATE_EPOCH}, else today on this machine. */
  static LocalDate date(String date, Map<String, String> env) throws UsageException {
    try {
      return BuildDate.given(date, env).orElseGet(() -> LocalDate.now(ZoneId.systemDefault()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static void requireFolder(Path p, String option) throws UsageException {
    if (!Files.isDirectory(p)) {
      throw new UsageException("no folder " + p + " (" + option + ")");
    }
  }

  /** A picocli parse error in planvev's words: one line, said of the verb it was given to. */
  static UsageException usage(CommandLine.ParameterException e) {
    CommandLine where = e.getCommandLine();
    boolean top = where == null || where.getCommand() instanceof Planvev;
    String verb = top ? null : where.getCommandName();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (first.startsWith("-")) {
        int eq = first.indexOf('=');
        message = "unknown option " + (eq > 0 ? first.substring(0, eq) : first);
        List<String> near = u.getSuggestions().stream().filter(s -> s.startsWith("--")).toList();
        if (!near.isEmpty()) message += " (did you mean " + near.get(0) + "?)";
      } else {
        message = top ? unknownCommand(first) : "unexpected '" + first + "'";
      }
    } else if (e instanceof CommandLine.MissingParameterException m
        && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec option) {
      message = option.longestName() + " needs a value";
    }
    return new UsageException(verb, message);
  }
}

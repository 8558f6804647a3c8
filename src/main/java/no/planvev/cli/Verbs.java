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
import no.planvev.cli.Parser.Args;
import no.planvev.cli.Parser.Complete;
import no.planvev.cli.Parser.Opt;
import no.planvev.cli.Parser.Verb;
import no.planvev.model.Addresses;
import no.planvev.preview.PreviewCommand;
import no.planvev.preview.ServeOptions;
import no.planvev.scaffold.NewCommand;

/**
 * Every verb of {@code planvev} and its options, declared once ({@link #ALL}): the parser, {@code
 * --help} checks ({@code CommandLineTest}) and the completion script all read this table. Values
 * are checked here, when a verb reads them; {@link Cli} runs build and check.
 */
final class Verbs {

  private Verbs() {}

  static final Opt HELP = Opt.flag("--help");
  static final Opt MESSAGES = Opt.value("--messages", "nb|en", Complete.LANGUAGE);
  static final Opt CONTENT = Opt.value("--content", "DIR", Complete.FOLDER).or("content");
  static final Opt TEMPLATES = Opt.value("--templates", "DIR", Complete.FOLDER);
  static final Opt OUTPUT = Opt.value("--output", "DIR", Complete.FOLDER).or("site");
  static final Opt BASE_URL = Opt.value("--base-url", "URL", Complete.NOTHING);
  static final Opt DATE = Opt.value("--date", "YYYY-MM-DD", Complete.NOTHING);
  static final Opt PORT = Opt.value("--port", "N", Complete.NOTHING).or("8080");
  static final Opt BIND = Opt.value("--bind", "ADDRESS", Complete.NOTHING).or("127.0.0.1");
  static final Opt STRICT = Opt.flag("--strict");
  static final Opt VERBOSE = Opt.flag("--verbose");
  static final Opt FORCE = Opt.flag("--force");
  static final Opt NO_CACHE = Opt.flag("--no-cache");

  /** What build and check share; build adds where it writes. */
  private static final List<Opt> SITE =
      List.of(HELP, MESSAGES, CONTENT, TEMPLATES, BASE_URL, DATE, STRICT, VERBOSE);

  /** Every verb, in the order the help and Tab show them; the hidden ones last. */
  static final List<Verb> ALL =
      List.of(
          new Verb(
              "build",
              Help.TEXT,
              plus(SITE, OUTPUT, FORCE, NO_CACHE),
              0,
              Complete.NOTHING,
              false,
              Does.BUILD),
          new Verb("check", Help.TEXT, SITE, 0, Complete.NOTHING, false, Does.CHECK),
          new Verb(
              "serve",
              Help.SERVE,
              List.of(HELP, MESSAGES, PORT, BIND, CONTENT, TEMPLATES, DATE, BASE_URL, STRICT),
              0,
              Complete.NOTHING,
              false,
              Does.SERVE),
          new Verb(
              "new",
              Help.NEW,
              List.of(HELP, MESSAGES, CONTENT),
              Verb.MANY,
              Complete.KIND,
              false,
              Does.NEW),
          new Verb(
              "install",
              Help.INSTALL,
              List.of(HELP, MESSAGES),
              Verb.MANY,
              Complete.FOLDER,
              false,
              Does.INSTALL),
          new Verb(
              "completion",
              Help.COMPLETION,
              List.of(HELP, MESSAGES),
              0,
              Complete.NOTHING,
              false,
              Does.COMPLETION),
          new Verb("help", Help.TEXT, List.of(HELP), 1, Complete.COMMAND, true, Does.HELP),
          new Verb("version", Help.TEXT, List.of(HELP), 0, Complete.NOTHING, true, Does.VERSION));

  private static List<Opt> plus(List<Opt> options, Opt... more) {
    List<Opt> all = new ArrayList<>(options);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /**
   * What each verb does. An enum rather than method references, and no streams on this path: each
   * first lambda or stream of a run costs start-up time that {@code planvev --version} would feel.
   */
  private enum Does implements Parser.Action {
    BUILD,
    CHECK,
    SERVE,
    NEW,
    INSTALL,
    COMPLETION,
    HELP,
    VERSION;

    @Override
    public int run(Args a, PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException, IOException {
      return switch (this) {
        case BUILD -> Cli.build(a, out, err, env);
        case CHECK -> Cli.check(a, out, err, env);
        case SERVE -> PreviewCommand.run(serveOptions(a, env), out, err);
        case NEW -> newFile(a, out, err, env);
        case INSTALL -> install(a, out, err);
        case COMPLETION -> completion(a, out);
        case HELP -> help(a, out);
        case VERSION -> version(out);
      };
    }
  }

  /** {@code --messages nb|en}; by default nb where the system speaks Norwegian, else en. */
  static String lang(Args a) throws UsageException {
    String messages = a.get(MESSAGES);
    if (messages == null) return defaultMessages(Locale.getDefault());
    if (!messages.equals("nb") && !messages.equals("en")) {
      throw new UsageException("--messages " + messages + ": write nb or en");
    }
    return messages;
  }

  static String defaultMessages(Locale locale) {
    return Set.of("nb", "nn", "no").contains(locale.getLanguage()) ? "nb" : "en";
  }

  /** The checked options of serve; the folders are checked when the preview starts. */
  static ServeOptions serveOptions(Args a, Map<String, String> env) throws UsageException {
    String lang = lang(a);
    LocalDate day;
    try {
      // Null when neither --date nor SOURCE_DATE_EPOCH is given: each rebuild takes today.
      day = BuildDate.given(a.get(DATE), env).orElse(null);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return new ServeOptions(
        port(a.get(PORT)),
        address(a.get(BIND)),
        a.path(CONTENT),
        a.path(TEMPLATES),
        day,
        baseUrl(a.get(BASE_URL), lang),
        a.has(STRICT),
        lang);
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

  private static int newFile(Args a, PrintWriter out, PrintWriter err, Map<String, String> env)
      throws UsageException {
    lang(a);
    String problem = NewCommand.usageProblem(a.words());
    if (problem != null) throw new UsageException(problem);
    // SOURCE_DATE_EPOCH, else today: the dates new writes (a hearing's deadline, ...).
    return NewCommand.run(a.words(), a.path(CONTENT), out, err, date(null, env));
  }

  private static int install(Args a, PrintWriter out, PrintWriter err) throws UsageException {
    lang(a);
    if (a.words().size() > 1) throw new UsageException("give at most one folder");
    Path dir = a.words().isEmpty() ? null : Path.of(a.words().get(0));
    return no.planvev.dist.Install.run(dir, out, err);
  }

  private static int completion(Args a, PrintWriter out) throws UsageException {
    lang(a);
    out.print(Completion.script(ALL));
    return Cli.OK;
  }

  /** {@code planvev help [COMMAND]}: the same as {@code planvev [COMMAND] --help}. */
  private static int help(Args a, PrintWriter out) throws UsageException {
    String text = Help.TEXT;
    if (!a.words().isEmpty()) {
      String name = a.words().get(0);
      text = null;
      for (Verb v : ALL) {
        if (v.name().equals(name)) text = v.help();
      }
      if (text == null) throw new UsageException(unknownCommand(name));
    }
    out.print(text);
    return Cli.OK;
  }

  private static int version(PrintWriter out) {
    out.println(version());
    return Cli.OK;
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

  /** Checks the folders of {@code --content} and {@code --templates} exist. */
  static void requireFolders(Args a) throws UsageException {
    requireFolder(a.path(CONTENT), CONTENT.name());
    if (a.has(TEMPLATES)) requireFolder(a.path(TEMPLATES), TEMPLATES.name());
  }

  private static void requireFolder(Path p, String option) throws UsageException {
    if (!Files.isDirectory(p)) {
      throw new UsageException("no folder " + p + " (" + option + ")");
    }
  }
}

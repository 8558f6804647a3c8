package no.planvev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planvev.diag.Suggest;

/**
 * The one command-line parser: reads the words of a command line against the table of verbs and
 * options in {@link Verbs}. Written by hand rather than with a library: it is all the start-up of
 * {@code planvev --version} (docs/performance.md). Values are kept as text and checked where they
 * are read, so that each mistake is said in planvev's words ({@link UsageException}).
 */
final class Parser {

  private Parser() {}

  /** What Tab offers for an option's value or a verb's words. */
  enum Complete {
    NOTHING,
    FOLDER,
    LANGUAGE,
    KIND,
    COMMAND;

    /** The fixed words offered, if any (folders and commands are found elsewhere). */
    List<String> words() {
      return switch (this) {
        case LANGUAGE -> List.of("nb", "en");
        case KIND -> List.of("site", "plan", "project", "hearing", "page");
        default -> List.of();
      };
    }
  }

  /**
   * An option: its name ({@code --content}); the word its value is shown as ({@code DIR}), or null
   * for a flag; its value when not given (or null); what Tab offers for the value.
   */
  record Opt(String name, String label, String fallback, Complete complete) {

    static Opt flag(String name) {
      return new Opt(name, null, null, Complete.NOTHING);
    }

    static Opt value(String name, String label, Complete complete) {
      return new Opt(name, label, null, complete);
    }

    /** This option, with {@code value} when it is not given. */
    Opt or(String value) {
      return new Opt(name, label, value, complete);
    }

    boolean takesValue() {
      return label != null;
    }
  }

  /** What a verb does with its parsed arguments; returns the exit code. */
  interface Action {
    int run(Args args, PrintWriter out, PrintWriter err, Map<String, String> env)
        throws UsageException, IOException;
  }

  /**
   * A verb: its name, its {@code --help} text, the options it takes, how many words it takes after
   * the options, what Tab offers for the first of them, and what it does. A hidden verb is another
   * spelling ({@code help}, {@code version}) and is not offered by Tab.
   */
  record Verb(
      String name,
      String help,
      List<Opt> options,
      int maxWords,
      Complete words,
      boolean hidden,
      Action action) {

    /** No limit on the words. */
    static final int MANY = Integer.MAX_VALUE;

    Opt option(String name) {
      for (Opt o : options) {
        if (o.name().equals(name)) return o;
      }
      return null;
    }
  }

  /** A parsed command line: the verb, the options given (a flag's value is ""), the words. */
  record Args(Verb verb, Map<String, String> given, List<String> words) {

    /** The value of {@code o}: the last one given, else its fallback (null when it has none). */
    String get(Opt o) {
      return given.getOrDefault(o.name(), o.fallback());
    }

    Path path(Opt o) {
      String v = get(o);
      return v == null ? null : Path.of(v);
    }

    boolean has(Opt o) {
      return given.containsKey(o.name());
    }
  }

  /**
   * Parses {@code words} (not empty): a verb, then its options and words in any order. A repeated
   * option takes its last value; {@code --name=value} and {@code --name value} are the same; after
   * {@code --} everything is a word; {@code -h} is {@code --help}. Before a verb, {@code --help}
   * and {@code --version} stand for the hidden verbs {@code help} and {@code version}.
   */
  static Args parse(List<String> words, List<Verb> verbs) throws UsageException {
    String first = words.get(0);
    String verbName =
        switch (first) {
          case "--help", "-h" -> "help";
          case "--version" -> "version";
          default -> first;
        };
    Verb verb = null;
    for (Verb v : verbs) {
      if (v.name().equals(verbName)) verb = v;
    }
    if (verb == null) {
      throw new UsageException(
          first.startsWith("-")
              ? "unknown option " + optionName(first)
              : Verbs.unknownCommand(first));
    }
    if (!verbName.equals(first)) return new Args(verb, Map.of(), List.of());
    Map<String, String> given = new HashMap<>();
    List<String> rest = new ArrayList<>();
    boolean options = true;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (options && w.equals("--")) {
        options = false;
      } else if (!options || !w.startsWith("-") || w.equals("-")) {
        if (rest.size() == verb.maxWords()) {
          throw new UsageException(verb.name(), "unexpected '" + w + "'");
        }
        rest.add(w);
      } else {
        String name = optionName(w);
        Opt opt = verb.option(name);
        if (opt == null) throw unknownOption(verb, name);
        String value = "";
        int eq = w.indexOf('=');
        if (!opt.takesValue() && eq > 0) {
          throw new UsageException(verb.name(), name + " takes no value");
        } else if (opt.takesValue() && eq > 0) {
          value = w.substring(eq + 1);
        } else if (opt.takesValue()) {
          if (i + 1 == words.size() || isOption(verb, words.get(i + 1))) {
            throw new UsageException(verb.name(), name + " needs a value");
          }
          value = words.get(++i);
        }
        given.put(opt.name(), value);
      }
    }
    return new Args(verb, given, rest);
  }

  /** The option a word names: {@code --a=b} names {@code --a}; {@code -h} is {@code --help}. */
  private static String optionName(String word) {
    int eq = word.indexOf('=');
    String name = eq > 0 ? word.substring(0, eq) : word;
    return name.equals("-h") ? "--help" : name;
  }

  private static boolean isOption(Verb verb, String word) {
    return verb.option(optionName(word)) != null;
  }

  private static UsageException unknownOption(Verb verb, String name) {
    List<String> known = verb.options().stream().map(Opt::name).toList();
    String near = Suggest.nearest(name, known, 4, false);
    return new UsageException(
        verb.name(),
        "unknown option " + name + (near == null ? "" : " (did you mean " + near + "?)"));
  }
}

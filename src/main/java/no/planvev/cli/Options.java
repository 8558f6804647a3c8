package no.planvev.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvev.build.BuildDate;

/** Parsed command-line options: {@code --name value} pairs, flags, and positional words. */
final class Options {

  /** A usage mistake; exit code 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> flags = new ArrayList<>();
  private final List<String> positional = new ArrayList<>();

  static Options parse(List<String> args, Set<String> valued, Set<String> flagNames)
      throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a;
        String value = null;
        int eq = a.indexOf('=');
        if (eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
        if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
            value = args.get(++i);
          }
          o.values.put(name, value);
        } else if (flagNames.contains(name) && value == null) {
          o.flags.add(name);
        } else {
          throw new UsageException("unknown option " + name);
        }
      } else {
        o.positional.add(a);
      }
    }
    return o;
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  List<String> positional() {
    return positional;
  }

  Path path(String name, String fallback) {
    return Path.of(get(name, fallback));
  }

  /** {@code --date}, else {@code SOURCE_DATE_EPOCH}, else today on this machine. */
  LocalDate date(Map<String, String> env) throws UsageException {
    try {
      return BuildDate.given(values.get("--date"), env)
          .orElseGet(() -> LocalDate.now(ZoneId.systemDefault()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}

package no.planvev.preview;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code planvev serve}; {@code date} is null for "today, at each rebuild",
 * {@code templates} null for the default theme lookup ({@code Theme#lookup}).
 */
record ServeOptions(int port, InetAddress bind, Path content, Path templates, LocalDate date,
    String baseUrl, boolean strict, boolean help) {

  /** A usage mistake; exit code 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  static final String HELP = """
      planvev serve — preview the site in a browser while you edit it.

      Usage:
        planvev serve [options]

      Options:
        --port N            the port to listen on (default: 8080; 0 picks a free one)
        --bind ADDRESS      the address to listen on (default: 127.0.0.1, this machine only)
        --content DIR       the content folder (default: content)
        --templates DIR     a folder whose files replace the built-in theme's, file by
                            file (default: templates/ beside the content folder, if any)
        --date YYYY-MM-DD   the build date, which decides what is overdue
                            (default: SOURCE_DATE_EPOCH if set, else today)
        --base-url URL      the site's public address (default: base_url in site.yaml)
        --strict            treat warnings as errors

      Every save rebuilds the site in memory; open pages reload by themselves when
      their content changed. Problems are shown in the browser and here; the last good
      site keeps being served. Nothing is written to the output folder. Stop with Ctrl+C.
      """;

  static ServeOptions parse(List<String> args, Map<String, String> env) throws UsageException {
    int port = 8080;
    String bind = "127.0.0.1";
    String content = "content";
    String templates = null;
    String date = null;
    String baseUrl = null;
    boolean strict = false;
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--strict" -> strict = true;
        case "--port", "--bind", "--content", "--templates", "--date", "--base-url" -> {
          if (value == null) {
            if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
            value = args.get(++i);
          }
          switch (name) {
            case "--port" -> port = port(value);
            case "--bind" -> bind = value;
            case "--content" -> content = value;
            case "--templates" -> templates = value;
            case "--date" -> date = value;
            default -> baseUrl = baseUrl(value);
          }
        }
        default -> throw new UsageException(a.startsWith("-")
            ? "unknown option " + name + " (see planvev serve --help)"
            : "unexpected argument " + a + " (see planvev serve --help)");
      }
    }
    return new ServeOptions(port, address(bind), Path.of(content),
        templates == null ? null : Path.of(templates),
        date(date, env), baseUrl, strict, help);
  }

  private static String baseUrl(String value) throws UsageException {
    no.planvev.model.Addresses.Refusal refusal = no.planvev.model.Addresses.checkBase(value);
    if (refusal == null) return value;
    throw new UsageException(
        no.planvev.diag.Message.of(refusal.key(), "--base-url", value).in("en"));
  }

  private static int port(String value) throws UsageException {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) return p;
    } catch (NumberFormatException e) {
      // reported below
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

  /** Null when neither --date nor SOURCE_DATE_EPOCH is given: each rebuild takes today. */
  private static LocalDate date(String d, Map<String, String> env) throws UsageException {
    try {
      return no.planvev.build.BuildDate.given(d, env).orElse(null);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}

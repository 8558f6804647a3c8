package no.planvev.preview;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.theme.Theme;

/** {@code planvev serve}: builds the site in memory, serves it, and rebuilds on every save. */
public final class PreviewCommand {

  private PreviewCommand() {}

  /** A started preview: the server and its watcher; closing stops both. */
  record Running(PreviewServer server, SourceWatcher watcher) implements AutoCloseable {
    @Override
    public void close() {
      watcher.close();
      server.close();
    }
  }

  /**
   * Runs until the process is stopped (Ctrl+C). Returns 2 when a folder is missing or the address
   * is not this machine's, 1 when the port is taken or the folders cannot be watched, 0 after a
   * clean stop.
   */
  public static int run(ServeOptions options, PrintWriter out, PrintWriter err) {
    Object started = startIncremental(options, out, err);
    if (started instanceof Integer exit) return exit;
    Running running = (Running) started;
    Thread stopper = new Thread(running::close, "planvev-preview-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      running.server().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.close();
    }
    return 0;
  }

  /**
   * Starts the preview with incremental rebuilds ({@link Rebuilder#incremental}); returns an exit
   * code when it could not, else a {@link Running}.
   */
  static Object startIncremental(ServeOptions options, PrintWriter out, PrintWriter err) {
    return startWith(options, out, err, o -> Rebuilder.incremental(o, Builder::render));
  }

  /**
   * Starts the preview with {@code render} as a full rebuild on every change; returns an exit code
   * when it could not, else a {@link Running}.
   */
  static Object start(
      ServeOptions options,
      PrintWriter out,
      PrintWriter err,
      Function<BuildOptions, BuildResult> render) {
    return startWith(options, out, err, o -> Rebuilder.full(() -> render.apply(o.get())));
  }

  private static Object startWith(
      ServeOptions o,
      PrintWriter out,
      PrintWriter err,
      Function<Supplier<BuildOptions>, Rebuilder> rebuilders) {
    if (!Files.isDirectory(o.content())) {
      err.println(
          "planvev serve: there is no content folder at "
              + o.content()
              + " (give one with --content DIR, or start a site with: planvev new site DIR, then"
              + " cd DIR)");
      err.flush();
      return 2;
    }
    if (o.templates() != null && !Files.isDirectory(o.templates())) {
      err.println(
          "planvev serve: there is no templates folder at "
              + o.templates()
              + " (give one with --templates DIR)");
      err.flush();
      return 2;
    }
    Rebuilder rebuilder = rebuilders.apply(() -> buildOptions(o));
    // The override folder is looked up once: one made while the preview runs is seen after a
    // restart (docs/preview.md).
    Theme theme = Theme.lookup(o.templates(), o.content());
    List<Path> roots = new ArrayList<>(List.of(o.content()));
    roots.addAll(Theme.problemRoots());
    PreviewServer server =
        new PreviewServer(
            rebuilder, new InetSocketAddress(o.bind(), o.port()), out, err, roots, o.messages());
    try {
      server.start();
    } catch (PreviewServer.AddressNotHereException e) {
      err.println(
          "planvev serve: --bind "
              + e.getMessage()
              + "; use 127.0.0.1 (this machine"
              + " only), 0.0.0.0 (every network it is on) or one of its own addresses");
      err.flush();
      return 2;
    } catch (PreviewServer.PortTakenException e) {
      err.println(
          "planvev serve: "
              + e.getMessage()
              + "; stop the other program or choose another port, e.g. --port "
              + (o.port() == 65535 ? 8081 : o.port() + 1));
      err.flush();
      return 1;
    } catch (Exception e) {
      err.println("planvev serve: cannot start the server: " + e.getMessage());
      err.flush();
      return 1;
    }
    if (!o.bind().isLoopbackAddress()) {
      err.println(
          "warning: listening on "
              + AllowedHosts.literal(o.bind())
              + ", so other machines on the network can see the preview (it has no password);"
              + " leave out --bind to keep it to this machine");
      err.flush();
    }
    server.rebuild(Set.of());
    SourceWatcher watcher;
    try {
      List<Path> watched = new ArrayList<>(List.of(o.content()));
      theme.overrideDir().ifPresent(watched::add);
      watcher = SourceWatcher.start(watched, SourceWatcher.QUIET, server::rebuild);
    } catch (Exception e) {
      server.close();
      err.println("planvev serve: cannot watch " + o.content() + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    out.println(
        "Preview at "
            + server.url()
            + " (watching "
            + o.content()
            + theme.overrideDir().map(d -> " and " + d).orElse("")
            + "; Ctrl+C stops)");
    out.flush();
    return new Running(server, watcher);
  }

  /** Today is read at each rebuild, so a preview left running past midnight stays right. */
  private static BuildOptions buildOptions(ServeOptions o) {
    LocalDate date = o.date() != null ? o.date() : LocalDate.now(ZoneId.systemDefault());
    return new BuildOptions(
        o.content(), o.templates(), Path.of("site"), o.baseUrl(), date, o.strict());
  }
}

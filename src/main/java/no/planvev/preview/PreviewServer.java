package no.planvev.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.planvev.build.BuildResult;
import no.planvev.diag.Problem;
import no.planvev.diag.ProblemPrinter;
import no.planvev.diag.Severity;
import no.planvev.diag.SourcePos;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The preview: a Jetty server on one address that serves the latest good build from memory, and
 * {@link #rebuild} to replace it. A rebuild never throws: errors (in content, templates, or the
 * generator itself) keep the last good site and are shown in every page.
 */
final class PreviewServer implements AutoCloseable {

  /** The port could not be had. */
  static final class PortTakenException extends IOException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The address to listen on is not one of this machine's. */
  static final class AddressNotHereException extends IOException {
    private static final long serialVersionUID = 1L;

    AddressNotHereException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Rebuilder rebuilder;
  private final InetSocketAddress address;
  private final BuildLog log;
  private final AtomicReference<ServedSite> current = new AtomicReference<>(ServedSite.starting());
  private final EventHub hub = new EventHub();
  private final PreviewHandler handler = new PreviewHandler(current::get, hub);
  private Server server;
  private ServerConnector connector;

  /**
   * Listens on {@code address} (port 0: any free one); prints problems in the terminal in {@code
   * messages}: {@code en} or {@code nb}.
   */
  PreviewServer(
      Rebuilder rebuilder,
      InetSocketAddress address,
      PrintWriter out,
      PrintWriter err,
      List<Path> problemRoots,
      String messages) {
    this.rebuilder = rebuilder;
    this.address = address;
    this.log = new BuildLog(out, err, new ProblemPrinter(problemRoots, messages));
  }

  /** Binds and starts answering (503 until the first {@link #rebuild}). */
  void start() throws Exception {
    QueuedThreadPool pool = new QueuedThreadPool(200, 4);
    pool.setName("planvev-preview");
    pool.setDaemon(true);
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getAddress().getHostAddress());
    connector.setPort(address.getPort());
    server.addConnector(connector);
    server.setHandler(handler);
    server.setErrorHandler(new PlainErrorHandler());
    server.setStopTimeout(0);
    pool.setStopTimeout(500);
    InetAddress bind = address.getAddress();
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly();
      if (isBindFailure(e) && !isOwnAddress(bind)) {
        throw new AddressNotHereException(
            AllowedHosts.literal(bind) + " is not an address of this machine", e);
      }
      if (isBindFailure(e)) {
        throw new PortTakenException(
            "port "
                + address.getPort()
                + " on "
                + AllowedHosts.literal(bind)
                + " is already in use",
            e);
      }
      throw e;
    }
    handler.allow(AllowedHosts.forBinding(bind, port()));
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) return true;
    }
    return false;
  }

  /** Whether this machine has {@code a} (any-address and loopback included). */
  private static boolean isOwnAddress(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress()) return true;
    try {
      return NetworkInterface.getByInetAddress(a) != null;
    } catch (java.net.SocketException e) {
      return true; // cannot tell: the port message is the likelier one
    }
  }

  int port() {
    return connector.getLocalPort();
  }

  /** The address to open in a browser. */
  URI url() {
    InetAddress bind = address.getAddress();
    String host = bind.isAnyLocalAddress() ? "localhost" : AllowedHosts.literal(bind);
    return URI.create("http://" + host + ":" + port() + "/");
  }

  ServedSite current() {
    return current.get();
  }

  int openStreams() {
    return hub.size();
  }

  /**
   * Builds again and shows the result: a good build replaces the site, a bad one keeps the last
   * good site and shows its problems. One rebuild at a time.
   */
  synchronized ServedSite rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    ServedSite before = current.get();
    ServedSite after;
    BuildResult result;
    try {
      result = rebuilder.rebuild(changed);
      if (result == null) throw new IllegalStateException("the build returned nothing");
      if (result.ok() && result.site() == null) {
        throw new IllegalStateException("the build succeeded but returned no site");
      }
    } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
      // Whatever went wrong, the last good site stays up and the browser is told why.
      List<Problem> internal = List.of(internal(e));
      after = before.failed(internal);
      current.set(after);
      hub.publish(after);
      log.log(after, start, internal);
      return after;
    }
    List<Problem> problems = result.problems().all();
    if (result.ok()) {
      after = before.succeeded(result.site());
    } else {
      after = before.failed(problems.stream().filter(p -> p.severity() == Severity.ERROR).toList());
    }
    current.set(after);
    hub.publish(after);
    log.log(after, start, problems);
    return after;
  }

  /** The outermost message (which page) and the innermost cause (what broke). */
  private static Problem internal(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = describe(e);
    if (root != e) message += "; caused by " + describe(root);
    return Problem.error(
        SourcePos.file("(planvev)"),
        "internal error while building (please report it): " + message);
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null
        ? t.getClass().getName()
        : t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** Blocks until the server stops. */
  void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    hub.close();
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      if (server != null) server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the process is ending anyway.
    }
  }

  /** Each build in the terminal: its problems on {@code err}, one line on {@code out}. */
  private record BuildLog(PrintWriter out, PrintWriter err, ProblemPrinter printer) {

    void log(ServedSite after, long start, List<Problem> problems) {
      long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
      synchronized (out) {
        if (!problems.isEmpty()) printer.print(problems, err);
        if (after.hasErrors()) {
          out.println(
              "build "
                  + after.buildId()
                  + " failed in "
                  + ms
                  + " ms with "
                  + after.errors().size()
                  + " error(s); still serving the last good site");
        } else {
          out.println(
              "build "
                  + after.buildId()
                  + " ok in "
                  + ms
                  + " ms ("
                  + after.site().size()
                  + " files)");
        }
        out.flush();
      }
    }
  }
}

package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.SiteFiles;
import no.planvev.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The resource of a try block is there only to be closed.
@SuppressWarnings("try")
class PreviewCommandTest {

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final AtomicReference<BuildOptions> seen = new AtomicReference<>();
  final Function<BuildOptions, BuildResult> render =
      o -> {
        seen.set(o);
        return Fixtures.ok(new SiteFiles(Fixtures.generated("Forside"), new java.util.TreeMap<>()));
      };

  /** Starts the preview with {@code args} parsed as {@code planvev serve} parses them. */
  private Object start(String... args) throws Exception {
    return PreviewCommand.start(
        Cli.serveOptions(List.of(args), Map.of()),
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        render);
  }

  private String content() throws Exception {
    Files.createDirectories(dir.resolve("templates"));
    return Files.createDirectories(dir.resolve("content")).toString();
  }

  private Object startIn(String... args) throws Exception {
    List<String> all =
        new java.util.ArrayList<>(
            List.of("--content", content(), "--templates", dir.resolve("templates").toString()));
    all.addAll(List.of(args));
    return start(all.toArray(String[]::new));
  }

  /** Mistakes in the options themselves are the parser's: see cli/ServeCommandLineTest. */
  @Test
  void aMissingFolderExitsWithTwo() throws Exception {
    String c = content();
    assertEquals(2, start("--content", dir.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("planvev new site"), err.toString());
    assertEquals(2, start("--content", c, "--templates", dir.resolve("none").toString()));
    assertTrue(err.toString().contains("no templates folder"), err.toString());
  }

  @Test
  void takenPortIsSaidAndAnotherSuggested() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertEquals(1, startIn("--port", Integer.toString(port)));
      assertTrue(
          err.toString().contains("port " + port + " on 127.0.0.1 is already in use"),
          err.toString());
      assertTrue(err.toString().contains("--port " + (port + 1)), err.toString());
    }
  }

  @Test
  void anAddressThisMachineDoesNotHaveIsNamedAsSuch() throws Exception {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a real machine's address.
    Object code = startIn("--port", "0", "--bind", "192.0.2.1");
    assertEquals(2, code, err.toString());
    assertTrue(
        err.toString()
            .contains(
                "planvev serve: --bind 192.0.2.1 is not an address of"
                    + " this machine; use 127.0.0.1"),
        err.toString());
    assertTrue(!err.toString().contains("already in use"), err.toString());
  }

  @Test
  void startsOnLoopbackBuildsAndPrintsTheUrl() throws Exception {
    Object started = startIn("--port", "0", "--date", "2017-12-01");
    PreviewCommand.Running running = assertInstanceOf(PreviewCommand.Running.class, started);
    try (running) {
      int port = running.server().port();
      assertTrue(
          out.toString().contains("Preview at http://127.0.0.1:" + port + "/"), out.toString());
      assertEquals(java.time.LocalDate.of(2017, 12, 1), seen.get().date());
      assertEquals(dir.resolve("content"), seen.get().content());
      assertEquals(
          200,
          Fixtures.status(
              Fixtures.raw(
                  port,
                  "GET /nb/ HTTP/1.1\r\nHost: localhost:"
                      + port
                      + "\r\nConnection: close\r\n\r\n")));
      assertEquals("", err.toString());
    }
  }

  @Test
  void bindingBeyondLoopbackWarns() throws Exception {
    Object started = startIn("--port", "0", "--bind", "0.0.0.0");
    try (var running = (PreviewCommand.Running) started) {
      assertTrue(err.toString().contains("warning: listening on 0.0.0.0"), err.toString());
      assertTrue(out.toString().contains("http://localhost:"));
    }
  }

  @Test
  void withoutADateTheBuildUsesToday() throws Exception {
    try (var running = (PreviewCommand.Running) startIn("--port", "0")) {
      assertEquals(java.time.LocalDate.now(), seen.get().date());
    }
  }
}

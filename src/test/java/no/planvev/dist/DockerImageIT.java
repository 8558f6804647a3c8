package no.planvev.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the container image from the Dockerfile and runs {@code new site}, {@code build}, {@code
 * check} and {@code serve --bind 0.0.0.0} in it on a mounted folder, as docs/publishing.md shows.
 * Skipped, with a message, where Docker is not installed or not running.
 */
class DockerImageIT {

  static final String IMAGE = "planvev-it:test";

  @TempDir Path dir;

  static boolean dockerRuns() {
    try {
      return Processes.run(Path.of("."), 60, List.of("docker", "version")).exit() == 0;
    } catch (IOException | InterruptedException | AssertionError e) {
      return false;
    }
  }

  private Processes.Result docker(long seconds, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return Processes.run(Path.of("."), seconds, command);
  }

  private List<String> runIn(Path folder, String... args) throws Exception {
    Object uid = Files.getAttribute(folder, "unix:uid");
    Object gid = Files.getAttribute(folder, "unix:gid");
    List<String> command =
        new ArrayList<>(
            List.of(
                "run",
                "--rm",
                "--user",
                uid + ":" + gid,
                "-v",
                folder.toAbsolutePath() + ":/site"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void imageBuildsChecksAndServesAMountedSite() throws Exception {
    assumeTrue(
        dockerRuns(),
        "Docker is not installed or not running here: the container image"
            + " is not built or tested (install Docker and run mvn verify to test it)");
    Processes.Result built = docker(1800, "build", "-t", IMAGE, ".");
    assertEquals(0, built.exit(), built.output());

    Processes.Result created =
        docker(120, runIn(dir, IMAGE, "new", "site", "my-site").toArray(String[]::new));
    assertEquals(0, created.exit(), created.output());
    Path site = dir.resolve("my-site");
    Processes.Result build = docker(300, runIn(site, IMAGE, "build").toArray(String[]::new));
    assertEquals(0, build.exit(), build.output());
    assertTrue(Files.isRegularFile(site.resolve("site/nb/index.html")), build.output());
    Processes.Result check =
        docker(300, runIn(site, IMAGE, "check", "--strict").toArray(String[]::new));
    assertEquals(0, check.exit(), check.output());

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // The same port inside and out: the preview answers only to its own Host and port.
    List<String> serve =
        runIn(
            site,
            "-d",
            "-p",
            "127.0.0.1:" + port + ":" + port,
            IMAGE,
            "serve",
            "--bind",
            "0.0.0.0",
            "--port",
            Integer.toString(port));
    Processes.Result started = docker(120, serve.toArray(String[]::new));
    assertEquals(0, started.exit(), started.output());
    String container = started.output().strip();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> home = null;
      for (int i = 0; i < 60 && (home == null || home.statusCode() != 200); i++) {
        try {
          home =
              client.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nb/")).build(),
                  HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          Thread.sleep(1000);
        }
      }
      assertTrue(home != null && home.statusCode() == 200, "the preview did not answer");
      assertTrue(home.body().contains("Eksempel kommune"));
    } finally {
      docker(60, "rm", "-f", container);
    }
  }
}

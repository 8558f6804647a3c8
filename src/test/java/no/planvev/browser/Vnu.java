package no.planvev.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker (vnu.jar from the npm package vnu-jar, fetched by {@link VnuInstall}), run in
 * its own JVM: its Maven artifact would put Jetty 11 next to our Jetty 12.
 */
final class Vnu {

  static final String DEFAULT_JAR = "target/tools/node_modules/vnu-jar/build/dist/vnu.jar";

  private Vnu() {}

  static Path jar() {
    return Tools.path("planvev.vnu.jar", DEFAULT_JAR).toAbsolutePath();
  }

  /** Fails under CI, skips elsewhere, when the checker is not there. */
  static void require() {
    Path jar = jar();
    Tools.require(
        Files.isRegularFile(jar),
        "the vnu HTML checker (" + jar + ")",
        Tools.onPath("npm").isPresent()
            ? "run `mvn verify` (its pre-integration-test phase fetches it with npm)"
            : Tools.NPM_HINT);
  }

  /** The checker's errors for every HTML file under {@code dir}, one GNU-format line each. */
  static List<String> errors(Path dir) {
    require();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xss4m",
            "-jar",
            jar().toString(),
            "--errors-only",
            "--format",
            "gnu",
            "--skip-non-html",
            dir.toAbsolutePath().toString());
    try {
      Path output = Files.createTempFile("planvev-vnu-", ".txt");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new IllegalStateException("vnu did not finish in 5 minutes");
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) lines.add(line.replace("file:" + dir.toAbsolutePath() + "/", ""));
        }
        if (p.exitValue() != 0 && lines.isEmpty()) {
          throw new IllegalStateException("vnu exited " + p.exitValue() + " and said nothing");
        }
        return lines;
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

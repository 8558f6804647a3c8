package no.planvev.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run by Maven before the jar is made (exec-maven-plugin, execution build-info): writes the version
 * and git commit that {@code planvev --version} prints, and copies the start script beside the jar
 * with its executable bit (Maven's resource copying drops it). The commit is {@code PLANVEV_COMMIT}
 * when set (a container build has no .git), else {@code git rev-parse}, else "unknown": a build
 * outside git still succeeds.
 *
 * <p>Arguments: project folder, properties file, version, start script, where to copy it.
 */
public final class BuildInfo {

  private BuildInfo() {}

  public static void main(String[] args) throws IOException {
    Path project = Path.of(args[0]);
    Path properties = Path.of(args[1]);
    String version = args[2];
    String commit = commit(project);
    Files.createDirectories(properties.getParent());
    // Written by hand: Properties.store adds the date, and the jar must be reproducible.
    Files.writeString(
        properties, "version=" + version + "\ncommit=" + commit + "\n", StandardCharsets.UTF_8);
    Path script = Path.of(args[3]);
    Path target = Path.of(args[4]);
    Files.copy(script, target, StandardCopyOption.REPLACE_EXISTING);
    try {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Windows: no executable bit; run the jar with java -jar there.
    }
  }

  static String commit(Path project) {
    String given = System.getenv("PLANVEV_COMMIT");
    if (given != null && given.matches("[0-9a-f]{7,40}")) return given;
    String head = git(project, "rev-parse", "--short=12", "HEAD");
    if (head == null || !head.matches("[0-9a-f]{7,40}")) return "unknown";
    String status = git(project, "status", "--porcelain", "--untracked-files=no");
    return status == null || status.isEmpty() ? head : head + "-dirty";
  }

  /** The trimmed output of a git command, or null when git is missing or fails. */
  private static String git(Path dir, String... args) {
    try {
      List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
      command.addAll(List.of(args));
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

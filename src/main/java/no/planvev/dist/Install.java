package no.planvev.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code planvev install [DIR]}: writes a launcher {@code DIR/planvev} (default {@code
 * ~/.local/bin}) that runs the very jar this runs from, so that {@code planvev} works from any
 * folder. Rebuilding the jar in place (or {@code ./planvev} in a clone) updates what it runs.
 */
public final class Install {

  /** The line that marks a launcher as ours: only such a file is replaced. */
  static final String MARK = "# planvev launcher written by `planvev install`";

  private Install() {}

  /**
   * Writes the launcher into {@code dir}, or {@code ~/.local/bin} when it is null. Exit codes: 0
   * written, 1 cannot (not run from a jar, a foreign file).
   */
  public static int run(Path dir, PrintWriter out, PrintWriter err) {
    try {
      Path jar = runningJar();
      if (jar == null) {
        err.println(
            "planvev install: run it from planvev.jar (build it with: mvn -B package;"
                + " then target/planvev install)");
        return 1;
      }
      Path into = dir != null ? dir : Path.of(System.getProperty("user.home"), ".local", "bin");
      return install(jar, into, System.getenv("PATH"), out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static int install(Path jar, Path dir, String pathVariable, PrintWriter out, PrintWriter err) {
    Path launcher = dir.resolve("planvev");
    try {
      if (Files.exists(launcher, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && !(Files.isRegularFile(launcher) && Files.readString(launcher).contains(MARK))) {
        err.println(
            "planvev install: "
                + launcher
                + " exists and was not written by planvev"
                + " install; nothing was written (remove it, or choose another folder)");
        return 1;
      }
      Files.createDirectories(dir);
      Files.writeString(launcher, script(jar.toAbsolutePath().normalize()), StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // Windows: no executable bit; the script is for sh-like shells anyway.
      }
    } catch (IOException e) {
      err.println("planvev install: cannot write " + launcher + ": " + e.getMessage());
      return 1;
    }
    out.println("wrote " + launcher + ": it runs " + jar.toAbsolutePath().normalize());
    if (!onPath(dir, pathVariable)) {
      out.println(dir + " is not on your PATH; add it, e.g. in ~/.profile:");
      out.println("  export PATH=\"" + dir.toAbsolutePath().normalize() + ":$PATH\"");
    }
    return 0;
  }

  /** A POSIX shell launcher for {@code jar}, with the JVM options of the start script. */
  static String script(Path jar) {
    String quoted = "'" + jar.toString().replace("'", "'\\''") + "'";
    return "#!/bin/sh\n"
        + MARK
        + "; it runs the jar below.\n"
        + "# PLANVEV_JAVA_OPTS adds JVM options (e.g. -Xmx3g for very large sites).\n"
        + "# shellcheck disable=SC2086\n"
        + "exec java $PLANVEV_JAVA_OPTS -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
        + " -XX:-UsePerfData -Xshare:auto -jar "
        + quoted
        + " \"$@\"\n";
  }

  static boolean onPath(Path dir, String pathVariable) {
    if (pathVariable == null) return false;
    Path want = dir.toAbsolutePath().normalize();
    for (String entry : pathVariable.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(want)) {
        return true;
      }
    }
    return false;
  }

  /** The jar this class was loaded from, or null when it runs from a classes folder. */
  private static Path runningJar() {
    try {
      var source = Install.class.getProtectionDomain().getCodeSource();
      if (source == null) return null;
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}

package no.planvev.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside programs the browser tests need. A missing one fails the test under CI (env {@code
 * CI} set), where it must be installed, and skips it with a hint on a developer's machine.
 */
final class Tools {

  static final String CHROMIUM_HINT =
      "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver),"
          + " or point -Dplanvev.chromium and -Dplanvev.chromedriver at a Chromium and its driver";
  static final String NPM_HINT =
      "install Node.js with npm (apt-get install npm); `mvn verify`"
          + " then fetches the vnu-jar HTML checker into target/tools";

  private Tools() {}

  static boolean underCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  /** Fails under CI, skips otherwise, when {@code present} is false. */
  static void require(boolean present, String what, String hint) {
    if (present) return;
    String message = what + " is missing: " + hint;
    if (underCi()) fail("CI is set, so this cannot be skipped: " + message);
    // Said aloud too: Surefire reports a class skipped in @BeforeAll as "Tests run: 0" only.
    System.err.println("[planvev] browser tests skipped: " + message);
    Assumptions.abort("skipped: " + message);
  }

  /** A file given by system property {@code property}, else {@code fallback}. */
  static Path path(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback));
  }

  static boolean executable(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  /** A program on the PATH, as the OS would find it. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
    String[] suffixes = windows ? new String[] {".cmd", ".exe", ""} : new String[] {""};
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      for (String suffix : suffixes) {
        Path candidate = Path.of(dir, name + suffix);
        if (executable(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

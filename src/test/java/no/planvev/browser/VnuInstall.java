package no.planvev.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fetches the vnu HTML checker before the browser tests: {@code npm install vnu-jar@VERSION} into a
 * tools folder, unless its jar is already there. Run by exec-maven-plugin in the
 * pre-integration-test phase. Without npm it only says so; the tests then fail under CI and skip
 * elsewhere.
 */
public final class VnuInstall {

  private VnuInstall() {}

  /** Arguments: the tools folder ({@code target/tools}) and the vnu-jar version. */
  public static void main(String[] args) throws Exception {
    Path prefix = Path.of(args[0]).toAbsolutePath();
    String version = args[1];
    Path jar = prefix.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    Path stamp = prefix.resolve("vnu-jar.version");
    if (Files.isRegularFile(jar)
        && Files.isRegularFile(stamp)
        && Files.readString(stamp).strip().equals(version)) {
      return;
    }
    var npm = Tools.onPath("npm");
    if (npm.isEmpty()) {
      String message =
          "[planvev] npm not found, so the vnu HTML checker cannot be fetched: " + Tools.NPM_HINT;
      if (Tools.underCi()) throw new IllegalStateException(message);
      System.out.println(message + "; the HTML-validator tests will be skipped");
      return;
    }
    Files.createDirectories(prefix);
    // --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime; we have one.
    List<String> command =
        List.of(
            npm.get().toString(),
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--prefix",
            prefix.toString(),
            "vnu-jar@" + version);
    System.out.println("[planvev] fetching the vnu HTML checker: " + String.join(" ", command));
    Process p = new ProcessBuilder(command).inheritIO().start();
    int exit = p.waitFor();
    if (exit != 0 || !Files.isRegularFile(jar)) {
      String message =
          "[planvev] npm install vnu-jar@" + version + " failed (exit " + exit + "); no " + jar;
      if (Tools.underCi()) throw new IllegalStateException(message);
      System.out.println(message + "; the HTML-validator tests will be skipped");
      return;
    }
    Files.writeString(stamp, version + "\n");
  }
}

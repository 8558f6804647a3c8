package no.planvev.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planvev install}: the launcher it writes, and what it will not overwrite. */
class InstallTest {

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int install(Path jar, Path to, String path) {
    return Install.install(jar, to, path, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void writesAnExecutableLauncherThatRunsTheJarWhereItIs() throws Exception {
    Path jar = dir.resolve("it's here/planvev.jar");
    Path bin = dir.resolve("bin");
    assertEquals(0, install(jar, bin, bin.toString()), err.toString());
    Path launcher = bin.resolve("planvev");
    assertTrue(Files.isExecutable(launcher));
    String script = Files.readString(launcher);
    assertTrue(script.startsWith("#!/bin/sh\n" + Install.MARK), script);
    // A quote in the path is closed, escaped and reopened, as sh reads it.
    assertTrue(
        script.contains(
            " -jar '"
                + dir.toString().replace("'", "'\\''")
                + "/it'\\''s here/planvev.jar' \"$@\"\n"),
        script);
    assertFalse(out.toString().contains("not on your PATH"), out.toString());
  }

  @Test
  void saysHowToPutTheFolderOnThePath() {
    Path bin = dir.resolve("bin");
    assertEquals(0, install(dir.resolve("planvev.jar"), bin, "/usr/bin:/bin"));
    assertTrue(out.toString().contains(bin + " is not on your PATH"), out.toString());
  }

  @Test
  void replacesItsOwnLauncherButNoOtherFile() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    assertEquals(0, install(dir.resolve("a/planvev.jar"), bin, ""));
    assertEquals(0, install(dir.resolve("b/planvev.jar"), bin, ""));
    assertTrue(Files.readString(bin.resolve("planvev")).contains("/b/planvev.jar"));

    Files.writeString(bin.resolve("planvev"), "#!/bin/sh\necho someone else's\n");
    assertEquals(1, install(dir.resolve("c/planvev.jar"), bin, ""));
    assertTrue(err.toString().contains("was not written by planvev install"), err.toString());
    assertEquals("#!/bin/sh\necho someone else's\n", Files.readString(bin.resolve("planvev")));
  }

  @Test
  void outsideAJarItSaysHowToBuildOne() {
    assertEquals(1, Install.run(dir, new PrintWriter(out), new PrintWriter(err)));
    assertTrue(err.toString().contains("mvn -B package"), err.toString());
  }
}

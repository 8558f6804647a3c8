package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.cli.Cli;
import no.planvev.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails — killed halfway, on a folder it cannot write, on a full disk, on a template
 * error — leaves the previous site exactly as it was, byte for byte.
 */
class NothingIsLostTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  @TempDir Path tmp;

  /** The demo content, with {@code extraPages} more pages so a build takes a while. */
  Path content(int extraPages) throws IOException {
    Path to = tmp.resolve("content");
    TestFiles.copyTree(Path.of("content"), to);
    String body = "Avsnitt med litt tekst om regionrådet og planene. ".repeat(40) + "\n\n";
    for (int i = 0; i < extraPages; i++) {
      Files.writeString(
          to.resolve("pages/side-" + i + ".nb.md"),
          "---\ntitle: Side " + i + "\n---\n" + body.repeat(8));
      Files.writeString(
          to.resolve("pages/side-" + i + ".en.md"),
          "---\ntitle: Page " + i + "\n---\n" + body.repeat(8));
    }
    return to;
  }

  Path templates() throws IOException {
    Path to = tmp.resolve("templates");
    TestFiles.copyTree(Path.of("templates"), to);
    return to;
  }

  BuildResult build(Path content, Path templates, Path out) throws IOException {
    return Builder.build(new BuildOptions(content, templates, out, null, DATE, false));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aBuildKilledWhileWritingLeavesTheOldSiteAndTheNextBuildCleansUp() throws Exception {
    Path content = content(30);
    // A large (sparse, so instant to make) asset keeps the build writing for a while.
    try (var f = new java.io.RandomAccessFile(content.resolve("assets/kart.pdf").toFile(), "rw")) {
      f.setLength(128L * 1024 * 1024);
    }
    Path site = tmp.resolve("out/site");
    assertTrue(build(content, Path.of("templates"), site).ok());
    SortedMap<String, byte[]> before = read(site);
    Files.writeString(
        content.resolve("pages/om.nb.md"),
        Files.readString(content.resolve("pages/om.nb.md"))
            .replace("title: Om", "title: Endret – om"));

    Process p =
        new ProcessBuilder(
                javaBin(),
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                "no.planvev.cli.Main",
                "build",
                "--content",
                content.toString(),
                "--output",
                site.toString(),
                "--date",
                DATE.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    Path staging = tmp.resolve("out/.site.tmp-" + p.pid());
    while (!Files.exists(staging) && p.isAlive()) Thread.onSpinWait();
    assertTrue(
        p.isAlive(),
        "the build ended before it began writing: " + Files.readString(tmp.resolve("child.log")));
    // Kill it as a power cut would (SIGKILL: no shutdown hooks), while it writes its files.
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    assertTrue(Files.isDirectory(staging), "killed while the staging folder was there");
    assertSameFiles(before, read(site));

    assertTrue(build(content, Path.of("templates"), site).ok());
    assertFalse(Files.exists(staging), "the next build removes the dead build's folder");
    try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
      // The build cache stays beside the output (docs/performance.md); nothing else may.
      assertEquals(
          List.of("site"),
          s.map(x -> x.getFileName().toString())
              .filter(x -> !x.equals(no.planvev.cache.BuildCache.FOLDER))
              .sorted()
              .toList());
    }
    assertTrue(Files.readString(site.resolve("nb/om/index.html")).contains("Endret – om"));
  }

  @Test
  void aBuildKilledBetweenTheTwoRenamesIsPutBackByTheNextRun() throws Exception {
    Path content = content(0);
    Path site = tmp.resolve("site");
    assertTrue(build(content, Path.of("templates"), site).ok());
    SortedMap<String, byte[]> before = read(site);
    // What a kill right after "rename site aside" leaves behind.
    Files.move(site, tmp.resolve(".site.old"));
    no.planvev.output.SiteWriter.recover(site);
    assertSameFiles(before, read(site));
    assertFalse(Files.exists(tmp.resolve(".site.old")));
  }

  /**
   * A folder that even root cannot write: the immutable attribute (chattr +i) binds root too,
   * unlike chmod. Skipped where the file system or container does not allow it.
   */
  @Test
  void aFolderThatCannotBeWrittenLeavesTheOldSite() throws Exception {
    Path content = content(0);
    Path parent = tmp.resolve("locked");
    Path site = parent.resolve("site");
    assertTrue(build(content, Path.of("templates"), site).ok());
    SortedMap<String, byte[]> before = read(site);
    assumeTrue(run("chattr", "+i", parent.toString()) == 0, "chattr +i is not allowed here");
    try {
      StringWriter err = new StringWriter();
      int code =
          Cli.run(
              new String[] {
                "build",
                "--content",
                content.toString(),
                "--output",
                site.toString(),
                "--date",
                DATE.toString(),
                "--messages",
                "en"
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err));
      assertEquals(1, code, err.toString());
      // A locked folder also holds no build cache: that line comes first, then the failure.
      assertTrue(
          err.toString().lines().anyMatch(l -> l.startsWith("planvev: could not write the site: ")),
          err.toString());
      assertTrue(err.toString().contains("The previous site is unchanged."), err.toString());
      assertFalse(err.toString().contains("\tat "), err.toString());
    } finally {
      run("chattr", "-i", parent.toString());
    }
    assertSameFiles(before, read(site));
  }

  /**
   * A full disk, simulated by a file size limit ({@code ulimit -f}; it binds root too, and the JVM
   * turns it into an IOException): the build fails while writing, the old site stays.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFullDiskLeavesTheOldSite() throws Exception {
    Path content = content(0);
    Path site = tmp.resolve("site");
    assertTrue(build(content, Path.of("templates"), site).ok());
    SortedMap<String, byte[]> before = read(site);
    Files.writeString(
        content.resolve("pages/om.nb.md"),
        Files.readString(content.resolve("pages/om.nb.md"))
            .replace("title: Om", "title: Endret – om"));
    String cmd =
        "ulimit -f 4 && exec \"$0\" -XX:-UsePerfData -Xshare:off -cp \"$1\""
            + " no.planvev.cli.Main build --content \"$2\" --output \"$3\" --date \"$4\""
            + " --messages en";
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                cmd,
                javaBin(),
                System.getProperty("java.class.path"),
                content.toString(),
                site.toString(),
                DATE.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), output);
    assertTrue(output.startsWith("planvev: could not write the site: "), output);
    assertTrue(output.contains("File too large"), output);
    assertSameFiles(before, read(site));
    try (Stream<Path> s = Files.list(tmp)) {
      assertTrue(
          s.noneMatch(x -> x.getFileName().toString().startsWith(".site.tmp-")),
          "the failed build removes its staging folder");
    }
  }

  @Test
  void aTemplateErrorLeavesTheOldSite() throws Exception {
    Path content = content(0);
    Path templates = templates();
    Path site = tmp.resolve("site");
    assertTrue(build(content, templates, site).ok());
    SortedMap<String, byte[]> before = read(site);
    Path page = templates.resolve("page.ftlh");
    Files.writeString(
        page, Files.readString(page).replace("</@l.page>", "${p.no_such_value.at_all}</@l.page>"));
    BuildResult r = build(content, templates, site);
    assertFalse(r.ok());
    Problem p = r.problems().all().get(0);
    assertTrue(
        p.pos().path().equals(templates.toString().replace('\\', '/') + "/page.ftlh")
            && p.pos().line() > 0,
        p.toString());
    assertSameFiles(before, read(site));
  }

  /** Templates cannot create objects, reach Java APIs or read files outside templates/. */
  @Test
  void templatesAreSandboxed() throws Exception {
    Path content = content(0);
    for (String evil :
        List.of(
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "${p?api.getClass().getName()}",
            "<#include \"../../../../../../etc/passwd\">",
            "<#include \"/etc/passwd\">")) {
      Path templates = templates();
      Path page = templates.resolve("page.ftlh");
      Files.writeString(page, Files.readString(page).replace("</@l.page>", evil + "</@l.page>"));
      BuildResult r = build(content, templates, tmp.resolve("site"));
      assertFalse(r.ok(), evil);
      Problem p = r.problems().all().get(0);
      assertTrue(
          p.pos().path().startsWith(templates.toString().replace('\\', '/') + "/"),
          evil + ": " + p);
      assertFalse(r.problems().all().toString().contains("root:"), "no /etc/passwd in " + evil);
      assertFalse(Files.exists(tmp.resolve("site")), evil);
      no.planvev.output.SiteWriterAccess.deleteTree(templates);
    }
  }

  static void assertSameFiles(SortedMap<String, byte[]> want, SortedMap<String, byte[]> got) {
    assertEquals(want.keySet(), got.keySet());
    for (Map.Entry<String, byte[]> e : want.entrySet()) {
      assertTrue(Arrays.equals(e.getValue(), got.get(e.getKey())), e.getKey());
    }
  }

  static SortedMap<String, byte[]> read(Path dir) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }
}

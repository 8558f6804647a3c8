package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.output.OutputFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output} never deletes what it must not: the sources, the project, a version control
 * folder, the home folder, {@code /}, a file, or a folder planvev did not write (without {@code
 * --force}). Each case runs the command as a user would and checks the exit code, the message, and
 * that every file of the project is byte for byte as before.
 */
class OutputSafetyTest {

  @TempDir Path tmp;
  private Path project;
  private Path content;
  private Path templates;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void project() throws IOException {
    project = tmp.resolve("project");
    content = project.resolve("content");
    templates = project.resolve("templates");
    TestFiles.copyTree(Path.of("src/test/resources/invalid/_base"), content);
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.createDirectories(project.resolve(".git/objects"));
    Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
  }

  private int build(String output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--date",
                "2026-11-23",
                "--messages",
                "en"));
    if (output != null) args.addAll(List.of("--output", output));
    args.addAll(List.of(more));
    return Cli.run(
        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  /** Every file and link under {@code root}, hidden ones too, with its bytes or link target. */
  static SortedMap<String, String> snapshot(Path root) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return files;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          files.put(rel, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p)) {
          files.put(rel, Arrays.toString(Files.readAllBytes(p)));
        } else {
          files.put(rel + "/", "");
        }
      }
    }
    return files;
  }

  private void refused(String output, String message) throws IOException {
    SortedMap<String, String> before = snapshot(tmp);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertEquals(2, build(output), err.toString());
    assertTrue(err.toString().startsWith("planvev: --output " + output + " "), err.toString());
    assertTrue(err.toString().contains(message), err.toString());
    assertTrue(err.toString().contains("Nothing was written"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertEquals("", out.toString());
    assertEquals(before, snapshot(tmp), "nothing changed for --output " + output);
  }

  @Test
  void refusesTheContentFolder() throws IOException {
    refused(content.toString(), "is or holds the content folder " + content);
  }

  @Test
  void refusesTheTemplatesFolder() throws IOException {
    refused(templates.toString(), "is or holds the templates folder " + templates);
  }

  @Test
  void refusesTheProjectThatHoldsTheSources() throws IOException {
    refused(project.toString(), "is or holds the content folder");
    refused(project + "/content/..", "is or holds the content folder");
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "my notes\n");
    refused(file.toString(), "is a file, not a folder");
    Path link = Files.createSymbolicLink(tmp.resolve("notes-link"), file);
    refused(link.toString(), "is a file, not a folder");
  }

  @Test
  void refusesTheRootFolderWithoutCrashing() throws IOException {
    refused("/", "is the root folder");
  }

  @Test
  void refusesAFolderInsideTheContentSoTheSiteIsNeverCopiedIntoItself() throws IOException {
    refused(content.resolve("assets/site").toString(), "is inside the content folder");
    refused(templates.resolve("static/site").toString(), "is inside the templates folder");
  }

  @Test
  void refusesVersionControlFolders() throws IOException {
    refused(project.resolve(".git").toString(), "the version control folder .git");
    refused(project.resolve(".git/site").toString(), "the version control folder .git");
    Path checkout = tmp.resolve("pages-checkout");
    Files.createDirectories(checkout.resolve(".git"));
    Files.writeString(checkout.resolve("index.html"), "<p>published</p>");
    Files.writeString(checkout.resolve("sitemap.xml"), "<urlset/>");
    refused(checkout.toString(), "is or holds the version control folder");
    for (String vcs : List.of(".hg", ".svn")) {
      Path other = Files.createDirectories(tmp.resolve("other-" + vcs).resolve(vcs));
      refused(other.getParent().toString(), "is or holds the version control folder");
    }
  }

  @Test
  void refusesAFolderPlanvevDidNotWriteUnlessForced() throws IOException {
    Path docs = tmp.resolve("docs");
    Files.createDirectories(docs.resolve("drafts"));
    Files.writeString(docs.resolve("drafts/budget.txt"), "do not lose me\n");
    refused(docs.toString(), "planvev did not write (it has no .planvev-output file)");
    assertTrue(err.toString().contains("--force"), err.toString());

    assertEquals(0, build(docs.toString(), "--force"), err.toString());
    assertFalse(Files.exists(docs.resolve("drafts")));
    assertTrue(Files.isRegularFile(docs.resolve("nb/index.html")));
    assertTrue(
        Files.readString(docs.resolve(OutputFolder.MARKER))
            .startsWith("planvev writes this folder"));
    // Now it is planvev's: the next build needs no --force.
    assertEquals(0, build(docs.toString()), err.toString());
  }

  @Test
  void forceDoesNotOverrideTheOtherRefusals() throws IOException {
    SortedMap<String, String> before = snapshot(tmp);
    assertEquals(2, build(content.toString(), "--force"));
    assertEquals(2, build(project.toString(), "--force"));
    assertEquals(2, build("/", "--force"));
    assertEquals(before, snapshot(tmp));
  }

  @Test
  void replacesItsOwnSiteAnEmptyFolderAndASiteOfAnOlderVersion() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(0, build(empty.toString()), err.toString());
    assertTrue(Files.isRegularFile(empty.resolve(OutputFolder.MARKER)));

    // Built before the marker existed: index.html and sitemap.xml at the top.
    Path older = Files.createDirectories(tmp.resolve("older/nb"));
    Files.writeString(older.resolveSibling("index.html"), "<p>old</p>");
    Files.writeString(older.resolveSibling("sitemap.xml"), "<urlset/>");
    Files.writeString(older.resolve("gone.html"), "<p>old page</p>");
    assertEquals(0, build(older.getParent().toString()), err.toString());
    assertFalse(Files.exists(older.resolve("gone.html")));
    assertTrue(Files.isRegularFile(older.resolveSibling(OutputFolder.MARKER)));
  }

  @Test
  void writesThroughALinkedOutputAndKeepsTheLink() throws IOException {
    Path webRoot = Files.createDirectories(tmp.resolve("srv/www/site"));
    assertEquals(0, build(webRoot.toString()), err.toString());
    Files.writeString(webRoot.resolve("stale.html"), "<p>from an older build</p>");
    Path link = Files.createSymbolicLink(project.resolve("site"), webRoot);

    assertEquals(0, build(link.toString()), err.toString());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(webRoot, Files.readSymbolicLink(link));
    assertFalse(Files.exists(webRoot.resolve("stale.html")), "the web root has the new site");
    assertTrue(Files.isRegularFile(webRoot.resolve("nb/index.html")));
    assertEquals(
        "planvev: note: "
            + link
            + " is a link to "
            + webRoot.toRealPath()
            + "; the site is written there and the link is kept.",
        err.toString().strip());
    try (Stream<Path> s = Files.list(webRoot.getParent())) {
      assertEquals(
          List.of("site"),
          s.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals(".planvev-cache"))
              .toList(), // the first build's cache
          "no staging or old folder is left beside the web root");
    }
  }

  @Test
  void aLinkToAFolderNotYetThereCreatesIt() throws IOException {
    Path webRoot = tmp.resolve("srv/new-site");
    Path link = Files.createSymbolicLink(tmp.resolve("site"), webRoot);
    assertEquals(0, build(link.toString()), err.toString());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.isRegularFile(webRoot.resolve("nb/index.html")));
  }

  @Test
  void refusesALoopOfLinks() throws IOException {
    Files.createSymbolicLink(tmp.resolve("a"), tmp.resolve("b"));
    Files.createSymbolicLink(tmp.resolve("b"), tmp.resolve("a"));
    refused(tmp.resolve("a").toString(), "is a link that leads round in a loop");
  }

  @Test
  void messagesInBokmal() throws IOException {
    assertEquals(
        2,
        Cli.run(
            new String[] {
              "build",
              "--content",
              content.toString(),
              "--templates",
              templates.toString(),
              "--output",
              content.toString(),
              "--messages",
              "nb"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of()));
    assertTrue(
        err.toString()
            .startsWith("planvev: --output " + content + " er eller inneholder innholdsmappa "),
        err.toString());
  }

  /**
   * {@code --output .} in a project, the current folder, and the home folder: run as a user would,
   * in a process of its own with its own working and home folders.
   */
  @Test
  void refusesTheCurrentFolderAndTheHomeFolder() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home/kari"));
    Files.writeString(home.resolve(".bashrc"), "export A=1\n");
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "notes\n");
    SortedMap<String, String> before = snapshot(tmp);
    String sources = " --content " + content + " --templates " + templates;
    for (String[] c :
        List.of(
            new String[] {
              project.toString(), "--output .", "is or holds the content folder content"
            },
            new String[] {
              work.toString(), "--output ." + sources, "is or holds the current folder"
            },
            new String[] {
              work.toString(), "--output .." + sources, "is or holds the content folder"
            },
            new String[] {
              work.toString(), "--output " + home + sources, "is or holds the home folder " + home
            },
            new String[] {
              work.toString(),
              "--output " + home.getParent() + sources,
              "is or holds the home folder"
            })) {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  javaBin(),
                  "-Duser.home=" + home,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "no.planvev.cli.Main",
                  "build",
                  "--messages",
                  "en"));
      cmd.addAll(List.of(c[1].split(" ")));
      Process p =
          new ProcessBuilder(cmd)
              .directory(Path.of(c[0]).toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(2, p.exitValue(), output);
      assertTrue(output.contains(c[2]), c[1] + ": " + output);
      assertEquals(before, snapshot(tmp), "nothing changed for " + c[1]);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

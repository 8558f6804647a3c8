package no.planvev.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import no.planvev.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content never leaves content: a symbolic link under the content or templates folder that leads
 * out of it, or round in a loop, is an error at the link's path (exit 1, the previous site byte for
 * byte as it was), and nothing is read through it. A link that stays inside is followed.
 */
class ContentLinksTest {

  private static final String SECRET = "root:x:0:0:the secret first line";

  @TempDir Path tmp;
  private Path content;
  private Path templates;
  private Path site;
  private Path secret;
  private SortedMap<String, String> before;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void builtOnce() throws IOException {
    content = tmp.resolve("project/content");
    templates = tmp.resolve("project/templates");
    site = tmp.resolve("project/site");
    TestFiles.copyTree(Path.of("src/test/resources/invalid/_base"), content);
    TestFiles.copyTree(Path.of("templates"), templates);
    Files.createDirectories(tmp.resolve("etc"));
    secret = Files.writeString(tmp.resolve("etc/passwd"), SECRET + "\nmore\n");
    assertEquals(0, build("en"), err.toString());
    before = OutputSafetyTest.snapshot(site);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  private int build(String lang) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                site.toString(),
                "--date",
                "2026-11-23",
                "--messages",
                lang));
    return Cli.run(
        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  /** The build fails with {@code first} as its first line; nothing leaks, nothing is written. */
  private void fails(String first) throws IOException {
    assertEquals(1, build("en"), err.toString());
    assertEquals(first, err.toString().lines().findFirst().orElse(""), err.toString());
    assertFalse(err.toString().contains("secret first line"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertEquals(before, OutputSafetyTest.snapshot(site), "the previous site is unchanged");
  }

  private String outside(Path target) throws IOException {
    return ": error: it is a link to "
        + target.toRealPath()
        + ", outside the content folder;"
        + " planvev does not follow links out of it (copy the file in instead)";
  }

  @Test
  void anAssetLinkedOutOfContentIsAnErrorAtTheLink() throws IOException {
    Files.createSymbolicLink(content.resolve("assets/x.pdf"), secret);
    fails("assets/x.pdf" + outside(secret));
  }

  @Test
  void aRelativeLinkOutIsCaughtToo() throws IOException {
    Files.createDirectories(content.resolve("assets/docs"));
    Files.createSymbolicLink(
        content.resolve("assets/docs/x.pdf"), Path.of("../../../../etc/passwd"));
    fails("assets/docs/x.pdf" + outside(secret));
  }

  @Test
  void aLinkedMarkdownPageIsNotReadAndItsFirstLineNotShown() throws IOException {
    Path md = Files.writeString(tmp.resolve("elsewhere.nb.md"), "---\n" + SECRET + "\n---\n");
    Files.createSymbolicLink(content.resolve("pages/hemmelig.nb.md"), md);
    fails("pages/hemmelig.nb.md" + outside(md));
  }

  @Test
  void linkedFoldersOutOfContentAreNotEntered() throws IOException {
    Path plans = Files.createDirectories(tmp.resolve("other/plans/stolen"));
    Files.writeString(plans.resolve("plan.yaml"), "title: " + SECRET + "\n");
    Files.createSymbolicLink(content.resolve("plans/stolen"), plans);
    fails("plans/stolen" + outside(plans));

    Files.delete(content.resolve("plans/stolen"));
    Path assets = Files.createDirectories(tmp.resolve("other/assets"));
    Files.copy(secret, assets.resolve("x.pdf"));
    TestFiles.deleteTree(content.resolve("assets"));
    Files.createSymbolicLink(content.resolve("assets"), assets);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    fails("assets" + outside(assets));
  }

  @Test
  void siteYamlAndPlanYamlLinkedOutAreNotRead() throws IOException {
    Path yaml = Files.writeString(tmp.resolve("plan.yaml"), "title: " + SECRET + "\n");
    Files.delete(content.resolve("plans/plan/plan.yaml"));
    Files.createSymbolicLink(content.resolve("plans/plan/plan.yaml"), yaml);
    fails("plans/plan/plan.yaml" + outside(yaml));
  }

  @Test
  void loopsOfLinksAreReported() throws IOException {
    Files.createSymbolicLink(content.resolve("assets/loop.pdf"), Path.of("loop.pdf"));
    fails(
        "assets/loop.pdf: error: it is a link that leads round in a loop (to itself, or"
            + " through a folder that holds it); remove or fix it");

    Files.delete(content.resolve("assets/loop.pdf"));
    Files.createDirectories(content.resolve("assets/sub"));
    Files.createSymbolicLink(content.resolve("assets/sub/up"), Path.of(".."));
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    fails(
        "assets/sub/up: error: it is a link that leads round in a loop (to itself, or"
            + " through a folder that holds it); remove or fix it");

    Files.delete(content.resolve("assets/sub/up"));
    Files.createSymbolicLink(content.resolve("pages/a.nb.md"), Path.of("b.nb.md"));
    Files.createSymbolicLink(content.resolve("pages/b.nb.md"), Path.of("a.nb.md"));
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    fails(
        "pages/a.nb.md: error: it is a link that leads round in a loop (to itself, or"
            + " through a folder that holds it); remove or fix it");
    assertTrue(
        err.toString().contains("pages/b.nb.md: error: it is a link that leads round"),
        err.toString());
  }

  @Test
  void linksOutOfTheTemplatesFolderAreErrorsToo() throws IOException {
    Files.createSymbolicLink(templates.resolve("static/x.txt"), secret);
    // An override folder's files are named by their path (here --templates is absolute).
    fails(
        templates.resolve("static/x.txt")
            + ": error: it is a link to "
            + secret.toRealPath()
            + ", outside the templates folder; planvev does not follow links out of it"
            + " (copy the file in instead)");

    Files.delete(templates.resolve("static/x.txt"));
    Path page = templates.resolve("page.ftlh");
    Path moved = Files.move(page, tmp.resolve("page.ftlh"));
    Files.createSymbolicLink(page, moved);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    fails(
        templates.resolve("page.ftlh")
            + ": error: it is a link to "
            + moved.toRealPath()
            + ", outside the templates folder; planvev does not follow links out of it"
            + " (copy the file in instead)");

    Files.delete(page);
    Files.move(moved, page);
    Path nb = templates.resolve("i18n/nb.yaml");
    Path movedNb = Files.move(nb, tmp.resolve("nb.yaml"));
    Files.createSymbolicLink(nb, movedNb);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    fails(
        templates.resolve("i18n/nb.yaml")
            + ": error: it is a link to "
            + movedNb.toRealPath()
            + ", outside the templates folder; planvev does not follow links out of it"
            + " (copy the file in instead)");
  }

  @Test
  void aLinkInsideContentIsFollowed() throws IOException {
    Files.createSymbolicLink(content.resolve("assets/samme.pdf"), Path.of("uttalelse.pdf"));
    Files.createDirectories(content.resolve("assets/arkiv"));
    Files.createSymbolicLink(content.resolve("assets/alias"), Path.of("arkiv"));
    Files.writeString(content.resolve("assets/arkiv/notat.txt"), "notat\n");
    assertEquals(0, build("en"), err.toString());
    assertArrayEquals(
        Files.readAllBytes(content.resolve("assets/uttalelse.pdf")),
        Files.readAllBytes(site.resolve("assets/samme.pdf")));
    assertFalse(Files.isSymbolicLink(site.resolve("assets/samme.pdf")), "a copy, not a link");
    assertEquals("notat\n", Files.readString(site.resolve("assets/alias/notat.txt")));
  }

  @Test
  void messagesInBokmal() throws IOException {
    Files.createSymbolicLink(content.resolve("assets/x.pdf"), secret);
    assertEquals(1, build("nb"));
    assertEquals(
        "assets/x.pdf: feil: den er en lenke til "
            + secret.toRealPath()
            + ", utenfor innholdsmappa; planvev følger ikke lenker ut av den (kopier fila inn i"
            + " stedet)",
        err.toString().lines().findFirst().orElse(""));
  }
}

package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import no.planvev.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid site of {@link InvalidSitesTest}, built for real through the command line over an
 * earlier good site: the build exits 1 (0 for the {@code warn-*} cases) and never 3, prints the
 * case's first problem, and leaves the earlier site as it was, byte for byte.
 */
class InvalidSitesBuildTest {

  @TempDir static Path shared;
  static Path goodSite;
  static String goodDigest;

  @TempDir Path tmp;

  @BeforeAll
  static void buildTheBaseSite() throws Exception {
    Path content = InvalidSitesTest.site("_base", shared);
    goodSite = shared.resolve("good");
    StringWriter err = new StringWriter();
    int code = build(content, goodSite, err);
    assertEquals(0, code, err.toString());
    goodDigest = digest(goodSite);
  }

  static Stream<String> cases() throws IOException {
    return InvalidSitesTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildExitsOneAndKeepsTheEarlierSite(String name) throws Exception {
    Path content = InvalidSitesTest.site(name, tmp);
    Path out = tmp.resolve("site");
    TestFiles.copyTree(goodSite, out);
    StringWriter err = new StringWriter();
    int code = build(content, out, err);
    String first = InvalidSitesTest.expected(name, "expected.txt").get(0);
    if (name.startsWith("warn-")) {
      assertEquals(0, code, name + ": " + err);
      return;
    }
    assertEquals(1, code, name + ": " + err);
    assertTrue(err.toString().contains(first), name + ": " + err);
    assertEquals(goodDigest, digest(out), name + ": the earlier site changed");
  }

  private static int build(Path content, Path out, StringWriter err) {
    return Cli.run(
        new String[] {
          "build",
          "--content",
          content.toString(),
          "--templates",
          "templates",
          "--output",
          out.toString(),
          "--date",
          InvalidSitesTest.TODAY.toString()
        },
        new PrintWriter(new StringWriter()),
        new PrintWriter(err));
  }

  /** One hash over every file's path and bytes under {@code dir}. */
  private static String digest(Path dir) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().toList()) {
        md.update(dir.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (Files.isRegularFile(p)) md.update(Files.readAllBytes(p));
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}

package no.planvev.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.planvev.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build writes only the files whose bytes changed; the rest keep their file and date. */
class UnchangedFilesTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path tmp;

  @Test
  void aOneFileEditRewritesItsPagesAndKeepsTheOthersAsTheyWere() throws Exception {
    Path content = tmp.resolve("content");
    TestFiles.copyTree(Path.of("content"), content);
    Path out = tmp.resolve("site");
    assertTrue(build(content, out).ok());
    Path hearing = out.resolve("nb/horinger/regional-naeringsstrategi/index.html");
    Path about = out.resolve("nb/om/index.html");
    Files.setLastModifiedTime(hearing, PAST);
    Files.setLastModifiedTime(about, PAST);
    Object hearingInode = Files.getAttribute(hearing, "unix:ino");

    Path page = content.resolve("pages/om.nb.md");
    Files.writeString(page, Files.readString(page) + "\nEn ny setning.\n");
    BuildResult second = build(content, out);
    assertTrue(second.ok(), second.problems().all().toString());

    assertEquals(PAST, Files.getLastModifiedTime(hearing), "an unchanged page keeps its date");
    assertEquals(hearingInode, Files.getAttribute(hearing, "unix:ino"));
    assertNotEquals(PAST, Files.getLastModifiedTime(about), "the edited page is written anew");
    assertTrue(Files.readString(about).contains("En ny setning."));
    assertEquals(build(content, tmp.resolve("fresh")).files(), second.files());
    try (Stream<Path> s = Files.walk(out)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Path fresh = tmp.resolve("fresh").resolve(out.relativize(f).toString());
        assertEquals(-1, Files.mismatch(f, fresh), "the same bytes as a fresh build: " + f);
      }
    }
  }

  private static BuildResult build(Path content, Path out) throws IOException {
    return Builder.build(new BuildOptions(content, Path.of("templates"), out, null, DATE, false));
  }
}

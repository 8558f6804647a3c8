package no.planvev.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  @TempDir Path tmp;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Object inode(Path p) throws Exception {
    return Files.readAttributes(p, "unix:ino").get("ino");
  }

  @Test
  void anUnchangedFileKeepsItsInodeAndTimeAndAChangedOneIsWrittenAnew() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("same"));
      w.write("nb/b/index.html", utf8("old"));
      w.commit();
    }
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out.resolve("nb/a/index.html"), past);
    Files.setLastModifiedTime(out.resolve("nb/b/index.html"), past);
    Object inodeA = inode(out.resolve("nb/a/index.html"));
    Object inodeB = inode(out.resolve("nb/b/index.html"));

    long kept;
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("same"));
      w.write("nb/b/index.html", utf8("new"));
      w.write("nb/c/index.html", utf8("added"));
      w.commit();
      kept = w.kept();
    }
    assertEquals(1, kept);
    assertEquals(past, Files.getLastModifiedTime(out.resolve("nb/a/index.html")));
    assertEquals(inodeA, inode(out.resolve("nb/a/index.html")));
    assertNotEquals(past, Files.getLastModifiedTime(out.resolve("nb/b/index.html")));
    assertNotEquals(inodeB, inode(out.resolve("nb/b/index.html")));
    assertArrayEquals(utf8("new"), Files.readAllBytes(out.resolve("nb/b/index.html")));
    assertArrayEquals(utf8("added"), Files.readAllBytes(out.resolve("nb/c/index.html")));
    try (var s = Files.list(tmp)) {
      assertEquals(1, s.count(), "only the site is left beside it");
    }
  }

  @Test
  void aFileOfTheSameLengthButOtherBytesIsWritten() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("x.txt", utf8("abc"));
      w.commit();
    }
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("x.txt", utf8("abd"));
      w.commit();
      assertEquals(0, w.kept());
    }
    assertArrayEquals(utf8("abd"), Files.readAllBytes(out.resolve("x.txt")));
  }

  @Test
  void aSymbolicLinkInTheOldOutputIsNotCarriedOver() throws Exception {
    Path out = tmp.resolve("site");
    Files.createDirectories(out);
    Path elsewhere = Files.writeString(tmp.resolve("secret.txt"), "abc");
    Files.createSymbolicLink(out.resolve("x.txt"), elsewhere);
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("x.txt", utf8("abc"));
      w.commit();
    }
    assertFalse(Files.isSymbolicLink(out.resolve("x.txt")));
    assertArrayEquals(utf8("abc"), Files.readAllBytes(out.resolve("x.txt")));
  }

  @Test
  void aCopiedFileEqualToTheOldOneIsKept() throws Exception {
    Path out = tmp.resolve("site");
    Path src = Files.writeString(tmp.resolve("style.css"), "body{}");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.copy("static/style.css", src);
      w.commit();
    }
    Object before = inode(out.resolve("static/style.css"));
    try (SiteWriter w = SiteWriter.open(out)) {
      w.copy("static/style.css", src);
      w.commit();
      assertEquals(1, w.kept());
    }
    assertEquals(before, inode(out.resolve("static/style.css")));
  }

  @Test
  void manyThreadsWriteIntoTheSameFolders() throws Exception {
    Path out = tmp.resolve("site");
    var pool = Executors.newFixedThreadPool(8);
    try (SiteWriter w = SiteWriter.open(out)) {
      for (int i = 0; i < 400; i++) {
        int n = i;
        pool.submit(
            () -> {
              w.write("nb/d" + (n % 7) + "/p" + n + "/index.html", utf8("page " + n));
              return null;
            });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
      w.commit();
    }
    for (int i = 0; i < 400; i++) {
      assertEquals(
          "page " + i, Files.readString(out.resolve("nb/d" + (i % 7) + "/p" + i + "/index.html")));
    }
  }

  private static java.util.SortedMap<String, String> tree(Path root) throws Exception {
    java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
    try (var s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          files.put(rel, "link");
        } else if (Files.isDirectory(p)) {
          files.put(rel + "/", "");
        } else {
          files.put(rel, Files.readString(p));
        }
      }
    }
    return files;
  }

  /** What a first build of exactly these files into an empty place leaves. */
  private java.util.SortedMap<String, String> fresh(java.util.Map<String, String> files)
      throws Exception {
    Path out = Files.createTempDirectory(tmp, "fresh").resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      for (var e : files.entrySet()) w.write(e.getKey(), utf8(e.getValue()));
      w.commit();
    }
    return tree(out);
  }

  @Test
  void aSecondBuildRemovesWhatIsGoneAndEmptiedFoldersAndSwapsFilesAndFolders() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("a"));
      w.write("nb/gone/deep/index.html", utf8("gone"));
      w.write("nb/x", utf8("x was a file"));
      w.write("nb/y/index.html", utf8("y was a folder"));
      w.commit();
    }
    var second = new java.util.TreeMap<String, String>();
    second.put("nb/a/index.html", "a");
    second.put("nb/x/index.html", "x is a folder");
    second.put("nb/y", "y is a file");
    second.put("en/new/index.html", "new");
    try (SiteWriter w = SiteWriter.open(out)) {
      for (var e : second.entrySet()) w.write(e.getKey(), utf8(e.getValue()));
      w.commit();
      assertEquals(1, w.kept(), "nb/a");
    }
    assertEquals(fresh(second), tree(out));
    try (var s = Files.list(tmp)) {
      assertEquals(
          java.util.List.of("site"),
          s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("fresh")).toList());
    }
  }

  @Test
  void aLinkedFolderInTheOldOutputIsNeverWrittenThrough() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("a"));
      w.commit();
    }
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/a"));
    Files.writeString(elsewhere.resolve("index.html"), "a");
    Files.writeString(elsewhere.resolve("keep.txt"), "mine");
    SiteWriterAccess.deleteTree(out.resolve("nb"));
    Files.createSymbolicLink(out.resolve("nb"), tmp.resolve("elsewhere"));
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("a"));
      w.write("nb/b/index.html", utf8("b"));
      w.commit();
    }
    assertFalse(Files.isSymbolicLink(out.resolve("nb")));
    assertEquals(
        fresh(java.util.Map.of("nb/a/index.html", "a", "nb/b/index.html", "b")), tree(out));
    assertEquals("mine", Files.readString(elsewhere.resolve("keep.txt")));
    assertFalse(Files.exists(elsewhere.resolve("../b")));
  }

  @Test
  void aCommitCutShortIsFinishedByTheNextBuild() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out)) {
      w.write("nb/a/index.html", utf8("a"));
      w.write("nb/b/index.html", utf8("b"));
      w.commit();
    }
    SiteWriter cut = SiteWriter.open(out);
    cut.write("nb/a/index.html", utf8("a2"));
    cut.write("nb/c/index.html", utf8("c"));
    cut.journal(); // killed right after the journal was written: nothing carried out yet
    cut.close();
    assertEquals("b", Files.readString(out.resolve("nb/b/index.html")));
    try (SiteWriter w = SiteWriter.open(out)) {
      // Opening finishes the cut commit first; then this build writes nothing new.
      assertEquals("a2", Files.readString(out.resolve("nb/a/index.html")));
      assertFalse(Files.exists(out.resolve("nb/b")));
      w.write("nb/a/index.html", utf8("a2"));
      w.write("nb/c/index.html", utf8("c"));
      w.commit();
      assertEquals(2, w.kept());
    }
    assertEquals(
        fresh(java.util.Map.of("nb/a/index.html", "a2", "nb/c/index.html", "c")), tree(out));
  }
}

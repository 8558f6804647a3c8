package no.planvev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copying and removing folders for tests that build on a copy of a site. */
public final class TestFiles {

  private TestFiles() {}

  /** Copies {@code from} into {@code to}, folders included, replacing files that are there. */
  public static void copyTree(Path from, Path to) throws IOException {
    copyTree(from, to, List.of());
  }

  /** As {@link #copyTree(Path, Path)}, leaving out the top-level entries named in {@code skip}. */
  public static void copyTree(Path from, Path to, List<String> skip) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() == 1 && skip.contains(rel.toString())) continue;
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Removes {@code p} and everything in it; nothing when it is not there. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }

  /** Every regular file under {@code root} by its path relative to it ('/'), with its bytes. */
  public static SortedMap<String, byte[]> readTree(Path root) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) return files;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /**
   * The same paths with the same bytes; a file that differs is shown as text first, so that the
   * failure says where.
   */
  public static void assertSameTree(SortedMap<String, byte[]> want, SortedMap<String, byte[]> got) {
    assertEquals(want.keySet(), got.keySet());
    for (String path : want.keySet()) {
      if (!Arrays.equals(want.get(path), got.get(path))) {
        assertEquals(
            new String(want.get(path), StandardCharsets.UTF_8),
            new String(got.get(path), StandardCharsets.UTF_8),
            path);
      }
      assertArrayEquals(want.get(path), got.get(path), path);
    }
  }
}

package no.planvev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
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
}

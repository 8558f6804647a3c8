package no.planvev.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planvev.diag.SourcePos;

/**
 * Finds where a link is written in a content file after loading, to point at it when the link
 * checker finds it broken in the HTML (the model keeps the positions of keys, see {@link
 * no.planvev.model.Provenance}, but not of links inside Markdown).
 */
final class SourceFiles {

  private final Path contentDir;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  /** The regular files of each folder (by its content-relative path), listed once. */
  private final Map<String, java.util.Set<String>> folders = new ConcurrentHashMap<>();

  private final Map<String, java.util.concurrent.atomic.AtomicInteger> asked =
      new ConcurrentHashMap<>();
  private static final int FEW = 32;

  SourceFiles(Path contentDir) {
    this.contentDir = contentDir;
  }

  boolean exists(String path) {
    if (contentDir == null) return false;
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    java.util.Set<String> names = folders.get(folder);
    if (names == null) {
      // A few questions (a preview check of one changed file) are cheaper as a stat apiece.
      if (asked
              .computeIfAbsent(folder, f -> new java.util.concurrent.atomic.AtomicInteger())
              .incrementAndGet()
          <= FEW) {
        return Files.isRegularFile(contentDir.resolve(path));
      }
      names = folders.computeIfAbsent(folder, this::list);
    }
    return names.contains(path.substring(slash + 1));
  }

  /** One listing of a folder answers every question about its files (a site has thousands). */
  private java.util.Set<String> list(String folder) {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (var s = Files.newDirectoryStream(contentDir.resolve(folder))) {
      // Names only: asking each entry whether it is a file would cost a stat apiece. A folder
      // named like a content file is reported by the loader already.
      for (Path p : s) names.add(p.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      // A folder that is not there (or not readable) has no files to point at.
    }
    return names;
  }

  /** Where {@code text} first occurs in {@code path}, or null. */
  SourcePos find(String path, String text) {
    List<String> lines = lines(path);
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(text);
      if (at >= 0) return new SourcePos(path, i + 1, at + 1);
    }
    return null;
  }

  private List<String> lines(String path) {
    return cache.computeIfAbsent(
        path,
        p -> {
          if (!exists(p)) return List.of();
          try {
            String text = Files.readString(contentDir.resolve(p), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return new ArrayList<>(text.lines().toList());
          } catch (IOException | RuntimeException e) {
            return List.of();
          }
        });
  }
}

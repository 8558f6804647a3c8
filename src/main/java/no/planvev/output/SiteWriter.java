package no.planvev.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a whole site so that the published folder is never half-built: everything goes into a
 * fresh folder beside the output ({@code .site.tmp-<pid>}), and only when all of it is written
 * does it replace the output, by renaming the old one aside ({@code .site.old}) and the new one
 * in. A build killed between the two renames leaves the old site aside; the next run puts it back
 * ({@link #recover}) before doing anything else.
 *
 * <p>A file whose bytes equal the file at the same path in the current output is not written
 * again: the new folder gets a hard link to the old file, so it keeps its modification time and
 * static hosts and {@code rsync} see only real changes. Writes are safe from several threads.
 *
 * <p>Every site gets the file {@link OutputFolder#MARKER}, by which the next build knows the
 * folder as planvev's. {@code output} must be checked by {@link OutputFolder#check} first and
 * have its links resolved: the folder is renamed, never a link to it.
 */
public final class SiteWriter implements AutoCloseable {

  private final Path output;
  private final Path staging;
  private final boolean hasOld;
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final LongAdder kept = new LongAdder();
  private volatile boolean committed;

  private SiteWriter(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
    this.hasOld = Files.isDirectory(output);
  }

  /** Prepares a staging folder beside {@code output}; the output itself is not touched. */
  public static SiteWriter open(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    recover(out);
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + out.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    deleteTree(staging);
    Files.createDirectory(staging);
    // The marker tells the next build that this folder is planvev's to replace (OutputFolder).
    Files.writeString(staging.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT,
        StandardCharsets.UTF_8);
    return new SiteWriter(out, staging);
  }

  /** Writes one file of the site; {@code path} is relative to the site root, with slashes. */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    folder(target.getParent());
    if (keepOld(path, bytes, target)) return;
    Files.write(target, bytes);
  }

  /** Copies one file into the site. */
  public void copy(String path, Path source) throws IOException {
    Path target = resolve(path);
    folder(target.getParent());
    Path old = output.resolve(path);
    if (hasOld && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        && Files.size(old) == Files.size(source) && Files.mismatch(old, source) == -1
        && link(target, old)) {
      return;
    }
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** How many files were the same as in the old output, and kept as they were. */
  public long kept() {
    return kept.sum();
  }

  private void folder(Path dir) throws IOException {
    if (folders.contains(dir)) return;
    Files.createDirectories(dir);
    folders.add(dir);
  }

  /** Links the old output's file when its bytes equal {@code bytes}; false when it cannot. */
  private boolean keepOld(String path, byte[] bytes, Path target) throws IOException {
    if (!hasOld) return false;
    Path old = output.resolve(path);
    try {
      var attrs = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attrs.isRegularFile() || attrs.size() != bytes.length) return false;
      if (!Arrays.equals(Files.readAllBytes(old), bytes)) return false;
    } catch (IOException e) {
      return false;
    }
    return link(target, old);
  }

  private boolean link(Path target, Path old) {
    try {
      Files.createLink(target, old);
      kept.increment();
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;  // a file system without hard links: write the bytes instead
    }
  }

  private Path resolve(String path) {
    Path target = staging.resolve(path).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException("output path outside the site: " + path);
    }
    return target;
  }

  /** Replaces the output with what was written. */
  public void commit() throws IOException {
    Path old = aside(output);
    if (Files.exists(output)) {
      deleteTree(old);
      Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    deleteTree(old);
  }

  /** Drops the staging folder unless committed; the output stays as it was. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Puts back an output that a killed build left aside, and removes stale staging folders of
   * processes that no longer run.
   */
  public static void recover(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path old = aside(out);
    if (Files.isDirectory(old)) {
      if (Files.exists(out)) {
        deleteTree(old);
      } else {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    String prefix = "." + out.getFileName() + ".tmp-";
    try (var entries = Files.list(parent)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix)) continue;
        long pid;
        try {
          pid = Long.parseLong(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
        deleteTree(p);
      }
    }
  }

  private static Path aside(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".old");
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) throw e;
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

package no.planvev.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes a whole site so that the published folder is never half-built: everything new goes into a
 * fresh folder beside the output ({@code .site.tmp-<pid>}) first, and the output is changed only
 * when all of it is written.
 *
 * <p>A first build (no output yet) renames the staging folder into place. A later build patches the
 * output in place: a file whose bytes equal the file at the same path in the current output is not
 * written at all (it keeps its inode and modification time, so static hosts and {@code rsync} see
 * only real changes); changed and new files are written to the staging folder, and at the commit a
 * journal ({@link #JOURNAL}) listing every file to move in and every old file to remove is written
 * atomically into the staging folder, then carried out: each file is renamed into place (atomic per
 * file), and folders left empty are removed. A build killed during the commit leaves the journal;
 * the next run carries out the rest of it ({@link #recover}) before doing anything else, so the
 * output ends as the killed build would have left it. A build killed before the commit leaves the
 * output as it was. A build with a one-page edit thus costs a handful of renames instead of
 * recreating (and deleting) every file and folder of the site. Writes are safe from several
 * threads.
 *
 * <p>Every site gets the file {@link OutputFolder#MARKER}, by which the next build knows the folder
 * as planvev's. {@code output} must be checked by {@link OutputFolder#check} first and have its
 * links resolved: the folder is renamed, never a link to it; a symbolic link inside the old output
 * is never written through (it is removed, and a real file or folder takes its place).
 */
public final class SiteWriter implements AutoCloseable {

  /** The commit journal's name inside the staging folder (see the class comment). */
  static final String JOURNAL = ".planvev-commit";

  private static final int JOURNAL_MAGIC = 0x706c6a31; // "plj1"

  private final Path output;
  private final Path staging;
  private final boolean hasOld;

  /** The old output's regular files (not through links) and their sizes; empty when none. */
  private final Map<String, Long> oldFiles;

  /** The old output's regular files' modification times (nanoseconds). */
  private final Map<String, Long> oldTimes;

  /**
   * What was in the output before this build: its regular files (not through links) with their
   * sizes and modification times (nanoseconds), and the entries that are neither regular files nor
   * folders (links and such); all empty when there was no output.
   */
  private record Old(Map<String, Long> files, Map<String, Long> times, List<String> others) {}

  /** The output's folders as {@link #committedStats} found them when it listed the output. */
  private Map<String, Long> walkedFolders;

  /** What the last commit did: the files it removed and moved in; null before. */
  private Journal done;

  /** A file's size and modification time (nanoseconds since the epoch). */
  public record Stat(long size, long modified) {}

  /** The old output's entries that are neither regular files nor folders (links and such). */
  private final List<String> oldOthers;

  /** Every path of the new site, kept or staged. */
  private final Set<String> paths;

  /** The paths written into the staging folder (changed or new). */
  private final Set<String> staged = ConcurrentHashMap.newKeySet();

  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final LongAdder kept = new LongAdder();
  private volatile boolean committed;
  private volatile boolean journaled;

  private SiteWriter(Path output, Path staging, boolean hasOld, Old old) {
    this.output = output;
    this.staging = staging;
    this.hasOld = hasOld;
    oldFiles = old.files();
    oldTimes = old.times();
    paths = ConcurrentHashMap.newKeySet(oldFiles.size() * 4 / 3 + 64);
    oldOthers = old.others();
  }

  /** Prepares a staging folder beside {@code output}; the output itself is not touched. */
  public static SiteWriter open(Path output) throws IOException {
    return open(output, null);
  }

  /**
   * As {@link #open(Path)}, but when {@code known} is not null it is taken as the old output's
   * files (not {@link OutputFolder#MARKER}) with their sizes and dates instead of walking the
   * folder: for a caller that has just looked at every one of them, and at every folder, and found
   * them as a build left them (a build state: 20,000 folders cost half a second to list).
   */
  public static SiteWriter open(Path output, Map<String, Stat> known) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    recover(out);
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging =
        parent.resolve("." + out.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    boolean hasOld = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS);
    // A commit of this process that failed half-way (same pid) is finished first.
    if (hasOld && Files.isRegularFile(staging.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
      replay(out, staging, staging.resolve(JOURNAL));
    }
    deleteTree(staging);
    Files.createDirectory(staging);
    Map<String, Long> files = new HashMap<>();
    Map<String, Long> times = new HashMap<>();
    List<String> others = new ArrayList<>();
    if (hasOld && known != null) {
      known.forEach(
          (p, st) -> {
            files.put(p, st.size());
            times.put(p, st.modified());
          });
      Path marker = out.resolve(OutputFolder.MARKER);
      if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
        files.put(OutputFolder.MARKER, Files.size(marker));
        times.put(OutputFolder.MARKER, 0L);
      }
    } else if (hasOld) {
      listFiles(out, files, times, others);
    }
    SiteWriter w = new SiteWriter(out, staging, hasOld, new Old(files, times, others));
    // The marker tells the next build that this folder is planvev's to replace (OutputFolder).
    w.write(OutputFolder.MARKER, OutputFolder.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    w.kept.reset(); // kept() counts the site's own files
    return w;
  }

  /**
   * The regular files under {@code root} (links are not followed) with their sizes into {@code
   * files}, every other entry that is not a folder (a link, ...) into {@code others}.
   */
  private static void listFiles(
      Path root, Map<String, Long> files, Map<String, Long> times, List<String> others)
      throws IOException {
    listFiles(root, files, times, others, null);
  }

  /** As above, with every folder and its date into {@code folders} when it is not null. */
  private static void listFiles(
      Path root,
      Map<String, Long> files,
      Map<String, Long> times,
      List<String> others,
      Map<String, Long> folders)
      throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (folders != null) {
              folders.put(relative(root, dir), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              String rel = relative(root, file);
              files.put(rel, attrs.size());
              times.put(
                  rel, attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } else {
              others.add(relative(root, file));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Writes one file of the site; {@code path} is relative to the site root, with slashes. */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    paths.add(path);
    if (keepOld(path, bytes)) return;
    folder(target.getParent());
    Files.write(target, bytes);
    staged.add(path);
  }

  /** Copies one file into the site. */
  public void copy(String path, Path source) throws IOException {
    Path target = resolve(path);
    paths.add(path);
    Long size = oldFiles.get(path);
    if (size != null
        && size == Files.size(source)
        && Files.mismatch(output.resolve(path), source) == -1) {
      kept.increment();
      return;
    }
    folder(target.getParent());
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    staged.add(path);
  }

  /**
   * Keeps the old output's file at {@code path} as it is, unread: for a file the caller knows to be
   * unchanged (a build state that checked the output's sizes and dates). False when there is none.
   */
  public boolean keep(String path) {
    // A path of the old output lies in it: no need to check it as write() does.
    if (!oldFiles.containsKey(path)) return false;
    paths.add(path);
    kept.increment();
    return true;
  }

  /**
   * The old output's files (not {@link OutputFolder#MARKER}, nor anything but regular files) with
   * their sizes and dates, as found when this writer was opened; null when the output had entries
   * that are not regular files or folders (links).
   */
  public Map<String, Stat> oldStats() {
    if (!oldOthers.isEmpty()) return null;
    Map<String, Stat> out = new HashMap<>(oldFiles.size() * 2);
    oldFiles.forEach(
        (p, size) -> {
          if (!p.equals(OutputFolder.MARKER)) out.put(p, new Stat(size, oldTimes.get(p)));
        });
    return out;
  }

  /**
   * The output's files with their sizes and dates after {@link #commit} (as {@link #oldStats}):
   * only the files moved in are looked at again, when there was an old output.
   */
  public Map<String, Stat> committedStats() throws IOException {
    if (!committed) throw new IllegalStateException("not committed");
    Map<String, Stat> out;
    if (done == null) {
      Map<String, Long> files = new HashMap<>();
      Map<String, Long> times = new HashMap<>();
      List<String> others = new ArrayList<>();
      walkedFolders = new HashMap<>();
      listFiles(output, files, times, others, walkedFolders);
      if (!others.isEmpty()) return null;
      out = new HashMap<>(files.size() * 2);
      for (var e : files.entrySet())
        out.put(e.getKey(), new Stat(e.getValue(), times.get(e.getKey())));
    } else {
      out = oldStats();
      if (out == null) return null;
      for (String p : done.removed()) out.remove(p);
      for (String p : done.moved()) {
        BasicFileAttributes a =
            Files.readAttributes(
                output.resolve(p), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        out.put(
            p,
            new Stat(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
      }
    }
    out.remove(OutputFolder.MARKER);
    return out;
  }

  /**
   * The output's folders (relative to it, with slashes; {@code ""} is the output itself) with their
   * modification times (nanoseconds) after {@link #commit}: the folders the commit added to or
   * removed from, and those dated -1 in {@code before}, are looked at again, the others taken from
   * {@code before}; every folder is listed when {@code before} is null or the output was made new.
   */
  public Map<String, Long> committedFolders(Map<String, Long> before) throws IOException {
    if (!committed) throw new IllegalStateException("not committed");
    if (walkedFolders != null) return walkedFolders;
    Map<String, Long> out = new HashMap<>();
    if (done == null || before == null) {
      listFiles(output, new HashMap<>(), new HashMap<>(), new ArrayList<>(), out);
      return out;
    }
    out.putAll(before);
    Set<String> touched = new java.util.HashSet<>();
    before.forEach(
        (d, t) -> {
          if (t == -1) touched.add(d);
        });
    for (List<String> paths : List.of(done.removed(), done.moved())) {
      for (String p : paths) {
        for (int i = p.lastIndexOf('/'); ; i = p.lastIndexOf('/', i - 1)) {
          if (!touched.add(i < 0 ? "" : p.substring(0, i)) || i < 0) break;
        }
      }
    }
    for (String d : touched) {
      Path dir = d.isEmpty() ? output : output.resolve(d);
      try {
        BasicFileAttributes a =
            Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          out.put(d, a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
          continue;
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // removed: emptied by the commit
      }
      out.remove(d);
    }
    return out;
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

  /** Whether the old output's file at {@code path} holds {@code bytes} (then it stays). */
  private boolean keepOld(String path, byte[] bytes) {
    Long size = oldFiles.get(path);
    if (size == null || size != bytes.length) return false;
    try {
      if (!Arrays.equals(Files.readAllBytes(output.resolve(path)), bytes)) return false;
    } catch (IOException e) {
      return false;
    }
    kept.increment();
    return true;
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
    if (!hasOld) {
      Path old = aside(output);
      if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(old);
        Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      deleteTree(old);
      return;
    }
    Journal j = journal();
    apply(output, staging, j.removed(), j.moved());
    done = j;
    committed = true;
    deleteTree(staging);
  }

  private record Journal(List<String> removed, List<String> moved) {}

  /** Writes the commit journal (what to remove, what to move in) into the staging folder. */
  Journal journal() throws IOException {
    List<String> removed = new ArrayList<>();
    for (String p : oldFiles.keySet()) {
      if (!paths.contains(p)) removed.add(p);
    }
    // Anything in the old output that is not a regular file (a link, a socket) goes too.
    for (String p : oldOthers) {
      if (!paths.contains(p)) removed.add(p);
    }
    Collections.sort(removed);
    List<String> moved = new ArrayList<>(new TreeSet<>(staged));
    Path tmp = staging.resolve(JOURNAL + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeInt(JOURNAL_MAGIC);
      out.writeInt(removed.size());
      for (String p : removed) out.writeUTF(p);
      out.writeInt(moved.size());
      for (String p : moved) out.writeUTF(p);
      out.writeInt(JOURNAL_MAGIC);
    }
    Files.move(tmp, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
    journaled = true;
    return new Journal(removed, moved);
  }

  /**
   * Carries out a commit journal: removes the old files, removes folders left empty, then renames
   * the staged files into place (a file still missing from the staging folder was moved already).
   */
  private static void apply(Path output, Path staging, List<String> removed, List<String> moved)
      throws IOException {
    Set<Path> emptied = new TreeSet<>(Collections.reverseOrder());
    for (String p : removed) {
      Path f = output.resolve(p);
      if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(f);
      } else {
        Files.deleteIfExists(f);
      }
      for (Path d = f.getParent();
          d != null && !d.equals(output) && d.startsWith(output);
          d = d.getParent()) {
        emptied.add(d);
      }
    }
    // Deepest first (reverse order puts a folder after everything below it).
    for (Path d : emptied) {
      if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) continue;
      try (var entries = Files.list(d)) {
        if (entries.findAny().isPresent()) continue;
      }
      Files.deleteIfExists(d);
    }
    Set<Path> made = new java.util.HashSet<>();
    for (String p : moved) {
      Path from = staging.resolve(p);
      if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue;
      Path to = output.resolve(p);
      Path dir = to.getParent();
      if (made.add(dir)) {
        // A link or a file where a folder must be: it is in the removed list unless the old
        // output changed under the build; never write through it.
        for (Path d = dir; d != null && !d.equals(output); d = d.getParent()) {
          if (Files.isSymbolicLink(d) || Files.isRegularFile(d, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(d);
          }
        }
        Files.createDirectories(dir);
      }
      if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) deleteTree(to);
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Drops the staging folder unless committed; the output stays as it was. */
  @Override
  public void close() {
    if (!committed && !journaled) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Finishes the commit of a killed build (its journal), puts back an output that a killed first
   * build left aside, and removes stale staging folders of processes that no longer run.
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
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix)) continue;
        long pid;
        try {
          pid = Long.parseLong(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
        Path journal = p.resolve(JOURNAL);
        if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)
            && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
          replay(out, p, journal);
        }
        deleteTree(p);
      }
    }
  }

  private static void replay(Path out, Path staging, Path journal) throws IOException {
    List<String> removed = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(journal)))) {
      if (in.readInt() != JOURNAL_MAGIC) return;
      for (int i = in.readInt(); i > 0; i--) removed.add(in.readUTF());
      for (int i = in.readInt(); i > 0; i--) moved.add(in.readUTF());
      if (in.readInt() != JOURNAL_MAGIC) return;
    } catch (EOFException e) {
      return; // written to a temporary name and renamed: never seen half-written
    }
    for (String p : removed) check(out, p);
    for (String p : moved) check(out, p);
    apply(out, staging, removed, moved);
  }

  /** A journal's path must stay inside the output. */
  private static void check(Path out, String p) throws IOException {
    Path r = out.resolve(p).normalize();
    if (!r.startsWith(out) || r.equals(out)) throw new IOException("bad journal path: " + p);
  }

  private static Path aside(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".old");
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
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

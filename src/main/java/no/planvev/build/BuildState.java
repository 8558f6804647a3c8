package no.planvev.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import no.planvev.cache.RecordCodec;
import no.planvev.diag.Problem;
import no.planvev.model.SiteConfig;
import no.planvev.model.Unit;
import no.planvev.output.SiteWriter;
import no.planvev.source.ContentLoader;
import no.planvev.validate.PageLinks;

/**
 * What a {@code planvev build} leaves for the next one in the build cache folder, so that a build
 * after a small edit reads, renders and writes only what changed: every content file's size and
 * date (the next build finds what changed by looking at them, no watcher), the loaded units (an
 * unchanged unit is not read again), which unit each page was made from and the chrome it was made
 * in (a page whose unit and chrome are unchanged stays in the output as it is), every page's links
 * and ids (the link check needs no page read again), the data and sitemap files' inputs, and the
 * output's files with their sizes and dates (an output changed since is rebuilt the ordinary way).
 *
 * <p>Two files per output folder: {@code state-<id>.bin} (written to a temporary name and renamed,
 * so never seen half-written; a checksum over all of it) and {@code units-<id>-<n>.bin}, the
 * encoded units, appended to by later builds (each unit with its own checksum) and rewritten when
 * it holds more than twice what the state uses. The state names everything it depends on in its key
 * (planvev's version and jar, the folders, the theme's fingerprint, the date, the options): a state
 * with another key is not used; one of another planvev, or damaged, is ignored with one warning.
 * Nothing is trusted unchecked.
 */
final class BuildState {

  private static final byte[] MAGIC = "PLVSTATE".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 3;

  /** A file (or, with size -1, a folder) of the content, relative to it; its date in ns. */
  record FileStat(String path, long size, long modified) {}

  /** Files by path, size and modification time, as three columns. */
  record Stats(String[] paths, long[] sizes, long[] times) {

    static Stats of(List<FileStat> files) {
      int n = files.size();
      Stats out = new Stats(new String[n], new long[n], new long[n]);
      for (int i = 0; i < n; i++) {
        FileStat f = files.get(i);
        out.paths[i] = f.path();
        out.sizes[i] = f.size();
        out.times[i] = f.modified();
      }
      return out;
    }

    List<FileStat> list() {
      List<FileStat> out = new ArrayList<>(paths.length);
      for (int i = 0; i < paths.length; i++) out.add(new FileStat(paths[i], sizes[i], times[i]));
      return out;
    }
  }

  /** Where a unit's encoding is in the units file; section "" is the site. */
  record UnitRef(String section, String key, long offset, int length, int crc) {}

  /** A page: its file, the unit it was made from (index, or -1), its links and ids. */
  record PageRef(String file, int unit, String[] links, String[] ids) {}

  /** The state as written. */
  record Saved(
      String key,
      String units,
      long unitsLength,
      List<FileStat> content,
      List<FileStat> output,
      List<FileStat> folders,
      UnitRef site,
      List<UnitRef> unitRefs,
      byte[] chrome,
      // The build's problems and translation coverage (WarmBuild.Replay as codec bytes), for a
      // build in which nothing changed; null when the codec cannot write them.
      byte[] replay,
      List<PageRef> pages,
      List<String> data,
      long sitemapKey,
      List<String> sitemap,
      // The checksum of the state file's body, and the page edits applied to it since (see
      // Edits); 0 and null for a state being written.
      int crc,
      Edits edits) {

    /** This state as read from a file with the checksum {@code crc}, with {@code e} applied. */
    Saved read(int crc, Edits edits) {
      Edits e =
          edits != null
              ? edits
              : new Edits(
                  crc,
                  unitsLength,
                  List.of(),
                  new int[0],
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of());
      List<UnitRef> refs = new ArrayList<>(unitRefs);
      for (int i = 0; i < e.unitIndexes().length; i++) {
        int at = e.unitIndexes()[i];
        if (at < 0 || at >= refs.size()) throw new RecordCodec.Damaged("edited unit");
        refs.set(at, e.units().get(i));
      }
      Map<String, PageRef> edited = new HashMap<>();
      for (PageRef p : e.pages()) edited.put(p.file(), p);
      List<PageRef> ps = edited.isEmpty() ? pages : new ArrayList<>(pages.size());
      if (!edited.isEmpty()) {
        for (PageRef p : pages) ps.add(edited.getOrDefault(p.file(), p));
      }
      return new Saved(
          key,
          units,
          e.unitsLength(),
          replaced(content, e.content()),
          replaced(output, e.output()),
          replaced(folders, e.folders()),
          site,
          refs,
          chrome,
          replay,
          ps,
          data,
          sitemapKey,
          sitemap,
          crc,
          e);
    }
  }

  /**
   * What page edits ({@link PageEdit}) changed in the state file whose body has the checksum {@code
   * base}, kept beside it in {@code edits-<id>.bin} so that an edit need not write the whole state:
   * the content files, output files and folders whose entries differ (by path), the units appended
   * to the units file (by index in the state's units) and its new length, and the pages made again
   * with their links. Applied when the state is read; a state written whole makes them void.
   */
  record Edits(
      int base,
      long unitsLength,
      List<FileStat> content,
      int[] unitIndexes,
      List<UnitRef> units,
      List<FileStat> output,
      List<FileStat> folders,
      List<PageRef> pages) {

    /** How many entries these edits hold. */
    int size() {
      return content.size() + units.size() + output.size() + folders.size() + pages.size();
    }

    /** These edits followed by {@code later} (whose entries win). */
    Edits then(Edits later) {
      Map<Integer, UnitRef> us = new java.util.TreeMap<>();
      for (int i = 0; i < unitIndexes.length; i++) us.put(unitIndexes[i], units.get(i));
      for (int i = 0; i < later.unitIndexes.length; i++) {
        us.put(later.unitIndexes[i], later.units.get(i));
      }
      Map<String, PageRef> ps = new LinkedHashMap<>();
      for (PageRef p : pages) ps.put(p.file(), p);
      for (PageRef p : later.pages) ps.put(p.file(), p);
      return new Edits(
          base,
          later.unitsLength,
          merged(content, later.content),
          us.keySet().stream().mapToInt(Integer::intValue).toArray(),
          List.copyOf(us.values()),
          merged(output, later.output),
          merged(folders, later.folders),
          List.copyOf(ps.values()));
    }

    private static List<FileStat> merged(List<FileStat> a, List<FileStat> b) {
      Map<String, FileStat> m = new LinkedHashMap<>();
      for (FileStat f : a) m.put(f.path(), f);
      for (FileStat f : b) m.put(f.path(), f);
      return List.copyOf(m.values());
    }
  }

  /** {@code list} with each entry whose path {@code edits} names replaced by that entry. */
  private static List<FileStat> replaced(List<FileStat> list, List<FileStat> edits) {
    if (edits.isEmpty()) return list;
    Map<String, FileStat> m = new HashMap<>(edits.size() * 2);
    for (FileStat f : edits) m.put(f.path(), f);
    List<FileStat> out = new ArrayList<>(list.size());
    for (FileStat f : list) {
      FileStat e = m.get(f.path());
      out.add(e != null ? e : f);
    }
    return out;
  }

  /**
   * {@link Saved} as written: in columns of plain arrays, which the codec writes and reads in tight
   * loops (a record costs a reflective call per component).
   */
  record Packed(
      String key,
      String units,
      long unitsLength,
      Stats content,
      Stats output,
      Stats folders,
      String[] unitSections,
      String[] unitKeys,
      long[] unitOffsets,
      int[] unitLengths,
      int[] unitCrcs,
      byte[] chrome,
      byte[] replay,
      String[] pageFiles,
      int[] pageUnits,
      int[] linkCounts,
      String[] links,
      int[] idCounts,
      String[] ids,
      String[] data,
      long sitemapKey,
      String[] sitemap) {

    static Packed of(Saved s) {
      List<UnitRef> us = new ArrayList<>(s.unitRefs());
      us.add(s.site());
      int nu = us.size();
      String[] sec = new String[nu];
      String[] key = new String[nu];
      long[] off = new long[nu];
      int[] len = new int[nu];
      int[] crc = new int[nu];
      for (int i = 0; i < nu; i++) {
        UnitRef r = us.get(i);
        sec[i] = r.section();
        key[i] = r.key();
        off[i] = r.offset();
        len[i] = r.length();
        crc[i] = r.crc();
      }
      int np = s.pages().size();
      String[] pf = new String[np];
      int[] pu = new int[np];
      int[] lc = new int[np];
      int[] ic = new int[np];
      List<String> links = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < np; i++) {
        PageRef p = s.pages().get(i);
        pf[i] = p.file();
        pu[i] = p.unit();
        lc[i] = p.links().length;
        ic[i] = p.ids().length;
        links.addAll(Arrays.asList(p.links()));
        ids.addAll(Arrays.asList(p.ids()));
      }
      return new Packed(
          s.key(),
          s.units(),
          s.unitsLength(),
          Stats.of(s.content()),
          Stats.of(s.output()),
          Stats.of(s.folders()),
          sec,
          key,
          off,
          len,
          crc,
          s.chrome(),
          s.replay(),
          pf,
          pu,
          lc,
          links.toArray(String[]::new),
          ic,
          ids.toArray(String[]::new),
          s.data().toArray(String[]::new),
          s.sitemapKey(),
          s.sitemap().toArray(String[]::new));
    }

    Saved unpack() {
      List<FileStat> content = this.content.list();
      List<FileStat> output = this.output.list();
      if (unitSections.length == 0) throw new RecordCodec.Damaged("no site");
      List<UnitRef> refs = new ArrayList<>(unitSections.length);
      for (int i = 0; i < unitSections.length; i++) {
        refs.add(
            new UnitRef(unitSections[i], unitKeys[i], unitOffsets[i], unitLengths[i], unitCrcs[i]));
      }
      UnitRef site = refs.remove(refs.size() - 1);
      List<PageRef> pages = new ArrayList<>(pageFiles.length);
      int l = 0;
      int d = 0;
      for (int i = 0; i < pageFiles.length; i++) {
        pages.add(
            new PageRef(
                pageFiles[i],
                pageUnits[i],
                Arrays.copyOfRange(links, l, l + linkCounts[i]),
                Arrays.copyOfRange(ids, d, d + idCounts[i])));
        l += linkCounts[i];
        d += idCounts[i];
      }
      return new Saved(
          key,
          units,
          unitsLength,
          content,
          output,
          folders.list(),
          site,
          refs,
          chrome,
          replay,
          pages,
          List.of(data),
          sitemapKey,
          List.of(sitemap),
          0,
          null);
    }
  }

  /** The content folder as listed before a build read it; null entries when it cannot be used. */
  record Scan(Map<String, FileStat> files, long at) {}

  final Saved saved;
  final SiteConfig site;
  final List<Problem> siteProblems;
  final Map<String, Map<String, Record>> units;

  /** Each restored unit's record (ContentLoader's) → its reference, by identity. */
  private final Map<Object, UnitRef> refs = new IdentityHashMap<>();

  /** Each restored unit's value (a model unit) by its index in {@code saved.unitRefs}. */
  private final Object[] values;

  private BuildState(
      Saved saved,
      SiteConfig site,
      List<Problem> siteProblems,
      Map<String, Map<String, Record>> units,
      Object[] values) {
    this.saved = saved;
    this.site = site;
    this.siteProblems = siteProblems;
    this.units = units;
    this.values = values;
  }

  private static final byte[] EDITS_MAGIC = "PLVEDITS".getBytes(StandardCharsets.US_ASCII);

  /** The file of the page edits made to the state of {@code output} since it was written. */
  static Path editsFile(Path cacheDir, Path output) {
    return cacheDir.resolve("edits-" + id(output) + ".bin");
  }

  /**
   * The page edits made to the state whose body has the checksum {@code base}; null when there are
   * none, or they are for another state (a state written whole since) or damaged: then the state
   * alone is older than the content and the output, and the next build finds what differs.
   */
  private static Edits readEdits(Path cacheDir, Path output, int base) {
    Path f = editsFile(cacheDir, output);
    if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return null;
    try {
      byte[] all = Files.readAllBytes(f);
      ByteBuffer b = ByteBuffer.wrap(all);
      if (all.length < EDITS_MAGIC.length + 12) return null;
      byte[] magic = new byte[EDITS_MAGIC.length];
      b.get(magic);
      if (!Arrays.equals(magic, EDITS_MAGIC) || b.getInt() != FORMAT) return null;
      int crc = b.getInt();
      int length = b.getInt();
      if (length != b.remaining() || crc(all, b.position(), length) != crc) return null;
      Edits e = (Edits) RecordCodec.read(all, b.position(), length);
      return e.base() == base ? e : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes {@code e} to the edits file (a temporary name renamed into place). */
  private static void writeEdits(Path cacheDir, Path output, Edits e) throws IOException {
    byte[] body = RecordCodec.write(e);
    ByteBuffer head = ByteBuffer.allocate(EDITS_MAGIC.length + 12);
    head.put(EDITS_MAGIC).putInt(FORMAT).putInt(crc(body, 0, body.length)).putInt(body.length);
    replace(editsFile(cacheDir, output), head.array(), body);
  }

  /**
   * Writes {@code head} then {@code body} to {@code f}: to a temporary name, renamed into place.
   */
  private static void replace(Path f, byte[] head, byte[] body) throws IOException {
    Path tmp = f.resolveSibling(f.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try (OutputStream o = Files.newOutputStream(tmp)) {
      o.write(head);
      o.write(body);
    }
    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The state file of {@code output} in {@code cacheDir}. */
  static Path file(Path cacheDir, Path output) {
    return cacheDir.resolve("state-" + id(output) + ".bin");
  }

  private static String id(Path output) {
    String abs = output.toAbsolutePath().normalize().toString();
    CRC32 a = new CRC32();
    a.update(abs.getBytes(StandardCharsets.UTF_8));
    return String.format(java.util.Locale.ROOT, "%08x%04x", a.getValue(), abs.length() & 0xffff);
  }

  /**
   * The state file the last build of {@code output} left in {@code cacheDir}, decoded, without its
   * units ({@link #restore}), if its key is {@code key}; null when there is none or it is for other
   * inputs; null after one warning when it is damaged or of another planvev.
   */
  static Saved readSaved(
      Path cacheDir, Path output, String stamp, String key, Consumer<String> warn) {
    Path f = file(cacheDir, output);
    if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return null;
    try {
      byte[] all = Files.readAllBytes(f);
      ByteBuffer b = ByteBuffer.wrap(all);
      byte[] magic = new byte[MAGIC.length];
      if (all.length < MAGIC.length + 16) throw new RecordCodec.Damaged("truncated");
      b.get(magic);
      if (!Arrays.equals(magic, MAGIC) || b.getInt() != FORMAT) {
        throw new RecordCodec.Damaged("not a build state");
      }
      int stampLength = b.getInt();
      if (stampLength < 0 || stampLength > b.remaining()) throw new RecordCodec.Damaged("stamp");
      String theirs = new String(all, b.position(), stampLength, StandardCharsets.UTF_8);
      b.position(b.position() + stampLength);
      if (!theirs.equals(stamp)) {
        warn.accept(
            "planvev: ignoring the build state "
                + f
                + ": another planvev wrote it (it will be replaced)");
        return null;
      }
      int crc = b.getInt();
      int length = b.getInt();
      if (length != b.remaining() || crc(all, b.position(), length) != crc) {
        throw new RecordCodec.Damaged("checksum");
      }
      long t0 = System.nanoTime();
      Saved saved = ((Packed) RecordCodec.read(all, b.position(), length)).unpack();
      Timings.step("state decoded", t0);
      return saved.key().equals(key) ? saved.read(crc, readEdits(cacheDir, output, crc)) : null;
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "planvev: ignoring the build state "
              + f
              + ": it is damaged ("
              + e.getMessage()
              + "); building without it");
      return null;
    }
  }

  /**
   * The state {@code saved} (of {@code output}) with its units read and decoded; null after one
   * warning when the units file is damaged.
   */
  static BuildState restore(Path cacheDir, Path output, Saved saved, Consumer<String> warn) {
    try {
      return restore(cacheDir, saved);
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "planvev: ignoring the build state "
              + file(cacheDir, output)
              + ": it is damaged ("
              + e.getMessage()
              + "); building without it");
      return null;
    }
  }

  private static BuildState restore(Path cacheDir, Saved saved) throws IOException {
    if (!saved.units().matches("units-[0-9a-f]+-[0-9]+\\.bin")) {
      throw new RecordCodec.Damaged("units file name");
    }
    Path uf = cacheDir.resolve(saved.units());
    byte[] bytes;
    try (var ch = Files.newByteChannel(uf, StandardOpenOption.READ)) {
      if (ch.size() < saved.unitsLength()) throw new RecordCodec.Damaged("units truncated");
      ByteBuffer bb = ByteBuffer.allocate((int) saved.unitsLength());
      while (bb.hasRemaining() && ch.read(bb) >= 0) {}
      bytes = bb.array();
    }
    long t0 = Timings.step("units file read", System.nanoTime());
    List<UnitRef> all = new ArrayList<>(saved.unitRefs());
    all.add(saved.site());
    Object[] decoded = new Object[all.size()];
    java.util.stream.IntStream.range(0, all.size())
        .parallel()
        .forEach(
            i -> {
              UnitRef r = all.get(i);
              if (r.offset() < 0 || r.length() < 0 || r.offset() + r.length() > bytes.length) {
                throw new RecordCodec.Damaged("unit out of the file");
              }
              if (crc(bytes, (int) r.offset(), r.length()) != r.crc()) {
                throw new RecordCodec.Damaged("unit checksum");
              }
              decoded[i] = RecordCodec.read(bytes, (int) r.offset(), r.length());
            });
    t0 = Timings.step("units decoded", t0);
    SiteUnit site = (SiteUnit) decoded[decoded.length - 1];
    Map<String, Map<String, Record>> units = new LinkedHashMap<>();
    Object[] values = new Object[saved.unitRefs().size()];
    BuildState s = new BuildState(saved, site.site(), site.problems(), units, values);
    for (int i = 0; i < values.length; i++) {
      UnitRef r = saved.unitRefs().get(i);
      Record u = (Record) decoded[i];
      units.computeIfAbsent(r.section(), k -> new HashMap<>()).put(r.key(), u);
      s.refs.put(u, r);
      values[i] = ContentLoader.Cache.value(u);
    }
    s.refs.put(site.site(), saved.site());
    return s;
  }

  /** The site as the state keeps it: its config and the problems of site.yaml. */
  record SiteUnit(SiteConfig site, List<Problem> problems) {}

  /**
   * Lists the content folder: every file with its size and date, every folder (size -1); null when
   * it holds something else (a link), which the state does not follow.
   */
  static Scan scan(Path content) {
    Path root = content.toAbsolutePath().normalize();
    long at = System.currentTimeMillis() * 1_000_000L;
    Map<String, FileStat> files = new HashMap<>();
    boolean[] odd = {false};
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
              String rel = rel(root, d);
              files.put(rel, new FileStat(rel, -1, 0));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              if (!a.isRegularFile()) {
                odd[0] = true;
                return FileVisitResult.TERMINATE;
              }
              String rel = rel(root, f);
              files.put(
                  rel, new FileStat(rel, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              odd[0] = true;
              return FileVisitResult.TERMINATE;
            }
          });
    } catch (IOException e) {
      return null;
    }
    return odd[0] ? null : new Scan(files, at);
  }

  /**
   * {@code p} (found by walking {@code root}, so {@code root} followed by its names) relative to
   * {@code root}, with slashes: taken from its string, as relativize makes several paths each time
   * (a fifth of what a page edit allocated).
   */
  private static String rel(Path root, Path p) {
    String r = root.toString();
    String s = p.toString();
    if (!s.startsWith(r)) return root.relativize(p).toString().replace('\\', '/');
    if (s.length() == r.length()) return "";
    int from = r.length() + (r.endsWith(p.getFileSystem().getSeparator()) ? 0 : 1);
    return java.io.File.separatorChar == '/'
        ? s.substring(from)
        : s.substring(from).replace(java.io.File.separatorChar, '/');
  }

  /**
   * The content paths (absolute) that differ between the listing in {@code saved} and {@code now}.
   */
  static Set<Path> changed(Saved saved, Path content, Scan now) {
    Path root = content.toAbsolutePath().normalize();
    Set<Path> out = new HashSet<>();
    Set<String> seen = new HashSet<>(saved.content().size() * 2);
    for (FileStat was : saved.content()) {
      seen.add(was.path());
      FileStat is = now.files().get(was.path());
      // Field by field: a record's equals goes through method handles, slow in a fresh JVM.
      if (is == null || is.size() != was.size() || is.modified() != was.modified()) {
        out.add(root.resolve(was.path()).normalize());
      }
    }
    for (String p : now.files().keySet()) {
      if (!seen.contains(p)) out.add(root.resolve(p).normalize());
    }
    return out;
  }

  /** {@link #verifyOutput(Saved, Path)} on a thread of its own, started now; null when it fails. */
  static java.util.concurrent.CompletableFuture<Map<String, SiteWriter.Stat>> verifying(
      Saved saved, Path output) {
    return Background.run(
        "planvev-output-check",
        () -> {
          try {
            return verifyOutput(saved, output);
          } catch (RuntimeException e) {
            return null;
          }
        });
  }

  /**
   * The output's files as the state {@code saved} says the last build left them (by path: size and
   * date), when every one of them and every folder of the output is as that build left it; else
   * null. Each file and folder is looked at (stat), none is listed: a file added or removed by hand
   * changes its folder's date. Runs on two threads.
   */
  static Map<String, SiteWriter.Stat> verifyOutput(Saved saved, Path output) {
    List<FileStat> files = saved.output();
    List<FileStat> dirs = saved.folders();
    if (dirs.isEmpty()) return null;
    Path root = output.toAbsolutePath().normalize();
    int n = files.size() + dirs.size();
    boolean same =
        java.util.stream.IntStream.range(0, 2)
            .parallel()
            .allMatch(
                half -> {
                  for (int i = half; i < n; i += 2) {
                    FileStat f = i < files.size() ? files.get(i) : dirs.get(i - files.size());
                    if (!same(root, f)) return false;
                  }
                  return true;
                });
    if (!same || !racyFoldersSame(saved, root)) return null;
    Map<String, SiteWriter.Stat> out = new HashMap<>(files.size() * 2);
    for (FileStat f : files) out.put(f.path(), new SiteWriter.Stat(f.size(), f.modified()));
    return out;
  }

  /**
   * Whether each folder whose date could not be trusted (changed just before the last state was
   * written) holds exactly the entries that build left in it.
   */
  private static boolean racyFoldersSame(Saved saved, Path root) {
    Map<String, Set<String>> expected = new HashMap<>();
    for (FileStat d : saved.folders()) {
      if (d.modified() == -1) expected.put(d.path(), new HashSet<>());
    }
    if (expected.isEmpty()) return true;
    for (List<FileStat> all : List.of(saved.output(), saved.folders())) {
      for (FileStat f : all) {
        if (f.path().isEmpty()) continue;
        int slash = f.path().lastIndexOf('/');
        Set<String> in = expected.get(slash < 0 ? "" : f.path().substring(0, slash));
        if (in != null) in.add(f.path().substring(slash + 1));
      }
    }
    for (var e : expected.entrySet()) {
      Set<String> found = new HashSet<>();
      Path dir = e.getKey().isEmpty() ? root : root.resolve(e.getKey());
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        for (Path p : s) found.add(p.getFileName().toString());
      } catch (IOException ex) {
        return false;
      }
      found.remove(no.planvev.output.OutputFolder.MARKER);
      if (!found.equals(e.getValue())) return false;
    }
    return true;
  }

  /** The output's folders and their dates as the last build left them. */
  Map<String, Long> folders() {
    Map<String, Long> out = new HashMap<>(saved.folders().size() * 2);
    for (FileStat f : saved.folders()) out.put(f.path(), f.modified());
    return out;
  }

  /** Whether the file (or, size -1, folder) {@code f} of the output is as recorded. */
  private static boolean same(Path root, FileStat f) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(
              f.path().isEmpty() ? root : root.resolve(f.path()),
              BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
      if (f.size() < 0 ? !a.isDirectory() : !a.isRegularFile() || a.size() != f.size()) {
        return false;
      }
      // A folder without a date (-1) is listed instead (racyFoldersSame).
      return (f.size() < 0 && f.modified() == -1)
          || a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == f.modified();
    } catch (IOException e) {
      return false;
    }
  }

  /** Page file → the unit its page was made from, for the pages whose links are known. */
  Map<String, Unit> onDisk() {
    Map<String, Unit> out = new HashMap<>(saved.pages().size() * 2);
    for (PageRef p : saved.pages()) {
      if (p.unit() >= 0 && p.unit() < values.length && values[p.unit()] instanceof Unit u) {
        out.put(p.file(), u);
      }
    }
    return out;
  }

  /** The links of each page by file. */
  Map<String, PageLinks> links() {
    Map<String, PageLinks> out = new HashMap<>(saved.pages().size() * 2);
    for (PageRef p : saved.pages()) out.put(p.file(), PageLinks.kept(p.links(), p.ids()));
    return out;
  }

  /**
   * Whether every one of {@code values} (model units) is one this state restored, and they are as
   * many as the state had in {@code section}: then none changed, came or went.
   */
  boolean unchanged(String section, List<?> values) {
    int had = 0;
    for (UnitRef r : saved.unitRefs()) {
      if (r.section().equals(section)) had++;
    }
    if (had != values.size()) return false;
    Set<Object> mine = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    mine.addAll(Arrays.asList(this.values));
    for (Object v : values) {
      if (!mine.contains(v)) return false;
    }
    return true;
  }

  /** A 64-bit hash of {@code bytes} (two CRCs). */
  static long hash(byte[] bytes) {
    CRC32 a = new CRC32();
    a.update(bytes);
    java.util.zip.CRC32C b = new java.util.zip.CRC32C();
    b.update(bytes);
    return a.getValue() << 32 | b.getValue();
  }

  private static int crc(byte[] b, int off, int len) {
    CRC32 c = new CRC32();
    c.update(b, off, len);
    return (int) c.getValue();
  }

  /** What the build just committed, to be written as the next state. */
  record Next(
      String stamp,
      String key,
      Scan scan,
      Map<String, SiteWriter.Stat> output,
      Map<String, Long> folders,
      ContentLoader.Cache loads,
      byte[] chrome,
      byte[] replay,
      Map<String, Unit> sources,
      Map<String, PageLinks> links,
      List<String> data,
      long sitemapKey,
      List<String> sitemap) {}

  /**
   * Writes the state of a committed build; units restored from {@code prior} keep their place in
   * its units file, others are appended. Throws when a unit holds a value the codec cannot write;
   * the caller then removes the state.
   */
  static void write(Path cacheDir, Path output, BuildState prior, Next n) throws IOException {
    Files.createDirectories(cacheDir);
    prepare(cacheDir, output, prior, n);
  }

  private static void prepare(Path cacheDir, Path output, BuildState prior, Next n)
      throws IOException {
    String id = id(output);
    List<FileStat> content = contentStats(n.scan());
    List<FileStat> out = outputStats(n.output());
    List<FileStat> folders = folderStats(n.folders());

    // Units: the prior file when it holds at most twice what is used, else a new one.
    Map<String, Map<String, Record>> units = n.loads().units();
    SiteUnit siteUnit = new SiteUnit(n.loads().site(), n.loads().siteProblems());
    long live = 0;
    for (var sec : units.values()) {
      for (Record u : sec.values()) {
        UnitRef r = prior == null ? null : prior.refs.get(u);
        if (r != null) live += r.length();
      }
    }
    boolean append = prior != null && live * 2 >= prior.saved.unitsLength();
    String unitsName =
        append ? prior.saved.units() : "units-" + id + "-" + System.nanoTime() + ".bin";
    Path uf = cacheDir.resolve(unitsName);
    try {
      writeState(
          cacheDir, output, prior, n, id, append, unitsName, uf, content, out, folders, units,
          siteUnit);
    } catch (IOException | RuntimeException e) {
      if (!append) Files.deleteIfExists(uf);
      throw e;
    }
  }

  /** The content files as the state keeps them (see {@link #prepare}). */
  private static List<FileStat> contentStats(Scan scan) {
    List<FileStat> content = new ArrayList<>(scan.files().size());
    long racy = scan.at() - TimeUnit.SECONDS.toNanos(2);
    for (FileStat f : scan.files().values()) {
      // Changed within two seconds of the listing: may change again within one tick of the
      // clock unseen; such a file counts as changed next time.
      content.add(f.modified() >= racy ? new FileStat(f.path(), f.size(), -1) : f);
    }
    return content;
  }

  private static List<FileStat> outputStats(Map<String, SiteWriter.Stat> output) {
    List<FileStat> out = new ArrayList<>(output.size());
    output.forEach((p, s) -> out.add(new FileStat(p, s.size(), s.modified())));
    return out;
  }

  private static List<FileStat> folderStats(Map<String, Long> dates) {
    List<FileStat> folders = new ArrayList<>(dates.size());
    // A folder changed within two seconds of now may change again within one tick of its clock
    // unseen: the next build lists it (date -1) instead of trusting its date.
    long now = System.currentTimeMillis() * 1_000_000L - TimeUnit.SECONDS.toNanos(2);
    dates.forEach((p, t) -> folders.add(new FileStat(p, -1, t >= now ? -1 : t)));
    return folders;
  }

  /**
   * Writes the state after a build that made again the pages of a few units alone and left the rest
   * of the output, and every other unit, as {@code saved} has them ({@link PageEdit}): {@code
   * units} (by index in {@code saved.unitRefs}, each a record as the loader keeps it) are appended
   * to its units file; the content is as {@code scan} listed it, the output's files and folders as
   * committed, and {@code links} are the new links of the pages made. The report to replay is the
   * same.
   */
  static void writeEdited(
      Path cacheDir,
      Path output,
      String stamp,
      Saved saved,
      Scan scan,
      Map<Integer, Record> units,
      Map<String, SiteWriter.Stat> out,
      Map<String, Long> folders,
      Map<String, PageLinks> links,
      Set<String> changed,
      Map<String, SiteWriter.Stat> known)
      throws IOException {
    Path uf = cacheDir.resolve(saved.units());
    long length = saved.unitsLength();
    List<UnitRef> refs = new ArrayList<>(saved.unitRefs());
    try (var ch = Files.newByteChannel(uf, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      if (ch.size() < length) throw new RecordCodec.Damaged("units truncated");
      ch.truncate(length); // drop what a build that did not finish appended
      ch.position(length);
      for (var e : new java.util.TreeMap<>(units).entrySet()) {
        UnitRef was = refs.get(e.getKey());
        byte[] b = RecordCodec.write(e.getValue());
        ByteBuffer bb = ByteBuffer.wrap(b);
        while (bb.hasRemaining()) ch.write(bb);
        refs.set(
            e.getKey(),
            new UnitRef(was.section(), was.key(), length, b.length, crc(b, 0, b.length)));
        length += b.length;
      }
    }
    // What differs from the state as read: written as its edits, unless they grew large or the
    // state was never read from a file; then the whole state.
    // Only the files changed and the pages made differ (the output's paths are the same), and
    // only their folders and those without a date in the state: looked at alone, as a fresh JVM
    // pays for every object.
    if (saved.crc() != 0
        && out.size() == known.size()
        && folders.size() == saved.folders().size()) {
      long racy = scan.at() - TimeUnit.SECONDS.toNanos(2);
      List<FileStat> content = new ArrayList<>();
      for (String p : changed) {
        FileStat f = scan.files().get(p);
        if (f != null) content.add(f.modified() >= racy ? new FileStat(p, f.size(), -1) : f);
      }
      List<FileStat> outs = new ArrayList<>();
      Set<String> dirs = new HashSet<>();
      for (String p : links.keySet()) {
        SiteWriter.Stat now = out.get(p);
        SiteWriter.Stat was = known.get(p);
        if (now != null
            && (was == null || now.size() != was.size() || now.modified() != was.modified())) {
          outs.add(new FileStat(p, now.size(), now.modified()));
        }
        for (int i = p.lastIndexOf('/'); ; i = p.lastIndexOf('/', i - 1)) {
          if (!dirs.add(i < 0 ? "" : p.substring(0, i)) || i < 0) break;
        }
      }
      long recent = System.currentTimeMillis() * 1_000_000L - TimeUnit.SECONDS.toNanos(2);
      List<FileStat> folderEdits = new ArrayList<>();
      for (FileStat f : saved.folders()) {
        if (f.modified() != -1 && !dirs.contains(f.path())) continue;
        Long t = folders.get(f.path());
        long now = t == null ? -1 : t >= recent ? -1 : t;
        if (now != f.modified()) folderEdits.add(new FileStat(f.path(), -1, now));
      }
      int[] indexes = new java.util.TreeMap<>(units).keySet().stream().mapToInt(i -> i).toArray();
      List<UnitRef> us = new ArrayList<>();
      for (int i : indexes) us.add(refs.get(i));
      List<PageRef> ps = new ArrayList<>();
      for (PageRef p : saved.pages()) {
        PageLinks l = links.get(p.file());
        if (l != null) ps.add(new PageRef(p.file(), p.unit(), l.links(), l.ids()));
      }
      Edits now = new Edits(saved.crc(), length, content, indexes, us, outs, folderEdits, ps);
      Edits all = saved.edits() == null ? now : saved.edits().then(now);
      if (all.size() <= maxEdits) {
        writeEdits(cacheDir, output, all);
        return;
      }
    }
    List<PageRef> pages = new ArrayList<>(saved.pages().size());
    for (PageRef p : saved.pages()) {
      PageLinks l = links.get(p.file());
      pages.add(l == null ? p : new PageRef(p.file(), p.unit(), l.links(), l.ids()));
    }
    writeFile(
        cacheDir,
        output,
        stamp,
        new Saved(
            saved.key(),
            saved.units(),
            length,
            contentStats(scan),
            outputStats(out),
            folderStats(folders),
            saved.site(),
            refs,
            saved.chrome(),
            saved.replay(),
            pages,
            saved.data(),
            saved.sitemapKey(),
            saved.sitemap(),
            0,
            null));
  }

  /**
   * Past this many entries, page edits write the whole state instead of its edits (tests lower it).
   */
  static volatile int maxEdits = 4096;

  /** How many bytes of its units file {@code saved} uses. */
  static long unitsUsed(Saved saved) {
    long live = saved.site().length();
    for (UnitRef r : saved.unitRefs()) live += r.length();
    return live;
  }

  /** The state file of {@code output}, written to a temporary name and renamed into place. */
  private static void writeFile(Path cacheDir, Path output, String stamp, Saved saved)
      throws IOException {
    long t0 = System.nanoTime();
    Packed packed = Packed.of(saved);
    t0 = Timings.step("state packed", t0);
    byte[] body = RecordCodec.write(packed);
    t0 = Timings.step("state encoded", t0);
    byte[] stampBytes = stamp.getBytes(StandardCharsets.UTF_8);
    ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 16 + stampBytes.length);
    head.put(MAGIC).putInt(FORMAT).putInt(stampBytes.length).put(stampBytes);
    head.putInt(crc(body, 0, body.length)).putInt(body.length);
    replace(file(cacheDir, output), head.array(), body);
    // Edits of the state replaced (their checksum no longer matches: gone for tidiness).
    Files.deleteIfExists(editsFile(cacheDir, output));
  }

  private static void writeState(
      Path cacheDir,
      Path output,
      BuildState prior,
      Next n,
      String id,
      boolean append,
      String unitsName,
      Path uf,
      List<FileStat> content,
      List<FileStat> out,
      List<FileStat> folders,
      Map<String, Map<String, Record>> units,
      SiteUnit siteUnit)
      throws IOException {
    long length = append ? prior.saved.unitsLength() : 0;
    List<UnitRef> refs = new ArrayList<>();
    Map<Object, Integer> index = new IdentityHashMap<>();
    UnitRef siteRef;
    try (var ch =
        Files.newByteChannel(
            uf, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      ch.truncate(length); // drop what a build that did not finish appended
      ch.position(length);
      OutputStream os = java.nio.channels.Channels.newOutputStream(ch);
      var buffered = new java.io.BufferedOutputStream(os, 1 << 16);
      long[] at = {length};
      for (String section : ContentLoader.Cache.SECTIONS) {
        // In the map's order: the state's bytes need not be the same from build to build.
        for (var e : units.getOrDefault(section, Map.of()).entrySet()) {
          Record u = e.getValue();
          UnitRef r = append ? prior.refs.get(u) : null;
          if (r == null) {
            byte[] b = RecordCodec.write(u);
            buffered.write(b);
            r = new UnitRef(section, e.getKey(), at[0], b.length, crc(b, 0, b.length));
            at[0] += b.length;
          }
          index.put(ContentLoader.Cache.value(u), refs.size());
          refs.add(r);
        }
      }
      UnitRef r = append && prior.site == siteUnit.site() ? prior.saved.site() : null;
      if (r == null) {
        byte[] b = RecordCodec.write(siteUnit);
        buffered.write(b);
        r = new UnitRef("", "site", at[0], b.length, crc(b, 0, b.length));
        at[0] += b.length;
      }
      siteRef = r;
      buffered.flush();
      length = at[0];
    }
    List<PageRef> pages = new ArrayList<>(n.links().size());
    for (var e : n.links().entrySet()) {
      Unit u = n.sources().get(e.getKey());
      Integer i = u == null ? null : index.get(u);
      pages.add(
          new PageRef(e.getKey(), i == null ? -1 : i, e.getValue().links(), e.getValue().ids()));
    }
    Saved saved =
        new Saved(
            n.key(),
            unitsName,
            length,
            content,
            out,
            folders,
            siteRef,
            refs,
            n.chrome(),
            n.replay(),
            pages,
            n.data(),
            n.sitemapKey(),
            n.sitemap(),
            0,
            null);
    writeFile(cacheDir, output, n.stamp(), saved);
    // Units files of this output that the state no longer names.
    try (DirectoryStream<Path> s = Files.newDirectoryStream(cacheDir, "units-" + id + "-*.bin")) {
      for (Path p : s) {
        if (!p.getFileName().toString().equals(unitsName)) Files.deleteIfExists(p);
      }
    }
  }

  /** Removes the state of {@code output} (a build whose state cannot be written). */
  static void remove(Path cacheDir, Path output) {
    try {
      Files.deleteIfExists(file(cacheDir, output));
      Files.deleteIfExists(editsFile(cacheDir, output));
    } catch (IOException e) {
      // the key or the checksum keeps a stale state from being used
    }
  }
}

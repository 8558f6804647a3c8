package no.planvev.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import no.planvev.render.RenderCache;

/**
 * The build cache on disk ({@code .planvev-cache/} beside the output folder): Markdown HTML and
 * page bytes from earlier builds, by the keys {@link RenderCache} makes from everything they depend
 * on. Deleting the folder is always safe.
 *
 * <p>The folder holds packs ({@code pack-*.bin}), each written once to a temporary file and renamed
 * into place, so a reader never sees half a pack and concurrent builds never write the same file. A
 * pack is: a header (magic, format, the planvev version that wrote it), the entries' bytes, an
 * index (key, offset, length and CRC-32 of each entry), and a footer (the index's CRC-32, its size
 * and place, an end mark). A pack that is truncated, foreign, of another version or whose index
 * fails its checksum is ignored with a one-line warning and deleted when the build ends; an entry
 * whose bytes fail their checksum makes the whole cache ignored for the rest of the build. Nothing
 * from the cache is used unchecked.
 *
 * <p>A build adds one pack with what it made and did not find. When the packs hold much more than
 * the build used, the build writes one pack with everything it used and deletes the others; when
 * they would be more than eight, it merges only the smallest into its new pack (down to four), so
 * that a build which made two entries never rewrites a pack of hundreds of megabytes.
 *
 * <p>The packs' indexes are read when the cache opens into primitive arrays and an open-addressing
 * table (no object per entry): a warm build of 20,000 pages opens a 40,000-entry index with about
 * 2.5 MB.
 */
public final class BuildCache implements RenderCache {

  /** The folder's name, beside the output folder. */
  public static final String FOLDER = ".planvev-cache";

  private static final byte[] MAGIC = "PLVCACHE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "PLVCEND1".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int ENTRY = 32 + 8 + 4 + 4;
  private static final int FOOTER = 4 + 4 + 8 + 8;
  private static final int MAX_PACKS = 8;

  /** A key of an entry this build made (the 32 bytes as four longs). */
  private static final class Key {
    final long a;
    final long b;
    final long c;
    final long d;

    Key(long a, long b, long c, long d) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
    }

    static Key of(byte[] k) {
      return new Key(longAt(k, 0), longAt(k, 8), longAt(k, 16), longAt(k, 24));
    }

    void put(ByteBuffer to) {
      to.putLong(a).putLong(b).putLong(c).putLong(d);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.a == a && k.b == b && k.c == c && k.d == d;
    }

    @Override
    public int hashCode() {
      return (int) (a ^ (a >>> 32)); // the keys are digests: any part is well mixed
    }
  }

  /** The big-endian long at {@code at} in {@code b}. */
  private static long longAt(byte[] b, int at) {
    long v = 0;
    for (int i = at; i < at + 8; i++) v = (v << 8) | (b[i] & 0xff);
    return v;
  }

  private record Pack(
      Path path, FileChannel channel, long size, long data, long at, int count, int crc) {}

  private final Path dir;
  private final String version;
  private final Consumer<String> warn;
  private final List<Pack> packs = new ArrayList<>();
  private final List<Path> dropped = new ArrayList<>();

  /**
   * The packs' indexes, as arrays (no object per entry): entry {@code e}'s key is {@code keys[4e]}
   * to {@code keys[4e+3]}, its place {@code packOf[e]}, {@code offsets[e]}, {@code lengths[e]}, its
   * CRC-32 {@code crcs[e]}; {@code table} finds an entry by key (open addressing on the key's first
   * long, 0 for none, else e + 1). An entry that a later pack (or a later entry of the same pack)
   * holds again is shadowed: out of the table, marked in {@code flags}.
   */
  private long[] keys = new long[0];

  private int[] packOf = new int[0];
  private long[] offsets = new long[0];
  private int[] lengths = new int[0];
  private int[] crcs = new int[0];

  /** Per entry: {@link #USED} when this build got it, {@link #SHADOWED}. */
  private byte[] flags = new byte[0];

  private int[] table = new int[1];
  private int entries;

  private static final byte USED = 1;
  private static final byte SHADOWED = 2;

  private final Map<Key, Boolean> added = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private long packBytes;
  private volatile boolean distrusted;
  private boolean warned;
  private Writer writer;

  /** The build used only part of what its output holds (see {@link #usedInPart}). */
  private volatile boolean partial;

  private BuildCache(Path dir, String version, Consumer<String> warn) {
    this.dir = dir;
    this.version = version;
    this.warn = warn;
  }

  /**
   * The cache in {@code dir} (made when missing) for this planvev {@code version}; null, after a
   * warning, when the folder cannot be made or read: the build then runs without it.
   */
  public static BuildCache open(Path dir, String version, Consumer<String> warn) {
    BuildCache c = new BuildCache(dir, version, warn);
    try {
      Files.createDirectories(dir);
      List<Path> found = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "pack-*.bin")) {
        s.forEach(found::add);
      }
      found.sort(null);
      for (Path p : found) c.read(p);
      c.index();
      return c;
    } catch (IOException | RuntimeException e) {
      c.closePacks();
      warn.accept(
          "planvev: cannot use the build cache "
              + dir
              + " ("
              + e.getMessage()
              + "); building without it");
      return null;
    }
  }

  /** Entries found so far in this build. */
  public long hits() {
    return hits.get();
  }

  /** Entries looked for and not found (then made and kept) so far in this build. */
  public long misses() {
    return misses.get();
  }

  /** Checks a pack's header and footer; its index is read by {@link #index}. */
  private void read(Path p) {
    FileChannel ch;
    try {
      ch = FileChannel.open(p, StandardOpenOption.READ);
    } catch (NoSuchFileException gone) {
      return; // another build compacted the cache meanwhile
    } catch (IOException e) {
      drop(p, "cannot be read");
      return;
    }
    try {
      long size = ch.size();
      ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 8);
      if (size < MAGIC.length + 8 + FOOTER || ch.read(head, 0) < head.capacity()) {
        throw new Bad("is truncated");
      }
      head.flip();
      byte[] magic = new byte[MAGIC.length];
      head.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) throw new Bad("is not a planvev cache file");
      int format = head.getInt();
      int vlen = head.getInt();
      if (format != FORMAT || vlen < 0 || vlen > 1024) throw new Bad("has another format");
      ByteBuffer v = ByteBuffer.allocate(vlen);
      if (ch.read(v, head.capacity()) < vlen) throw new Bad("is truncated");
      String made = new String(v.array(), StandardCharsets.UTF_8);
      ByteBuffer foot = ByteBuffer.allocate(FOOTER);
      if (ch.read(foot, size - FOOTER) < FOOTER) throw new Bad("is truncated");
      foot.flip();
      int crc = foot.getInt();
      int count = foot.getInt();
      long at = foot.getLong();
      byte[] end = new byte[END.length];
      foot.get(end);
      if (!java.util.Arrays.equals(end, END)) throw new Bad("is truncated");
      if (!made.equals(version)) {
        dropQuietly(ch, p); // another planvev version: its entries are of no use
        return;
      }
      long data = head.capacity() + vlen;
      if (count < 0 || at < data || at + (long) count * ENTRY != size - FOOTER) {
        throw new Bad("has a damaged index");
      }
      packs.add(new Pack(p, ch, size, data, at, count, crc));
    } catch (Bad | IOException e) {
      close(ch);
      drop(p, e instanceof Bad ? e.getMessage() : "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  /**
   * Reads the index of every pack {@link #read} kept into the arrays, in the packs' order (a later
   * pack's entry shadows an earlier one's); a pack whose index fails its checksum or points out of
   * its data is dropped whole.
   */
  private void index() {
    long total = 0;
    for (Pack p : packs) total += p.count;
    if (total > Integer.MAX_VALUE / 8) total = Integer.MAX_VALUE / 8; // then packs are dropped
    int n = (int) total;
    keys = new long[4 * n];
    packOf = new int[n];
    offsets = new long[n];
    lengths = new int[n];
    crcs = new int[n];
    flags = new byte[n];
    table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, n * 3 / 2)) * 2)];
    ByteBuffer chunk = ByteBuffer.allocate(ENTRY * 1024);
    java.nio.LongBuffer asLongs = chunk.asLongBuffer(); // an entry is six longs
    long[] raw = new long[ENTRY / 8 * 1024];
    CRC32 sum = new CRC32();
    List<Pack> good = new ArrayList<>(packs.size());
    for (Pack p : packs) {
      int base = entries;
      try {
        if (p.count > packOf.length - base) throw new Bad("has a damaged index");
        sum.reset();
        long at = p.at;
        int e = base;
        for (int left = p.count; left > 0; ) {
          int take = Math.min(left, 1024);
          chunk.clear().limit(take * ENTRY);
          while (chunk.hasRemaining()) {
            if (p.channel.read(chunk, at + chunk.position()) < 0) throw new Bad("is truncated");
          }
          sum.update(chunk.array(), 0, take * ENTRY);
          asLongs.clear();
          asLongs.get(raw, 0, take * ENTRY / 8);
          for (int i = 0, o = 0; i < take; i++, o += ENTRY / 8, e++) {
            keys[4 * e] = raw[o];
            keys[4 * e + 1] = raw[o + 1];
            keys[4 * e + 2] = raw[o + 2];
            keys[4 * e + 3] = raw[o + 3];
            long off = raw[o + 4];
            int len = (int) (raw[o + 5] >> 32);
            if (off < p.data || len < 0 || off + len > p.at) throw new Bad("has a damaged index");
            offsets[e] = off;
            lengths[e] = len;
            crcs[e] = (int) raw[o + 5];
            packOf[e] = good.size();
          }
          at += take * ENTRY;
          left -= take;
        }
        if ((int) sum.getValue() != p.crc) throw new Bad("has a damaged index");
      } catch (Bad | IOException e) {
        close(p.channel);
        drop(p.path, e instanceof Bad ? e.getMessage() : "cannot be read (" + e.getMessage() + ")");
        continue;
      }
      for (int e = base; e < base + p.count; e++) enter(e);
      entries = base + p.count;
      good.add(p);
      packBytes += p.size;
    }
    packs.clear();
    packs.addAll(good);
  }

  private int slot(long a) {
    return (int) ((a * 0x9E3779B97F4A7C15L) >>> 32) & (table.length - 1);
  }

  /** Puts entry {@code e} in the table, shadowing an entry with the same key. */
  private void enter(int e) {
    long a = keys[4 * e];
    int mask = table.length - 1;
    for (int i = slot(a); ; i = (i + 1) & mask) {
      int t = table[i] - 1;
      if (t < 0) {
        table[i] = e + 1;
        return;
      }
      if (keys[4 * t] == a
          && keys[4 * t + 1] == keys[4 * e + 1]
          && keys[4 * t + 2] == keys[4 * e + 2]
          && keys[4 * t + 3] == keys[4 * e + 3]) {
        flags[t] = SHADOWED;
        table[i] = e + 1;
        return;
      }
    }
  }

  /** The entry with this key, or -1. */
  private int find(byte[] key) {
    long a = longAt(key, 0);
    long b = longAt(key, 8);
    long c = longAt(key, 16);
    long d = longAt(key, 24);
    int mask = table.length - 1;
    for (int i = slot(a); ; i = (i + 1) & mask) {
      int t = table[i] - 1;
      if (t < 0) return -1;
      if (keys[4 * t] == a
          && keys[4 * t + 1] == b
          && keys[4 * t + 2] == c
          && keys[4 * t + 3] == d) {
        return t;
      }
    }
  }

  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String why) {
      super(why, null, false, false);
    }
  }

  private void drop(Path p, String why) {
    dropped.add(p);
    warnOnce(
        "planvev: ignoring the build cache file " + p + ": it " + why + " (it will be replaced)");
  }

  private void dropQuietly(FileChannel ch, Path p) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing to do
    }
    dropped.add(p);
  }

  private synchronized void warnOnce(String message) {
    if (warned) return;
    warned = true;
    warn.accept(message);
  }

  private byte[] get(byte[] key) {
    if (distrusted) return null;
    int e = find(key);
    if (e < 0) {
      misses.incrementAndGet();
      return null;
    }
    Pack pack = packs.get(packOf[e]);
    byte[] bytes = new byte[lengths[e]];
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      while (b.hasRemaining()) {
        if (pack.channel.read(b, offsets[e] + b.position()) < 0) break;
      }
    } catch (java.nio.channels.ClosedChannelException stopped) {
      // The build was stopped (an interrupt closes the channel): a miss, not a damaged cache.
      misses.incrementAndGet();
      return null;
    } catch (IOException ex) {
      distrust(pack.path, "cannot be read (" + ex.getMessage() + ")");
      return null;
    }
    CRC32 sum = new CRC32();
    sum.update(bytes);
    if (b.hasRemaining() || (int) sum.getValue() != crcs[e]) {
      distrust(pack.path, "has a damaged entry");
      return null;
    }
    flags[e] = USED; // a plain store: close() runs after the build's threads are done
    hits.incrementAndGet();
    return bytes;
  }

  private void distrust(Path p, String why) {
    distrusted = true;
    warnOnce(
        "planvev: ignoring the build cache "
            + dir
            + ": "
            + p.getFileName()
            + " "
            + why
            + " (it will be rewritten)");
  }

  private void put(byte[] key, byte[] bytes) {
    Key k = Key.of(key);
    if (added.putIfAbsent(k, Boolean.TRUE) != null) return;
    try {
      writer().add(k, bytes);
    } catch (IOException e) {
      // A cache that cannot be written only makes the next build slower.
      warnOnce("planvev: cannot write the build cache " + dir + " (" + e.getMessage() + ")");
    }
  }

  private synchronized Writer writer() throws IOException {
    if (writer == null) writer = new Writer(dir, version);
    return writer;
  }

  @Override
  public String markdown(byte[] key) {
    byte[] b = get(key);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void putMarkdown(byte[] key, String html) {
    put(key, html.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] page(byte[] key) {
    return get(key);
  }

  @Override
  public void putPage(byte[] key, byte[] bytes) {
    put(key, bytes);
  }

  /**
   * Ends the build: when {@code ok}, what it made goes into a new pack (with everything it used
   * when the old packs are to be replaced); otherwise nothing is kept. Never throws: a cache that
   * cannot be saved is a warning.
   */
  public synchronized void close(boolean ok) {
    try {
      if (ok) save();
    } catch (IOException | RuntimeException e) {
      warnOnce("planvev: cannot save the build cache " + dir + " (" + e.getMessage() + ")");
    } finally {
      if (writer != null) writer.discard();
      closePacks();
    }
  }

  /**
   * Tells the cache that this build left most pages in the output without asking for them (a build
   * from the last build's state): what it did not use is still wanted, so it is not dropped when
   * the packs are merged.
   */
  public void usedInPart() {
    partial = true;
  }

  private void save() throws IOException {
    long live = 0;
    for (int e = 0; e < entries; e++) {
      if (flags[e] == USED) live += lengths[e];
    }
    boolean adds = writer != null && writer.count > 0;
    int n = packs.size();
    boolean[] merge = new boolean[n];
    if (distrusted || !dropped.isEmpty() || (!partial && packBytes > 2 * live + (4 << 20))) {
      java.util.Arrays.fill(merge, true);
    } else if (n + (adds ? 1 : 0) > MAX_PACKS) {
      // The smallest packs only: a few new entries do not rewrite a big pack.
      Integer[] bySize = new Integer[n];
      for (int i = 0; i < n; i++) bySize[i] = i;
      java.util.Arrays.sort(bySize, (x, y) -> Long.compare(packs.get(x).size, packs.get(y).size));
      for (int i = 0; i < n + 1 - MAX_PACKS / 2; i++) merge[bySize[i]] = true;
    }
    // After a build that used part of what it needs, a merge carries over every entry.
    boolean every = partial && !distrusted;
    for (int e = 0; e < entries; e++) { // entries carried over are checked again
      if (!merge[packOf[e]] || flags[e] == SHADOWED || (!every && flags[e] != USED)) continue;
      Key k = new Key(keys[4 * e], keys[4 * e + 1], keys[4 * e + 2], keys[4 * e + 3]);
      if (added.containsKey(k)) continue;
      ByteBuffer b = ByteBuffer.allocate(lengths[e]);
      while (b.hasRemaining()) {
        if (packs.get(packOf[e]).channel.read(b, offsets[e] + b.position()) < 0) {
          throw new IOException("short");
        }
      }
      CRC32 sum = new CRC32();
      sum.update(b.array());
      if ((int) sum.getValue() != crcs[e]) continue; // not carried over
      writer().add(k, b.array());
    }
    if (writer != null && writer.count > 0) {
      writer.finish();
      writer = null;
    }
    for (int i = 0; i < n; i++) {
      if (merge[i]) Files.deleteIfExists(packs.get(i).path);
    }
    for (Path p : dropped) Files.deleteIfExists(p);
    Writer.sweep(dir);
  }

  private void closePacks() {
    for (Pack p : packs) {
      try {
        p.channel.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }

  /** A pack being written: a temporary file, renamed into place when finished. */
  private static final class Writer {
    private final Path temp;
    private final FileChannel out;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    private ByteBuffer idx = ByteBuffer.allocate(ENTRY * 64);
    private long pos;
    int count;
    private final Path dir;

    Writer(Path dir, String version) throws IOException {
      this.dir = dir;
      temp =
          dir.resolve(
              "tmp-"
                  + ProcessHandle.current().pid()
                  + "-"
                  + Long.toHexString(ThreadLocalRandom.current().nextLong())
                  + ".part");
      out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      byte[] v = version.getBytes(StandardCharsets.UTF_8);
      buf.put(MAGIC).putInt(FORMAT).putInt(v.length).put(v);
      pos = buf.position();
    }

    synchronized void add(Key k, byte[] bytes) throws IOException {
      CRC32 sum = new CRC32();
      sum.update(bytes);
      if (idx.remaining() < ENTRY) {
        ByteBuffer bigger = ByteBuffer.allocate(idx.capacity() * 2);
        idx.flip();
        bigger.put(idx);
        idx = bigger;
      }
      k.put(idx);
      idx.putLong(pos).putInt(bytes.length).putInt((int) sum.getValue());
      write(ByteBuffer.wrap(bytes));
      pos += bytes.length;
      count++;
    }

    private void write(ByteBuffer b) throws IOException {
      if (b.remaining() <= buf.remaining()) {
        buf.put(b);
        return;
      }
      flush();
      if (b.remaining() > buf.capacity()) {
        while (b.hasRemaining()) out.write(b);
      } else {
        buf.put(b);
      }
    }

    private void flush() throws IOException {
      buf.flip();
      while (buf.hasRemaining()) out.write(buf);
      buf.clear();
    }

    synchronized void finish() throws IOException {
      idx.flip();
      CRC32 sum = new CRC32();
      sum.update(idx.duplicate());
      long at = pos;
      write(idx);
      ByteBuffer foot = ByteBuffer.allocate(FOOTER);
      foot.putInt((int) sum.getValue()).putInt(count).putLong(at).put(END).flip();
      write(foot);
      flush();
      out.close();
      Path target =
          dir.resolve(
              String.format(
                  "pack-%016x-%08x.bin",
                  System.currentTimeMillis(), ThreadLocalRandom.current().nextInt()));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
    }

    synchronized void discard() {
      try {
        out.close();
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // left for the sweep of a later build
      }
    }

    /** Deletes temporary files an interrupted build left, a day after. */
    static void sweep(Path dir) {
      Instant old = Instant.now().minus(Duration.ofDays(1));
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "tmp-*.part")) {
        for (Path p : s) {
          FileTime t = Files.getLastModifiedTime(p);
          if (t.toInstant().isBefore(old)) Files.deleteIfExists(p);
        }
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }
}

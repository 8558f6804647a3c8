package no.planvev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.planvev.cache.BuildCache;
import no.planvev.cache.RecordCodec;
import no.planvev.diag.Problems;
import no.planvev.source.ContentLoader;

/**
 * Times what a warm build spends in {@code cache.RecordCodec} and {@code cache.BuildCache}, with
 * the CPU time and the bytes allocated by the measuring thread (allocation costs as much as CPU on
 * the benchmark machine). Run it with the launcher's flags; the first round is what a build (a
 * fresh JVM) pays, the later ones show the code once compiled.
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:DEPS \
 *     no.planvev.bench.CodecBench [CONTENT_DIR [ROUNDS [CACHE_ENTRIES]]]
 * </pre>
 *
 * <ul>
 *   <li>units: every unit a load of CONTENT_DIR gives (as the build state keeps them), each encoded
 *       and decoded on its own, as {@code BuildState} does;
 *   <li>state: a record of columns shaped as the build state's (a file name, a unit number and five
 *       links for each of two pages per unit, file sizes and dates);
 *   <li>cache: a cache folder (in a temporary folder) with one pack of CACHE_ENTRIES entries of 1–3
 *       KB, then warm builds: open, 1,000 look-ups, 2 entries made, close.
 * </ul>
 */
public final class CodecBench {

  /** Columns shaped as the build state's. */
  record Columns(
      String[] files,
      int[] units,
      int[] linkCounts,
      String[] links,
      long[] sizes,
      long[] dates,
      int[] crcs) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private CodecBench() {}

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args.length > 0 ? args[0] : "/tmp/bench/10000/content");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int entries = args.length > 2 ? Integer.parseInt(args[2]) : 40_000;

    ContentLoader.Cache loaded = new ContentLoader.Cache();
    ContentLoader.load(content, new Problems(), loaded, null);
    List<Record> units = new ArrayList<>();
    Map<String, Map<String, Record>> all = loaded.units();
    for (String section : ContentLoader.Cache.SECTIONS) {
      units.addAll(new TreeMap<>(all.getOrDefault(section, Map.of())).values());
    }
    Columns state = columns(units.size());
    System.out.printf(Locale.ROOT, "%d units from %s%n", units.size(), content);
    System.out.printf(
        Locale.ROOT, "%-14s %5s %9s %9s %10s%n", "step", "round", "cpu ms", "wall ms", "alloc MB");

    byte[][] bytes = new byte[units.size()][];
    byte[][] stateBytes = new byte[1][];
    for (int r = 1; r <= rounds; r++) {
      int round = r;
      time(
          "units write",
          round,
          () -> {
            long n = 0;
            for (int i = 0; i < bytes.length; i++) {
              bytes[i] = RecordCodec.write(units.get(i));
              n += bytes[i].length;
            }
            return n;
          });
      time(
          "units read",
          round,
          () -> {
            long n = 0;
            for (byte[] b : bytes) n += RecordCodec.read(b) == null ? 0 : 1;
            return n;
          });
      time(
          "state write",
          round,
          () -> {
            stateBytes[0] = RecordCodec.write(state);
            return stateBytes[0].length;
          });
      time("state read", round, () -> ((Columns) RecordCodec.read(stateBytes[0])).files().length);
    }
    for (int i = 0; i < units.size(); i += Math.max(1, units.size() / 50)) {
      if (!Arrays.equals(bytes[i], RecordCodec.write(RecordCodec.read(bytes[i])))) {
        throw new AssertionError("unit " + i + " does not read back to the same bytes");
      }
    }
    long unitBytes = 0;
    for (byte[] b : bytes) unitBytes += b.length;
    System.out.printf(
        Locale.ROOT, "units %.1f MB, state %.1f MB%n", unitBytes / 1e6, stateBytes[0].length / 1e6);

    cache(entries, rounds * 2);
  }

  private static Columns columns(int units) {
    int pages = Math.max(1, units) * 2;
    SplittableRandom random = new SplittableRandom(20261129L);
    String[] files = new String[pages];
    int[] unit = new int[pages];
    int[] counts = new int[pages];
    String[] links = new String[pages * 5];
    long[] sizes = new long[pages];
    long[] dates = new long[pages];
    int[] crcs = new int[pages];
    for (int i = 0; i < pages; i++) {
      String lang = i % 2 == 0 ? "nb" : "en";
      files[i] = String.format(Locale.ROOT, "%s/sider/side-%06d/index.html", lang, i / 2);
      unit[i] = i / 2;
      counts[i] = 5;
      for (int k = 0; k < 5; k++) {
        links[i * 5 + k] =
            String.format(
                Locale.ROOT, "/%s/sider/side-%06d/#avsnitt-%d", lang, random.nextInt(pages / 2), k);
      }
      sizes[i] = 2_000 + random.nextInt(20_000);
      dates[i] = 1_795_000_000_000L + random.nextInt(1 << 30);
      crcs[i] = random.nextInt();
    }
    return new Columns(files, unit, counts, links, sizes, dates, crcs);
  }

  /** One pack of {@code entries}, then {@code builds} warm builds through the cache. */
  private static void cache(int entries, int builds) throws IOException {
    Path dir = Files.createTempDirectory("codec-bench-");
    try {
      SplittableRandom random = new SplittableRandom(17);
      byte[][] keys = new byte[entries][];
      List<String> warnings = new ArrayList<>();
      BuildCache first = BuildCache.open(dir, "bench", warnings::add);
      for (int i = 0; i < entries; i++) {
        keys[i] = new byte[32];
        for (int k = 0; k < 32; k += 8) {
          long v = random.nextLong();
          for (int j = 0; j < 8; j++) keys[i][k + j] = (byte) (v >>> (8 * j));
        }
        byte[] value = new byte[1_000 + random.nextInt(2_000)];
        Arrays.fill(value, (byte) ('a' + i % 26));
        first.putPage(keys[i], value);
      }
      first.close(true);
      System.out.printf(
          Locale.ROOT, "cache: one pack of %d entries, %.1f MB%n", entries, folderBytes(dir) / 1e6);
      for (int b = 1; b <= builds; b++) {
        BuildCache[] c = new BuildCache[1];
        time(
            "cache open",
            b,
            () -> {
              c[0] = BuildCache.open(dir, "bench", warnings::add);
              return 0;
            });
        int round = b;
        time(
            "cache get",
            b,
            () -> {
              long found = 0;
              for (int i = 0; i < 1_000; i++) {
                if (c[0].page(keys[(i * 7919 + round) % entries]) != null) found++;
              }
              return found;
            });
        c[0].usedInPart();
        byte[] made = new byte[32];
        for (int k = 0; k < 2; k++) {
          made[0] = (byte) b;
          made[1] = (byte) k;
          made[31] = 1;
          c[0].putPage(made.clone(), "made in this build".getBytes());
        }
        time(
            "cache close",
            b,
            () -> {
              c[0].close(true);
              return 0;
            });
        if (c[0].misses() != 0) throw new AssertionError("misses: " + c[0].misses());
      }
      if (!warnings.isEmpty()) throw new AssertionError(warnings.toString());
      System.out.printf(Locale.ROOT, "cache folder at the end: %.1f MB%n", folderBytes(dir) / 1e6);
    } finally {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : (Iterable<Path>) s::iterator) Files.delete(p);
      }
      Files.delete(dir);
    }
  }

  private static long folderBytes(Path dir) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) n += Files.size(p);
    }
    return n;
  }

  /** A step that returns a number, kept so that the work is not dropped. */
  interface Step {
    long run() throws IOException;
  }

  private static long sink;

  private static void time(String name, int round, Step step) throws IOException {
    long id = Thread.currentThread().getId();
    long a0 = THREADS.getThreadAllocatedBytes(id);
    long c0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    sink += step.run();
    long w1 = System.nanoTime();
    long c1 = THREADS.getCurrentThreadCpuTime();
    long a1 = THREADS.getThreadAllocatedBytes(id);
    System.out.printf(
        Locale.ROOT,
        "%-14s %5d %9.1f %9.1f %10.2f%n",
        name,
        round,
        (c1 - c0) / 1e6,
        (w1 - w0) / 1e6,
        (a1 - a0) / 1e6);
  }
}

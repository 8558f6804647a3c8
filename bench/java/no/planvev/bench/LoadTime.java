package no.planvev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import no.planvev.model.Content;
import no.planvev.source.ContentLoader;
import no.planvev.validate.Problems;

/**
 * How long {@link ContentLoader} takes: {@code full} loads CONTENT once (cold JVM), then RUNS more
 * times (warm) and prints the median; {@code edit} loads once through a cache, then RUNS times
 * edits one page file and loads again through the cache with that one changed path.
 *
 * <pre>java -cp target/classes:DEPS no.planvev.bench.LoadTime full|edit CONTENT [RUNS]</pre>
 */
public final class LoadTime {

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Path content = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    if (mode.equals("full")) {
      double[] cold = full(content);
      System.out.printf("cold full load: %.1f ms (CPU of the process: %.1f ms)%n", cold[0], cold[1]);
      List<Double> warm = new ArrayList<>();
      List<Double> warmCpu = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        double[] t = full(content);
        warm.add(t[0]);
        warmCpu.add(t[1]);
      }
      System.out.printf("warm full load, median of %d: %.1f ms (CPU of the process: %.1f ms)%n",
          runs, median(warm), median(warmCpu));
    } else {
      edit(content, runs);
    }
  }

  /** Wall time and the process's CPU time (all threads, JIT and GC included) of one load. */
  private static double[] full(Path content) {
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long t = System.nanoTime();
    Content c = ContentLoader.load(content, new Problems());
    double ms = (System.nanoTime() - t) / 1e6;
    if (c == null) throw new IllegalStateException("content did not load");
    return new double[] {ms, (os.getProcessCpuTime() - cpu) / 1e6};
  }

  private static void edit(Path content, int runs) throws IOException {
    ContentLoader.Cache cache = new ContentLoader.Cache();
    long t = System.nanoTime();
    ContentLoader.load(content, new Problems(), cache, null);
    System.out.printf("first load through the cache (cold): %.1f ms%n",
        (System.nanoTime() - t) / 1e6);
    Path page = content.resolve("pages/side-000001.nb.md").toAbsolutePath();
    String original = Files.readString(page, StandardCharsets.UTF_8);
    List<Double> times = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try {
      for (int i = 0; i < runs; i++) {
        Files.writeString(page, original + "\nEdit " + i + ".\n", StandardCharsets.UTF_8);
        long c = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        ContentLoader.load(content, new Problems(), cache, Set.of(page));
        times.add((System.nanoTime() - s) / 1e6);
        cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
      }
    } finally {
      Files.writeString(page, original, StandardCharsets.UTF_8);
    }
    System.out.printf("cached load after a one-file edit: first %.1f ms, median of %d: %.1f ms"
        + " (CPU time of the loading thread: median %.1f ms)%n",
        times.get(0), runs, median(times), median(cpu));
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}

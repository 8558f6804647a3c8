package no.planvev.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import no.planvev.build.BuildMemo;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;

/**
 * The edit–rebuild loop of {@code planvev serve} without the server: builds CONTENT in memory
 * once (cold), then RUNS times edits one page and rebuilds in the same JVM through a
 * {@link BuildMemo} told which file changed, as the preview does; prints each time and the
 * median of the last half (the JIT warms up over the first dozens). Add
 * {@code -Dplanvev.timings=true} for the phases of each rebuild.
 *
 * <pre>java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/planvev.jar:target/test-classes \
 *     no.planvev.bench.EditLoop CONTENT [RUNS]</pre>
 */
public final class EditLoop {

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    BuildOptions options = new BuildOptions(content, Path.of("templates"), Path.of("target/unused"),
        null, LocalDate.of(2026, 6, 1), false);
    Path page = content.resolve("pages/side-000001.en.md");
    String original = Files.readString(page, StandardCharsets.UTF_8);
    List<Double> warm = new ArrayList<>();
    BuildMemo memo = new BuildMemo();
    try {
      System.out.printf("cold build: %.0f ms%n", timed(options, memo, null));
      for (int i = 0; i < runs; i++) {
        Files.writeString(page, original + "\nEdit number " + i + ".\n", StandardCharsets.UTF_8);
        double ms = timed(options, memo, Set.of(page.toAbsolutePath()));
        if (i >= runs / 2) warm.add(ms);
        System.out.printf("rebuild %d after a one-file edit: %.0f ms%n", i + 1, ms);
      }
    } finally {
      Files.writeString(page, original, StandardCharsets.UTF_8);
    }
    Collections.sort(warm);
    System.out.printf("median rebuild: %.0f ms (the last %d of %d runs)%n",
        warm.get(warm.size() / 2), warm.size(), runs);
  }

  /** Wall milliseconds of one in-memory build; prints the process CPU time it took as well. */
  private static double timed(BuildOptions options, BuildMemo memo, Set<Path> changed) {
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    BuildResult r = Builder.render(options, memo, changed);
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf("  (cpu %.0f ms) ", (os.getProcessCpuTime() - c0) / 1e6);
    if (!r.ok()) throw new IllegalStateException(r.problems().all().toString());
    return ms;
  }
}

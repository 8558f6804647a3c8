package no.planvev.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;

/**
 * The edit–rebuild loop of {@code planvev serve}: builds CONTENT in memory once (cold), then
 * RUNS times edits one page and builds again in the same JVM, and prints each time and the
 * median. Builder has no incremental mode yet, so every rebuild is a full in-memory render.
 *
 * <pre>java -cp target/planvev.jar:target/test-classes no.planvev.bench.EditLoop CONTENT [RUNS]</pre>
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
    try {
      System.out.printf("cold build: %.0f ms%n", timed(options));
      for (int i = 0; i < runs; i++) {
        Files.writeString(page, original + "\nEdit number " + i + ".\n", StandardCharsets.UTF_8);
        double ms = timed(options);
        warm.add(ms);
        System.out.printf("rebuild %d after a one-file edit: %.0f ms%n", i + 1, ms);
      }
    } finally {
      Files.writeString(page, original, StandardCharsets.UTF_8);
    }
    Collections.sort(warm);
    System.out.printf("median rebuild: %.0f ms (%d runs)%n", warm.get(warm.size() / 2), runs);
  }

  /** Wall milliseconds of one in-memory build; prints the process CPU time it took as well. */
  private static double timed(BuildOptions options) {
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    BuildResult r = Builder.render(options);
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf("  (cpu %.0f ms) ", (os.getProcessCpuTime() - c0) / 1e6);
    if (!r.ok()) throw new IllegalStateException(r.problems().all().toString());
    return ms;
  }
}

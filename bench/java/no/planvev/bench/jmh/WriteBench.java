package no.planvev.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.planvev.output.SiteWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing a site: 1,000 pages of 10 kB, each in its own folder ({@code nb/<slug>/index.html}),
 * into a staging folder, then the swap into place. Measures the file system as much as our code;
 * compare with the same run on tmpfs ({@code -Djava.io.tmpdir=/dev/shm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBench {

  private Path dir;
  private byte[] page;

  @Setup
  public void setup() throws IOException {
    dir = Files.createTempDirectory("planvev-write");
    page = "<p>planvev</p>\n".repeat(680).getBytes(StandardCharsets.UTF_8);
  }

  @TearDown
  public void tearDown() throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** 1,000 pages written and committed (the old output is removed by the commit). */
  @Benchmark
  public void thousandPages() throws IOException {
    try (SiteWriter w = SiteWriter.open(dir.resolve("site"))) {
      for (int i = 0; i < 1000; i++) {
        w.write((i % 2 == 0 ? "nb/" : "en/") + "side-" + i + "/index.html", page);
      }
      w.commit();
    }
  }
}

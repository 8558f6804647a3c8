package no.planvev.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.planvev.bench.SyntheticSite;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.build.Builder;
import no.planvev.model.Content;
import no.planvev.source.ContentLoader;
import no.planvev.validate.LinkChecker;
import no.planvev.validate.PageLinks;
import no.planvev.validate.Problems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The link check of a synthetic site of {@code pages} pages in nb and en (built in memory with
 * the real templates): the old regular-expression check, the new scan + check, their parts, and
 * a re-check after one page changed on a kept checker (the preview).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinkBench {

  @Param({"500"})
  public int pages;

  private Path dir;
  private Content content;
  private Map<String, byte[]> generated;
  private Set<String> copied;
  private Set<String> allFiles;
  private Map<String, PageLinks> scanned;
  private LinkChecker kept;
  private String changedPath;
  private PageLinks changedA;
  private PageLinks changedB;
  private boolean flip;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    dir = Files.createTempDirectory("planvev-jmh");
    new SyntheticSite(20261117L).pages(pages, dir.resolve("content"));
    BuildResult result = Builder.render(new BuildOptions(dir.resolve("content"),
        Path.of("templates"), dir.resolve("out"), null, LocalDate.of(2026, 6, 1), false));
    if (!result.ok()) throw new IllegalStateException(result.problems().all().toString());
    generated = result.site().generated();
    copied = result.site().copied().keySet();
    allFiles = new HashSet<>(generated.keySet());
    allFiles.addAll(copied);
    content = ContentLoader.load(dir.resolve("content"), new Problems());
    scanned = new LinkedHashMap<>();
    generated.forEach((k, v) -> {
      if (k.endsWith(".html")) scanned.put(k, LinkChecker.scan(v));
    });
    kept = new LinkChecker();
    scanned.forEach(kept::add);
    kept.check(allFiles, content, dir.resolve("content"), new Problems());
    changedPath = "nb/side-000042/index.html";
    byte[] page = generated.get(changedPath);
    if (page == null) throw new IllegalStateException("no " + changedPath);
    changedA = LinkChecker.scan(page);
    changedB = LinkChecker.scan((new String(page, java.nio.charset.StandardCharsets.UTF_8)
        + "<a href=\"../side-000043/\">x</a>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    System.err.println("link bench: " + scanned.size() + " pages, " + allFiles.size() + " files");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The old entry point on the new checker: scan every page, check once. */
  @Benchmark
  public Problems newScanAndCheck() {
    Problems problems = new Problems();
    LinkChecker.check(generated, copied, content, dir.resolve("content"), problems);
    return problems;
  }

  /** Scanning alone, one thread (in a build it runs on the render workers). */
  @Benchmark
  public int newScanOnly() {
    int n = 0;
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      if (e.getKey().endsWith(".html")) n += LinkChecker.scan(e.getValue()).hashCode();
    }
    return n;
  }

  /** Checking alone, pages scanned beforehand (what is left after rendering). */
  @Benchmark
  public Problems newCheckOnly() {
    LinkChecker checker = new LinkChecker();
    scanned.forEach(checker::add);
    Problems problems = new Problems();
    checker.check(allFiles, content, dir.resolve("content"), problems);
    return problems;
  }

  /** The preview: one page changed (a link added or removed), re-check on the kept checker. */
  @Benchmark
  public Problems incrementalOnePage() {
    flip = !flip;
    kept.replace(changedPath, flip ? changedB : changedA);
    Problems problems = new Problems();
    kept.check(allFiles, content, dir.resolve("content"), problems);
    return problems;
  }
}

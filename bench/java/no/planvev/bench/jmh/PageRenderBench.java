package no.planvev.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.planvev.bench.SyntheticSite;
import no.planvev.model.Content;
import no.planvev.render.SiteRenderer;
import no.planvev.source.ContentLoader;
import no.planvev.source.UiStrings;
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
 * Template rendering of one plain page (Markdown body, chrome, Freemarker) on a site of
 * {@code pages} synthetic pages, and of one project page on a plan-shaped site. The site size
 * matters when per-page work walks all pages (the main menu, for one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageRenderBench {

  @Param({"100", "10000"})
  public int pages;

  private Path dir;
  private SiteRenderer.PageJob plainPage;
  private SiteRenderer.PageJob projectPage;
  private SiteRenderer.PageJob timelinePage;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    dir = Files.createTempDirectory("planvev-jmh");
    SyntheticSite gen = new SyntheticSite(20261117L);
    gen.pages(pages, dir.resolve("pages"));
    gen.plan(10, 30, 10, dir.resolve("plan"));
    no.planvev.theme.Theme templates = no.planvev.theme.Theme.over(Path.of("templates"));
    Problems problems = new Problems();
    Map<String, Map<String, String>> ui = UiStrings.load(templates, problems);
    SiteRenderer renderer = new SiteRenderer(templates, ui, problems);
    LocalDate today = LocalDate.of(2026, 6, 1);
    List<SiteRenderer.PageJob> plain =
        renderer.pages(ContentLoader.load(dir.resolve("pages"), problems), today);
    Content plan = ContentLoader.load(dir.resolve("plan"), problems);
    List<SiteRenderer.PageJob> planJobs = renderer.pages(plan, today);
    if (problems.hasErrors()) throw new IllegalStateException(problems.all().toString());
    plainPage = find(plain, "nb/side-000042/index.html");
    projectPage = find(planJobs, "nb/prosjekter/prosjekt-0003/index.html");
    timelinePage = find(planJobs, "nb/tidslinje/index.html");
  }

  private static SiteRenderer.PageJob find(List<SiteRenderer.PageJob> jobs, String path) {
    return jobs.stream().filter(j -> j.path().equals(path)).findFirst().orElseThrow(
        () -> new IllegalStateException(path + " not among " + jobs.size() + " pages"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One plain page: about 600 words of Markdown in the site chrome. */
  @Benchmark
  public byte[] plainPage() throws Exception {
    return plainPage.render().call();
  }

  /** One project page: 30 activities in 6 measures (plan-shaped site, 10 projects). */
  @Benchmark
  public byte[] projectPage() throws Exception {
    return projectPage.render().call();
  }

  /** The timeline: 300 activities of 10 projects. */
  @Benchmark
  public byte[] timelinePage() throws Exception {
    return timelinePage.render().call();
  }
}

package no.planvev.render;

import java.util.concurrent.TimeUnit;
import no.planvev.bench.SyntheticSite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Markdown to HTML for one synthetic page body (about 600 words, headings, lists, a table,
 * links): the per-page cost of the render package's flexmark wrapper. In package
 * {@code no.planvev.render} (bench source root) because {@code Markdown} is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBench {

  @Param({"nb", "en"})
  public String lang;

  private Markdown markdown;
  private String body;
  private String summary;

  @Setup
  public void setup() {
    markdown = new Markdown();
    SyntheticSite.PageText page = new SyntheticSite(20261117L).page(41, lang);
    body = page.body();
    summary = page.summary();
  }

  /** One page body, headings starting at level 2. */
  @Benchmark
  public String pageBody() {
    return markdown.toHtml(body, 2);
  }

  /** One inline text (a summary or a title with Markdown). */
  @Benchmark
  public String inline() {
    return markdown.inlineHtml(summary);
  }

  /** Building the flexmark parser and renderer (done once per build). */
  @Benchmark
  public Markdown construct() {
    return new Markdown();
  }
}

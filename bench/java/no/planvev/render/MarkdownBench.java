package no.planvev.render;

import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * links): the per-page cost of the render package's flexmark wrapper, without its memo. In package
 * {@code no.planvev.render} (bench source root) because {@code Markdown} is package-private.
 * {@code impl=reference} runs the original flexmark setup ({@code Markdown.stock()}: stock
 * flexmark) in the same run, so before and after are measured under the same machine load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBench {

  @Param({"nb", "en"})
  public String lang;

  @Param({"current", "reference"})
  public String impl;

  private BiFunction<String, Integer, String> block;
  private Function<String, String> inline;
  private String body;
  private String summary;
  private String title;

  @Setup
  public void setup() {
    if (impl.equals("reference")) {
      Markdown md = Markdown.stock();
      block = md::toHtml;
      inline = md::inlineHtml;
    } else {
      Markdown md = new Markdown(false);
      block = md::toHtml;
      inline = md::inlineHtml;
    }
    SyntheticSite.PageText page = new SyntheticSite(20261117L).page(41, lang);
    body = page.body();
    summary = page.summary();
    title = page.title();
  }

  /** One page body, headings starting at level 2. */
  @Benchmark
  public String pageBody() {
    return block.apply(body, 2);
  }

  /** One summary sentence (plain text) as inline HTML. */
  @Benchmark
  public String inlineSummary() {
    return inline.apply(summary);
  }

  /** A summary with Markdown emphasis and a link, so it cannot take a plain-text path. */
  @Benchmark
  public String inlineMarkdown() {
    return inline.apply("*" + title + "* og [mer](https://example.no/x)");
  }

  /** Building the flexmark parser and renderer (done once per build). */
  @Benchmark
  public Markdown construct() {
    return new Markdown();
  }
}

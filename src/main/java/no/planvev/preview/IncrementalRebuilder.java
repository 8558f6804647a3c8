package no.planvev.preview;

import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import no.planvev.build.BuildMemo;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;
import no.planvev.render.RenderMemo;

/**
 * Rebuilds through a memo kept between rebuilds, so only what a change touches is rendered again:
 * Markdown bodies are rendered once per source text, and a page whose template values are the same
 * as in the last build keeps its bytes. A change under the theme's override folder or to {@code
 * site.yaml} (or to a folder holding either) starts from an empty memo. The content is loaded and
 * checked in full every time; the result equals a full build.
 */
final class IncrementalRebuilder implements Rebuilder {

  private final Supplier<BuildOptions> options;
  private final Build render;
  private BuildMemo memo;
  private boolean lastWasFull;
  private SortedSet<String> lastRendered = new TreeSet<>();

  /** {@code Builder::render}. */
  @FunctionalInterface
  interface Build {
    BuildResult render(BuildOptions options, BuildMemo memo, Set<Path> changed);
  }

  IncrementalRebuilder(Supplier<BuildOptions> options, Build render) {
    this.options = options;
    this.render = render;
  }

  @Override
  public synchronized BuildResult rebuild(Set<Path> changed) throws Exception {
    BuildOptions o = options.get();
    if (Boolean.getBoolean("planvev.timings")) System.err.println("planvev: changed " + changed);
    lastWasFull = memo == null || changed.isEmpty() || touchesEverything(changed, o);
    if (lastWasFull) memo = new BuildMemo();
    memo.render().takeRendered();
    BuildResult result = render.render(o, memo, lastWasFull ? null : changed);
    lastRendered = memo.render().takeRendered();
    return result;
  }

  /** True when the last rebuild started from an empty memo. */
  synchronized boolean lastWasFull() {
    return lastWasFull;
  }

  /** The output paths of the pages the last rebuild rendered through their templates. */
  synchronized SortedSet<String> lastRendered() {
    return lastRendered;
  }

  /** The memo, for tests (Markdown hits and misses). */
  synchronized RenderMemo memo() {
    return memo.render();
  }

  /** A change to templates (layouts, UI strings) or to site.yaml can touch every page. */
  static boolean touchesEverything(Set<Path> changed, BuildOptions o) {
    Path templates = o.theme().overrideDir().map(d -> d.toAbsolutePath().normalize()).orElse(null);
    Path site = o.content().toAbsolutePath().normalize().resolve("site.yaml");
    for (Path p : changed) {
      Path c = p.toAbsolutePath().normalize();
      if (templates != null && (c.startsWith(templates) || templates.startsWith(c))) return true;
      if (site.startsWith(c)) return true;
    }
    return false;
  }
}

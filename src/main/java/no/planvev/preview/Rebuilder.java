package no.planvev.preview;

import java.nio.file.Path;
import java.util.Set;
import no.planvev.build.BuildOptions;
import no.planvev.build.BuildResult;

/**
 * Builds the site again after source files changed. The preview server only calls this; a full
 * rebuild ({@link #full}) is the reference, and an incremental one must give the same bytes.
 */
@FunctionalInterface
public interface Rebuilder {

  /**
   * The site after {@code changed} (absolute paths of files or folders that were created, modified
   * or deleted; empty on the first build) — in memory, nothing written. May throw; the server turns
   * any exception into a problem shown in the browser.
   */
  BuildResult rebuild(Set<Path> changed) throws Exception;

  /** A rebuilder that ignores what changed and builds everything. */
  static Rebuilder full(java.util.concurrent.Callable<BuildResult> build) {
    return changed -> build.call();
  }

  /**
   * A rebuilder that keeps rendered Markdown and unchanged pages between rebuilds and renders only
   * what changed (see {@link IncrementalRebuilder}); {@code render} is {@code Builder::render}.
   * Options are read at each rebuild.
   */
  static Rebuilder incremental(
      java.util.function.Supplier<BuildOptions> options, IncrementalRebuilder.Build render) {
    return new IncrementalRebuilder(options, render);
  }
}

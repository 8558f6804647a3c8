package no.planvev.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import no.planvev.build.BuildOptions;
import no.planvev.build.Builder;
import no.planvev.diag.Problems;

/** A check as {@code planvev check} runs it: the real build, in memory, nothing written. */
final class Pipeline {

  static final Path TEMPLATES = Path.of("templates");

  private Pipeline() {}

  static Problems check(Path contentDir, LocalDate today) {
    return Builder.render(new BuildOptions(contentDir, TEMPLATES, null, null, today, false))
        .problems();
  }
}

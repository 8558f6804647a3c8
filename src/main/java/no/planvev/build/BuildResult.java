package no.planvev.build;

import java.time.Duration;
import no.planvev.validate.Coverage;
import no.planvev.validate.Problems;

/**
 * What a build produced: its problems and, when there were no errors, the site; and how much of
 * the content is translated ({@code coverage}, null when the content could not be read).
 */
public record BuildResult(Problems problems, SiteFiles site, Duration time, Coverage coverage) {

  public BuildResult(Problems problems, SiteFiles site, Duration time) {
    this(problems, site, time, null);
  }

  public boolean ok() {
    return !problems.hasErrors();
  }
}

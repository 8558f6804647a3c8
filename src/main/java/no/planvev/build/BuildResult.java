package no.planvev.build;

import java.time.Duration;
import no.planvev.validate.Problems;

/** What a build produced: its problems and, when there were no errors, the site. */
public record BuildResult(Problems problems, SiteFiles site, Duration time) {

  public boolean ok() {
    return !problems.hasErrors();
  }
}

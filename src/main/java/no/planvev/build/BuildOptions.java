package no.planvev.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build: folders, the build date (decides overdue and the "today" marker), and an
 * optional {@code base_url} override. {@code strict} turns warnings into errors; {@code force}
 * lets a build replace an output folder that planvev did not write ({@code --force}).
 */
public record BuildOptions(Path content, Path templates, Path output, String baseUrl,
    LocalDate date, boolean strict, boolean force) {

  /** Without {@code --force}. */
  public BuildOptions(Path content, Path templates, Path output, String baseUrl, LocalDate date,
      boolean strict) {
    this(content, templates, output, baseUrl, date, strict, false);
  }
}

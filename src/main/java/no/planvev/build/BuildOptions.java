package no.planvev.build;

import java.nio.file.Path;
import java.time.LocalDate;
import no.planvev.theme.Theme;

/**
 * What to build: folders, the build date (decides overdue and the "today" marker), and an optional
 * {@code base_url} override. {@code strict} turns warnings into errors; {@code force} lets a build
 * replace an output folder that planvev did not write ({@code --force}). {@code templates} is the
 * folder that overrides the built-in theme ({@code --templates}); null looks for a {@code
 * templates/} folder beside the content folder (see {@link Theme#lookup}).
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path output,
    String baseUrl,
    LocalDate date,
    boolean strict,
    boolean force) {

  /** Without {@code --force}. */
  public BuildOptions(
      Path content, Path templates, Path output, String baseUrl, LocalDate date, boolean strict) {
    this(content, templates, output, baseUrl, date, strict, false);
  }

  /** The theme this build reads its templates, UI strings and static files from. */
  public Theme theme() {
    return Theme.lookup(templates, content);
  }
}

package no.planvev.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build: folders, the build date (decides overdue and the "today" marker), and an
 * optional {@code base_url} override. {@code strict} turns warnings into errors.
 */
public record BuildOptions(Path content, Path templates, Path output, String baseUrl,
    LocalDate date, boolean strict) {}

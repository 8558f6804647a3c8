package no.planvev.model;

import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * A period report: {@code reports/<id>.<lang>.md}. {@code projects} lists the ids of the projects
 * it covers; empty means every project.
 */
public record Report(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    ReportPeriod period,
    LocalDate published,
    List<String> projects,
    LText body) {

  public Report {
    projects = List.copyOf(projects);
  }

  /** Whether this report covers project {@code p}. */
  public boolean covers(Project p) {
    return projects.isEmpty() || projects.contains(p.id());
  }
}

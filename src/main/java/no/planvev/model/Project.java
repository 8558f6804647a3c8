package no.planvev.model;

import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * A project: {@code projects/<id>/project.yaml} with its intro text. {@code statusDate} is the day
 * its status was last confirmed and {@code progress} an editor's own percent that overrides the one
 * counted from the activities; both may be null.
 */
public record Project(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    LText owner,
    LText manager,
    Deadline period,
    LText phase,
    ProjectStatus status,
    List<AreaRef> supports,
    LText summary,
    List<Initiative> initiatives,
    List<Activity> activities,
    LText intro,
    LocalDate statusDate,
    Integer progress,
    Provenance provenance)
    implements Unit {

  public Project {
    if (provenance == null) provenance = Provenance.of(pos);
    supports = List.copyOf(supports);
    initiatives = List.copyOf(initiatives);
    activities = List.copyOf(activities);
    if (progress != null && (progress < 0 || progress > 100)) {
      throw new IllegalArgumentException("progress " + progress + " is not 0-100");
    }
  }

  /** Every activity of the project, in document order: project, initiatives, measures. */
  public List<Activity> allActivities() {
    return LocatedActivity.of(this).stream().map(LocatedActivity::activity).toList();
  }
}

package no.planvev.model;

import java.util.List;

/** A project: {@code projects/<id>/project.yaml} with its intro text. */
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
    LText intro) {

  public Project {
    supports = List.copyOf(supports);
    initiatives = List.copyOf(initiatives);
    activities = List.copyOf(activities);
  }

  /** Every activity of the project, in document order: project, initiatives, measures. */
  public List<Activity> allActivities() {
    return LocatedActivity.of(this).stream().map(LocatedActivity::activity).toList();
  }
}

package no.planvev.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An activity with the project, initiative and measure it stands under ({@code initiative} and
 * {@code measure} null when it stands higher up), and a key that is stable across builds and unique
 * in the site: {@code <project-id>/<activity-id>} (see {@link ActivityIds} for how an activity
 * without an {@code id:} gets one).
 */
public record LocatedActivity(
    Project project, Initiative initiative, Measure measure, Activity activity, String key) {

  /**
   * Every activity of the project in document order (project, initiatives, measures): the one walk
   * through a project's activities ({@link Project#allActivities()} uses it too).
   */
  public static List<LocatedActivity> of(Project project) {
    List<LocatedActivity> out = new ArrayList<>();
    for (Activity a : project.activities()) out.add(locate(project, null, null, a));
    for (Initiative i : project.initiatives()) {
      for (Activity a : i.activities()) out.add(locate(project, i, null, a));
      for (Measure m : i.measures()) {
        for (Activity a : m.activities()) out.add(locate(project, i, m, a));
      }
    }
    return List.copyOf(out);
  }

  /** The id path: {@code project/initiative/measure}, as far down as the activity stands. */
  public String idPath() {
    StringBuilder sb = new StringBuilder(project.id());
    if (initiative != null) sb.append('/').append(initiative.id());
    if (measure != null) sb.append('/').append(measure.id());
    return sb.toString();
  }

  private static LocatedActivity locate(Project p, Initiative i, Measure m, Activity a) {
    return new LocatedActivity(p, i, m, a, key(p, a));
  }

  /** The key of activity {@code a} of project {@code p}: {@code <project-id>/<activity-id>}. */
  public static String key(Project p, Activity a) {
    return p.id() + "/" + a.id();
  }
}

package no.planvev.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed between {@code since} (exclusive) and {@code until} (inclusive, the report's
 * published date), computed from status dates, deadline history, statuses and start dates:
 *
 * <ul>
 *   <li>completed: status {@code done} with a status date in the window;
 *   <li>moved: an earlier deadline moved ({@code moved.on}) in the window;
 *   <li>newly late: due in the window and not done, cancelled or postponed as of {@code until};
 *   <li>new: the activity's {@code start} falls in the window (an activity without a start is never
 *       counted as new).
 * </ul>
 *
 * {@code since} is the previous report's published date, or the day before the period starts for
 * the first report. {@code progress} counts every covered activity as of {@code until}.
 */
public record ReportChanges(
    LocalDate since,
    LocalDate until,
    List<LocatedActivity> completed,
    List<Moved> moved,
    List<LocatedActivity> late,
    List<LocatedActivity> added,
    Progress progress) {

  /** A deadline move in the window. */
  public record Moved(LocatedActivity activity, DeadlineMove move) {}

  public ReportChanges {
    completed = List.copyOf(completed);
    moved = List.copyOf(moved);
    late = List.copyOf(late);
    added = List.copyOf(added);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return completed.isEmpty() && moved.isEmpty() && late.isEmpty() && added.isEmpty();
  }

  /**
   * The report before {@code report} among {@code all}: the one with the latest published date
   * before it (ties broken by id), or null.
   */
  public static Report previous(Report report, List<Report> all) {
    Report best = null;
    for (Report r : all) {
      if (r == report || r.id().equals(report.id())) continue;
      boolean before =
          r.published().isBefore(report.published())
              || r.published().equals(report.published()) && r.id().compareTo(report.id()) < 0;
      if (!before) continue;
      if (best == null
          || r.published().isAfter(best.published())
          || r.published().equals(best.published()) && r.id().compareTo(best.id()) > 0) {
        best = r;
      }
    }
    return best;
  }

  /** The changes {@code report} lists, with {@code all} the site's reports. */
  public static ReportChanges of(Report report, List<Report> all, List<Project> projects) {
    Report prev = previous(report, all);
    LocalDate since = prev != null ? prev.published() : report.period().start().minusDays(1);
    return of(since, report.published(), projects.stream().filter(report::covers).toList());
  }

  /** The changes in ({@code since}, {@code until}] among {@code projects}. */
  public static ReportChanges of(LocalDate since, LocalDate until, List<Project> projects) {
    List<LocatedActivity> completed = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    List<LocatedActivity> late = new ArrayList<>();
    List<LocatedActivity> added = new ArrayList<>();
    List<Activity> all = new ArrayList<>();
    for (Project p : projects) {
      for (LocatedActivity la : LocatedActivity.of(p)) {
        Activity a = la.activity();
        all.add(a);
        if (a.status() == ActivityStatus.DONE && in(a.statusDate(), since, until)) {
          completed.add(la);
        }
        for (DeadlineMove m : a.moved()) {
          if (in(m.on(), since, until)) moved.add(new Moved(la, m));
        }
        if (in(a.deadline().due(), since, until)) {
          ActivityState s = a.state(until);
          if (s == ActivityState.OVERDUE || s == ActivityState.NOT_REPORTED) late.add(la);
        }
        if (a.start() != null && in(a.start().start(), since, until)) added.add(la);
      }
    }
    Comparator<LocatedActivity> byDue =
        Comparator.comparing((LocatedActivity la) -> la.activity().deadline().due())
            .thenComparing((LocatedActivity la) -> la.key());
    completed.sort(
        Comparator.comparing((LocatedActivity la) -> la.activity().statusDate())
            .thenComparing((LocatedActivity la) -> la.key()));
    moved.sort(
        Comparator.comparing((Moved m) -> m.move().on()).thenComparing(m -> m.activity().key()));
    late.sort(byDue);
    added.sort(
        Comparator.comparing((LocatedActivity la) -> la.activity().start().start())
            .thenComparing((LocatedActivity la) -> la.key()));
    return new ReportChanges(since, until, completed, moved, late, added, Progress.of(all, until));
  }

  private static boolean in(LocalDate d, LocalDate since, LocalDate until) {
    return d != null && d.isAfter(since) && !d.isAfter(until);
  }
}

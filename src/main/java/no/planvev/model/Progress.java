package no.planvev.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How far along some work is on a day: its activities counted by {@link ActivityState}, and a share
 * done. Cancelled activities do not count; the share is {@code done / counted}, or the project's
 * own {@code progress:} when the editor gave one. A focus area's share is the mean of the shares of
 * the projects that support it; a plan's combines its focus areas by their weights (equal weights
 * when the plan has none), over the areas that have a share.
 */
public record Progress(
    int done, int ongoing, int late, int notReported, int cancelled, Integer override) {

  /** Nothing to count. */
  public static final Progress NONE = new Progress(0, 0, 0, 0, 0, null);

  /** The activities that count towards the share: all but the cancelled ones. */
  public int counted() {
    return done + ongoing + late + notReported;
  }

  /** The share done, 0–1; null when there is nothing to count and no override. */
  public Double share() {
    if (override != null) return override / 100.0;
    return counted() == 0 ? null : done / (double) counted();
  }

  /** The share done as a whole percent (rounded half up); null as {@link #share()}. */
  public Integer percent() {
    return percent(share());
  }

  /** A share (0–1) as a whole percent, rounded half up; null stays null. */
  public static Integer percent(Double share) {
    return share == null ? null : (int) Math.round(share * 100);
  }

  /** {@code activities} counted on {@code today}. */
  public static Progress of(List<Activity> activities, LocalDate today) {
    int done = 0;
    int ongoing = 0;
    int late = 0;
    int notReported = 0;
    int cancelled = 0;
    for (Activity a : activities) {
      switch (a.state(today)) {
        case DONE -> done++;
        case OVERDUE -> late++;
        case NOT_REPORTED -> notReported++;
        case CANCELLED -> cancelled++;
        case IN_PROGRESS, UPCOMING, POSTPONED -> ongoing++;
      }
    }
    return new Progress(done, ongoing, late, notReported, cancelled, null);
  }

  /** A project's activities counted on {@code today}, with the editor's own percent if any. */
  public static Progress of(Project p, LocalDate today) {
    Progress counted = of(p.allActivities(), today);
    return new Progress(
        counted.done,
        counted.ongoing,
        counted.late,
        counted.notReported,
        counted.cancelled,
        p.progress());
  }

  /** An initiative's own activities and those of its measures. */
  public static Progress of(Initiative i, LocalDate today) {
    List<Activity> all = new ArrayList<>(i.activities());
    for (Measure m : i.measures()) all.addAll(m.activities());
    return of(all, today);
  }

  /**
   * The mean share of the projects in {@code projects} that support {@code area} of {@code plan}.
   */
  public static Double area(Plan plan, FocusArea area, List<Project> projects, LocalDate today) {
    double sum = 0;
    int n = 0;
    for (Project p : projects) {
      boolean supports =
          p.supports().stream()
              .anyMatch(r -> r.planId().equals(plan.id()) && r.areaId().equals(area.id()));
      Double s = supports ? of(p, today).share() : null;
      if (s != null) {
        sum += s;
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /**
   * The plan's share: {@code Σ weight × share / Σ weight} over its focus areas that have a share
   * (weight 1 each when the plan gives no weights); null when no area has one.
   */
  public static Double plan(Plan plan, List<Project> projects, LocalDate today) {
    double sum = 0;
    double weights = 0;
    for (FocusArea a : plan.focusAreas()) {
      Double s = area(plan, a, projects, today);
      if (s == null) continue;
      double w = plan.hasWeights() ? (a.weight() == null ? 0 : a.weight()) : 1;
      sum += w * s;
      weights += w;
    }
    return weights == 0 ? null : sum / weights;
  }
}

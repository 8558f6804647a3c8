package no.planvev.render;

import java.time.LocalDate;
import java.util.Locale;
import no.planvev.model.Activity;
import no.planvev.model.Deadline;

/** How an activity stands on the build date: its status, with overdue derived from the deadline. */
public enum ActivityState {
  DONE, CANCELLED, POSTPONED, OVERDUE, IN_PROGRESS, UPCOMING;

  /** Planned or in-progress work whose due day is before {@code today} is overdue. */
  public static ActivityState of(Activity a, LocalDate today) {
    return of(a.status(), a.deadline(), today);
  }

  static ActivityState of(no.planvev.model.ActivityStatus status, Deadline deadline,
      LocalDate today) {
    return switch (status) {
      case DONE -> DONE;
      case CANCELLED -> CANCELLED;
      case POSTPONED -> POSTPONED;
      case PLANNED, IN_PROGRESS -> deadline.due().isBefore(today) ? OVERDUE
          : status == no.planvev.model.ActivityStatus.IN_PROGRESS ? IN_PROGRESS : UPCOMING;
    };
  }

  /** The key used in UI strings and CSS classes: {@code overdue}, {@code in_progress}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

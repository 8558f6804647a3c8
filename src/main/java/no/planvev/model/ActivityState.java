package no.planvev.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How an activity stands on the build date: its status, with overdue derived from the deadline.
 * The one rule for "overdue": pages, data files, calendars and checks all ask {@link
 * Activity#state(LocalDate)}.
 */
public enum ActivityState {
  DONE, CANCELLED, POSTPONED, OVERDUE, IN_PROGRESS, UPCOMING;

  /** Planned or in-progress work whose due day is before {@code today} is overdue. */
  public static ActivityState of(ActivityStatus status, Deadline deadline, LocalDate today) {
    return switch (status) {
      case DONE -> DONE;
      case CANCELLED -> CANCELLED;
      case POSTPONED -> POSTPONED;
      case PLANNED, IN_PROGRESS -> deadline.due().isBefore(today) ? OVERDUE
          : status == ActivityStatus.IN_PROGRESS ? IN_PROGRESS : UPCOMING;
    };
  }

  /** The key used in UI strings and CSS classes: {@code overdue}, {@code in_progress}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package no.planvev.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How an activity stands on the build date: its status, with overdue derived from the deadline. The
 * one rule for "overdue": pages, data files, calendars and checks all ask {@link
 * Activity#state(LocalDate)}.
 */
public enum ActivityState {
  DONE,
  CANCELLED,
  POSTPONED,
  OVERDUE,
  NOT_REPORTED,
  IN_PROGRESS,
  UPCOMING;

  /**
   * Planned or in-progress work whose due day is before {@code today} is overdue when its status
   * was confirmed after the due day (or no status date is known: the status is then taken as
   * current), and not reported when the status was last confirmed on or before the due day: nobody
   * has said since whether it was done.
   */
  public static ActivityState of(
      ActivityStatus status, Deadline deadline, LocalDate statusDate, LocalDate today) {
    return switch (status) {
      case DONE -> DONE;
      case CANCELLED -> CANCELLED;
      case POSTPONED -> POSTPONED;
      case PLANNED, IN_PROGRESS -> {
        if (!deadline.due().isBefore(today)) {
          yield status == ActivityStatus.IN_PROGRESS ? IN_PROGRESS : UPCOMING;
        }
        yield statusDate != null && !statusDate.isAfter(deadline.due()) ? NOT_REPORTED : OVERDUE;
      }
    };
  }

  /** The key used in UI strings and CSS classes: {@code overdue}, {@code in_progress}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package no.planvev.model;

import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * Something to be done by someone by a deadline. {@code id} is unique within its project: the
 * editor's {@code id:}, or one made from the title ({@link ActivityIds}); {@code start} and {@code
 * note} may be null. {@code statusDate} is the day its status was last confirmed: its own {@code
 * status_date}, else its measure's, initiative's or project's (null when none has one); {@code
 * moved} lists its earlier deadlines, oldest first.
 */
public record Activity(
    SourcePos pos,
    String id,
    LText title,
    LText responsible,
    Deadline deadline,
    Deadline start,
    ActivityStatus status,
    LText note,
    List<LText> participants,
    LocalDate statusDate,
    List<DeadlineMove> moved) {

  public Activity {
    participants = List.copyOf(participants);
    moved = List.copyOf(moved);
  }

  /** How this activity stands on {@code today}. */
  public ActivityState state(LocalDate today) {
    return ActivityState.of(status, deadline, statusDate, today);
  }

  /** This activity under another id. */
  public Activity withId(String newId) {
    return new Activity(
        pos,
        newId,
        title,
        responsible,
        deadline,
        start,
        status,
        note,
        participants,
        statusDate,
        moved);
  }
}

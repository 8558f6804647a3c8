package no.planvev.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Something to be done by someone by a deadline. {@code id} is unique within its project: the
 * editor's {@code id:}, or one made from the title ({@link ActivityIds}); {@code start} and
 * {@code note} may be null.
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
    List<LText> participants) {

  public Activity {
    participants = List.copyOf(participants);
  }

  /** How this activity stands on {@code today}. */
  public ActivityState state(LocalDate today) {
    return ActivityState.of(status, deadline, today);
  }

  /** This activity under another id. */
  public Activity withId(String newId) {
    return new Activity(pos, newId, title, responsible, deadline, start, status, note,
        participants);
  }
}

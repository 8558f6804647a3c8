package no.planvev.model;

import java.util.List;

/** Something to be done by someone by a deadline. {@code start} and {@code note} may be null. */
public record Activity(
    SourcePos pos,
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
}

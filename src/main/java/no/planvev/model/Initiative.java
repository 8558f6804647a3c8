package no.planvev.model;

import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * An initiative (innsatsområde) of a project. {@code number} is the label of the source document or
 * null; {@code statusNote} says why, e.g. why it is waiting.
 */
public record Initiative(
    String id,
    SourcePos pos,
    Integer number,
    LText title,
    InitiativeStatus status,
    LText statusNote,
    LText summary,
    List<Measure> measures,
    List<Activity> activities) {

  public Initiative {
    measures = List.copyOf(measures);
    activities = List.copyOf(activities);
  }
}

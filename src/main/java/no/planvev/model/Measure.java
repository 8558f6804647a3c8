package no.planvev.model;

import java.util.List;
import no.planvev.diag.SourcePos;

/** A measure (tiltak) under an initiative; summary is Markdown. */
public record Measure(
    String id, SourcePos pos, LText title, LText summary, List<Activity> activities) {

  public Measure {
    activities = List.copyOf(activities);
  }
}

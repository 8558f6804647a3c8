package no.planvev.model;

import no.planvev.diag.SourcePos;

/** A reference {@code <plan>/<area-id>} from a project or hearing to a plan's focus area. */
public record AreaRef(String planId, String areaId, SourcePos pos) {

  @Override
  public String toString() {
    return planId + "/" + areaId;
  }
}

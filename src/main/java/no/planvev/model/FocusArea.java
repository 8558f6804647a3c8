package no.planvev.model;

import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * A focus area (satsingsområde) of a plan. {@code weight} is a whole percent or null; {@code body}
 * is Markdown from {@code <area-id>.<lang>.md}, empty when there is none; {@code indicators}
 * measure its goal.
 */
public record FocusArea(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    Integer weight,
    LText goal,
    List<LText> strategies,
    LText body,
    List<Indicator> indicators) {

  public FocusArea {
    strategies = List.copyOf(strategies);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}

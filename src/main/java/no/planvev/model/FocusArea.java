package no.planvev.model;

import java.util.List;

/**
 * A focus area (satsingsområde) of a plan. {@code weight} is a whole percent or null;
 * {@code body} is Markdown from {@code <area-id>.<lang>.md}, empty when there is none.
 */
public record FocusArea(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    Integer weight,
    LText goal,
    List<LText> strategies,
    LText body) {

  public FocusArea {
    strategies = List.copyOf(strategies);
  }
}

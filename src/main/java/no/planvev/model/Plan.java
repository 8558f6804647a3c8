package no.planvev.model;

import java.time.LocalDate;
import java.util.List;

/** A strategic plan: {@code plans/<id>/plan.yaml} with its intro and focus area bodies. */
public record Plan(
    String id,
    LText slug,
    SourcePos pos,
    LText title,
    Deadline period,
    LText owner,
    Adoption adopted,
    LText mainGoal,
    MainStrategy mainStrategy,
    List<FocusArea> focusAreas,
    List<OrgUnit> organisation,
    LText intro) {

  public Plan {
    focusAreas = List.copyOf(focusAreas);
    organisation = List.copyOf(organisation);
  }

  /** When and by whom a plan was adopted; may be null on the plan. */
  public record Adoption(LocalDate date, LText by) {}

  /** The plan's main strategy (hovedstrategi); text is Markdown. May be null on the plan. */
  public record MainStrategy(LText title, LText text) {}

  /** A body in the plan's organisation; role is Markdown. */
  public record OrgUnit(LText body, LText members, LText role) {}

  public boolean hasWeights() {
    return focusAreas.stream().anyMatch(a -> a.weight() != null);
  }
}

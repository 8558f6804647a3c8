package no.planvev.model;

import java.util.List;
import no.planvev.diag.SourcePos;

/**
 * A strategic plan: {@code plans/<id>/plan.yaml} with its intro and focus area bodies; the
 * provenance has a part for each focus area with Markdown files of its own. {@code adopted}, {@code
 * mainStrategy} may be null.
 */
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
    LText intro,
    Provenance provenance)
    implements Unit {

  public Plan {
    focusAreas = List.copyOf(focusAreas);
    organisation = List.copyOf(organisation);
    if (provenance == null) provenance = Provenance.of(pos);
  }

  /** The plan's main strategy (hovedstrategi); text is Markdown. May be null on the plan. */
  public record MainStrategy(LText title, LText text) {}

  /** A body in the plan's organisation; role is Markdown. */
  public record OrgUnit(LText body, LText members, LText role) {}

  public boolean hasWeights() {
    return focusAreas.stream().anyMatch(a -> a.weight() != null);
  }
}

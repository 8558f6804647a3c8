package no.planvev.render;

import java.util.List;

/** The values of a plan's page and its embed page (plan.ftlh, embed-plan.ftlh). */
record PlanPage(
    View.Txt title,
    View.Txt period,
    String periodDatetime,
    View.Txt owner,
    Adopted adopted,
    View.Txt mainGoal,
    MainStrategy mainStrategy,
    List<Area> areas,
    boolean hasWeights,
    boolean hasIndicators,
    Integer progress,
    List<Org> organisation,
    View.Html intro,
    String plansHref) {

  /** When and by whom the plan was adopted. */
  record Adopted(View.Txt date, String datetime, View.Txt by) {}

  record MainStrategy(View.Txt title, View.Html text) {}

  /** A focus area as the plan page lists it, with its goal's indicators. */
  record Area(
      String id,
      View.Txt title,
      String href,
      Integer weight,
      View.Txt goal,
      List<View.Txt> strategies,
      Integer progress,
      List<IndicatorView> indicators) {}

  /** A body in the plan's organisation. */
  record Org(View.Txt body, View.Txt members, View.Html role) {}
}

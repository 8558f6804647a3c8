package no.planvev.render;

import java.util.List;

/** The list of plans ({@code plans.ftlh}). */
record PlansPage(List<Item> plans) {

  /** One plan in the list. */
  record Item(
      View.Txt title,
      String href,
      View.Txt period,
      String periodDatetime,
      View.Txt owner,
      View.Txt mainGoal) {}
}

package no.planvev.render;

import java.util.List;

/**
 * The values of a focus area's page and its embed page (area.ftlh, embed-area.ftlh). Projects and
 * hearings are the summaries the other pages share.
 */
record AreaPage(
    View.Txt title,
    PlanLink plan,
    Integer weight,
    View.Txt goal,
    List<View.Txt> strategies,
    View.Html body,
    List<ProjectSummary> projects,
    List<HearingItem> hearings,
    Integer progress,
    List<IndicatorView> indicators) {

  /** The plan the area belongs to. */
  record PlanLink(View.Txt title, String href) {}
}

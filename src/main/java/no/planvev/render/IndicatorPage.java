package no.planvev.render;

/** The values of an indicator's page and its embed page (indicator.ftlh, embed-indicator.ftlh). */
record IndicatorPage(
    View.Txt title, AreaLink area, AreaPage.PlanLink plan, View.Txt goal, IndicatorView indicator) {

  /** The focus area whose goal the indicator measures. */
  record AreaLink(View.Txt title, String href) {}
}

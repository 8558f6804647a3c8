package no.planvev.render;

import java.util.List;

/**
 * A project page (and its embed): the summary first, then the timeline, then each activity once,
 * under its initiative and measure. {@code facts} are those the projects list shows too; the
 * initiatives' {@code progress} is null when nothing counts; {@code supports}: the focus areas the
 * project supports.
 */
record ProjectPage(
    ProjectSummary facts,
    View.Txt manager,
    View.Html intro,
    List<AreaLink> supports,
    StatusDate statusDate,
    List<ActivityItem> activities,
    List<Initiative> initiatives,
    TimelineView timeline,
    int late) {

  record Initiative(
      String id,
      Integer number,
      View.Txt title,
      String status,
      View.Txt statusNote,
      View.Html summary,
      List<ActivityItem> activities,
      List<Measure> measures,
      ProgressCounts progress) {}

  record Measure(
      String id,
      View.Txt title,
      View.Html summary,
      List<ActivityItem> activities,
      ProgressCounts progress) {}

  /** A focus area the project supports, with its plan's title. */
  record AreaLink(View.Txt title, View.Txt plan, String href) {}

  /** The day the status was written, in the page's language and in ISO form. */
  record StatusDate(View.Txt text, String datetime) {}
}

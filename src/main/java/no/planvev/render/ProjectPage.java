package no.planvev.render;

import java.util.List;
import java.util.Map;

/**
 * A project page (and its embed): the summary first, then the timeline, then each activity
 * once, under its initiative and measure. {@code progress} and the initiatives' are
 * {@link PageModels}' progress values (null when nothing counts).
 */
record ProjectPage(View.Txt title, String href, String status, View.Txt owner, View.Txt phase,
    Map<String, Object> progress, View.Txt period, String periodDatetime, View.Html summary,
    View.Txt manager, View.Html intro, List<Map<String, Object>> supports,
    Map<String, Object> statusDate, List<ActivityItem> activities,
    List<Initiative> initiatives, TimelineView timeline, int late) {

  record Initiative(String id, Integer number, View.Txt title, String status, View.Txt statusNote,
      View.Html summary, List<ActivityItem> activities, List<Measure> measures,
      Map<String, Object> progress) {}

  record Measure(String id, View.Txt title, View.Html summary, List<ActivityItem> activities,
      Map<String, Object> progress) {}
}

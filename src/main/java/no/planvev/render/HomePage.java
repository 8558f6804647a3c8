package no.planvev.render;

import java.util.List;

/**
 * The home page, in the order a reader acts on it: open hearings with the days left, the next
 * deadlines, the plan's progress, then how many activities are late (linking to the list).
 */
record HomePage(
    View.Txt description,
    List<HearingItem> hearings,
    String hearingsHref,
    List<NextDeadline> deadlines,
    int deadlineDays,
    String timelineHref,
    Plan plan,
    int late,
    int notReported,
    String lateHref) {

  /** A deadline soon: an activity's or an open hearing's ({@code hearing} true). */
  record NextDeadline(
      View.Txt deadline,
      String datetime,
      View.Txt title,
      String href,
      View.Txt project,
      View.Txt parent,
      boolean hearing,
      String state) {}

  /** The first plan: its main goal and progress ({@code percent} null when nothing counts). */
  record Plan(View.Txt title, String href, View.Txt mainGoal, Integer percent, boolean weighted) {}
}

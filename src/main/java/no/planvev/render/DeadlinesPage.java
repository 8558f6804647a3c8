package no.planvev.render;

import java.util.List;

/**
 * The deadlines embed: the next deadlines not yet met across projects, activities' and open
 * hearings', by due day.
 */
record DeadlinesPage(List<Entry> deadlines, String timelineHref) {

  /**
   * One deadline: {@code kind} "activity" or "hearing", with exactly one of {@code activity} and
   * {@code hearing} set.
   */
  record Entry(String kind, ActivityItem activity, HearingItem hearing) {

    static Entry of(ActivityItem a) {
      return new Entry("activity", a, null);
    }

    static Entry of(HearingItem h) {
      return new Entry("hearing", null, h);
    }
  }
}

package no.planvev.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.planvev.model.ActivityState;
import no.planvev.model.Deadline;
import no.planvev.model.Hearing;

/**
 * A computed {@link Timeline} and its {@link TimelineChart}s as template values (percents as
 * CSS-ready strings). {@code charts} are the charts to draw (a window each); {@code groups} the
 * list of every item by month or quarter, with today's place.
 */
record TimelineView(
    boolean empty,
    View.Txt today,
    String todayDatetime,
    boolean todayAtEnd,
    List<Chart> charts,
    List<Group> groups) {

  /** A chart: its window, today's line (its label to the left of it past the middle). */
  record Chart(
      String id,
      String label,
      String todayPercent,
      boolean todayLabelLeft,
      List<Tick> ticks,
      List<Section> sections,
      List<String> states,
      boolean milestones) {}

  record Tick(String left, String label, String datetime, boolean major) {}

  /** A section's heading: content text, or the UI string {@code headingKey} (hearings). */
  record Section(View.Txt heading, String headingKey, List<Row> rows) {}

  /** The group of hearings on the site's timeline (headed by a UI string). */
  static final View.Txt HEARINGS = new View.Txt("\u0000hearings", "", false);

  record Row(
      View.Txt label,
      String state,
      boolean milestone,
      String left,
      String width,
      boolean clippedStart,
      boolean clippedEnd) {}

  /** A month or quarter of the list; today's marker stands before item {@code todayIndex}. */
  record Group(
      String label, String datetime, boolean todayBefore, int todayIndex, List<Item> items) {}

  /**
   * One item of the list; {@code lateBy} is set when it is overdue, {@code hearing} (the phase to
   * show instead of a state) when it is a hearing's deadline.
   */
  record Item(
      View.Txt title,
      View.Txt responsible,
      View.Txt deadline,
      String datetime,
      String state,
      boolean milestone,
      String href,
      View.Txt context,
      View.Txt parent,
      LateBy lateBy,
      HearingItem.PhaseTag hearing) {}

  static TimelineView of(Timeline t, List<TimelineChart> charts, View v) {
    return new TimelineView(
        t.items().isEmpty(),
        new View.Txt(
            v.dates().displayIn(new Deadline.Day(t.today()), v.lang(), v.defaultLang()),
            v.lang(),
            false),
        t.today().toString(),
        t.todayAtEnd(),
        charts.stream().map(TimelineView::chart).toList(),
        t.groups().stream()
            .map(
                g ->
                    new Group(
                        g.label(),
                        g.datetime(),
                        g.todayBefore(),
                        g.todayIndex(),
                        g.items().stream().map(i -> item(i, t.today())).toList()))
            .toList());
  }

  /** The colour a hearing has on a timeline: that of its phase (see HearingPhases). */
  static ActivityState hearingState(Hearing h, LocalDate today) {
    return HearingPhases.colour(h.phase(today));
  }

  private static Chart chart(TimelineChart c) {
    List<Tick> ticks = new java.util.ArrayList<>();
    for (int k = 0; k < c.ticks().size(); k++) {
      Timeline.Tick t = c.ticks().get(k);
      ticks.add(new Tick(pct(t.percent()), t.label(), t.datetime(), c.majorTicks().get(k)));
    }
    return new Chart(
        c.id(),
        c.label(),
        c.todayPercent() == null ? null : pct(c.todayPercent()),
        c.todayPercent() != null && c.todayPercent() > 50,
        List.copyOf(ticks),
        c.sections().stream()
            .map(
                s ->
                    new Section(
                        s.heading() == HEARINGS ? null : s.heading(),
                        s.heading() == HEARINGS ? "timeline.hearings" : null,
                        s.rows().stream()
                            .map(
                                r ->
                                    new Row(
                                        r.label(),
                                        r.item().state().key(),
                                        r.item().milestone(),
                                        pct(r.left()),
                                        pct(r.width()),
                                        r.clippedStart(),
                                        r.clippedEnd()))
                            .toList()))
            .toList(),
        c.states(),
        c.milestones());
  }

  static Item item(Timeline.Item i, LocalDate today) {
    return new Item(
        i.title(),
        i.responsible(),
        i.deadlineText(),
        i.datetime(),
        i.state().key(),
        i.milestone(),
        i.href(),
        i.context(),
        i.parent(),
        i.state() == ActivityState.OVERDUE ? LateBy.of(i.due(), today) : null,
        i.hearing());
  }

  /** A percent with at most two decimals and a dot, whatever the default locale. */
  static String pct(double p) {
    String s = String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, p)));
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}

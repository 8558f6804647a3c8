package no.planvev.render;

import java.time.LocalDate;
import java.util.List;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Progress;
import no.planvev.model.Report;
import no.planvev.model.ReportChanges;
import no.planvev.model.Urls;

/** The page of one period report: its text, then what changed since the previous report. */
record ReportPage(
    View.Txt title,
    String period,
    String periodDatetime,
    Day published,
    Day since,
    View.Html body,
    List<Item> completed,
    List<Item> moved,
    List<Item> late,
    List<Item> added,
    Counts progress,
    boolean unchanged) {

  /** A day as text in the page's language and its ISO form for {@code <time>}. */
  record Day(View.Txt text, String datetime) {
    static Day of(View v, LocalDate d) {
      return new Day(v.deadline(new Deadline.Day(d)), d.toString());
    }
  }

  /**
   * A changed activity: its title, where it stands (project, initiative, measure), the link to the
   * nearest heading on its project page, its deadline, and the day the change happened with the
   * earlier deadline for a move.
   */
  record Item(
      View.Txt title,
      String href,
      View.Txt project,
      View.Txt initiative,
      View.Txt measure,
      View.Txt deadline,
      String deadlineDatetime,
      Day on,
      View.Txt from,
      String fromDatetime,
      View.Txt reason,
      String state) {

    Item withState(String s) {
      return new Item(
          title,
          href,
          project,
          initiative,
          measure,
          deadline,
          deadlineDatetime,
          on,
          from,
          fromDatetime,
          reason,
          s);
    }
  }

  /** Progress counts at report time. */
  record Counts(
      int done,
      int counted,
      int ongoing,
      int late,
      int notReported,
      Integer percent,
      boolean fromEditor) {}

  static ReportPage of(
      View v, java.util.Map<String, String> ui, Content content, Urls urls, Report r) {
    ReportChanges c = ReportChanges.of(r, content.reports(), content.projects());
    Progress p = c.progress();
    return new ReportPage(
        v.t(r.title()),
        ReportsPage.period(v, ui, r),
        r.period().datetime(),
        Day.of(v, r.published()),
        Day.of(v, c.since().plusDays(1)),
        v.md(r.body(), 2),
        c.completed().stream().map(a -> item(v, urls, a, a.activity().statusDate(), null)).toList(),
        c.moved().stream().map(m -> item(v, urls, m.activity(), m.move().on(), m.move())).toList(),
        c.late().stream()
            .map(
                a ->
                    item(v, urls, a, null, null).withState(a.activity().state(r.published()).key()))
            .toList(),
        c.added().stream().map(a -> item(v, urls, a, a.activity().start().start(), null)).toList(),
        new Counts(
            p.done(), p.counted(), p.ongoing(), p.late(), p.notReported(), p.percent(), false),
        c.isEmpty());
  }

  private static Item item(
      View v, Urls urls, LocatedActivity la, LocalDate on, no.planvev.model.DeadlineMove move) {
    String anchor =
        la.measure() != null
            ? "#m-" + la.initiative().id() + "-" + la.measure().id()
            : la.initiative() != null ? "#i-" + la.initiative().id() : "";
    var a = la.activity();
    return new Item(
        v.t(a.title()),
        v.link(urls.project(la.project(), v.lang())) + anchor,
        v.t(la.project().title()),
        la.initiative() == null ? null : v.t(la.initiative().title()),
        la.measure() == null ? null : v.t(la.measure().title()),
        v.deadline(a.deadline()),
        v.datetime(a.deadline()),
        on == null ? null : Day.of(v, on),
        move == null ? null : v.deadline(move.from()),
        move == null ? null : v.datetime(move.from()),
        move == null ? null : v.t(move.reason()),
        null);
  }
}

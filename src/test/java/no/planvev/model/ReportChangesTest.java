package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;

class ReportChangesTest {

  private static final SourcePos POS = new SourcePos("projects/p/project.yaml", 1, 1);

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  private static Activity act(
      String id,
      String due,
      ActivityStatus status,
      String statusDate,
      String start,
      List<DeadlineMove> moved) {
    return new Activity(
        POS,
        id,
        LText.of("nb", id),
        null,
        new Deadline.Day(day(due)),
        start == null ? null : new Deadline.Day(day(start)),
        status,
        null,
        List.of(),
        statusDate == null ? null : day(statusDate),
        moved);
  }

  private static Project project(String id, List<Activity> activities) {
    return new Project(
        id,
        null,
        POS,
        LText.of("nb", id),
        LText.of("nb", "x"),
        null,
        new Deadline.Day(day("2018-12-31")),
        null,
        ProjectStatus.ACTIVE,
        List.of(),
        null,
        List.of(),
        activities,
        null,
        null,
        null,
        null);
  }

  private static Report report(String id, String period, String published, List<String> ps) {
    return new Report(
        id,
        null,
        POS,
        LText.of("nb", id),
        ReportPeriod.parse(period),
        day(published),
        ps,
        LText.EMPTY);
  }

  private static List<String> ids(List<LocatedActivity> l) {
    return l.stream().map(a -> a.activity().id()).toList();
  }

  @Test
  void periodsOfEveryForm() {
    assertEquals(day("2017-07-01"), ReportPeriod.parse("2017-H2").start());
    assertEquals(day("2017-12-31"), ReportPeriod.parse("2017-H2").end());
    assertEquals(day("2017-05-01"), ReportPeriod.parse("2017-T2").start());
    assertEquals(day("2017-08-31"), ReportPeriod.parse("2017-T2").end());
    assertEquals(day("2017-07-01"), ReportPeriod.parse("2017-Q3").start());
    assertEquals(day("2017-09-30"), ReportPeriod.parse("2017-Q3").end());
    assertEquals(day("2017-11-30"), ReportPeriod.parse("2017-11").end());
    assertEquals(day("2017-12-31"), ReportPeriod.parse("2017").end());
    assertEquals("2017-H2", ReportPeriod.parse("2017-h2").iso());
    assertEquals("2017-11", ReportPeriod.parse("2017-11").iso());
    assertNull(ReportPeriod.parse("2017-H3"));
    assertNull(ReportPeriod.parse("2017-T4"));
    assertNull(ReportPeriod.parse("2017-Q5"));
    assertNull(ReportPeriod.parse("2017-13"));
    assertNull(ReportPeriod.parse("H2 2017"));
  }

  @Test
  void previousIsTheLatestPublishedBefore() {
    Report a = report("a", "2017-H1", "2017-07-10", List.of());
    Report b = report("b", "2017-H2", "2018-01-15", List.of());
    Report c = report("c", "2018-H1", "2018-07-10", List.of());
    List<Report> all = List.of(c, a, b);
    assertNull(ReportChanges.previous(a, all));
    assertEquals(b, ReportChanges.previous(c, all));
    assertEquals(a, ReportChanges.previous(b, all));
  }

  @Test
  void firstReportCountsFromThePeriodStart() {
    Project p =
        project(
            "p",
            List.of(
                act("done-in", "2017-09-30", ActivityStatus.DONE, "2017-09-20", null, List.of()),
                act(
                    "done-before",
                    "2017-05-30",
                    ActivityStatus.DONE,
                    "2017-06-01",
                    null,
                    List.of()),
                act("late", "2017-10-01", ActivityStatus.PLANNED, "2017-11-01", null, List.of()),
                act(
                    "not-reported",
                    "2017-10-02",
                    ActivityStatus.PLANNED,
                    "2017-09-01",
                    null,
                    List.of()),
                act(
                    "due-later",
                    "2018-03-01",
                    ActivityStatus.PLANNED,
                    "2017-11-01",
                    "2017-08-01",
                    List.of(
                        new DeadlineMove(
                            new Deadline.Day(day("2017-12-01")), day("2017-11-20"), null, POS),
                        new DeadlineMove(
                            new Deadline.Day(day("2017-06-01")), day("2017-05-20"), null, POS)))));
    Report r = report("r", "2017-H2", "2018-01-15", List.of());
    ReportChanges c = ReportChanges.of(r, List.of(r), List.of(p));
    assertEquals(day("2017-06-30"), c.since());
    assertEquals(List.of("done-in"), ids(c.completed()));
    assertEquals(1, c.moved().size());
    assertEquals(day("2017-11-20"), c.moved().get(0).move().on());
    assertEquals(List.of("late", "not-reported"), ids(c.late()));
    assertEquals(List.of("due-later"), ids(c.added()));
    assertEquals(2, c.progress().done());
    assertEquals(1, c.progress().late());
    assertEquals(1, c.progress().notReported());
  }

  @Test
  void laterReportCountsFromThePreviousAndOnlyItsProjects() {
    Project p =
        project(
            "p",
            List.of(
                act("early", "2017-09-30", ActivityStatus.DONE, "2017-09-20", null, List.of()),
                act("later", "2017-12-30", ActivityStatus.DONE, "2017-12-20", null, List.of())));
    Project q =
        project(
            "q",
            List.of(
                act("other", "2017-12-30", ActivityStatus.DONE, "2017-12-20", null, List.of())));
    Report first = report("q3", "2017-Q3", "2017-10-05", List.of("p"));
    Report second = report("q4", "2017-Q4", "2018-01-05", List.of("p"));
    ReportChanges c = ReportChanges.of(second, List.of(first, second), List.of(p, q));
    assertEquals(day("2017-10-05"), c.since());
    assertEquals(List.of("later"), ids(c.completed()));
    assertTrue(c.late().isEmpty());
    assertEquals(2, c.progress().done());
  }
}

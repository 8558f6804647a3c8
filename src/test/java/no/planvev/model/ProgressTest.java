package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** Activity states as of a status date, and progress rolled up to projects, areas and plans. */
class ProgressTest {

  private static final LocalDate TODAY = LocalDate.of(2018, 6, 1);
  private static final SourcePos POS = SourcePos.file("projects/p/project.yaml");

  private static Deadline d(String s) {
    try {
      return Deadlines.parse(s);
    } catch (Deadlines.InvalidDeadline e) {
      throw new AssertionError(e);
    }
  }

  private static Activity act(String deadline, ActivityStatus status, LocalDate statusDate) {
    return new Activity(
        POS,
        "a",
        LText.of("nb", "A"),
        null,
        d(deadline),
        null,
        status,
        null,
        List.of(),
        statusDate,
        List.of());
  }

  @Test
  void pastDeadlineConfirmedAfterwardsIsOverdue() {
    assertEquals(
        ActivityState.OVERDUE,
        act("2018-01-10", ActivityStatus.PLANNED, LocalDate.of(2018, 2, 1)).state(TODAY));
  }

  @Test
  void pastDeadlineNotConfirmedSinceIsNotReported() {
    assertEquals(
        ActivityState.NOT_REPORTED,
        act("2018-01-10", ActivityStatus.PLANNED, LocalDate.of(2017, 12, 5)).state(TODAY));
    // Confirmed on the due day itself: the deadline had not passed yet.
    assertEquals(
        ActivityState.NOT_REPORTED,
        act("2018-01-10", ActivityStatus.IN_PROGRESS, LocalDate.of(2018, 1, 10)).state(TODAY));
    // A week is due on its Sunday.
    assertEquals(
        ActivityState.NOT_REPORTED,
        act("2017-W50", ActivityStatus.PLANNED, LocalDate.of(2017, 12, 17)).state(TODAY));
    assertEquals(
        ActivityState.OVERDUE,
        act("2017-W50", ActivityStatus.PLANNED, LocalDate.of(2017, 12, 18)).state(TODAY));
  }

  @Test
  void withoutAStatusDateThePastDeadlineIsOverdueAsBefore() {
    assertEquals(
        ActivityState.OVERDUE, act("2018-01-10", ActivityStatus.PLANNED, null).state(TODAY));
  }

  @Test
  void doneCancelledPostponedAndFutureDeadlinesIgnoreTheStatusDate() {
    LocalDate old = LocalDate.of(2017, 1, 1);
    assertEquals(ActivityState.DONE, act("2018-01-10", ActivityStatus.DONE, old).state(TODAY));
    assertEquals(
        ActivityState.CANCELLED, act("2018-01-10", ActivityStatus.CANCELLED, old).state(TODAY));
    assertEquals(
        ActivityState.POSTPONED, act("2018-01-10", ActivityStatus.POSTPONED, old).state(TODAY));
    assertEquals(
        ActivityState.UPCOMING, act("2018-06-01", ActivityStatus.PLANNED, old).state(TODAY));
    assertEquals(
        ActivityState.IN_PROGRESS, act("2018-Q3", ActivityStatus.IN_PROGRESS, old).state(TODAY));
  }

  @Test
  void countsEachStateAndLeavesCancelledOutOfTheShare() {
    LocalDate confirmed = LocalDate.of(2018, 3, 1);
    Progress p =
        Progress.of(
            List.of(
                act("2018-01-10", ActivityStatus.DONE, confirmed),
                act("2018-02-10", ActivityStatus.DONE, confirmed),
                act("2018-02-20", ActivityStatus.PLANNED, confirmed), // late
                act("2018-04-20", ActivityStatus.PLANNED, confirmed), // not reported
                act("2018-09", ActivityStatus.IN_PROGRESS, confirmed), // ongoing
                act("2018-10", ActivityStatus.POSTPONED, confirmed), // ongoing
                act("2018-01", ActivityStatus.CANCELLED, confirmed)),
            TODAY);
    assertEquals(new Progress(2, 2, 1, 1, 1, null), p);
    assertEquals(6, p.counted());
    assertEquals(33, p.percent());
  }

  @Test
  void nothingToCountHasNoShare() {
    assertNull(Progress.NONE.share());
    assertNull(
        Progress.of(List.of(act("2018-01", ActivityStatus.CANCELLED, null)), TODAY).percent());
  }

  private static Project project(
      String id, String area, Integer progress, List<Activity> activities) {
    return new Project(
        id,
        null,
        POS,
        LText.of("nb", id),
        null,
        null,
        d("2017-09/2018-12"),
        null,
        ProjectStatus.ACTIVE,
        List.of(new AreaRef("plan", area, POS)),
        null,
        List.of(),
        activities,
        LText.EMPTY,
        LocalDate.of(2018, 5, 1),
        progress,
        null);
  }

  private static FocusArea area(String id, Integer weight) {
    return new FocusArea(
        id, null, POS, LText.of("nb", id), weight, null, List.of(), LText.EMPTY, List.of());
  }

  private static Plan plan(List<FocusArea> areas) {
    return new Plan(
        "plan",
        null,
        POS,
        LText.of("nb", "Plan"),
        null,
        null,
        null,
        null,
        null,
        areas,
        List.of(),
        LText.EMPTY,
        null);
  }

  private static List<Activity> doneOf(int done, int total) {
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      out.add(act("2018-03-01", i < done ? ActivityStatus.DONE : ActivityStatus.IN_PROGRESS, null));
    }
    return out;
  }

  @Test
  void anEditorsProgressOverridesTheCount() {
    Project p = project("p", "a", 80, doneOf(1, 4));
    assertEquals(80, Progress.of(p, TODAY).percent());
    assertEquals(1, Progress.of(p, TODAY).done());
  }

  @Test
  void anAreaIsTheMeanOfItsProjectsAndThePlanCombinesAreasByWeight() {
    Plan plan = plan(List.of(area("a", 25), area("b", 25), area("c", 50)));
    List<Project> projects =
        List.of(
            project("p1", "a", null, doneOf(1, 2)), // 50 %
            project("p2", "a", null, doneOf(1, 1)), // 100 %
            project("p3", "b", 20, List.of()), // 20 % by the editor
            project("p4", "c", null, doneOf(1, 4))); // 25 %
    assertEquals(0.75, Progress.area(plan, plan.focusAreas().get(0), projects, TODAY), 1e-9);
    assertEquals(0.20, Progress.area(plan, plan.focusAreas().get(1), projects, TODAY), 1e-9);
    // (25 × 0.75 + 25 × 0.20 + 50 × 0.25) / 100
    assertEquals(0.3625, Progress.plan(plan, projects, TODAY), 1e-9);
  }

  @Test
  void areasWithoutProjectsDoNotCountAndAPlanWithoutWeightsWeighsAreasEqually() {
    Plan weighted = plan(List.of(area("a", 25), area("b", 75)));
    List<Project> onlyA = List.of(project("p1", "a", 40, List.of()));
    assertEquals(0.40, Progress.plan(weighted, onlyA, TODAY), 1e-9);
    Plan unweighted = plan(List.of(area("a", null), area("b", null)));
    List<Project> both =
        List.of(project("p1", "a", 40, List.of()), project("p2", "b", 80, List.of()));
    assertEquals(0.60, Progress.plan(unweighted, both, TODAY), 1e-9);
    assertNull(Progress.plan(unweighted, List.of(), TODAY));
  }
}

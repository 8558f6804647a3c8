package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.planvev.model.ActivityState;
import no.planvev.words.DeadlineFormat;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final DeadlineFormat NB = DeadlineFormat.builtIn("nb");

  private static Timeline.Item day(String title, String due, String group, String parent) {
    LocalDate d = LocalDate.parse(due);
    return TimelineTest.item(title, d, d, ActivityState.UPCOMING, true)
        .in(new View.Txt(group, "nb", false), new View.Txt(parent, "nb", false));
  }

  @Test
  void keepsOnlyItemsInItsWindowInSectionsByGroup() {
    List<Timeline.Item> items =
        List.of(
            day("A", "2017-09-22", "P", "m1"),
            day("B", "2018-03-01", "Q", "m2"),
            day("C", "2026-12-01", "P", "m1"));
    TimelineChart c =
        TimelineChart.of(
            "x", items, LocalDate.of(2017, 9, 10), LocalDate.of(2018, 4, 2), TODAY, NB);
    assertEquals(LocalDate.of(2017, 9, 1), c.from());
    assertEquals(LocalDate.of(2018, 4, 30), c.to());
    assertEquals(List.of("P", "Q"), c.sections().stream().map(s -> s.heading().text()).toList());
    assertEquals(1, c.sections().get(0).rows().size(), "C is outside the window");
    assertNull(c.todayPercent(), "today is after the window");
  }

  @Test
  void noRowIsNarrowerThanTheMinimumAndNoneLeavesTheChart() {
    Timeline.Item span =
        TimelineTest.item("S", null, LocalDate.of(2018, 12, 31), ActivityState.DONE, false);
    TimelineChart c =
        TimelineChart.of(
            "y", List.of(span), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), TODAY, NB);
    TimelineChart.Row r = c.sections().get(0).rows().get(0);
    assertEquals(TimelineChart.MIN_WIDTH, r.width());
    assertTrue(r.left() + r.width() <= 100, r.left() + " + " + r.width());
  }

  @Test
  void sameTitleInOneSectionSaysItsMeasure() {
    List<Timeline.Item> items =
        List.of(
            day("Kvalitetssikre opplegg", "2017-12-11", "P", "Kurs"),
            day("Kvalitetssikre opplegg", "2017-12-12", "P", "Søknad"),
            day("Evaluering", "2017-12-13", "P", "Kurs"));
    TimelineChart c =
        TimelineChart.of(
            "z", items, LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 31), TODAY, NB);
    assertEquals(
        List.of("Kvalitetssikre opplegg (Kurs)", "Kvalitetssikre opplegg (Søknad)", "Evaluering"),
        c.sections().get(0).rows().stream().map(r -> r.label().text()).toList());
  }

  @Test
  void quartersKeepTheirLabelOnAPhoneAndJanuarySaysItsYear() {
    TimelineChart c =
        TimelineChart.of(
            "t",
            List.of(day("A", "2017-10-02", "P", "m")),
            LocalDate.of(2017, 9, 1),
            LocalDate.of(2018, 4, 30),
            TODAY,
            NB);
    assertEquals(
        List.of(
            "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02", "2018-03", "2018-04"),
        c.ticks().stream().map(Timeline.Tick::datetime).toList());
    assertEquals(List.of(false, true, false, false, true, false, false, true), c.majorTicks());
    assertEquals("2018", c.ticks().get(4).label());
  }

  @Test
  void lateBySaysDaysThenWeeksThenMonthsThenYears() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertNull(LateBy.of(today, today));
    assertEquals(new LateBy(1, "day", true), LateBy.of(today.minusDays(1), today));
    assertEquals(new LateBy(13, "day", false), LateBy.of(today.minusDays(13), today));
    assertEquals(new LateBy(3, "week", false), LateBy.of(today.minusDays(21), today));
    assertEquals(new LateBy(5, "month", false), LateBy.of(today.minusMonths(5), today));
    assertEquals(new LateBy(8, "year", false), LateBy.of(LocalDate.of(2017, 12, 15), today));
  }
}

package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.planvev.model.ActivityState;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Timeline.Item milestone(String title, LocalDate due) {
    return Timeline.item(
        title,
        "nb",
        false,
        null,
        due.toString(),
        due.toString(),
        null,
        due,
        ActivityState.UPCOMING,
        true,
        null,
        null);
  }

  @Test
  void sortsByDueDayAndGroupsByMonth() {
    Timeline t =
        Timeline.of(
            List.of(
                milestone("b", LocalDate.of(2017, 12, 17)),
                milestone("a", LocalDate.of(2017, 11, 30)),
                milestone("c", LocalDate.of(2017, 12, 1))),
            LocalDate.of(2017, 12, 5),
            "nb");
    assertEquals(List.of("a", "c", "b"), t.items().stream().map(Timeline.Item::title).toList());
    assertEquals(
        List.of("november 2017", "desember 2017"),
        t.groups().stream().map(Timeline.Group::label).toList());
    // Today (5 December) falls between "c" (1 December) and "b" (17 December).
    assertEquals(-1, t.groups().get(0).todayIndex());
    assertEquals(1, t.groups().get(1).todayIndex());
  }

  @Test
  void placesSpansAndMilestonesOnTheAxis() {
    Timeline.Item span =
        Timeline.item(
            "span",
            "nb",
            false,
            null,
            "",
            "",
            LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 2, 28),
            ActivityState.UPCOMING,
            false,
            null,
            null);
    Timeline t =
        Timeline.of(
            List.of(span, milestone("m", LocalDate.of(2018, 3, 31))),
            LocalDate.of(2018, 1, 1),
            "en");
    Timeline.Item s = t.items().get(0);
    assertEquals(0.0, s.startPercent());
    assertEquals(65.56, s.widthPercent(), 0.01); // 59 of 90 days
    Timeline.Item m = t.items().get(1);
    assertEquals(0.0, m.widthPercent());
    assertEquals(98.89, m.startPercent(), 0.01);
    assertEquals(
        List.of("Jan 2018", "Feb", "Mar"), t.ticks().stream().map(Timeline.Tick::label).toList());
    assertEquals(0.0, t.todayPercent());
  }

  @Test
  void markerGoesAfterEverythingWhenAllIsPast() {
    Timeline t =
        Timeline.of(
            List.of(milestone("a", LocalDate.of(2017, 11, 30))), LocalDate.of(2026, 11, 23), "nb");
    assertTrue(t.todayAtEnd());
    assertNull(t.todayPercent());
    assertEquals(-1, t.groups().get(0).todayIndex());
  }

  @Test
  void longSpansAreGroupedByQuarter() {
    Timeline t =
        Timeline.of(
            List.of(
                milestone("a", LocalDate.of(2016, 2, 1)), milestone("b", LocalDate.of(2019, 8, 1))),
            LocalDate.of(2017, 1, 1),
            "nb");
    assertEquals(
        List.of("1. kvartal 2016", "3. kvartal 2019"),
        t.groups().stream().map(Timeline.Group::label).toList());
  }
}

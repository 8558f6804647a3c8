package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.planvev.model.ActivityState;
import org.junit.jupiter.api.Test;

class TimelineTest {

  /** An item as a page model builds it, in no chart section (start null: its due day). */
  static Timeline.Item item(
      String title, LocalDate start, LocalDate due, ActivityState state, boolean milestone) {
    View.Txt deadline = new View.Txt(due.toString(), "nb", false);
    return new Timeline.Item(
        new View.Txt(title, "nb", false),
        null,
        deadline,
        due.toString(),
        start,
        due,
        state,
        milestone,
        null,
        null,
        null,
        null,
        null);
  }

  private static Timeline.Item milestone(String title, LocalDate due) {
    return item(title, null, due, ActivityState.UPCOMING, true);
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
    assertEquals(List.of("a", "c", "b"), t.items().stream().map(i -> i.title().text()).toList());
    assertEquals(
        List.of("november 2017", "desember 2017"),
        t.groups().stream().map(Timeline.Group::label).toList());
    // Today (5 December) falls between "c" (1 December) and "b" (17 December).
    assertEquals(-1, t.groups().get(0).todayIndex());
    assertEquals(1, t.groups().get(1).todayIndex());
  }

  @Test
  void spansTheWholeMonthsOfItsItems() {
    Timeline.Item span =
        item(
            "span",
            LocalDate.of(2018, 1, 10),
            LocalDate.of(2018, 2, 28),
            ActivityState.UPCOMING,
            false);
    Timeline t =
        Timeline.of(
            List.of(milestone("m", LocalDate.of(2018, 3, 15)), span),
            LocalDate.of(2018, 1, 1),
            "en");
    assertEquals(LocalDate.of(2018, 1, 1), t.from());
    assertEquals(LocalDate.of(2018, 3, 31), t.to());
    assertEquals(List.of("span", "m"), t.items().stream().map(i -> i.title().text()).toList());
    assertEquals(
        LocalDate.of(2018, 3, 15), t.items().get(1).start(), "a milestone starts when due");
  }

  @Test
  void markerGoesAfterEverythingWhenAllIsPast() {
    Timeline t =
        Timeline.of(
            List.of(milestone("a", LocalDate.of(2017, 11, 30))), LocalDate.of(2026, 11, 23), "nb");
    assertTrue(t.todayAtEnd());
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

package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatenessTest {

  private static final LocalDate DUE = LocalDate.of(2026, 11, 1);
  private static final Map<String, String> NB = Map.of("late.tag", "Forsinket {0}",
      "late.days.one", "{0} dag", "late.days.other", "{0} dager", "late.weeks.one", "{0} uke",
      "late.weeks.other", "{0} uker", "late.months.one", "{0} måned",
      "late.months.other", "{0} måneder", "late.years.one", "{0} år", "late.years.other", "{0} år");
  private static final Map<String, String> EN = Map.of("late.tag", "{0} late",
      "late.weeks.other", "{0} weeks", "late.days.one", "{0} day");

  @Test
  void isNotLateOnOrBeforeTheDueDay() {
    assertNull(Lateness.of(DUE, DUE));
    assertNull(Lateness.of(DUE, DUE.minusDays(3)));
  }

  @Test
  void countsDaysUpToTwoWeeks() {
    assertEquals(new Lateness("late.days.one", 1), Lateness.of(DUE, DUE.plusDays(1)));
    assertEquals("Forsinket 13 dager", Lateness.of(DUE, DUE.plusDays(13)).phrase(NB));
    assertEquals("1 day late", Lateness.of(DUE, DUE.plusDays(1)).phrase(EN));
  }

  @Test
  void countsWholeWeeksUpToTwoMonths() {
    assertEquals("Forsinket 2 uker", Lateness.of(DUE, DUE.plusDays(14)).phrase(NB));
    assertEquals("3 weeks late", Lateness.of(DUE, DUE.plusDays(27)).phrase(EN));
    assertEquals("Forsinket 8 uker", Lateness.of(DUE, DUE.plusMonths(2).minusDays(1)).phrase(NB));
  }

  @Test
  void countsWholeMonthsUpToTwoYearsThenYears() {
    assertEquals("Forsinket 2 måneder", Lateness.of(DUE, DUE.plusMonths(2)).phrase(NB));
    assertEquals("Forsinket 23 måneder", Lateness.of(DUE, DUE.plusMonths(24).minusDays(1))
        .phrase(NB));
    assertEquals("Forsinket 2 år", Lateness.of(DUE, DUE.plusYears(2)).phrase(NB));
    assertEquals(new Lateness("late.years.other", 8),
        Lateness.of(LocalDate.of(2017, 11, 30), LocalDate.of(2026, 11, 23)));
  }
}

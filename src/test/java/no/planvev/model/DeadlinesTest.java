package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  @Test
  void parsesEveryForm() throws Exception {
    assertEquals(LocalDate.of(2017, 11, 30), Deadlines.parse("2017-11-30").due());
    Deadline week = Deadlines.parse("2017-W50");
    assertEquals(LocalDate.of(2017, 12, 11), week.start());
    assertEquals(LocalDate.of(2017, 12, 17), week.due());
    assertEquals(LocalDate.of(2018, 2, 28), Deadlines.parse("2018-02").due());
    assertEquals(LocalDate.of(2018, 3, 31), Deadlines.parse("2018-Q1").due());
    assertEquals(LocalDate.of(2018, 12, 31), Deadlines.parse("2018").due());
    Deadline interval = Deadlines.parse("2018-01/2018-02");
    assertInstanceOf(Deadline.Interval.class, interval);
    assertEquals(LocalDate.of(2018, 1, 1), interval.start());
    assertEquals(LocalDate.of(2018, 2, 28), interval.due());
    assertEquals("2018-01/2018-02", interval.iso());
  }

  @Test
  void weekOneMayStartInThePreviousYear() throws Exception {
    Deadline w = Deadlines.parse("2020-W01");
    assertEquals(LocalDate.of(2019, 12, 30), w.start());
    assertEquals("2020-W01", w.iso());
  }

  @Test
  void rejectsNovemberThirtyFirst() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parse("2017-11-31"));
    assertEquals("2017-11-31 is not a date: November has 30 days", en(e));
    assertEquals(8, e.offset());
  }

  @Test
  void rejectsFebruaryThirtiethNamingTheYear() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parseDate("2024-02-30"));
    assertEquals("2024-02-30 is not a date: February 2024 has 29 days", en(e));
  }

  @Test
  void rejectsWeekFiftyFour() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parse("2017-W54"));
    assertEquals("2017-W54 is not a week: 2017 has weeks 1 to 52", en(e));
  }

  @Test
  void acceptsWeekFiftyThreeInLongYears() throws Exception {
    assertEquals(LocalDate.of(2021, 1, 3), Deadlines.parse("2020-W53").due());
  }

  @Test
  void rejectsMonthThirteen() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parse("2018-13"));
    assertEquals("2018-13 is not a date: months are 01 to 12", en(e));
  }

  @Test
  void rejectsIntervalEndingBeforeItStarts() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parse("2018-03/2018-01"));
    assertEquals("the interval 2018-03/2018-01 ends before it starts", en(e));
    assertEquals(8, e.offset());
  }

  @Test
  void rejectsFreeWordsWithTheFormsListed() {
    var e = assertThrows(Deadlines.InvalidDeadline.class, () -> Deadlines.parse("uke 50"));
    assertEquals(true, en(e).startsWith("'uke 50' is not a deadline: write a date"));
  }

  /** The problem as the catalog says it in English (the model carries only key and values). */
  private static String en(Deadlines.InvalidDeadline e) {
    return no.planvev.diag.Message.of(e.key(), e.args().toArray()).in("en");
  }
}

package no.planvev.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import no.planvev.model.Deadline;
import no.planvev.model.Deadlines;
import no.planvev.model.LText;
import org.junit.jupiter.api.Test;

class DeadlineFormatTest {

  private static String nb(String s) throws Exception {
    return DeadlineFormat.display(Deadlines.parse(s), "nb", "nb");
  }

  private static String en(String s) throws Exception {
    return DeadlineFormat.display(Deadlines.parse(s), "en", "nb");
  }

  @Test
  void showsEachFormTheNorwegianWay() throws Exception {
    assertEquals("30. november 2017", nb("2017-11-30"));
    assertEquals("uke 50 2017", nb("2017-W50"));
    assertEquals("februar 2018", nb("2018-02"));
    assertEquals("1. kvartal 2018", nb("2018-Q1"));
    assertEquals("2018", nb("2018"));
    assertEquals("januar–februar 2018", nb("2018-01/2018-02"));
    assertEquals("1.–15. mars 2018", nb("2018-03-01/2018-03-15"));
  }

  @Test
  void showsEachFormTheEnglishWay() throws Exception {
    assertEquals("30 November 2017", en("2017-11-30"));
    assertEquals("week 50 2017", en("2017-W50"));
    assertEquals("February 2018", en("2018-02"));
    assertEquals("Q1 2018", en("2018-Q1"));
    assertEquals("January–February 2018", en("2018-01/2018-02"));
    assertEquals("November 2017 – February 2018", en("2017-11/2018-02"));
  }

  @Test
  void nynorskSaysVeke() throws Exception {
    assertEquals("veke 50 2017", DeadlineFormat.display(Deadlines.parse("2017-W50"), "nn", "nb"));
  }

  @Test
  void freeTextFallsBackToTheDefaultLanguage() throws Exception {
    Deadline d =
        new Deadline.Text(new LText(Map.of("nb", "1. møte 2018")), Deadlines.parse("2018-02"));
    assertEquals("1. møte 2018", DeadlineFormat.display(d, "en", "nb"));
    assertEquals(LocalDate.of(2018, 2, 28), d.due());
  }

  @Test
  void datetimeIsAValidHtmlTimeValue() throws Exception {
    assertEquals("2017-11-30", DeadlineFormat.datetime(Deadlines.parse("2017-11-30")));
    assertEquals("2017-W50", DeadlineFormat.datetime(Deadlines.parse("2017-W50")));
    assertEquals("2018-02", DeadlineFormat.datetime(Deadlines.parse("2018-02")));
    assertEquals("2018-03-31", DeadlineFormat.datetime(Deadlines.parse("2018-Q1")));
    assertEquals("2018-02-28", DeadlineFormat.datetime(Deadlines.parse("2018-01/2018-02")));
  }

  @Test
  void northernSamiTakesMonthAndWeekdayNamesFromCldr() throws Exception {
    DeadlineFormat se = DeadlineFormat.builtIn("se");
    assertEquals("skábmamánnu 2017", se.displayIn(Deadlines.parse("2017-11"), "se", "nb"));
    assertEquals("vuossárga", se.weekday(1));
    assertEquals("skáb", se.shortMonth(11));
  }

  @Test
  void uiStringsOverrideWordsAndPatterns() throws Exception {
    DeadlineFormat se =
        DeadlineFormat.of(
            "se",
            Map.of(
                "date.week",
                "vahkku {week} {year}",
                "date.day",
                "{day}. {month} {year}",
                "month.11",
                "skábmamánnu"));
    assertEquals("vahkku 50 2017", se.displayIn(Deadlines.parse("2017-W50"), "se", "nb"));
    assertEquals("30. skábmamánnu 2017", se.displayIn(Deadlines.parse("2017-11-30"), "se", "nb"));
    assertEquals(
        "vahkku 50–52 2017", se.displayIn(Deadlines.parse("2017-W50/2017-W52"), "se", "nb"));
  }

  @Test
  void aLanguageTheJdkDoesNotKnowGetsEnglishMonths() throws Exception {
    assertEquals(
        "November 2017",
        DeadlineFormat.builtIn("zz").displayIn(Deadlines.parse("2017-11"), "zz", "nb"));
  }
}

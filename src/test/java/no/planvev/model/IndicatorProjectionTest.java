package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** The on-track rule: the least-squares line through the measurements, at the target date. */
class IndicatorProjectionTest {

  static Indicator indicator(
      Indicator.Direction dir, String target, String targetDate, String... dateValue) {
    List<Indicator.Measurement> ms = new ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      ms.add(
          new Indicator.Measurement(
              LocalDate.parse(dateValue[i]),
              new BigDecimal(dateValue[i + 1]),
              LText.of("nb", "SSB"),
              null));
    }
    return new Indicator(
        "i",
        new SourcePos("plans/p/plan.yaml", 1, 1),
        LText.of("nb", "I"),
        null,
        dir,
        new Indicator.Point(new BigDecimal("0"), LocalDate.parse("2015-01-01")),
        new Indicator.Point(new BigDecimal(target), LocalDate.parse(targetDate)),
        ms,
        null);
  }

  @Test
  void twoMeasurementsGiveTheLineThroughBoth() {
    // 10 on 2016-01-01, 12 on 2017-01-01 (366 days): 2 a leap year, so 4 more by 2019-01-01.
    Indicator in =
        indicator(
            Indicator.Direction.UP, "15", "2019-01-01", "2016-01-01", "10", "2017-01-01", "12");
    IndicatorProjection p = in.projection();
    double expected =
        10
            + 2.0
                / 366
                * (LocalDate.parse("2019-01-01").toEpochDay()
                    - LocalDate.parse("2016-01-01").toEpochDay());
    assertEquals(expected, p.projected().doubleValue(), 0.05);
    assertEquals(IndicatorProjection.State.ON_TRACK, p.state(), "≈ 16 is at least 15: " + p);
  }

  @Test
  void upIsOnTrackWhenTheProjectionReachesTheTarget() {
    Indicator in =
        indicator(
            Indicator.Direction.UP, "14", "2019-01-01", "2016-01-01", "10", "2017-01-01", "12");
    assertEquals(IndicatorProjection.State.ON_TRACK, in.projection().state());
    Indicator far =
        indicator(
            Indicator.Direction.UP, "20", "2019-01-01", "2016-01-01", "10", "2017-01-01", "12");
    assertEquals(IndicatorProjection.State.OFF_TRACK, far.projection().state());
  }

  @Test
  void downIsOnTrackWhenTheProjectionIsAtOrBelowTheTarget() {
    Indicator falling =
        indicator(
            Indicator.Direction.DOWN,
            "5",
            "2020-01-01",
            "2016-01-01",
            "10",
            "2017-01-01",
            "8",
            "2018-01-01",
            "6");
    assertEquals(IndicatorProjection.State.ON_TRACK, falling.projection().state());
    assertEquals(2, falling.projection().projected().intValue(), falling.projection().toString());
    Indicator rising =
        indicator(
            Indicator.Direction.DOWN, "5", "2020-01-01", "2016-01-01", "6", "2017-01-01", "7");
    assertEquals(IndicatorProjection.State.OFF_TRACK, rising.projection().state());
  }

  @Test
  void threeOrMoreMeasurementsUseLeastSquaresNotTheLastTwo() {
    // Yearly 0, 10, 0: the line is flat at 3.33 (slope 0), though the last two fall by 10.
    Indicator in =
        indicator(
            Indicator.Direction.UP,
            "3",
            "2030-01-01",
            "2017-01-01",
            "0",
            "2018-01-01",
            "10",
            "2019-01-01",
            "0");
    IndicatorProjection p = in.projection();
    // Shown with one decimal more than the data has.
    assertEquals(new BigDecimal("3.3"), p.projected(), p.toString());
    assertEquals(0.0, p.slopePerYear().doubleValue(), 0.01);
    assertEquals(IndicatorProjection.State.ON_TRACK, p.state());
  }

  @Test
  void fewerThanTwoMeasurementsIsNotEnoughData() {
    IndicatorProjection none = indicator(Indicator.Direction.UP, "1", "2020-01-01").projection();
    assertEquals(IndicatorProjection.State.NOT_ENOUGH_DATA, none.state());
    assertNull(none.projected());
    IndicatorProjection one =
        indicator(Indicator.Direction.UP, "1", "2020-01-01", "2016-01-01", "5").projection();
    assertEquals(IndicatorProjection.State.NOT_ENOUGH_DATA, one.state());
    assertNull(one.slopePerYear());
    assertEquals("not-enough-data", one.state().key());
  }

  @Test
  void aMeasurementOnOrAfterTheTargetDateIsJudgedAsMeasured() {
    Indicator in =
        indicator(
            Indicator.Direction.UP,
            "10",
            "2018-01-01",
            "2016-01-01",
            "0",
            "2017-01-01",
            "20",
            "2018-06-30",
            "9");
    IndicatorProjection p = in.projection();
    assertTrue(p.measuredAtTarget());
    assertEquals(new BigDecimal("9"), p.projected());
    assertEquals(IndicatorProjection.State.OFF_TRACK, p.state());
    // One measurement at the target date is enough: nothing needs projecting.
    Indicator once = indicator(Indicator.Direction.UP, "10", "2018-01-01", "2018-01-01", "10");
    assertEquals(IndicatorProjection.State.ON_TRACK, once.projection().state());
  }

  @Test
  void judgesTheExactValueNotTheRoundedOne() {
    // Projects to 9.96: shown as 10.0 (one decimal more than the data), but short of 10.
    Indicator in =
        indicator(
            Indicator.Direction.UP, "10", "2018-01-01", "2016-01-01", "9", "2017-01-01", "9.48");
    IndicatorProjection p = in.projection();
    assertFalse(p.measuredAtTarget());
    assertEquals(IndicatorProjection.State.OFF_TRACK, p.state(), p.toString());
  }

  @Test
  void theDemoExampleIsOnTrack() {
    Indicator in =
        indicator(
            Indicator.Direction.UP, "0", "2019-12-31", "2016-12-31", "-0.9", "2017-12-31", "-0.5");
    IndicatorProjection p = in.projection();
    assertEquals(new BigDecimal("0.3"), p.projected());
    assertEquals(new BigDecimal("0.4"), p.slopePerYear());
    assertEquals(IndicatorProjection.State.ON_TRACK, p.state());
  }
}

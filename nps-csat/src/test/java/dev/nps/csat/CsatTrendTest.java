package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Response;
import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.program.TrendAccumulator;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SignificanceResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsatTrendTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final PeriodScheme MONTHS =
      PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);

  private static Response at(int answer, int month, int day) {
    return Response.builder().score(answer)
        .answeredAt(LocalDate.of(2026, month, day).atStartOfDay(ZoneOffset.UTC).toInstant())
        .build();
  }

  /**
   * January: 5, 5, 4, 2 (3 of 4 satisfied, 75%); February: none; March: 5, 1 (50%); April: 4, 4,
   * 4, 4 (100%).
   */
  private static List<Response> sample() {
    return List.of(at(5, 1, 3), at(5, 1, 9), at(4, 1, 20), at(2, 1, 31),
        at(5, 3, 1), at(1, 3, 2),
        at(4, 4, 1), at(4, 4, 2), at(4, 4, 3), at(4, 4, 30));
  }

  @Test
  void sharesPerMonthWithEmptyMonthsAndChangesOfTheSatisfiedShare() {
    Trend<Csat> trend = CsatTrend.of(SCALE, sample(), MONTHS);
    assertEquals(CsatTrend.metric(SCALE), trend.metric());
    List<Trend.Point<Csat>> points = trend.points();
    assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04"),
        points.stream().map(point -> point.period().label()).toList());
    assertEquals(Csat.ofAnswers(SCALE, 5, 5, 4, 2), points.get(0).result());
    assertTrue(points.get(1).result().isEmpty());
    assertEquals(SCALE, points.get(1).result().scale());
    assertEquals(50.0, points.get(2).result().score(), 1e-12);
    assertFalse(points.get(0).change().isPresent());
    assertFalse(points.get(1).change().isPresent());
    assertFalse(points.get(2).change().isPresent()); // March follows an empty February
    SignificanceResult april = points.get(3).change().orElseThrow();
    assertInstanceOf(RateDifference.class, april);
    // 100% - 50% = 50 points. Miettinen-Nurminen at no difference: the restricted estimate is the
    // pooled 5 of 6, variance 5/6 * 1/6 * (1/4 + 1/2) * N / (N - 1) with N = 6, which is 0.125;
    // z = 0.5 / sqrt(0.125) = sqrt 2, p = erfc(z / sqrt 2) = erfc(1) = 0.157299 (math.erfc).
    assertEquals(50.0, april.estimate(), 1e-9);
    assertEquals(Math.sqrt(2), april.statistic(), 1e-9);
    assertEquals(0.15729920705028513, april.pValue(), 1e-9);
  }

  @Test
  void meansByWelchWhenBothPeriodsHaveTwoAnswers() {
    Trend<Csat> trend = Trend.of(sample(), MONTHS,
        CsatTrend.metric(SCALE, CsatSegmentComparison.Measure.MEAN));
    SignificanceResult april = trend.points().get(3).change().orElseThrow();
    assertInstanceOf(MeanDifference.class, april);
    // April 4, 4, 4, 4 (mean 4, variance 0) minus March 5, 1 (mean 3, variance 8): estimate 1,
    // standard error sqrt(0/4 + 8/2) = 2, t = 0.5, Welch df = 4^2 / (4^2 / 1) = 1 (Cauchy), so p
    // = 1 - 2 atan(0.5) / pi = 0.704833.
    assertEquals(1.0, april.estimate(), 1e-12);
    assertEquals(0.5, april.statistic(), 1e-12);
    assertEquals(0.7048327646991335, april.pValue(), 1e-9);

    // One answer in a month: no Welch test.
    List<Response> single = new ArrayList<>(sample());
    single.add(at(3, 5, 1));
    Trend<Csat> withMay = Trend.of(single, MONTHS,
        CsatTrend.metric(SCALE, CsatSegmentComparison.Measure.MEAN));
    assertFalse(withMay.points().get(4).change().isPresent());
  }

  @Test
  void answersOffTheScaleAreRejectedAndNothingIsAdded() {
    TrendAccumulator<Csat> accumulator = new TrendAccumulator<>(CsatTrend.metric(SCALE), MONTHS);
    accumulator.add(at(5, 1, 1));
    Trend<Csat> before = accumulator.snapshot();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(List.of(at(4, 2, 1), at(0, 2, 2))));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    assertEquals(before, accumulator.snapshot());
    // Lenient counting is about time only: an off-scale answer is still an error.
    TrendAccumulator<Csat> lenient = TrendAccumulator.lenient(CsatTrend.metric(SCALE), MONTHS);
    assertThrows(IllegalArgumentException.class, () -> lenient.add(Response.of(7)));
    lenient.add(Response.of(3));
    assertEquals(1, lenient.snapshot().undated());
  }

  @Test
  void metricsOfOtherScalesOrMeasuresAreDifferent() {
    CsatTrend.Metric share = CsatTrend.metric(SCALE);
    assertEquals(share, CsatTrend.metric(CsatScale.of(1, 5, 4)));
    assertEquals(share.hashCode(), CsatTrend.metric(CsatScale.of(1, 5, 4)).hashCode());
    assertNotEquals(share, CsatTrend.metric(CsatScale.ONE_TO_SEVEN));
    assertNotEquals(share, CsatTrend.metric(SCALE, CsatSegmentComparison.Measure.MEAN));
    assertEquals(CsatSegmentComparison.Measure.SHARE, share.measure());
    assertEquals("CSAT", share.name());
    TrendAccumulator<Csat> fives = new TrendAccumulator<>(share, MONTHS);
    TrendAccumulator<Csat> sevens =
        new TrendAccumulator<>(CsatTrend.metric(CsatScale.ONE_TO_SEVEN), MONTHS);
    assertThrows(IllegalArgumentException.class, () -> fives.addAll(sevens));
  }

  @Test
  void histogramsMustHaveElevenCountsAndNoneOffTheScale() {
    CsatTrend.Metric metric = CsatTrend.metric(SCALE);
    long[] counts = {0, 1, 0, 0, 2, 3, 0, 0, 0, 0, 0};
    assertEquals(Csat.ofHistogram(SCALE, 1, 0, 0, 2, 3), metric.ofHistogram(counts));
    counts[7] = 1;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> metric.ofHistogram(counts));
    assertEquals("answer 7 is off the scale 1-5 but has 1 answers", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> metric.ofHistogram(new long[5]));
  }

  @Test
  void aTrendOfResultsMustStayOnTheMetricsScale() {
    SurveyPeriod january = MONTHS.periodOf(at(1, 1, 1).answeredAt().orElseThrow());
    Map<SurveyPeriod, Csat> results = new LinkedHashMap<>();
    results.put(january, Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Trend.of(results, CsatTrend.metric(SCALE)));
    assertTrue(e.getMessage().startsWith("result of 2026-01 ["), e.getMessage());
    assertTrue(e.getMessage().endsWith("a trend on scale 1-5 (satisfied 4-5) cannot hold a result"
        + " on scale 1-7 (satisfied 6-7)"), e.getMessage());
  }
}

package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SignificanceResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final PeriodScheme MONTHS = PeriodScheme.calendar(Granularity.MONTH, ZONE);

  private static Response at(int score, LocalDate day) {
    return Response.builder().score(score).answeredAt(day.atTime(12, 0).toInstant(ZoneOffset.UTC))
        .build();
  }

  private static SurveyPeriod month(int year, int month) {
    return MONTHS.periodOf(LocalDate.of(year, month, 1).atStartOfDay(ZONE).toInstant());
  }

  /**
   * 2025, month m = 1..12: m promoters (10) and 13 - m detractors (3), except April and September,
   * which have no answers. Month m's NPS is 100 * (m - (13 - m)) / 13 = 100 * (2m - 13) / 13.
   */
  private static List<Response> year() {
    List<Response> responses = new ArrayList<>();
    for (int month = 12; month >= 1; month--) { // out of order on purpose
      if (month == 4 || month == 9) {
        continue;
      }
      LocalDate day = LocalDate.of(2025, month, 1 + month);
      for (int i = 0; i < month; i++) {
        responses.add(at(10, day));
      }
      for (int i = 0; i < 13 - month; i++) {
        responses.add(at(3, day));
      }
    }
    return responses;
  }

  /**
   * A metric of the share of answers that are 10, to show that the trend is generic: its result
   * is a Rate of 10s among all answers, its change the RateDifference of two periods.
   */
  private enum TopBox implements Trend.Metric<Rate> {
    INSTANCE;

    @Override
    public void checkAnswer(int answer) {
      if (answer < 1) {
        throw new IllegalArgumentException("answer must be in [1, 10], was " + answer);
      }
    }

    @Override
    public Rate ofHistogram(long[] countsPerAnswer) {
      if (countsPerAnswer[0] != 0) {
        throw new IllegalArgumentException("answer 0 is not counted");
      }
      return Rate.of(countsPerAnswer[10], Arrays.stream(countsPerAnswer).sum());
    }

    @Override
    public void checkResult(Rate result) {}

    @Override
    public Optional<SignificanceResult> change(Rate current, Rate previous) {
      return current.isEmpty() || previous.isEmpty()
          ? Optional.empty() : Optional.of(RateDifference.of(current, previous));
    }
  }

  @Test
  void aYearOfMonthsGivesKnownCountsAndScoresWithEmptyMonthsPresent() {
    Trend<Nps> trend = Trend.of(year(), MONTHS);
    assertEquals(Trend.NPS, trend.metric());
    List<Trend.Point<Nps>> points = trend.points();
    assertEquals(12, points.size());
    for (int month = 1; month <= 12; month++) {
      Trend.Point<Nps> point = points.get(month - 1);
      assertEquals(String.format("2025-%02d", month), point.period().label());
      if (month == 4 || month == 9) {
        assertTrue(point.result().isEmpty(), point.toString());
        assertFalse(point.change().isPresent());
        continue;
      }
      assertEquals(13, point.result().total());
      assertEquals(month, point.result().promoters());
      assertEquals(13 - month, point.result().detractors());
      assertEquals(100.0 * (2 * month - 13) / 13, point.result().score(), 1e-9);
    }
    // The change is this month minus the previous one: 2 * 100 / 13 points between neighbours.
    SignificanceResult february = points.get(1).change().orElseThrow();
    assertEquals(200.0 / 13, february.estimate(), 1e-9);
    assertEquals(NpsDifference.of(points.get(1).result(), points.get(0).result()), february);
    assertFalse(points.get(0).change().isPresent()); // the first month
    assertFalse(points.get(4).change().isPresent()); // May follows an empty April
    assertTrue(points.get(5).change().isPresent()); // June follows May
  }

  @Test
  void strictTrendRejectsResponsesWithoutTime() {
    List<Response> responses = new ArrayList<>(year());
    responses.add(Response.of(9));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Trend.of(responses, MONTHS));
    assertTrue(e.getMessage().startsWith("a trend needs answeredAt, but a response has none"),
        e.getMessage());
  }

  @Test
  void lenientTrendCountsResponsesWithoutTime() {
    TrendAccumulator<Nps> accumulator = TrendAccumulator.lenient(Trend.NPS, MONTHS);
    assertTrue(accumulator.isLenient());
    accumulator.addAll(year());
    accumulator.add(Response.of(9));
    accumulator.add(Response.of(0));
    Trend<Nps> trend = accumulator.snapshot();
    assertEquals(2, trend.undated());
    assertEquals(0, trend.outside());
    assertEquals(Trend.of(year(), MONTHS).points().size(), trend.points().size());
  }

  @Test
  void mergedAccumulatorsEqualOne() {
    List<Response> all = year();
    TrendAccumulator<Nps> left = new TrendAccumulator<>(Trend.NPS, MONTHS);
    TrendAccumulator<Nps> right =
        new TrendAccumulator<>(Trend.NPS, PeriodScheme.calendar(Granularity.MONTH, ZONE));
    left.addAll(all.subList(0, 40));
    right.addAll(all.subList(40, all.size()));
    left.addAll(right);
    assertEquals(Trend.of(all, MONTHS), left.snapshot());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> left.addAll(
            new TrendAccumulator<>(Trend.NPS, PeriodScheme.calendar(Granularity.YEAR, ZONE))));
    assertTrue(e.getMessage().startsWith("cannot merge trends of different schemes"));
  }

  @Test
  void addingAfterAMergeCountsInTheMergedPeriod() {
    // The accumulator caches the last period; a merge into that period must not detach it.
    TrendAccumulator<Nps> left = new TrendAccumulator<>(Trend.NPS, MONTHS);
    left.add(at(10, LocalDate.of(2025, 3, 2)));
    TrendAccumulator<Nps> right = new TrendAccumulator<>(Trend.NPS, MONTHS);
    right.add(at(0, LocalDate.of(2025, 3, 3)));
    left.addAll(right);
    left.add(at(8, LocalDate.of(2025, 3, 4)));
    assertEquals(Nps.ofAnswers(10, 0, 8), left.snapshot().points().get(0).result());
  }

  @Test
  void bulkAdditionIsAllOrNothing() {
    TrendAccumulator<Nps> accumulator = new TrendAccumulator<>(Trend.NPS, MONTHS);
    accumulator.add(at(9, LocalDate.of(2025, 1, 2)));
    Trend<Nps> before = accumulator.snapshot();

    List<Response> withUndated = List.of(at(10, LocalDate.of(2025, 2, 2)), Response.of(3));
    assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(withUndated));
    assertEquals(before, accumulator.snapshot());

    List<Response> withNull = Arrays.asList(at(10, LocalDate.of(2025, 5, 2)), null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> accumulator.addAll(withNull));
    assertEquals("response at position 1 is null", e.getMessage());
    assertEquals(before, accumulator.snapshot());

    TrendAccumulator<Rate> topBox = new TrendAccumulator<>(TopBox.INSTANCE, MONTHS);
    List<Response> withZero = List.of(at(10, LocalDate.of(2025, 2, 2)), at(0, LocalDate.of(2025,
        2, 3)));
    assertThrows(IllegalArgumentException.class, () -> topBox.addAll(withZero));
    assertEquals(List.of(), topBox.snapshot().points());
  }

  @Test
  void mergeIsAllOrNothingOnOverflow() {
    // One 10 in June, doubled 62 times by merging a copy: 2^62 answers of 10 in June.
    TrendAccumulator<Nps> big = TrendAccumulator.lenient(Trend.NPS, MONTHS);
    big.add(at(10, LocalDate.of(2025, 6, 2)));
    for (int i = 0; i < 62; i++) {
      big.addAll(copyOf(big));
    }
    Trend<Nps> before = big.snapshot();
    assertEquals(1L << 62, before.points().get(0).result().count(10));
    // The other has January (new here, and merged first) and an undated answer, and June, whose
    // sum 2^62 + 2^62 = 2^63 overflows: nothing of it may be merged.
    TrendAccumulator<Nps> other = copyOf(big);
    other.add(at(4, LocalDate.of(2025, 1, 2)));
    other.add(Response.of(5));
    assertThrows(ArithmeticException.class, () -> big.addAll(other));
    assertEquals(before, big.snapshot());
    assertEquals(0, big.snapshot().undated());
  }

  /** A copy through a merge into an empty accumulator of the same kind. */
  private static TrendAccumulator<Nps> copyOf(TrendAccumulator<Nps> accumulator) {
    TrendAccumulator<Nps> copy = TrendAccumulator.lenient(Trend.NPS, accumulator.scheme());
    copy.addAll(accumulator);
    return copy;
  }

  @Test
  void wavesListEveryWaveEvenWithoutAnswers() {
    SurveyWaves waves = SurveyWaves.builder()
        .wave("w1", Instant.parse("2025-01-01T00:00:00Z"))
        .wave("w2", Instant.parse("2025-05-01T00:00:00Z"))
        .wave("w3", Instant.parse("2025-09-01T00:00:00Z"))
        .end(Instant.parse("2026-01-01T00:00:00Z"));
    List<Response> responses = List.of(
        at(10, LocalDate.of(2025, 2, 1)), at(0, LocalDate.of(2025, 10, 1)));
    List<Trend.Point<Nps>> points = Trend.of(responses, waves).points();
    assertEquals(List.of("w1", "w2", "w3"),
        points.stream().map(p -> p.period().label()).toList());
    assertEquals(Nps.ofAnswers(10), points.get(0).result());
    assertTrue(points.get(1).result().isEmpty());
    assertEquals(Nps.ofAnswers(0), points.get(2).result());
    assertFalse(points.get(2).change().isPresent()); // w3 follows an empty w2

    TrendAccumulator<Nps> lenient = TrendAccumulator.lenient(Trend.NPS, waves);
    lenient.add(at(9, LocalDate.of(2024, 6, 1)));
    assertEquals(1, lenient.snapshot().outside());
    TrendAccumulator<Nps> strict = new TrendAccumulator<>(Trend.NPS, waves);
    assertThrows(IllegalArgumentException.class, () -> strict.add(at(9, LocalDate.of(2024, 6,
        1))));
  }

  @Test
  void noAnswersGiveNoCalendarPeriods() {
    assertEquals(List.of(), Trend.of(List.of(), MONTHS).points());
  }

  @Test
  void anotherMetricCountsAndComparesItsOwnWay() {
    // January: 10, 10, 5, 5 (2 of 4 are 10s); February: none; March: 10, 1, 1, 1 (1 of 4).
    List<Response> responses = List.of(
        at(10, LocalDate.of(2025, 1, 2)), at(10, LocalDate.of(2025, 1, 3)),
        at(5, LocalDate.of(2025, 1, 4)), at(5, LocalDate.of(2025, 1, 5)),
        at(10, LocalDate.of(2025, 3, 2)), at(1, LocalDate.of(2025, 3, 3)),
        at(1, LocalDate.of(2025, 3, 4)), at(1, LocalDate.of(2025, 3, 5)));
    Trend<Rate> trend = Trend.of(responses, MONTHS, TopBox.INSTANCE);
    assertEquals(List.of(Rate.of(2, 4), Rate.of(0, 0), Rate.of(1, 4)),
        trend.points().stream().map(Trend.Point::result).toList());
    assertFalse(trend.points().get(2).change().isPresent());
    Trend<Rate> noGap = Trend.of(responses.subList(0, 4), MONTHS, TopBox.INSTANCE);
    assertEquals(1, noGap.points().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Trend.of(List.of(at(0, LocalDate.of(2025, 1, 2))), MONTHS, TopBox.INSTANCE));
    assertEquals("answer must be in [1, 10], was 0", e.getMessage());
  }

  @Test
  void trendOfResultsKeepsTheGivenPeriodsAndTestsNeighbours() {
    Map<SurveyPeriod, Nps> results = new LinkedHashMap<>();
    results.put(month(2025, 1), Nps.ofAnswers(10, 10, 0));
    results.put(month(2025, 3), Nps.ofAnswers(10, 0, 0)); // February is not given: no gap added
    Trend<Nps> trend = Trend.of(results, Trend.NPS, 4, 0);
    assertEquals(2, trend.points().size());
    assertEquals(4, trend.undated());
    // (2 - 1) / 3 - (1 - 2) / 3 = -2/3 for March minus January: -66.67 points.
    assertEquals(-200.0 / 3, trend.points().get(1).change().orElseThrow().estimate(), 1e-9);
    assertEquals(trend, Trend.of(results, Trend.NPS, 4, 0));
    assertNotEquals(trend, Trend.of(results, Trend.NPS));
    assertNotEquals(trend, Trend.of(results, Trend.NPS, 4, 1));
    Map<SurveyPeriod, Nps> other = new LinkedHashMap<>(results);
    other.put(month(2025, 3), Nps.ofAnswers(10, 0, 7));
    assertNotEquals(trend, Trend.of(other, Trend.NPS, 4, 0));
    assertEquals(trend.hashCode(), Trend.of(results, Trend.NPS, 4, 0).hashCode());
  }

  @Test
  void trendOfResultsRejectsDisorderOverlapAndNegativeCounts() {
    Map<SurveyPeriod, Nps> backwards = new LinkedHashMap<>();
    backwards.put(month(2025, 3), Nps.ofAnswers(10));
    backwards.put(month(2025, 1), Nps.ofAnswers(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Trend.of(backwards, Trend.NPS));
    assertTrue(e.getMessage().startsWith("periods must be in time order without overlap, but"
        + " 2025-01 ["), e.getMessage());

    Map<SurveyPeriod, Nps> overlapping = new LinkedHashMap<>();
    overlapping.put(month(2025, 1), Nps.ofAnswers(10));
    overlapping.put(SurveyPeriod.of("mid-January", Instant.parse("2025-01-15T00:00:00Z"),
        Instant.parse("2025-02-15T00:00:00Z")), Nps.ofAnswers(0));
    assertThrows(IllegalArgumentException.class, () -> Trend.of(overlapping, Trend.NPS));

    Map<SurveyPeriod, Nps> one = Map.of(month(2025, 1), Nps.ofAnswers(10));
    e = assertThrows(IllegalArgumentException.class, () -> Trend.of(one, Trend.NPS, -1, 0));
    assertEquals("undated must not be negative, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Trend.of(one, Trend.NPS, 0, -2));
    assertEquals("outside must not be negative, was -2", e.getMessage());
  }

  @Test
  void mergingAnotherMetricIsRejected() {
    TrendAccumulator<Nps> nps = new TrendAccumulator<>(Trend.NPS, MONTHS);
    Trend.Metric<Nps> lookalike = new Trend.Metric<>() {
      @Override
      public String name() {
        return "NPS";
      }

      @Override
      public void checkAnswer(int answer) {}

      @Override
      public Nps ofHistogram(long[] countsPerAnswer) {
        return Nps.ofHistogram(countsPerAnswer);
      }

      @Override
      public void checkResult(Nps result) {}

      @Override
      public Optional<SignificanceResult> change(Nps current, Nps previous) {
        return Optional.empty();
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> nps.addAll(new TrendAccumulator<>(lookalike, MONTHS)));
    assertTrue(e.getMessage().startsWith("cannot merge trends of different metrics"));
  }

  @Test
  void describesItself() {
    Trend<Nps> trend = Trend.of(List.of(at(10, LocalDate.of(2025, 1, 2))), MONTHS);
    assertTrue(trend.toString().startsWith("Trend[NPS, 2025-01="), trend.toString());
    TrendAccumulator<Nps> accumulator = new TrendAccumulator<>(Trend.NPS, MONTHS);
    assertEquals("TrendAccumulator[NPS, MONTH in Z, periods=0, strict]", accumulator.toString());
  }

  @Test
  void periodResultsReadBackMergeIntoTheTrendOfAllAnswers() {
    // Two halves of the same answers, one aggregated from responses, the other merged in per
    // period as a report of another file would be: the trend equals that of all answers.
    List<Response> all = year();
    TrendAccumulator<Nps> first = new TrendAccumulator<>(Trend.NPS, MONTHS);
    first.addAll(all.subList(0, all.size() / 2));
    TrendAccumulator<Nps> second = new TrendAccumulator<>(Trend.NPS, MONTHS);
    second.addAll(all.subList(all.size() / 2, all.size()));
    for (Trend.Point<Nps> point : second.snapshot().points()) {
      first.addAll(point.period(), point.result());
    }
    assertEquals(Trend.of(all, MONTHS), first.snapshot());
  }

  @Test
  void aPeriodOfAnotherSchemeOrAResultWithoutScoresIsRejected() {
    TrendAccumulator<Nps> months = new TrendAccumulator<>(Trend.NPS, MONTHS);
    SurveyPeriod week = PeriodScheme.calendar(Granularity.WEEK, ZONE)
        .periodOf(Instant.parse("2026-03-04T00:00:00Z"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> months.addAll(week, Nps.ofAnswers(9)));
    assertTrue(e.getMessage().startsWith("period 2026-W10 ["), e.getMessage());
    // Category counts do not say which score each answer was: the trend cannot count them.
    assertThrows(IllegalStateException.class,
        () -> months.addAll(month(2026, 3), Nps.ofCategories(1, 0, 0)));
    assertEquals(List.of(), months.snapshot().points());
  }
}

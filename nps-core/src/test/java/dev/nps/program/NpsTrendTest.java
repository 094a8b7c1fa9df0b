package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.stats.NpsDifference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTrendTest {
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final PeriodScheme MONTHS = PeriodScheme.calendar(Granularity.MONTH, ZONE);

  private static Response at(int score, LocalDate day) {
    return Response.builder().score(score).answeredAt(day.atTime(12, 0).toInstant(ZoneOffset.UTC))
        .build();
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

  @Test
  void aYearOfMonthsGivesKnownCountsAndScoresWithEmptyMonthsPresent() {
    NpsTrend trend = NpsTrend.of(year(), MONTHS);
    List<NpsTrend.Point> points = trend.points();
    assertEquals(12, points.size());
    for (int month = 1; month <= 12; month++) {
      NpsTrend.Point point = points.get(month - 1);
      assertEquals(String.format("2025-%02d", month), point.period().label());
      if (month == 4 || month == 9) {
        assertTrue(point.nps().isEmpty(), point.toString());
        assertFalse(point.change().isPresent());
        continue;
      }
      assertEquals(13, point.nps().total());
      assertEquals(month, point.nps().promoters());
      assertEquals(13 - month, point.nps().detractors());
      assertEquals(100.0 * (2 * month - 13) / 13, point.nps().score(), 1e-9);
    }
    // The change is this month minus the previous one: 2 * 100 / 13 points between neighbours.
    NpsDifference february = points.get(1).change().orElseThrow();
    assertEquals(200.0 / 13, february.estimate(), 1e-9);
    assertEquals(points.get(1).nps(), february.a());
    assertFalse(points.get(0).change().isPresent()); // the first month
    assertFalse(points.get(4).change().isPresent()); // May follows an empty April
  }

  @Test
  void strictTrendRejectsResponsesWithoutTime() {
    List<Response> responses = new ArrayList<>(year());
    responses.add(Response.of(9));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NpsTrend.of(responses, MONTHS));
    assertTrue(e.getMessage().startsWith("a trend needs answeredAt, but a response has none"),
        e.getMessage());
  }

  @Test
  void lenientTrendCountsResponsesWithoutTime() {
    TrendAccumulator accumulator = TrendAccumulator.lenient(MONTHS);
    accumulator.addAll(year());
    accumulator.add(Response.of(9));
    accumulator.add(Response.of(0));
    NpsTrend trend = accumulator.snapshot();
    assertEquals(2, trend.undated());
    assertEquals(NpsTrend.of(year(), MONTHS).points().size(), trend.points().size());
  }

  @Test
  void mergedAccumulatorsEqualOne() {
    List<Response> all = year();
    TrendAccumulator left = new TrendAccumulator(MONTHS);
    TrendAccumulator right = new TrendAccumulator(PeriodScheme.calendar(Granularity.MONTH, ZONE));
    left.addAll(all.subList(0, 40));
    right.addAll(all.subList(40, all.size()));
    left.addAll(right);
    List<NpsTrend.Point> merged = left.snapshot().points();
    List<NpsTrend.Point> direct = NpsTrend.of(all, MONTHS).points();
    assertEquals(direct.size(), merged.size());
    for (int i = 0; i < direct.size(); i++) {
      assertEquals(direct.get(i).period(), merged.get(i).period());
      assertEquals(direct.get(i).nps(), merged.get(i).nps());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> left.addAll(new TrendAccumulator(PeriodScheme.calendar(Granularity.YEAR, ZONE))));
    assertTrue(e.getMessage().startsWith("cannot merge trends of different schemes"));
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
    List<NpsTrend.Point> points = NpsTrend.of(responses, waves).points();
    assertEquals(List.of("w1", "w2", "w3"),
        points.stream().map(p -> p.period().label()).toList());
    assertEquals(Nps.ofAnswers(10), points.get(0).nps());
    assertTrue(points.get(1).nps().isEmpty());
    assertEquals(Nps.ofAnswers(0), points.get(2).nps());

    TrendAccumulator lenient = TrendAccumulator.lenient(waves);
    lenient.add(at(9, LocalDate.of(2024, 6, 1)));
    assertEquals(1, lenient.snapshot().outside());
  }

  @Test
  void noAnswersGiveNoCalendarPeriods() {
    assertEquals(List.of(), NpsTrend.of(List.of(), MONTHS).points());
  }

  @Test
  void periodResultsReadBackMergeIntoTheTrendOfAllAnswers() {
    // Two halves of the same answers, one aggregated from responses, the other merged in per
    // period as a report of another file would be: the trend equals that of all answers.
    List<Response> all = year();
    TrendAccumulator first = new TrendAccumulator(MONTHS);
    first.addAll(all.subList(0, all.size() / 2));
    TrendAccumulator second = new TrendAccumulator(MONTHS);
    second.addAll(all.subList(all.size() / 2, all.size()));
    for (NpsTrend.Point point : second.snapshot().points()) {
      first.addAll(point.period(), point.nps());
    }
    assertEquals(NpsTrend.of(all, MONTHS).points().stream().map(NpsTrend.Point::nps)
            .collect(java.util.stream.Collectors.toList()),
        first.snapshot().points().stream().map(NpsTrend.Point::nps)
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aPeriodOfAnotherSchemeIsRejected() {
    TrendAccumulator months = new TrendAccumulator(MONTHS);
    SurveyPeriod week = PeriodScheme.calendar(Granularity.WEEK, ZONE)
        .periodOf(Instant.parse("2026-03-04T00:00:00Z"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> months.addAll(week, Nps.ofAnswers(9)));
    assertTrue(e.getMessage().startsWith("period 2026-W10 ["), e.getMessage());
  }
}

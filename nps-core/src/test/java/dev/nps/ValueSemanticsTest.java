package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.program.FollowUp;
import dev.nps.program.LatestPerRespondent;
import dev.nps.program.PeriodScheme;
import dev.nps.program.ResponseRates;
import dev.nps.program.SurveyCadence;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.SurveyWaves;
import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality of the value types: equal to an equal copy with the same hash code, and unequal to a
 * value that differs in any one field. The hash codes of the differing values are also distinct:
 * not a contract, but hash codes that ignore a field would make every hashed collection of such
 * values slow.
 */
class ValueSemanticsTest {
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

  @SafeVarargs
  private static <T> void assertValue(T value, T equalCopy, T... different) {
    assertEquals(value, value);
    assertEquals(value, equalCopy);
    assertEquals(equalCopy, value);
    assertEquals(value.hashCode(), equalCopy.hashCode());
    assertNotEquals(value, null);
    assertNotEquals(value, new Object());
    Set<Integer> hashes = new HashSet<>();
    hashes.add(value.hashCode());
    for (T other : different) {
      assertNotEquals(value, other, other.toString());
      assertNotEquals(other, value, other.toString());
      hashes.add(other.hashCode());
    }
    assertEquals(different.length + 1, hashes.size(), "distinct hash codes");
  }

  private static Response.Builder answer() {
    return Response.builder().score(9).segment(Segment.of("plan", "pro")).answeredAt(MARCH)
        .respondentId("c-1").comment("fine");
  }

  @Test
  void responses() {
    assertValue(answer().build(), answer().build(),
        answer().score(10).build(),
        answer().segment(Segment.of("plan", "free")).build(),
        answer().answeredAt(APRIL).build(),
        answer().respondentId("c-2").build(),
        answer().comment("good").build(),
        answer().weight(2.0).build());
    // Weighted responses that differ only in their weight.
    assertValue(answer().weight(2.0).build(), answer().weight(2.0).build(),
        answer().weight(3.0).build(), answer().weight(0.5).build());
  }

  @Test
  void npsResults() {
    assertValue(Nps.ofAnswers(0, 9, 7), Nps.ofHistogram(new long[] {1, 0, 0, 0, 0, 0, 0, 1, 0, 1,
            0}),
        Nps.ofAnswers(0, 10, 7), Nps.ofAnswers(1, 9, 7), Nps.ofAnswers(0, 9, 8),
        Nps.ofCategories(1, 1, 1), Nps.ofAnswers(0, 9), Nps.empty());
  }

  @Test
  void rates() {
    assertValue(Rate.of(3, 10), Rate.of(3, 10), Rate.of(4, 10), Rate.of(3, 11), Rate.of(0, 0));
  }

  @Test
  void intervals() {
    assertValue(Interval.of(-1.5, 2.0), Interval.of(-1.5, 2.0),
        Interval.of(-1.5, 2.5), Interval.of(-1.0, 2.0));
    // -0.0 is stored as +0.0, so equal intervals hash alike whichever zero they were given.
    assertValue(Interval.of(-0.0, 1.0), Interval.of(0.0, 1.0), Interval.of(0.0, 2.0));
    assertEquals(0L, Double.doubleToRawLongBits(Interval.of(-0.0, -0.0).lower()));
    assertEquals(0L, Double.doubleToRawLongBits(Interval.of(-0.0, -0.0).upper()));
  }

  @Test
  void surveyWaves() {
    SurveyWaves waves = SurveyWaves.builder().wave("spring", MARCH).wave("late", APRIL).end(MAY);
    assertValue(waves,
        SurveyWaves.builder().wave("spring", MARCH).wave("late", APRIL).end(MAY),
        SurveyWaves.builder().wave("spring", MARCH).wave("late", APRIL).end(MAY.plusSeconds(1)),
        SurveyWaves.builder().wave("spring", MARCH).wave("later", APRIL).end(MAY),
        SurveyWaves.builder().wave("spring", MARCH).end(MAY));
    assertEquals("SurveyWaves[spring [2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z),"
        + " late [2026-04-01T00:00:00Z, 2026-05-01T00:00:00Z)]", waves.toString());
  }

  @Test
  void responseRateKeys() {
    Segment eu = Segment.of("region", "EU");
    SurveyPeriod march = SurveyPeriod.of("2026-03", MARCH, APRIL);
    ResponseRates.Key key = ResponseRates.Key.of(eu, march);
    assertValue(key, ResponseRates.Key.of(Segment.of("region", "EU"),
            SurveyPeriod.of("2026-03", MARCH, APRIL)),
        ResponseRates.Key.of(Segment.of("region", "US"), march),
        ResponseRates.Key.of(eu, SurveyPeriod.of("2026-04", APRIL, MAY)));
    assertSame(eu, key.segment());
    assertSame(march, key.period());
  }

  @Test
  void surveyCadenceKeepsItsPeriods() {
    SurveyCadence cadence = SurveyCadence.of(Period.ofDays(50), Period.ofMonths(12),
        Period.ofDays(30));
    assertEquals(Period.ofDays(50), cadence.firstAfter());
    assertEquals(Period.ofMonths(12), cadence.interval());
    assertEquals(Period.ofDays(30), cadence.minimumGap());
    assertEquals("SurveyCadence[firstAfter=P50D, interval=P12M, minimumGap=P30D]",
        cadence.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyCadence.of(Period.ZERO, Period.ofMonths(1), Period.ofDays(-1)));
    assertEquals("minimumGap must not be negative in any unit, was P-1D", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SurveyCadence.of(Period.ZERO, Period.ofMonths(-1).plusYears(1), Period.ZERO));
    assertEquals("interval must not be negative in any unit, was P1Y-1M", e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> SurveyCadence.of(null, Period.ofMonths(1), Period.ZERO));
    assertEquals("firstAfter must not be null", npe.getMessage());
  }

  @Test
  void dueOnNamesTheCustomerByPosition() {
    SurveyCadence cadence = SurveyCadence.of(Period.ZERO, Period.ofMonths(1), Period.ZERO);
    LocalDate today = LocalDate.of(2026, 3, 1);
    // The third customer was last surveyed after today.
    List<LocalDate> lastSurveyed = List.of(today.minusMonths(2), today.minusDays(1),
        today.plusDays(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cadence.dueOn(List.of(0, 1, 2), c -> LocalDate.of(2025, 1, 1), lastSurveyed::get,
            today));
    assertTrue(e.getMessage().startsWith("customer at position 2 (2): "), e.getMessage());
  }

  @Test
  void buildersReturnThemselves() {
    Response detractor = Response.builder().score(2).respondentId("c-1").answeredAt(MARCH).build();
    Response promoter = Response.builder().score(10).respondentId("c-2").answeredAt(MARCH).build();
    FollowUp followUp = FollowUp.builder().add(detractor).add(promoter).build();
    assertEquals(List.of(detractor), followUp.detractors());
    assertEquals(List.of(promoter), followUp.reviewCandidates());
    FollowUp perPerson = FollowUp.onePerRespondent().add(detractor).add(promoter).build();
    assertEquals(List.of(detractor), perPerson.detractors());
    LatestPerRespondent.Accumulator accumulator = LatestPerRespondent.accumulator();
    assertSame(accumulator, accumulator.add(detractor));
    assertSame(accumulator, accumulator.add(Response.of(5)));
    PeriodScheme months = SurveyWaves.builder().wave("march", MARCH).end(APRIL);
    ResponseRates.Builder rates = ResponseRates.builder(months);
    assertSame(rates, rates.add(detractor));
  }

  @Test
  void segmentedAccumulatorsDescribeTheirSegments() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.add(Segment.of("region", "EU"), 10);
    assertEquals("SegmentedNpsAccumulator{region=EU=Nps[score=100.00, total=1, detractors=0,"
        + " passives=0, promoters=1]}", accumulator.toString());
  }
}

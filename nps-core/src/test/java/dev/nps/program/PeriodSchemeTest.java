package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodSchemeTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void calendarPeriodsFollowTheZone() {
    // 2026-03-31T22:30Z is already 1 April in Paris (UTC+2 in summer time).
    Instant instant = Instant.parse("2026-03-31T22:30:00Z");
    SurveyPeriod paris = PeriodScheme.calendar(Granularity.MONTH, PARIS).periodOf(instant);
    assertEquals("2026-04", paris.label());
    assertEquals(Instant.parse("2026-03-31T22:00:00Z"), paris.start());
    assertEquals(Instant.parse("2026-04-30T22:00:00Z"), paris.end());
    SurveyPeriod utc = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC).periodOf(instant);
    assertEquals("2026-03", utc.label());
  }

  @Test
  void labelsAndStartsOfEveryGranularity() {
    Instant instant = Instant.parse("2026-08-13T12:00:00Z"); // a Thursday
    assertEquals("2026-08-13", label(Granularity.DAY, instant));
    assertEquals("2026-W33", label(Granularity.WEEK, instant));
    assertEquals("2026-08", label(Granularity.MONTH, instant));
    assertEquals("2026-Q3", label(Granularity.QUARTER, instant));
    assertEquals("2026", label(Granularity.YEAR, instant));
    SurveyPeriod week = PeriodScheme.calendar(Granularity.WEEK, ZoneOffset.UTC).periodOf(instant);
    assertEquals(Instant.parse("2026-08-10T00:00:00Z"), week.start()); // Monday
    // ISO week of 1 January 2027 (a Friday) belongs to 2026's week 53.
    assertEquals("2026-W53", label(Granularity.WEEK, Instant.parse("2027-01-01T00:00:00Z")));
  }

  private static String label(Granularity granularity, Instant instant) {
    return PeriodScheme.calendar(granularity, ZoneOffset.UTC).periodOf(instant).label();
  }

  @Test
  void nextWalksWithoutGaps() {
    PeriodScheme quarters = PeriodScheme.calendar(Granularity.QUARTER, ZoneOffset.UTC);
    SurveyPeriod q4 = quarters.periodOf(Instant.parse("2025-11-30T00:00:00Z"));
    SurveyPeriod q1 = quarters.next(q4).orElseThrow();
    assertEquals("2026-Q1", q1.label());
    assertEquals(q4.end(), q1.start());
  }

  @Test
  void wavesCoverTheirSpanOnly() {
    SurveyWaves waves = SurveyWaves.builder()
        .wave("spring", Instant.parse("2026-03-01T00:00:00Z"))
        .wave("autumn", Instant.parse("2026-09-01T00:00:00Z"))
        .end(Instant.parse("2027-03-01T00:00:00Z"));
    SurveyPeriod spring = waves.periodOf(Instant.parse("2026-08-31T23:59:59Z"));
    assertEquals("spring", spring.label());
    SurveyPeriod autumn = waves.next(spring).orElseThrow();
    assertEquals("autumn", autumn.label());
    assertEquals(Optional.empty(), waves.next(autumn));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> waves.periodOf(Instant.parse("2027-03-01T00:00:00Z")));
    assertEquals("instant 2027-03-01T00:00:00Z is outside every survey wave, which cover"
        + " [2026-03-01T00:00:00Z, 2027-03-01T00:00:00Z)", e.getMessage());
  }

  @Test
  void invalidWavesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyWaves.builder()
            .wave("b", Instant.parse("2026-09-01T00:00:00Z"))
            .wave("a", Instant.parse("2026-03-01T00:00:00Z")));
    assertEquals("wave 'a' must start after wave 'b' (2026-09-01T00:00:00Z),"
        + " was 2026-03-01T00:00:00Z", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> SurveyWaves.builder().end(Instant.parse("2026-09-01T00:00:00Z")));
    e = assertThrows(IllegalArgumentException.class,
        () -> SurveyWaves.builder().wave("a", Instant.parse("2026-09-01T00:00:00Z"))
            .end(Instant.parse("2026-09-01T00:00:00Z")));
    assertEquals("period 'a' must end after it starts, was"
        + " [2026-09-01T00:00:00Z, 2026-09-01T00:00:00Z)", e.getMessage());
  }

  @Test
  void findSaysWhenNoPeriodContainsAnInstant() {
    SurveyWaves waves = SurveyWaves.builder()
        .wave("only", Instant.parse("2026-03-01T00:00:00Z"))
        .end(Instant.parse("2026-04-01T00:00:00Z"));
    assertEquals(Optional.empty(), waves.find(Instant.parse("2026-04-01T00:00:00Z")));
    assertEquals("only", waves.find(Instant.parse("2026-03-31T00:00:00Z")).orElseThrow().label());
    PeriodScheme months = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);
    assertEquals("2026-04",
        months.find(Instant.parse("2026-04-01T00:00:00Z")).orElseThrow().label());
  }

  @Test
  void nextRejectsPeriodsOfAnotherScheme() {
    PeriodScheme months = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);
    SurveyPeriod quarter = PeriodScheme.calendar(Granularity.QUARTER, ZoneOffset.UTC)
        .periodOf(Instant.parse("2026-01-15T00:00:00Z"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> months.next(quarter));
    assertTrue(e.getMessage().endsWith("is not a MONTH period in Z"), e.getMessage());
  }

  @Test
  void daysThatDoNotStartAtMidnightStillCoverTheDay() {
    // Sao Paulo skipped 2018-11-04 00:00-01:00 (start of daylight saving time then): the day
    // starts at 01:00 local, 03:00 UTC, and ends at the next midnight, 02:00 UTC.
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    SurveyPeriod day = PeriodScheme.calendar(Granularity.DAY, saoPaulo)
        .periodOf(Instant.parse("2018-11-04T12:00:00Z"));
    assertEquals("2018-11-04", day.label());
    assertEquals(Instant.parse("2018-11-04T03:00:00Z"), day.start());
    assertEquals(Instant.parse("2018-11-05T02:00:00Z"), day.end());
  }
}

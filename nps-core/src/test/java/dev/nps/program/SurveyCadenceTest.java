package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCadenceTest {
  private final SurveyCadence standard = SurveyCadence.standard();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void firstSurveyIsDueFiftyDaysAfterTheStart() {
    // 2026-01-10 + 50 days: 21 days left in January, 28 in February, so day 50 is 1 March.
    LocalDate since = date(2026, 1, 10);
    assertEquals(date(2026, 3, 1), standard.nextDue(since, null));
    assertFalse(standard.isDue(since, null, date(2026, 2, 28)));
    assertTrue(standard.isDue(since, null, date(2026, 3, 1)));
    assertTrue(standard.isDue(since, null, date(2026, 7, 1)));
  }

  @Test
  void fiftyDaysAcrossTheTwentyNinthOfFebruary() {
    // 2024 is a leap year: from 2024-01-20, 11 days left in January, 29 in February: day 40 is
    // 29 February, day 50 is 10 March.
    assertEquals(date(2024, 3, 10), standard.nextDue(date(2024, 1, 20), null));
    // 2025 is not: 11 + 28 = 39 by 28 February, so day 50 is 11 March.
    assertEquals(date(2025, 3, 11), standard.nextDue(date(2025, 1, 20), null));
  }

  @Test
  void thenEveryTwelveMonthsFromTheFirstScheduledDate() {
    LocalDate since = date(2025, 1, 1);
    LocalDate first = date(2025, 2, 20); // 2025-01-01 + 50 days (30 in January, 20 in February)
    assertEquals(first, standard.nextDue(since, null));
    assertEquals(date(2026, 2, 20), standard.nextDue(since, first));
    assertFalse(standard.isDue(since, first, date(2026, 2, 19)));
    assertTrue(standard.isDue(since, first, date(2026, 2, 20)));
    assertEquals(date(2027, 2, 20), standard.nextDue(since, date(2026, 2, 20)));
  }

  @Test
  void scheduleAnchoredOnTheTwentyNinthOfFebruaryDoesNotDrift() {
    // Started 2024-01-10; first survey 50 days later is 29 February 2024 (21 + 29 = 50).
    LocalDate since = date(2024, 1, 10);
    assertEquals(date(2024, 2, 29), standard.nextDue(since, null));
    assertEquals(date(2025, 2, 28), standard.nextDue(since, date(2024, 2, 29)));
    assertEquals(date(2026, 2, 28), standard.nextDue(since, date(2025, 2, 28)));
    assertEquals(date(2027, 2, 28), standard.nextDue(since, date(2026, 2, 28)));
    // Computed from the anchor, not by adding 12 months to 28 February: back to the 29th.
    assertEquals(date(2028, 2, 29), standard.nextDue(since, date(2027, 2, 28)));
  }

  @Test
  void monthEndSchedulesStayAtTheMonthEnd() {
    // Monthly cadence anchored on 31 January: 28 February, 31 March, 30 April, not the 28th.
    SurveyCadence monthly = SurveyCadence.of(Period.ZERO, Period.ofMonths(1), Period.ZERO);
    LocalDate since = date(2026, 1, 31);
    assertEquals(date(2026, 1, 31), monthly.nextDue(since, null));
    assertEquals(date(2026, 2, 28), monthly.nextDue(since, date(2026, 1, 31)));
    assertEquals(date(2026, 3, 31), monthly.nextDue(since, date(2026, 2, 28)));
    assertEquals(date(2026, 4, 30), monthly.nextDue(since, date(2026, 3, 31)));
  }

  @Test
  void aCustomerSurveyedTooRecentlyIsNotDue() {
    LocalDate since = date(2025, 1, 1);
    // Scheduled 2025-02-20, 2026-02-20, 2027-02-20; surveyed on 2025-12-01 (say, after a support
    // contact). 2026-02-20 is only 81 days later, within the 6-month gap, so the December survey
    // stands in for it and the next one is due on 2027-02-20.
    LocalDate adHoc = date(2025, 12, 1);
    assertEquals(date(2027, 2, 20), standard.nextDue(since, adHoc));
    assertFalse(standard.isDue(since, adHoc, date(2026, 2, 20)));
    assertFalse(standard.isDue(since, adHoc, date(2026, 6, 1)));
    assertTrue(standard.isDue(since, adHoc, date(2027, 2, 20)));
    // Surveyed yesterday: not due.
    assertFalse(standard.isDue(since, date(2026, 2, 20), date(2026, 2, 21)));
  }

  @Test
  void anEarlySurveyStandsInForTheScheduledDate() {
    // Started 2024-12-12: first survey 2025-01-31 (19 days left in December + 31 = 50), yearly
    // on 31 January. Surveyed six days early on 2026-01-25: not surveyed again in July 2026, but
    // on 2027-01-31, the first scheduled date at least 6 months after.
    LocalDate since = date(2024, 12, 12);
    assertEquals(date(2025, 1, 31), standard.nextDue(since, null));
    assertEquals(date(2027, 1, 31), standard.nextDue(since, date(2026, 1, 25)));
  }

  @Test
  void minimumGapLongerThanTheIntervalSkipsDates() {
    // Monthly schedule from 2026-01-01, at least 45 days apart: after 2026-01-01 the next
    // scheduled date 45 or more days later is 2026-03-01 (59 days), skipping 2026-02-01 (31).
    SurveyCadence cadence = SurveyCadence.of(Period.ZERO, Period.ofMonths(1), Period.ofDays(45));
    assertEquals(date(2026, 3, 1), cadence.nextDue(date(2026, 1, 1), date(2026, 1, 1)));
  }

  @Test
  void missedDatesMakeTheCustomerDueOnce() {
    LocalDate since = date(2020, 1, 1);
    // First scheduled 2020-02-20; last surveyed then; 2021, 2022 and 2023 dates were missed.
    assertEquals(date(2021, 2, 20), standard.nextDue(since, date(2020, 2, 20)));
    assertTrue(standard.isDue(since, date(2020, 2, 20), date(2023, 6, 1)));
  }

  @Test
  void batchListsWhoIsDueInTheirOrder() {
    LocalDate today = date(2026, 3, 1);
    List<String[]> customers = List.of(
        new String[] {"new, 50 days", "2026-01-10", null},
        new String[] {"new, 49 days", "2026-01-11", null},
        new String[] {"yearly, due", "2025-01-01", "2025-02-20"},
        new String[] {"yearly, too recent", "2025-01-01", "2025-12-01"});
    List<String[]> due = standard.dueOn(customers,
        c -> LocalDate.parse(c[1]),
        c -> c[2] == null ? null : LocalDate.parse(c[2]),
        today);
    assertEquals(List.of("new, 50 days", "yearly, due"), due.stream().map(c -> c[0]).toList());
  }

  @Test
  void inconsistentDatesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard.nextDue(date(2026, 1, 1), date(2025, 12, 31)));
    assertEquals("last survey 2025-12-31 is before the customer's start 2026-01-01",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> standard.isDue(date(2025, 1, 1), date(2026, 5, 1), date(2026, 4, 1)));
    assertEquals("last survey 2026-05-01 is after today 2026-04-01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> standard.dueOn(List.of("x"), c -> date(2026, 1, 1), c -> date(2025, 1, 1),
            date(2026, 4, 1)));
    assertTrue(e.getMessage().startsWith("customer at position 0 (x): last survey"),
        e.getMessage());
  }

  @Test
  void invalidPoliciesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyCadence.of(Period.ofDays(-1), Period.ofMonths(12), Period.ZERO));
    assertEquals("firstAfter must not be negative in any unit, was P-1D", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SurveyCadence.of(Period.ofDays(50), Period.ZERO, Period.ZERO));
    assertEquals("interval must be positive, was P0D", e.getMessage());
    assertThrows(NullPointerException.class,
        () -> SurveyCadence.of(Period.ofDays(50), Period.ofMonths(12), null));
  }
}

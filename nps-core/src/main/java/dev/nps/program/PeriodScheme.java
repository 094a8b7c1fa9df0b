package dev.nps.program;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A way to cut time into consecutive {@link SurveyPeriod}s: calendar periods in a time zone
 * ({@link #calendar(Granularity, ZoneId)}) or fixed survey waves ({@link SurveyWaves}).
 *
 * <p>Periods of one scheme do not overlap, and {@link #next(SurveyPeriod)} walks them in order
 * without gaps, so that a trend can list periods that had no answers.
 */
public interface PeriodScheme {

  /**
   * Returns the period that contains an instant.
   *
   * @param instant the instant
   * @return its period
   * @throws IllegalArgumentException if the scheme has no period containing {@code instant}
   *     (possible for survey waves)
   */
  SurveyPeriod periodOf(Instant instant);

  /**
   * Returns the period that contains an instant, if the scheme has one.
   *
   * @param instant the instant
   * @return its period, or empty if no period contains it (possible for survey waves)
   */
  default Optional<SurveyPeriod> find(Instant instant) {
    try {
      return Optional.of(periodOf(instant));
    } catch (IllegalArgumentException outside) {
      return Optional.empty();
    }
  }

  /**
   * Returns the period right after another one of this scheme.
   *
   * @param period a period of this scheme
   * @return the following period, or empty if there is none (after the last survey wave)
   * @throws IllegalArgumentException if {@code period} is not a period of this scheme
   */
  Optional<SurveyPeriod> next(SurveyPeriod period);

  /**
   * Returns calendar periods (days, ISO weeks, months, quarters or years) in a time zone.
   *
   * @param granularity the length of each period
   * @param zone the zone whose calendar decides where periods begin, such as {@code
   *     ZoneId.of("Europe/Paris")}
   * @return the scheme
   * @throws NullPointerException if an argument is null
   */
  static PeriodScheme calendar(Granularity granularity, ZoneId zone) {
    return new CalendarPeriods(granularity, zone);
  }
}

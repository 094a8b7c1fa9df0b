package dev.nps.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Calendar periods of one {@link Granularity} in one time zone. */
final class CalendarPeriods implements PeriodScheme {
  private final Granularity granularity;
  private final ZoneId zone;

  CalendarPeriods(Granularity granularity, ZoneId zone) {
    this.granularity = Objects.requireNonNull(granularity, "granularity must not be null");
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
  }

  @Override
  public SurveyPeriod periodOf(Instant instant) {
    return periodStarting(granularity.startOf(LocalDate.ofInstant(instant, zone)));
  }

  @Override
  public Optional<SurveyPeriod> next(SurveyPeriod period) {
    LocalDate start = LocalDate.ofInstant(period.start(), zone);
    if (!periodStarting(start).equals(period)) {
      throw new IllegalArgumentException(
          "period " + period + " is not a " + granularity + " period in " + zone);
    }
    return Optional.of(periodStarting(granularity.nextStart(start)));
  }

  private SurveyPeriod periodStarting(LocalDate start) {
    // atStartOfDay(zone) handles days that do not begin at midnight (DST gaps).
    return SurveyPeriod.of(
        granularity.label(start),
        start.atStartOfDay(zone).toInstant(),
        granularity.nextStart(start).atStartOfDay(zone).toInstant());
  }

  /** Two calendar schemes are equal when granularity and zone are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarPeriods
        && granularity == ((CalendarPeriods) other).granularity
        && zone.equals(((CalendarPeriods) other).zone);
  }

  @Override
  public int hashCode() {
    return 31 * granularity.hashCode() + zone.hashCode();
  }

  @Override
  public String toString() {
    return granularity + " in " + zone;
  }
}

package dev.nps.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The length of calendar periods for trends: a day, an ISO week (Monday to Sunday), a month, a
 * quarter or a year. Use with {@link PeriodScheme#calendar(Granularity, java.time.ZoneId)}.
 */
public enum Granularity {
  /** One calendar day, labelled like {@code 2026-03-14}. */
  DAY,
  /** One ISO-8601 week starting on Monday, labelled like {@code 2026-W11}. */
  WEEK,
  /** One calendar month, labelled like {@code 2026-03}. */
  MONTH,
  /** One calendar quarter (January, April, July, October), labelled like {@code 2026-Q1}. */
  QUARTER,
  /** One calendar year, labelled like {@code 2026}. */
  YEAR;

  /**
   * Returns the first day of the period containing a date.
   *
   * @param date any date
   * @return the first day of its period
   */
  public LocalDate startOf(LocalDate date) {
    switch (this) {
      case DAY:
        return date;
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      case QUARTER:
        return date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
      default:
        return date.withDayOfYear(1);
    }
  }

  /**
   * Returns the first day of the period after the one that starts on {@code start}.
   *
   * @param start the first day of a period
   * @return the first day of the next period
   */
  public LocalDate nextStart(LocalDate start) {
    switch (this) {
      case DAY:
        return start.plusDays(1);
      case WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      case QUARTER:
        return start.plusMonths(3);
      default:
        return start.plusYears(1);
    }
  }

  /**
   * Returns the label of the period that starts on {@code start}.
   *
   * @param start the first day of a period
   * @return a label such as {@code 2026-03-14}, {@code 2026-W11}, {@code 2026-03}, {@code 2026-Q1}
   *     or {@code 2026}
   */
  public String label(LocalDate start) {
    switch (this) {
      case DAY:
        return start.toString();
      case WEEK:
        return String.format(Locale.ROOT, "%d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      default:
        return Integer.toString(start.getYear());
    }
  }
}

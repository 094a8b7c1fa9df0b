package dev.nps.program;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * When to survey a customer in a continuous NPS programme: first some time after the customer
 * starts, then at a fixed interval, and never twice within a minimum gap.
 *
 * <p>The {@linkplain #standard() standard} policy asks first 50 days after the start (long enough
 * to have an opinion), then every 12 months, with a minimum gap of 6 months between two surveys.
 *
 * <h2>The schedule</h2>
 *
 * <p>A customer who started on day {@code S} is scheduled on {@code S + firstAfter}, then on {@code
 * S + firstAfter + k * interval} for k = 1, 2, ... Each date is computed from the start, never by
 * adding intervals one after another, so schedules do not drift at month ends: a customer first
 * surveyed on 31 January 2025 is scheduled on 31 January every year, and one first surveyed on 29
 * February 2024 is scheduled on 28 February 2025, 2026 and 2027 and on 29 February 2028
 * ({@link LocalDate#plus(java.time.temporal.TemporalAmount)} clamps to the month's last day).
 *
 * <p>A customer never surveyed is due on the first scheduled date. A customer surveyed before is
 * due on the first scheduled date that comes after the last survey <em>and</em> at least the
 * minimum gap after it; a survey shortly before a scheduled date (an early or ad-hoc survey)
 * therefore stands in for that date instead of causing a second survey weeks later. A customer
 * who missed several scheduled dates is due once, not once per missed date.
 *
 * <pre>{@code
 * SurveyCadence cadence = SurveyCadence.standard();
 * cadence.isDue(LocalDate.of(2026, 1, 10), null, LocalDate.of(2026, 3, 1));   // true: 50 days
 * List<Customer> due = cadence.dueOn(customers, Customer::since, Customer::lastSurveyed, today);
 * }</pre>
 */
public final class SurveyCadence {
  private static final SurveyCadence STANDARD =
      new SurveyCadence(Period.ofDays(50), Period.ofMonths(12), Period.ofMonths(6));

  private final Period firstAfter;
  private final Period interval;
  private final Period minimumGap;

  private SurveyCadence(Period firstAfter, Period interval, Period minimumGap) {
    this.firstAfter = firstAfter;
    this.interval = interval;
    this.minimumGap = minimumGap;
  }

  /**
   * Returns the standard policy: first survey 50 days after the start, then every 12 months, at
   * least 6 months apart.
   *
   * @return the standard cadence
   */
  public static SurveyCadence standard() {
    return STANDARD;
  }

  /**
   * Returns a policy.
   *
   * @param firstAfter time from the customer's start to the first survey; zero or positive
   * @param interval time between scheduled surveys; positive
   * @param minimumGap least time between two surveys of one customer; zero or positive
   * @return the cadence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a period is negative or the interval is zero; the message
   *     names the period
   */
  public static SurveyCadence of(Period firstAfter, Period interval, Period minimumGap) {
    checkNotNegative("firstAfter", firstAfter);
    checkNotNegative("interval", interval);
    checkNotNegative("minimumGap", minimumGap);
    if (interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    return new SurveyCadence(firstAfter, interval, minimumGap);
  }

  private static void checkNotNegative(String name, Period period) {
    Objects.requireNonNull(period, () -> name + " must not be null");
    if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
      throw new IllegalArgumentException(
          name + " must not be negative in any unit, was " + period);
    }
  }

  /**
   * Returns the time from a customer's start to the first survey.
   *
   * @return the period, 50 days in the standard policy
   */
  public Period firstAfter() {
    return firstAfter;
  }

  /**
   * Returns the time between scheduled surveys.
   *
   * @return the period, 12 months in the standard policy
   */
  public Period interval() {
    return interval;
  }

  /**
   * Returns the least time between two surveys of one customer.
   *
   * @return the period, 6 months in the standard policy
   */
  public Period minimumGap() {
    return minimumGap;
  }

  /**
   * Returns the date from which a customer is due for a survey, if not surveyed again before.
   *
   * @param customerSince the day the customer started
   * @param lastSurveyedOrNull the day of the customer's last survey, or null if never surveyed
   * @return the first scheduled date if never surveyed, else the first scheduled date after the
   *     last survey and at least the minimum gap after it
   * @throws NullPointerException if {@code customerSince} is null
   * @throws IllegalArgumentException if the last survey is before the customer's start
   */
  public LocalDate nextDue(LocalDate customerSince, LocalDate lastSurveyedOrNull) {
    Objects.requireNonNull(customerSince, "customerSince must not be null");
    LocalDate first = customerSince.plus(firstAfter);
    if (lastSurveyedOrNull == null) {
      return first;
    }
    if (lastSurveyedOrNull.isBefore(customerSince)) {
      throw new IllegalArgumentException(
          "last survey " + lastSurveyedOrNull + " is before the customer's start "
              + customerSince);
    }
    LocalDate earliest = lastSurveyedOrNull.plus(minimumGap);
    LocalDate scheduled = first;
    for (int k = 1; !scheduled.isAfter(lastSurveyedOrNull) || scheduled.isBefore(earliest); k++) {
      scheduled = first.plus(interval.multipliedBy(k));
    }
    return scheduled;
  }

  /**
   * Returns whether a customer is due for a survey on a day.
   *
   * @param customerSince the day the customer started
   * @param lastSurveyedOrNull the day of the last survey, or null if never surveyed
   * @param today the day to decide for
   * @return {@code true} if {@code today} is on or after {@link #nextDue(LocalDate, LocalDate)}
   * @throws NullPointerException if {@code customerSince} or {@code today} is null
   * @throws IllegalArgumentException if the last survey is before the start or after {@code today}
   */
  public boolean isDue(LocalDate customerSince, LocalDate lastSurveyedOrNull, LocalDate today) {
    Objects.requireNonNull(today, "today must not be null");
    if (lastSurveyedOrNull != null && lastSurveyedOrNull.isAfter(today)) {
      throw new IllegalArgumentException(
          "last survey " + lastSurveyedOrNull + " is after today " + today);
    }
    return !today.isBefore(nextDue(customerSince, lastSurveyedOrNull));
  }

  /**
   * Lists the customers due for a survey on a day, in their given order.
   *
   * @param <C> the caller's customer type
   * @param customers the customers
   * @param since reads a customer's start day (never null)
   * @param lastSurveyed reads a customer's last survey day, or null if never surveyed
   * @param today the day to decide for
   * @return a new list of the customers that are due
   * @throws IllegalArgumentException if a customer has no start date or inconsistent dates; the
   *     message names the customer's position and the dates
   */
  public <C> List<C> dueOn(
      Iterable<C> customers,
      Function<? super C, LocalDate> since,
      Function<? super C, LocalDate> lastSurveyed,
      LocalDate today) {
    Objects.requireNonNull(today, "today must not be null");
    List<C> due = new ArrayList<>();
    int position = 0;
    for (C customer : customers) {
      LocalDate start = since.apply(customer);
      if (start == null) {
        throw new IllegalArgumentException(
            "customer at position " + position + " (" + customer + ") has no start date");
      }
      LocalDate last = lastSurveyed.apply(customer);
      try {
        if (isDue(start, last, today)) {
          due.add(customer);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "customer at position " + position + " (" + customer + "): " + e.getMessage(), e);
      }
      position++;
    }
    return due;
  }

  @Override
  public String toString() {
    return "SurveyCadence[firstAfter=" + firstAfter + ", interval=" + interval
        + ", minimumGap=" + minimumGap + "]";
  }
}

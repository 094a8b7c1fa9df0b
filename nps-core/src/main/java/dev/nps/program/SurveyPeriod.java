package dev.nps.program;

import java.time.Instant;
import java.util.Objects;

/**
 * A named span of time [start, end) that groups survey answers: a calendar period such as {@code
 * 2026-03} or a survey wave such as {@code spring-2026}. Produced by a {@link PeriodScheme}.
 */
public final class SurveyPeriod implements Comparable<SurveyPeriod> {
  private final String label;
  private final Instant start;
  private final Instant end;

  /**
   * Creates a period.
   *
   * @param label a name for reports, such as {@code "2026-03"}
   * @param start the first instant of the period, inclusive
   * @param end the instant after the period, exclusive
   * @return the period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static SurveyPeriod of(String label, Instant start, Instant end) {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "period '" + label + "' must end after it starts, was [" + start + ", " + end + ")");
    }
    return new SurveyPeriod(label, start, end);
  }

  private SurveyPeriod(String label, Instant start, Instant end) {
    this.label = label;
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the period's name.
   *
   * @return the label, such as {@code "2026-Q1"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the first instant of the period.
   *
   * @return the start, inclusive
   */
  public Instant start() {
    return start;
  }

  /**
   * Returns the instant after the period.
   *
   * @return the end, exclusive
   */
  public Instant end() {
    return end;
  }

  /**
   * Returns whether an instant falls in this period.
   *
   * @param instant the instant
   * @return {@code true} if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Orders periods by start, then end, then label. */
  @Override
  public int compareTo(SurveyPeriod other) {
    int byStart = start.compareTo(other.start);
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : label.compareTo(other.label);
  }

  /** Two periods are equal when label, start and end are equal. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SurveyPeriod)) {
      return false;
    }
    SurveyPeriod that = (SurveyPeriod) other;
    return label.equals(that.label) && start.equals(that.start) && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, start, end);
  }

  /** Returns the label and the span, for example {@code "2026-03 [2026-03-01T00:00:00Z, ...)"}. */
  @Override
  public String toString() {
    return label + " [" + start + ", " + end + ")";
  }
}

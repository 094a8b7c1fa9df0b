package dev.nps.stats;

import dev.nps.internal.Intervals;
import dev.nps.internal.Normal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * An immutable rate: k successes of n trials, such as escalated tickets of all tickets,
 * first-contact resolutions, or tickets answered within the target time.
 *
 * <p>A rate holds two {@code long} counts, so {@link #equals(Object)} is exact and {@link
 * #plus(Rate)} (merging, for example two days or two teams) is associative and commutative.
 *
 * <h2>Edge cases</h2>
 *
 * <p>The empty rate (0 of 0) is allowed: {@link #total()} is 0 and {@link #isEmpty()} is {@code
 * true}, while {@link #percent()} and the intervals throw {@link IllegalStateException}, since a
 * rate is undefined without trials.
 *
 * <pre>{@code
 * Rate escalated = Rate.of(12, 240);
 * escalated.percent();                      // 5.0
 * escalated.confidenceInterval(0.95);       // Wilson, in percent: about [2.88, 8.53]
 * Rate week = escalated.plus(Rate.of(9, 200));
 * Rate resolved = tickets.stream().collect(Rate.collector(Ticket::resolvedFirstTime));
 * }</pre>
 */
public final class Rate {
  private static final Rate EMPTY = new Rate(0, 0);

  private final long successes;
  private final long total;

  private Rate(long successes, long total) {
    this.successes = successes;
    this.total = total;
  }

  /**
   * Returns the rate of {@code successes} of {@code total}.
   *
   * @param successes the number of successes, in [0, {@code total}]
   * @param total the number of trials, at least 0
   * @return the rate
   * @throws IllegalArgumentException if {@code total} is negative or {@code successes} lies outside
   *     [0, {@code total}]; the message names the value and the range
   */
  public static Rate of(long successes, long total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total);
    }
    if (successes < 0 || successes > total) {
      throw new IllegalArgumentException(
          "successes must be in [0, " + total + "] for total " + total + ", was " + successes);
    }
    return total == 0 ? EMPTY : new Rate(successes, total);
  }

  /**
   * Returns the rate of no trials.
   *
   * @return the empty rate, 0 of 0
   */
  public static Rate empty() {
    return EMPTY;
  }

  /**
   * Returns a collector that counts the elements of a stream as trials and those matching {@code
   * isSuccess} as successes. It is unordered and safe on a parallel stream; partial counts are
   * merged exactly.
   *
   * @param isSuccess whether an element is a success, for example {@code Ticket::wasEscalated}
   * @param <T> the type of the elements
   * @return a collector giving {@code Rate.of(matching elements, all elements)}
   * @throws NullPointerException if {@code isSuccess} is null
   */
  public static <T> Collector<T, ?, Rate> collector(Predicate<? super T> isSuccess) {
    Objects.requireNonNull(isSuccess, "isSuccess must not be null");
    return Collector.<T, long[], Rate>of(
        () -> new long[2],
        (counts, element) -> {
          counts[1] = Math.addExact(counts[1], 1);
          if (isSuccess.test(element)) {
            counts[0]++;
          }
        },
        (left, right) -> {
          left[1] = Math.addExact(left[1], right[1]);
          left[0] += right[0];
          return left;
        },
        counts -> of(counts[0], counts[1]),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the number of successes.
   *
   * @return k, in [0, {@link #total()}]
   */
  public long successes() {
    return successes;
  }

  /**
   * Returns the number of failures.
   *
   * @return {@code total() - successes()}
   */
  public long failures() {
    return total - successes;
  }

  /**
   * Returns the number of trials.
   *
   * @return n, 0 when empty
   */
  public long total() {
    return total;
  }

  /**
   * Returns whether there are no trials.
   *
   * @return {@code true} when {@link #total()} is 0
   */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns the rate in percent.
   *
   * @return 100 &times; successes / total, in [0, 100]
   * @throws IllegalStateException if there are no trials
   */
  public double percent() {
    checkNotEmpty();
    return 100.0 * successes / total;
  }

  /**
   * Returns the Wilson score confidence interval of the rate, in percent.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return an interval within [0, 100] that contains {@link #percent()}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no trials
   */
  public Interval confidenceInterval(double level) {
    return confidenceInterval(level, ProportionInterval.WILSON);
  }

  /**
   * Returns a confidence interval of the rate, in percent, by the given method.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @param method how to compute the interval
   * @return an interval within [0, 100]
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no trials
   */
  public Interval confidenceInterval(double level, ProportionInterval method) {
    double z = Normal.criticalValue(level);
    checkNotEmpty();
    return percent(method.proportion(successes, total, z));
  }

  /** Scales an interval of proportions to percent, keeping it within [0, 100]. */
  static Interval percent(Interval proportion) {
    return Intervals.clip(
        Interval.of(100.0 * proportion.lower(), 100.0 * proportion.upper()), 0.0, 100.0);
  }

  /** Returns the Wilson interval as proportions in [0, 1]; for Newcombe's difference. */
  Interval wilson(double z) {
    return ProportionInterval.WILSON.proportion(successes, total, z);
  }

  private void checkNotEmpty() {
    if (total == 0) {
      throw new IllegalStateException("a rate is undefined without trials: total is 0");
    }
  }

  /**
   * Returns the rate of this rate's trials and another's together.
   *
   * @param other another rate
   * @return a new rate whose counts are the sums of both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Rate plus(Rate other) {
    return of(Math.addExact(successes, other.successes), Math.addExact(total, other.total));
  }

  /** Two rates are equal when their successes and totals are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Rate)) {
      return false;
    }
    Rate that = (Rate) other;
    return successes == that.successes && total == that.total;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(successes) + Long.hashCode(total);
  }

  /**
   * Describes the rate, for example {@code "Rate[12 of 240, 5.00%]"}; the percent is rounded to two
   * decimals here only.
   */
  @Override
  public String toString() {
    String percent = isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.2f%%", percent());
    return "Rate[" + successes + " of " + total + ", " + percent + "]";
  }
}

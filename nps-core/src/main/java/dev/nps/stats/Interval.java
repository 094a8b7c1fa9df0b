package dev.nps.stats;

/**
 * An immutable closed interval [lower, upper] of real numbers, such as a confidence interval.
 *
 * <p>The bounds are never NaN and {@code lower <= upper}; a single point ({@code lower == upper})
 * is allowed, and so are infinite bounds. Negative zero is stored as positive zero, so that {@link
 * #equals(Object)} agrees with {@code ==} on the bounds.
 *
 * <pre>{@code
 * Interval interval = Interval.of(-12.5, 30.0);
 * interval.contains(0.0);   // true
 * interval.width();         // 42.5
 * }</pre>
 */
public final class Interval {
  private final double lower;
  private final double upper;

  private Interval(double lower, double upper) {
    // Adding +0.0 turns -0.0 into +0.0 and leaves every other value unchanged.
    this.lower = lower + 0.0;
    this.upper = upper + 0.0;
  }

  /**
   * Returns the interval [lower, upper].
   *
   * @param lower the lower bound, inclusive
   * @param upper the upper bound, inclusive
   * @return the interval
   * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}; the message names
   *     both bounds
   */
  public static Interval of(double lower, double upper) {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      throw new IllegalArgumentException(
          "interval bounds must not be NaN, were [" + lower + ", " + upper + "]");
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "interval lower bound must not exceed upper bound, were [" + lower + ", " + upper + "]");
    }
    return new Interval(lower, upper);
  }

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, at most {@link #upper()}
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, at least {@link #lower()}
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns whether a value lies in this closed interval.
   *
   * @param value any number
   * @return {@code true} when {@code lower <= value <= upper}; {@code false} for NaN
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /**
   * Returns the length of the interval.
   *
   * @return {@code upper - lower}, at least 0; infinite when a bound is infinite
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Returns the midpoint of the interval.
   *
   * @return {@code (lower + upper) / 2}, without overflow; NaN when the bounds are opposite
   *     infinities
   */
  public double midpoint() {
    return 0.5 * lower + 0.5 * upper;
  }

  /** Two intervals are equal when their bounds are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Interval)) {
      return false;
    }
    Interval that = (Interval) other;
    return lower == that.lower && upper == that.upper;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(lower) + Double.hashCode(upper);
  }

  /**
   * Describes the interval with its exact bounds, for example {@code "[-12.5, 30.0]"}.
   */
  @Override
  public String toString() {
    return "[" + lower + ", " + upper + "]";
  }
}

package dev.nps.stats;

import dev.nps.internal.Normal;
import java.util.Locale;
import java.util.Objects;

/**
 * The difference between two independent rates, a &minus; b, in percentage points: its estimate,
 * Newcombe's hybrid score confidence interval, and a two-sided test of equal rates.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #estimate()} = 100 (p<sub>a</sub> &minus; p<sub>b</sub>), in [&minus;100, 100].
 *   <li>{@link #confidenceInterval(double)}: Newcombe's hybrid score interval (method 10 of
 *       Newcombe, "Interval estimation for the difference between independent proportions:
 *       comparison of eleven methods", <i>Statistics in Medicine</i> 17, 1998, 873&ndash;890). With
 *       [l<sub>a</sub>, u<sub>a</sub>] and [l<sub>b</sub>, u<sub>b</sub>] the Wilson intervals of
 *       each rate at the same level and d = p<sub>a</sub> &minus; p<sub>b</sub>, the interval is
 *       [d &minus; sqrt((p<sub>a</sub> &minus; l<sub>a</sub>)<sup>2</sup> + (u<sub>b</sub> &minus;
 *       p<sub>b</sub>)<sup>2</sup>), d + sqrt((u<sub>a</sub> &minus; p<sub>a</sub>)<sup>2</sup> +
 *       (p<sub>b</sub> &minus; l<sub>b</sub>)<sup>2</sup>)]. It is asymmetric where it should be,
 *       never leaves [&minus;100, 100], and keeps its width when a rate is 0 or 1.
 *   <li>{@link #z()}: the pooled score statistic (p<sub>a</sub> &minus; p<sub>b</sub>) /
 *       sqrt(p&#772;(1 &minus; p&#772;)(1/n<sub>a</sub> + 1/n<sub>b</sub>)) with p&#772; the rate
 *       of both groups together; its square is Pearson's chi-square for the 2&times;2 table without
 *       continuity correction. It is 0 when p&#772; is 0 or 1 (the rates are then equal). {@link
 *       #pValue()} is its two-sided normal p-value. The test and the interval are different
 *       procedures, so at the edge of significance they can disagree.
 * </ul>
 *
 * <p>Two differences are equal when they compare equal rates in the same order.
 *
 * <pre>{@code
 * RateDifference change = RateDifference.of(Rate.of(56, 70), Rate.of(48, 80));
 * change.estimate();                  // 20.0 points
 * change.confidenceInterval(0.95);    // about [5.24, 33.39]
 * change.pValue();                    // about 0.0080
 * }</pre>
 */
public final class RateDifference implements SignificanceResult {
  private final Rate a;
  private final Rate b;

  private RateDifference(Rate a, Rate b) {
    this.a = a;
    this.b = b;
  }

  /**
   * Returns the difference a &minus; b of two independent rates.
   *
   * @param a the first rate, for example this week's
   * @param b the second rate, for example last week's
   * @return the difference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rate is empty; the message names it
   */
  public static RateDifference of(Rate a, Rate b) {
    checkNotEmpty("a", Objects.requireNonNull(a, "rate a must not be null"));
    checkNotEmpty("b", Objects.requireNonNull(b, "rate b must not be null"));
    return new RateDifference(a, b);
  }

  private static void checkNotEmpty(String name, Rate rate) {
    if (rate.isEmpty()) {
      throw new IllegalArgumentException(
          "rate " + name + " is empty (total is 0): a difference needs at least one trial in each"
              + " group");
    }
  }

  /**
   * Returns the first rate.
   *
   * @return a
   */
  public Rate a() {
    return a;
  }

  /**
   * Returns the second rate.
   *
   * @return b
   */
  public Rate b() {
    return b;
  }

  private double proportionA() {
    return (double) a.successes() / a.total();
  }

  private double proportionB() {
    return (double) b.successes() / b.total();
  }

  /**
   * Returns the difference in percentage points.
   *
   * @return 100 (p<sub>a</sub> &minus; p<sub>b</sub>), in [&minus;100, 100]
   */
  @Override
  public double estimate() {
    return 100.0 * (proportionA() - proportionB());
  }

  /**
   * Returns Newcombe's hybrid score confidence interval of the difference, in percentage points.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return an interval within [&minus;100, 100] that contains {@link #estimate()}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   */
  public Interval confidenceInterval(double level) {
    double z = Normal.criticalValue(level);
    double pa = proportionA();
    double pb = proportionB();
    Interval wa = a.wilson(z);
    Interval wb = b.wilson(z);
    double d = pa - pb;
    double lower = d - Math.hypot(pa - wa.lower(), wb.upper() - pb);
    double upper = d + Math.hypot(wa.upper() - pa, pb - wb.lower());
    return Interval.of(Math.max(-100.0, 100.0 * lower), Math.min(100.0, 100.0 * upper));
  }

  /**
   * Returns the test statistic, {@link #z()}.
   *
   * @return the pooled score statistic
   */
  @Override
  public double statistic() {
    return z();
  }

  /**
   * Returns the pooled score statistic for equal rates.
   *
   * @return (p<sub>a</sub> &minus; p<sub>b</sub>) / sqrt(p&#772;(1 &minus; p&#772;)(1/n<sub>a</sub>
   *     + 1/n<sub>b</sub>)); 0 when both groups are all successes or all failures
   */
  public double z() {
    double n = (double) a.total() + b.total();
    double pooled = ((double) a.successes() + b.successes()) / n;
    double variance =
        pooled * (1.0 - pooled) * (1.0 / a.total() + 1.0 / b.total());
    if (variance == 0.0) {
      return 0.0;
    }
    return (proportionA() - proportionB()) / Math.sqrt(variance);
  }

  /**
   * Returns the two-sided p-value of the pooled score test of equal rates.
   *
   * @return 2 Q(|{@link #z()}|), in [0, 1]
   */
  @Override
  public double pValue() {
    return Normal.twoSidedPValue(z());
  }

  /** Returns whether another object is a difference of equal rates, in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RateDifference)) {
      return false;
    }
    RateDifference that = (RateDifference) other;
    return a.equals(that.a) && b.equals(that.b);
  }

  @Override
  public int hashCode() {
    return 31 * a.hashCode() + b.hashCode();
  }

  /**
   * Describes the difference, for example {@code "RateDifference[estimate=20.00, a=Rate[56 of 70,
   * 80.00%], b=Rate[48 of 80, 60.00%]]"}.
   */
  @Override
  public String toString() {
    return "RateDifference[estimate=" + String.format(Locale.ROOT, "%.2f", estimate())
        + ", a=" + a + ", b=" + b + "]";
  }
}

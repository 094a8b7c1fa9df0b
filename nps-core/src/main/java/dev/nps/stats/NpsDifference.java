package dev.nps.stats;

import dev.nps.Nps;
import dev.nps.internal.Inference;
import dev.nps.internal.Intervals;
import dev.nps.internal.Normal;
import dev.nps.internal.ScoreInference;
import java.util.Locale;
import java.util.Objects;

/**
 * The difference between the Net Promoter Scores of two independent groups or periods, a &minus;
 * b, with its test of "no difference" and its confidence interval, all in points, from one
 * procedure ({@link DifferenceMethod#SCORE} by default): {@link #pValue()} is at most alpha exactly
 * when {@link #confidenceInterval(double) confidenceInterval(1 - alpha)} excludes 0.
 *
 * <p>"Independent" means no respondent is in both groups; for the same respondents asked twice use
 * {@link PanelComparison}, whose test accounts for the pairing.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #estimate()} is the signed observed difference {@code a.score() - b.score()}:
 *       positive when a is higher. The interval is built around this signed difference (for the
 *       adjusted Wald method, its adjusted counterpart {@link #center()}), never around its
 *       absolute value as the R package {@code NPS} (Rocks) does in {@code nps_test}.
 *   <li>{@link #standardError()} = 100 sqrt(V<sub>a</sub>/n<sub>a</sub> +
 *       V<sub>b</sub>/n<sub>b</sub>), with V = p + d &minus; (p &minus; d)<sup>2</sup> of each
 *       group's observed shares (of the adjusted counts for {@link DifferenceMethod#ADJUSTED_WALD}):
 *       the large-sample standard error of the difference.
 *   <li>{@link #nullStandardError()} is the standard error that divides the test statistic: for
 *       {@link DifferenceMethod#SCORE} the one at the restricted maximum-likelihood shares under
 *       "both groups have the same NPS" (each group keeps its own spread; the shares are not
 *       pooled), for the Wald methods {@link #standardError()}. {@link #z()} = {@link #center()} /
 *       {@link #nullStandardError()}, and {@link #pValue()} = 2 Q(|z|).
 *   <li>{@link #confidenceInterval(double)}: for {@link DifferenceMethod#SCORE}, every difference
 *       &delta; whose score test is not rejected at that level (limits by Brent's method to a
 *       relative 1e-13); for the Wald methods, {@link #center()} &plusmn; z {@link
 *       #standardError()}. Clipped to [&minus;200, 200].
 * </ul>
 *
 * <p>See {@link DifferenceMethod} for the methods and their references, and the README for their
 * measured type I error and coverage with unequal groups.
 *
 * <h2>Edge cases</h2>
 *
 * <p>One promoter against one detractor: the score test gives z = 1, p = 0.32, and an interval
 * of positive width; the Wald standard error is 0 there, so Wald gives an infinite z, p =
 * 0 and a point interval. Two groups on the same single category give z = 0 and p = 1 by every
 * method.
 *
 * <p>Two differences are equal when they compare equal groups in the same order by the same
 * method; every figure follows from these.
 *
 * <pre>{@code
 * NpsDifference change = NpsDifference.of(thisQuarter, lastQuarter);
 * change.estimate();                 // e.g. +6.5 points
 * change.pValue();                   // e.g. 0.03
 * change.confidenceInterval(0.95);   // e.g. [0.6, 12.4]; excludes 0 since p < 0.05
 * }</pre>
 */
public final class NpsDifference implements SignificanceResult {
  private final Nps a;
  private final Nps b;
  private final DifferenceMethod method;
  private final double center;
  private final double standardError;
  private final double nullStandardError;
  private final double z;

  private NpsDifference(Nps a, Nps b, DifferenceMethod method) {
    this.a = a;
    this.b = b;
    this.method = method;
    boolean adjusted = method == DifferenceMethod.ADJUSTED_WALD;
    double shift = adjusted ? Inference.ADJUST_DETRACTORS : 0.0;
    double passiveShift = adjusted ? Inference.ADJUST_PASSIVES : 0.0;
    double dA = a.detractors() + shift;
    double mA = a.passives() + passiveShift;
    double pA = a.promoters() + shift;
    double dB = b.detractors() + shift;
    double mB = b.passives() + passiveShift;
    double pB = b.promoters() + shift;
    double nA = dA + mA + pA;
    double nB = dB + mB + pB;
    this.center = 100.0 * ((pA - dA) / nA - (pB - dB) / nB);
    this.standardError =
        100.0
            * Math.sqrt(
                Inference.variance(dA, mA, pA) / nA + Inference.variance(dB, mB, pB) / nB);
    if (method == DifferenceMethod.SCORE) {
      ScoreInference.Group groupA = group(a);
      ScoreInference.Group groupB = group(b);
      this.nullStandardError = 100.0 * ScoreInference.standardError(groupA, groupB, 0.0);
      this.z = ScoreInference.z(groupA, groupB, 0.0);
    } else {
      this.nullStandardError = standardError;
      this.z = standardError > 0.0 ? center / standardError
          : center > 0 ? Double.POSITIVE_INFINITY
          : center < 0 ? Double.NEGATIVE_INFINITY : 0.0;
    }
  }

  private static ScoreInference.Group group(Nps nps) {
    return ScoreInference.Group.ofCategories(nps.detractors(), nps.passives(), nps.promoters());
  }

  /**
   * Compares two independent groups by the score method, {@link DifferenceMethod#SCORE}.
   *
   * @param a the first group
   * @param b the second group, subtracted from the first
   * @return the difference a &minus; b
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a group has no answers; the message says which
   */
  public static NpsDifference of(Nps a, Nps b) {
    return of(a, b, DifferenceMethod.SCORE);
  }

  /**
   * Compares two independent groups by a method.
   *
   * @param a the first group
   * @param b the second group, subtracted from the first
   * @param method how to test and build the interval, such as {@link DifferenceMethod#WALD} to
   *     compare with the textbook method
   * @return the difference a &minus; b
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a group has no answers; the message says which
   */
  public static NpsDifference of(Nps a, Nps b, DifferenceMethod method) {
    checkGroup("a", a);
    checkGroup("b", b);
    return new NpsDifference(a, b, Objects.requireNonNull(method, "method must not be null"));
  }

  private static Nps checkGroup(String name, Nps group) {
    Objects.requireNonNull(group, name + " must not be null");
    if (group.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot compare an empty group: " + name + " has no answers (total is 0)");
    }
    return group;
  }

  /**
   * Returns the first group.
   *
   * @return a
   */
  public Nps a() {
    return a;
  }

  /**
   * Returns the second group.
   *
   * @return b
   */
  public Nps b() {
    return b;
  }

  /**
   * Returns how the groups are compared.
   *
   * @return the method
   */
  public DifferenceMethod method() {
    return method;
  }

  /**
   * Returns the observed signed difference.
   *
   * @return {@code a.score() - b.score()} in points, in [&minus;200, 200]
   */
  @Override
  public double estimate() {
    return a.score() - b.score();
  }

  /**
   * Returns the difference the statistic and the Wald intervals are centred on: {@link
   * #estimate()}, except for {@link DifferenceMethod#ADJUSTED_WALD}, where it is the difference of
   * the adjusted scores.
   *
   * @return the centre in points, in [&minus;200, 200]
   */
  public double center() {
    return center;
  }

  /**
   * Returns the large-sample standard error of the difference at the observed shares.
   *
   * @return 100 sqrt(V<sub>a</sub>/n<sub>a</sub> + V<sub>b</sub>/n<sub>b</sub>) in points, of the
   *     adjusted counts for {@link DifferenceMethod#ADJUSTED_WALD}; at least 0
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the standard error that divides the test statistic: for {@link
   * DifferenceMethod#SCORE}, the standard error at the restricted maximum-likelihood shares under
   * "both groups have the same score"; for the Wald methods, {@link #standardError()}.
   *
   * @return the standard error in points, at least 0; 0 only when {@link #z()} is infinite or 0
   */
  public double nullStandardError() {
    return nullStandardError;
  }

  /**
   * Returns the test statistic, {@link #z()}.
   *
   * @return the z statistic
   */
  @Override
  public double statistic() {
    return z;
  }

  /**
   * Returns the z statistic of the test that both groups have the same score.
   *
   * @return {@link #center()} / {@link #nullStandardError()}; 0 when both are 0, infinite when only
   *     the standard error is (possible for the Wald methods only)
   */
  public double z() {
    return z;
  }

  /**
   * Returns the two-sided p-value of the test that both groups have the same score.
   *
   * @return 2 Q(|{@link #z()}|), in [0, 1]
   */
  @Override
  public double pValue() {
    return Normal.twoSidedPValue(z);
  }

  /**
   * Returns a confidence interval for the difference of the population scores, from the same
   * procedure as the test: it excludes 0 exactly when {@link #pValue()} is at most 1 &minus;
   * {@code level} (up to the rounding of the normal quantile).
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return an interval within [&minus;200, 200], in points, containing {@link #center()}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   */
  public Interval confidenceInterval(double level) {
    double critical = Normal.criticalValue(level);
    if (method == DifferenceMethod.SCORE) {
      double[] limits = ScoreInference.interval(group(a), group(b), critical);
      return Intervals.clip(
          Interval.of(100.0 * limits[0], 100.0 * limits[1]), -200.0, 200.0);
    }
    double halfWidth = critical * standardError;
    return Intervals.clip(Interval.of(center - halfWidth, center + halfWidth), -200.0, 200.0);
  }

  /**
   * Returns whether another object is a difference of equal groups, in the same order, by the
   * same method.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NpsDifference)) {
      return false;
    }
    NpsDifference that = (NpsDifference) other;
    return method == that.method && a.equals(that.a) && b.equals(that.b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(a, b, method);
  }

  /**
   * Describes the difference, for example {@code "NpsDifference[estimate=6.50, standardError=3.01,
   * pValue=0.0308, method=SCORE]"}; numbers are rounded here only.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NpsDifference[estimate=%.2f, standardError=%.2f, pValue=%.4g, method=%s]",
        estimate(),
        standardError,
        pValue(),
        method);
  }
}

package dev.nps.stats;

import dev.nps.Nps;
import dev.nps.internal.Inference;
import dev.nps.internal.Intervals;
import dev.nps.internal.Normal;
import java.util.Locale;
import java.util.Objects;

/**
 * The difference between the Net Promoter Scores of two independent groups or periods, a &minus;
 * b, with its standard error, z statistic, p-value and confidence interval, all in points.
 *
 * <p>"Independent" means no respondent is in both groups; for the same respondents asked twice use
 * {@link PanelComparison}, whose standard error accounts for the pairing.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #estimate()} is the signed observed difference {@code a.score() - b.score()}:
 *       positive when a is higher. The interval is built around this signed difference (or, for
 *       the adjusted variant, its adjusted counterpart), never around its absolute value.
 *   <li>{@link #standardError()} = 100 sqrt(V<sub>a</sub>/n<sub>a</sub> +
 *       V<sub>b</sub>/n<sub>b</sub>), with V = p + d &minus; (p &minus; d)<sup>2</sup> per group
 *       (the variance of a difference of independent estimates). The R package {@code NPS}
 *       (Rocks) uses the same standard error in its two-sample {@code nps_test}, but centres the
 *       interval on {@code abs(nps.x - nps.y)}, which for a negative difference gives an interval
 *       of the wrong sign; this class keeps the sign.
 *   <li>{@link #of(Nps, Nps)} is the Wald comparison: centre = estimate, shares as observed.
 *   <li>{@link #adjusted(Nps, Nps)} first adds 0.75 detractors, 1.5 passives and 0.75 promoters to
 *       each group, as {@link IntervalMethod#ADJUSTED_WALD} does for one group (in the spirit of
 *       Agresti and Caffo, "Simple and effective confidence intervals for proportions and
 *       differences of proportions result from adding two successes and two failures", <i>The
 *       American Statistician</i> 54, 2000); {@link #center()}, {@link #standardError()}, {@link
 *       #z()} and the interval use the adjusted counts, while {@link #estimate()} stays the
 *       observed difference. Prefer it for small groups or extreme scores.
 *   <li>{@link #z()} = {@link #center()} / SE<sub>0</sub> and {@link #pValue()} = 2 Q(|z|), the
 *       two-sided test of "the two groups have the same NPS". SE<sub>0</sub> ({@link
 *       #nullStandardError()}) = 100
 *       sqrt(V<sub>0</sub> (1/n<sub>a</sub> + 1/n<sub>b</sub>)) is the standard error under that
 *       hypothesis, with V<sub>0</sub> from both groups' (adjusted) counts pooled, as for two
 *       proportions the test pools while the interval does not. So two groups that each sit in a
 *       single category (one promoter against one detractor) give a p-value of 0.16, not 0 as the
 *       unpooled error (0 there) would. When the pooled variance is 0 too, both groups sit in the
 *       same single category, the estimate is 0, and so is z.
 * </ul>
 *
 * <p>Two differences are equal when they compare equal groups in the same order by the same
 * variant; every figure follows from these.
 *
 * <pre>{@code
 * NpsDifference change = NpsDifference.of(thisQuarter, lastQuarter);
 * change.estimate();                 // e.g. +6.5 points
 * change.pValue();                   // e.g. 0.03
 * change.confidenceInterval(0.95);   // e.g. [0.6, 12.4]
 * }</pre>
 */
public final class NpsDifference implements SignificanceResult {
  private final Nps a;
  private final Nps b;
  private final boolean adjusted;
  private final double center;
  private final double standardError;
  private final double nullStandardError;

  private NpsDifference(Nps a, Nps b, boolean adjusted) {
    this.a = a;
    this.b = b;
    this.adjusted = adjusted;
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
    this.nullStandardError =
        100.0
            * Math.sqrt(
                Inference.variance(dA + dB, mA + mB, pA + pB) * (1.0 / nA + 1.0 / nB));
  }

  /**
   * Compares two independent groups by the Wald method.
   *
   * @param a the first group
   * @param b the second group, subtracted from the first
   * @return the difference a &minus; b
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a group has no answers; the message says which
   */
  public static NpsDifference of(Nps a, Nps b) {
    return new NpsDifference(checkGroup("a", a), checkGroup("b", b), false);
  }

  /**
   * Compares two independent groups with 0.75 detractors, 1.5 passives and 0.75 promoters added to
   * each, which keeps the interval's coverage near its level for small groups.
   *
   * @param a the first group
   * @param b the second group, subtracted from the first
   * @return the difference a &minus; b
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a group has no answers; the message says which
   */
  public static NpsDifference adjusted(Nps a, Nps b) {
    return new NpsDifference(checkGroup("a", a), checkGroup("b", b), true);
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
   * Returns whether pseudo-counts were added ({@link #adjusted(Nps, Nps)}).
   *
   * @return {@code true} for the adjusted variant
   */
  public boolean isAdjusted() {
    return adjusted;
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
   * Returns the centre of the confidence interval: {@link #estimate()} without adjustment, the
   * difference of the adjusted scores with it.
   *
   * @return the centre in points, in [&minus;200, 200]
   */
  public double center() {
    return center;
  }

  /**
   * Returns the standard error of the difference.
   *
   * @return 100 sqrt(V<sub>a</sub>/n<sub>a</sub> + V<sub>b</sub>/n<sub>b</sub>) in points, of the
   *     adjusted counts for the adjusted variant; at least 0
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the standard error of the difference under the hypothesis that both groups have the
   * same score: the denominator of {@link #z()}.
   *
   * @return 100 sqrt(V<sub>0</sub> (1/n<sub>a</sub> + 1/n<sub>b</sub>)) in points, with
   *     V<sub>0</sub> the per-answer variance of both groups' (adjusted) counts pooled; 0 when both
   *     groups sit in the same single category
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
    return z();
  }

  /**
   * Returns the z statistic of the test that both groups have the same score.
   *
   * @return {@link #center()} / SE<sub>0</sub>, the standard error under that hypothesis (pooled
   *     counts; see the class documentation); 0 when SE<sub>0</sub> is 0
   */
  public double z() {
    // SE0 is 0 only when both groups sit in the same single category, where the centre is 0.
    return nullStandardError == 0.0 ? 0.0 : center / nullStandardError;
  }

  /**
   * Returns the two-sided p-value of the test that both groups have the same score.
   *
   * @return 2 Q(|{@link #z()}|), in [0, 1]
   */
  @Override
  public double pValue() {
    return Normal.twoSidedPValue(z());
  }

  /**
   * Returns a confidence interval for the difference of the population scores.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return {@link #center()} &plusmn; z &times; {@link #standardError()}, clipped to [&minus;200,
   *     200], in points
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   */
  public Interval confidenceInterval(double level) {
    double halfWidth = Normal.criticalValue(level) * standardError;
    return Intervals.clip(Interval.of(center - halfWidth, center + halfWidth), -200.0, 200.0);
  }

  /**
   * Returns whether another object is a difference of equal groups, in the same order, by the
   * same variant (Wald or adjusted).
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
    return adjusted == that.adjusted && a.equals(that.a) && b.equals(that.b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(a, b, adjusted);
  }

  /**
   * Describes the difference, for example {@code "NpsDifference[estimate=6.50, standardError=3.01,
   * pValue=0.0308, adjusted=false]"}; numbers are rounded here only.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NpsDifference[estimate=%.2f, standardError=%.2f, pValue=%.4g, adjusted=%s]",
        estimate(),
        standardError,
        pValue(),
        adjusted);
  }
}

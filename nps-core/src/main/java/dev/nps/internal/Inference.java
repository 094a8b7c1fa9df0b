package dev.nps.internal;

import dev.nps.Nps;
import dev.nps.WeightedNps;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.SegmentComparison;

/**
 * The statistics shared by {@link Nps}, {@link WeightedNps}, {@link NpsDifference} and {@link
 * SegmentComparison}, on category counts given as {@code double} (weighted results pass effective
 * counts). Scores and standard errors are on the &minus;1..1 scale here; callers convert to
 * points.
 */
public final class Inference {
  /** Pseudo-counts of the adjusted Wald method (Rocks 2016): detractors, passives, promoters. */
  public static final double ADJUST_DETRACTORS = 0.75;

  public static final double ADJUST_PASSIVES = 1.5;

  public static final double ADJUST_PROMOTERS = 0.75;

  private Inference() {}

  /**
   * Returns the per-answer variance V = p + d - (p - d)^2 of y in {-1, 0, +1} (R package NPS,
   * nps_var_; Rocks 2016), clamped at 0 against rounding.
   */
  public static double variance(double detractors, double passives, double promoters) {
    double n = detractors + passives + promoters;
    double p = promoters / n;
    double d = detractors / n;
    double net = p - d;
    return Math.max(0.0, p + d - net * net);
  }

  /** Returns the interval on the -100..100 scale. Counts must not all be 0. */
  public static Interval interval(
      double detractors, double passives, double promoters, double level, IntervalMethod method) {
    double z = Normal.criticalValue(level);
    switch (method) {
      case WALD:
        return wald(detractors, passives, promoters, z);
      case ADJUSTED_WALD:
        return wald(
            detractors + ADJUST_DETRACTORS,
            passives + ADJUST_PASSIVES,
            promoters + ADJUST_PROMOTERS,
            z);
      case SCORE:
        return score(detractors, passives, promoters, z);
      default:
        throw new AssertionError(method);
    }
  }

  private static Interval wald(double detractors, double passives, double promoters, double z) {
    double n = detractors + passives + promoters;
    double estimate = (promoters - detractors) / n;
    double halfWidth = z * Math.sqrt(variance(detractors, passives, promoters) / n);
    return Intervals.clip(
        Interval.of(100.0 * (estimate - halfWidth), 100.0 * (estimate + halfWidth)),
        -100.0, 100.0);
  }

  private static Interval score(double detractors, double passives, double promoters, double z) {
    double n = detractors + passives + promoters;
    double[] limits =
        ScoreInference.invert(
            delta -> tangoZ(detractors, promoters, n, delta), -1.0, 1.0,
            (promoters - detractors) / n, z);
    return Intervals.clip(Interval.of(100.0 * limits[0], 100.0 * limits[1]), -100.0, 100.0);
  }

  /**
   * Tango's (1998) score statistic for H0: p - d = delta, with P promoters and D detractors among
   * n answers. The constrained maximum likelihood estimate q of the detractor share is the
   * non-negative root of A q^2 + B q + C = 0 with A = 2n, B = -P - D + (2n - P + D) delta and C =
   * -D delta (1 - delta) (Tango 1998, with his discordant cells b, c as P, D); the root is
   * taken in the form that avoids cancellation.
   */
  public static double tangoZ(double detractors, double promoters, double n, double delta) {
    double q = tangoDetractorShare(detractors, promoters, n, delta);
    double variance = n * (2.0 * q + delta * (1.0 - delta));
    double numerator = promoters - detractors - n * delta;
    if (!(variance > 0.0)) {
      return numerator > 0 ? Double.POSITIVE_INFINITY
          : numerator < 0 ? Double.NEGATIVE_INFINITY : 0.0;
    }
    return numerator / Math.sqrt(variance);
  }

  /**
   * Returns the detractor share q of the restricted maximum-likelihood estimate under p - d =
   * delta (Tango 1998): the non-negative root of A q^2 + B q + C = 0, promoters then q + delta and
   * passives 1 - 2q - delta.
   */
  static double tangoDetractorShare(
      double detractors, double promoters, double n, double delta) {
    double a = 2.0 * n;
    double b = -promoters - detractors + (2.0 * n - promoters + detractors) * delta;
    double c = -detractors * delta * (1.0 - delta);
    // b^2 - 4ac expanded in (1 - delta) and (1 + delta), with m = n - d - p passives:
    // ((m + p)(1 - delta) - (m + d)(1 + delta))^2 + 4 p d (1 - delta)(1 + delta), a sum of two
    // non-negative terms; the direct difference cancels where the two roots meet (at an end for
    // a group all on that end), and its square root then lost half the digits.
    double passives = n - detractors - promoters;
    double split =
        (passives + promoters) * (1.0 - delta) - (passives + detractors) * (1.0 + delta);
    double root = Math.sqrt(Math.max(0.0,
        split * split + 4.0 * promoters * detractors * ((1.0 - delta) * (1.0 + delta))));
    return b <= 0.0 ? (root - b) / (2.0 * a) : -2.0 * c / (b + root);
  }
}

package dev.nps.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * Score tests and the intervals that invert them: the one procedure behind the library's
 * comparisons, so that a test rejects "no difference" at level alpha exactly when the 1 &minus;
 * alpha interval excludes 0.
 *
 * <h2>Restricted maximum likelihood</h2>
 *
 * <p>Each group is a multinomial sample of n answers on a finite set of values x (&minus;1, 0, +1
 * for NPS; 0, 1 for a rate; &minus;2 to 2 for the change of a paired answer). For a hypothesised
 * mean &theta;, the restricted maximum-likelihood shares maximise &Sigma; c<sub>k</sub> log
 * &pi;<sub>k</sub> subject to &Sigma; &pi;<sub>k</sub> x<sub>k</sub> = &theta;. By the Lagrange
 * conditions, &pi;<sub>k</sub> = (c<sub>k</sub>/n) / (1 + t (x<sub>k</sub> &minus; &theta;)) on the
 * observed values, with the multiplier t solving &Sigma; &pi;<sub>k</sub> = 1, plus mass on the
 * unobserved extreme value when the bound 1 + t (x &minus; &theta;) &ge; 0 binds (the case that
 * Tango's quadratic for three categories covers). Writing &#7804;(&theta;) = &Sigma;
 * &pi;<sub>k</sub> (x<sub>k</sub> &minus; &theta;)<sup>2</sup> for the variance of one answer under
 * those shares, the conditions give the identity x&#772; &minus; &theta; = t &#7804;(&theta;), so
 * the derivative of the profile log-likelihood is n t = n (x&#772; &minus; &theta;) /
 * &#7804;(&theta;).
 *
 * <h2>Two independent groups</h2>
 *
 * <p>For H<sub>0</sub>: &theta;<sub>a</sub> &minus; &theta;<sub>b</sub> = &delta;, the restricted
 * estimate maximises the sum of the two profile log-likelihoods over &theta;<sub>a</sub> with
 * &theta;<sub>b</sub> = &theta;<sub>a</sub> &minus; &delta;: the root of n<sub>a</sub>
 * (x&#772;<sub>a</sub> &minus; &theta;<sub>a</sub>) / &#7804;<sub>a</sub> + n<sub>b</sub>
 * (x&#772;<sub>b</sub> &minus; &theta;<sub>b</sub>) / &#7804;<sub>b</sub> = 0, a decreasing
 * function. The statistic is then
 *
 * <p>Z(&delta;) = (x&#772;<sub>a</sub> &minus; x&#772;<sub>b</sub> &minus; &delta;) /
 * sqrt((&#7804;<sub>a</sub>/n<sub>a</sub> + &#7804;<sub>b</sub>/n<sub>b</sub>) N / (N &minus; 1)),
 * N = n<sub>a</sub> + n<sub>b</sub>.
 *
 * <p>Without the factor N / (N &minus; 1) this is, by the identity above, Rao's score (Lagrange
 * multiplier) statistic (for two binomials, Farrington and Manning, <i>Statistics in Medicine</i>
 * 9, 1990, 1447&ndash;1454); with it, the statistic of Miettinen and Nurminen, "Comparative
 * analysis of two rates", <i>Statistics in Medicine</i> 4, 1985, 213&ndash;226, whose factor makes
 * the variance estimate unbiased under "no difference". For one group on &minus;1, 0, +1 the
 * statistic (there without a factor) is Tango's, <i>Statistics in Medicine</i> 17, 1998,
 * 891&ndash;908. Each interval is every &delta; with |Z(&delta;)| &lt; z.
 */
public final class ScoreInference {
  private ScoreInference() {}

  /**
   * One independent group: its mean, its size and the variance of one answer at the restricted
   * maximum-likelihood estimate for a hypothesised mean.
   */
  public abstract static class Group {
    final double n;
    final double mean;
    final double min;
    final double max;

    Group(double n, double mean, double min, double max) {
      this.n = n;
      this.mean = mean;
      this.min = min;
      this.max = max;
    }

    /**
     * Returns the group of an NPS result's category counts (values &minus;1, 0, +1), whose
     * restricted estimate is Tango's closed form.
     *
     * @param detractors the detractors
     * @param passives the passives
     * @param promoters the promoters; the three must not all be 0
     * @return the group
     */
    public static Group ofCategories(double detractors, double passives, double promoters) {
      return new Trinomial(detractors, passives, promoters);
    }

    /**
     * Returns the group of a rate (values 0, 1), whose restricted estimate for mean &theta; is
     * &theta; itself.
     *
     * @param successes the successes
     * @param total the trials, more than 0
     * @return the group
     */
    public static Group ofRate(double successes, double total) {
      return new Binomial(successes, total);
    }

    /**
     * Returns the group's observed mean.
     *
     * @return x&#772;
     */
    public double mean() {
      return mean;
    }

    /**
     * Returns the variance of one answer at the restricted estimate with mean {@code theta}.
     *
     * @param theta a mean in the group's range
     * @return &#7804;(&theta;), at least 0
     */
    public abstract double restrictedVariance(double theta);

    /** The derivative of the profile log-likelihood; decreasing in theta. */
    double profileScore(double theta) {
      double numerator = n * (mean - theta);
      double variance = restrictedVariance(theta);
      if (variance > 0.0) {
        return numerator / variance;
      }
      // A vanishing variance: theta at an end of the range, or every answer on one value equal
      // to theta (the profile then peaks at theta and 0 is a subgradient).
      if (numerator == 0.0 && (theta == min || theta == max)) {
        // Every answer on the end value theta: the profile is n log of the largest share the end
        // can keep with mean theta', (max - theta') / (max - min) at min (the rest on max), so
        // its one-sided derivative there is n (x - theta') / V -> -n / (max - min), not 0 (and
        // +n / (max - min) at max). Returning 0 put a false sign change at the end of the bracket.
        double limit = n / (max - min);
        return theta == min ? -limit : limit;
      }
      return numerator > 0 ? Double.POSITIVE_INFINITY
          : numerator < 0 ? Double.NEGATIVE_INFINITY : 0.0;
    }
  }

  private static final class Trinomial extends Group {
    private final double detractors;
    private final double passives;
    private final double promoters;

    Trinomial(double detractors, double passives, double promoters) {
      super(detractors + passives + promoters,
          (promoters - detractors) / (detractors + passives + promoters), -1.0, 1.0);
      this.detractors = detractors;
      this.passives = passives;
      this.promoters = promoters;
    }

    @Override
    public double restrictedVariance(double theta) {
      if (passives == 0.0) {
        // No passives: the restricted shares keep none, (1 - theta)/2 and (1 + theta)/2 on -1 and
        // +1 (raising both raises the likelihood), so V = 1 - theta^2 exactly. Tango's
        // 2q + theta (1 - theta) cancels to nothing near an end (a detractor share near 1 less
        // nearly 2), which left V wrong in its leading digits beside the end.
        return (1.0 - theta) * (1.0 + theta);
      }
      if (detractors == 0.0 && promoters == 0.0) {
        // Only passives: the shares are 1 - |theta| on 0 and |theta| on the sign of theta.
        double magnitude = Math.abs(theta);
        return magnitude * (1.0 - magnitude);
      }
      double q = Inference.tangoDetractorShare(detractors, promoters, n, theta);
      return Math.max(0.0, 2.0 * q + theta * (1.0 - theta));
    }
  }

  private static final class Binomial extends Group {
    Binomial(double successes, double total) {
      super(total, successes / total, 0.0, 1.0);
    }

    @Override
    public double restrictedVariance(double theta) {
      return Math.max(0.0, theta * (1.0 - theta));
    }
  }

  /**
   * Returns the restricted maximum-likelihood mean of group a under &theta;<sub>a</sub> &minus;
   * &theta;<sub>b</sub> = &delta; (group b's is that less &delta;).
   *
   * @param a the first group
   * @param b the second group
   * @param delta the hypothesised difference, within the range of differences
   * @return &theta;<sub>a</sub>
   */
  public static double restrictedMean(Group a, Group b, double delta) {
    double low = Math.max(a.min, b.min + delta);
    double high = Math.min(a.max, b.max + delta);
    if (!(low < high)) {
      return low;
    }
    DoubleUnaryOperator score = theta -> a.profileScore(theta) + b.profileScore(theta - delta);
    double atLow = score.applyAsDouble(low);
    if (atLow <= 0.0) {
      return low;
    }
    double atHigh = score.applyAsDouble(high);
    if (atHigh >= 0.0) {
      return high;
    }
    return Roots.findRoot(score, low, high, atLow, atHigh);
  }

  /**
   * Returns the standard error of x&#772;<sub>a</sub> &minus; x&#772;<sub>b</sub> at the restricted
   * estimate for a difference &delta;, the denominator of {@link #z(Group, Group, double)}.
   *
   * @param a the first group
   * @param b the second group
   * @param delta the hypothesised difference
   * @return sqrt((&#7804;<sub>a</sub>/n<sub>a</sub> + &#7804;<sub>b</sub>/n<sub>b</sub>) N / (N
   *     &minus; 1)), at least 0
   */
  public static double standardError(Group a, Group b, double delta) {
    double theta = restrictedMean(a, b, delta);
    double total = a.n + b.n;
    double variance =
        a.restrictedVariance(theta) / a.n + b.restrictedVariance(theta - delta) / b.n;
    return Math.sqrt(variance * (total / (total - 1.0)));
  }

  /**
   * Returns the score statistic Z(&delta;) for two independent groups.
   *
   * @param a the first group
   * @param b the second group
   * @param delta the hypothesised difference &theta;<sub>a</sub> &minus; &theta;<sub>b</sub>
   * @return (x&#772;<sub>a</sub> &minus; x&#772;<sub>b</sub> &minus; &delta;) / the restricted
   *     standard error; 0 when both numerator and denominator are 0, infinite when only the
   *     denominator is
   */
  public static double z(Group a, Group b, double delta) {
    return ratio(a.mean - b.mean - delta, standardError(a, b, delta));
  }

  /**
   * Returns the interval of differences &delta; whose score test is not rejected at a level.
   *
   * @param a the first group
   * @param b the second group
   * @param critical the two-sided critical value z
   * @return {lower, upper} on the scale of the means; a limit lies strictly on the side of 0 that
   *     the sign of Z(0) &minus; z (or Z(0) + z) says
   */
  public static double[] interval(Group a, Group b, double critical) {
    return invert(
        delta -> z(a, b, delta), a.min - b.max, a.max - b.min, a.mean - b.mean, critical);
  }

  /**
   * Returns the score statistic of one sample on a finite set of values for a hypothesised mean:
   * (x&#772; &minus; &theta;) / sqrt(&#7804;(&theta;) / n). On the values &minus;1, 0, +1 this is
   * Tango's statistic; on the paired changes &minus;2 to 2 of an NPS panel, its generalisation.
   *
   * @param values the possible values, increasing; unobserved ones included
   * @param counts the count of each value, not all 0
   * @param theta the hypothesised mean, within [values[0], values[last]]
   * @return the statistic; 0 when x&#772; = &theta; and the variance is 0, infinite when only the
   *     variance is
   */
  public static double oneSampleZ(double[] values, double[] counts, double theta) {
    double n = 0.0;
    double sum = 0.0;
    for (int k = 0; k < values.length; k++) {
      n += counts[k];
      sum += counts[k] * values[k];
    }
    double mean = sum / n;
    return ratio(mean - theta, Math.sqrt(oneSampleRestrictedVariance(values, counts, theta) / n));
  }

  /**
   * Returns the interval of means &theta; whose one-sample score test is not rejected.
   *
   * @param values the possible values, increasing
   * @param counts the count of each value, not all 0
   * @param critical the two-sided critical value z
   * @return {lower, upper}, as {@link #interval(Group, Group, double)} describes
   */
  public static double[] oneSampleInterval(double[] values, double[] counts, double critical) {
    double n = 0.0;
    double sum = 0.0;
    for (int k = 0; k < values.length; k++) {
      n += counts[k];
      sum += counts[k] * values[k];
    }
    return invert(
        theta -> oneSampleZ(values, counts, theta),
        values[0], values[values.length - 1], sum / n, critical);
  }

  /**
   * Returns &#7804;(&theta;), the variance about &theta; of one answer at the restricted
   * maximum-likelihood shares with mean &theta; (see the class documentation).
   *
   * @param values the possible values, increasing
   * @param counts the count of each value, not all 0
   * @param theta the hypothesised mean
   * @return the variance, 0 at an end of the range
   */
  public static double oneSampleRestrictedVariance(
      double[] values, double[] counts, double theta) {
    int last = values.length - 1;
    double lowest = values[0];
    double highest = values[last];
    if (!(theta > lowest && theta < highest)) {
      return 0.0;
    }
    double total = 0.0;
    double sum = 0.0;
    for (int k = 0; k <= last; k++) {
      total += counts[k];
      sum += counts[k] * values[k];
    }
    double n = total;
    double mean = sum / n;
    // The multiplier t keeps 1 + t (x - theta) >= 0 on every possible value.
    double tLow = -1.0 / (highest - theta);
    double tHigh = 1.0 / (theta - lowest);
    DoubleUnaryOperator g = t -> {
      double moment = 0.0;
      for (int k = 0; k <= last; k++) {
        if (counts[k] > 0) {
          double deviation = values[k] - theta;
          moment += counts[k] / n * deviation / (1.0 + t * deviation);
        }
      }
      return moment;
    };
    double t;
    int extreme = -1;
    if (mean == theta) {
      t = 0.0;
    } else {
      double atLow = counts[last] > 0 ? Double.POSITIVE_INFINITY : g.applyAsDouble(tLow);
      double atHigh = counts[0] > 0 ? Double.NEGATIVE_INFINITY : g.applyAsDouble(tHigh);
      if (atLow <= 0.0) {
        t = tLow;
        extreme = last;
      } else if (atHigh >= 0.0) {
        t = tHigh;
        extreme = 0;
      } else {
        t = Roots.findRoot(g, tLow, tHigh, atLow, atHigh);
      }
    }
    double mass = 0.0;
    double variance = 0.0;
    for (int k = 0; k <= last; k++) {
      if (counts[k] > 0) {
        double deviation = values[k] - theta;
        double share = counts[k] / n / (1.0 + t * deviation);
        mass += share;
        variance += share * deviation * deviation;
      }
    }
    if (extreme >= 0) {
      double deviation = values[extreme] - theta;
      variance += Math.max(0.0, 1.0 - mass) * deviation * deviation;
    }
    return variance;
  }

  private static double ratio(double numerator, double standardError) {
    if (standardError > 0.0) {
      return numerator / standardError;
    }
    return numerator > 0 ? Double.POSITIVE_INFINITY
        : numerator < 0 ? Double.NEGATIVE_INFINITY : 0.0;
  }

  /**
   * Inverts a decreasing statistic with Z(estimate) = 0: the limits where it crosses &plusmn;z.
   * When 0 lies between an end and the estimate, the bracket is first split at 0, so that which
   * side of 0 a limit falls on is decided by Z(0) alone, the same value that gives the p-value.
   */
  static double[] invert(
      DoubleUnaryOperator statistic, double min, double max, double estimate, double critical) {
    double lower = min;
    if (estimate > min) {
      DoubleUnaryOperator f = delta -> statistic.applyAsDouble(delta) - critical;
      double low = min;
      double fLow = f.applyAsDouble(min);
      double high = estimate;
      double fHigh = -critical;
      boolean aboveZero = false;
      if (min < 0.0 && estimate > 0.0) {
        double atZero = f.applyAsDouble(0.0);
        if (atZero > 0.0) {
          low = 0.0;
          fLow = atZero;
          aboveZero = true;
        } else {
          high = 0.0;
          fHigh = atZero;
        }
      }
      if (fLow > 0.0) {
        lower = Roots.findRoot(f, low, high, fLow, fHigh);
        if (aboveZero && lower <= 0.0) {
          lower = Double.MIN_VALUE;
        }
      }
    }
    double upper = max;
    if (estimate < max) {
      DoubleUnaryOperator f = delta -> statistic.applyAsDouble(delta) + critical;
      double low = estimate;
      double fLow = critical;
      double high = max;
      double fHigh = f.applyAsDouble(max);
      boolean belowZero = false;
      if (estimate < 0.0 && max > 0.0) {
        double atZero = f.applyAsDouble(0.0);
        if (atZero < 0.0) {
          high = 0.0;
          fHigh = atZero;
          belowZero = true;
        } else {
          low = 0.0;
          fLow = atZero;
        }
      }
      if (fHigh < 0.0) {
        upper = Roots.findRoot(f, low, high, fLow, fHigh);
        if (belowZero && upper >= 0.0) {
          upper = -Double.MIN_VALUE;
        }
      }
    }
    return new double[] {Math.min(lower, estimate), Math.max(upper, estimate)};
  }
}

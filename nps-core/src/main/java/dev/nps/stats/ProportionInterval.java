package dev.nps.stats;

/**
 * Methods for a confidence interval of a proportion k of n, such as the share of satisfied answers
 * or of escalated tickets.
 *
 * <p>Both methods give bounds within [0, 1] (reported in percent by {@link Rate} and by CSAT
 * results). {@link #WILSON} is the default everywhere: its coverage stays close to the nominal
 * level for small n and for shares near 0 or 1, where {@link #WALD} collapses (Newcombe, "Two-sided
 * confidence intervals for the single proportion: comparison of seven methods", <i>Statistics in
 * Medicine</i> 17, 1998, 857&ndash;872).
 */
public enum ProportionInterval {
  /**
   * The Wilson score interval (Wilson, "Probable inference, the law of succession, and statistical
   * inference", <i>Journal of the American Statistical Association</i> 22, 1927, 209&ndash;212;
   * method 3 of Newcombe 1998): the proportions p whose score statistic |p&#770; &minus; p| /
   * sqrt(p(1 &minus; p)/n) is at most the critical value z, that is
   * (2k + z<sup>2</sup> &plusmn; z sqrt(z<sup>2</sup> + 4k(n &minus; k)/n)) / (2(n +
   * z<sup>2</sup>)). The lower bound is exactly 0 when k = 0 and the upper bound exactly 1 when k =
   * n.
   */
  WILSON,

  /**
   * The Wald interval p&#770; &plusmn; z sqrt(p&#770;(1 &minus; p&#770;)/n), clipped to [0, 1]
   * (method 1 of Newcombe 1998). Kept for comparison: it has zero width when k = 0 or k = n and
   * covers far less often than the level says for small n.
   */
  WALD;

  /**
   * Returns the interval of the proportion k/n, as proportions in [0, 1].
   *
   * @param successes k, in [0, n]
   * @param total n, positive
   * @param z the two-sided critical value
   */
  Interval proportion(long successes, long total, double z) {
    double n = total;
    double k = successes;
    double p = k / n;
    double lower;
    double upper;
    if (this == WILSON) {
      double z2 = z * z;
      double root = z * Math.sqrt(z2 + 4.0 * k * ((n - k) / n));
      double denominator = 2.0 * (n + z2);
      lower = successes == 0 ? 0.0 : (2.0 * k + z2 - root) / denominator;
      upper = successes == total ? 1.0 : (2.0 * k + z2 + root) / denominator;
    } else {
      double half = z * Math.sqrt(p * (1.0 - p) / n);
      lower = p - half;
      upper = p + half;
    }
    return Interval.of(Math.max(0.0, lower), Math.min(1.0, upper));
  }
}

package dev.nps.internal;

import java.util.Locale;

/**
 * The one check of a weighted histogram's per-score sums, shared by {@code WeightedNps.ofSums} and
 * the JSON reader: which count, weight sum and squared-weight sum some weights in [1e-100, 1e100]
 * can produce.
 *
 * <p>For c answers with weights w<sub>i</sub> in [L, U], the sum s = &Sigma; w<sub>i</sub> lies in
 * [c L, c U], and the sum of squares q = &Sigma; w<sub>i</sub><sup>2</sup> in [s<sup>2</sup> / c,
 * s<sup>2</sup>]: the lower bound is the Cauchy&ndash;Schwarz inequality (equality when all weights
 * are equal), the upper bound holds because the weights are positive (equality for one answer).
 * Sums accumulated in floating point may cross a bound by rounding, so each bound is widened by a
 * relative {@link #ROUNDING}.
 */
public final class WeightSums {
  /** The largest weight, as {@code Response.MAX_WEIGHT}; the smallest is its reciprocal. */
  public static final double MAX_WEIGHT = 1e100;

  /** The relative slack allowed for rounding: 1e-6. */
  public static final double ROUNDING = 1e-6;

  private WeightSums() {}

  /**
   * Returns what is wrong with one score's sums, or null when some weights can produce them.
   *
   * @param score the score, 0 to 10, for the message
   * @param count the number of answers
   * @param sum their weight sum
   * @param squares their squared-weight sum
   * @return null, or {field, message}: the field at fault ("counts", "weightSums" or
   *     "squaredWeightSums") and a message naming the score, the value and the bound
   */
  public static String[] problem(int score, long count, double sum, double squares) {
    if (count < 0) {
      return new String[] {"counts", "count of score " + score + " must not be negative, was "
          + count};
    }
    if (count == 0) {
      if (sum != 0.0) {
        return new String[] {"weightSums", "weightSum of score " + score
            + " must be 0 where its count is 0, was " + sum};
      }
      if (squares != 0.0) {
        return new String[] {"squaredWeightSums", "squaredWeightSum of score " + score
            + " must be 0 where its count is 0, was " + squares};
      }
      return null;
    }
    // count / 1e100 = count * 1e-100, written so that the message shows the bound as people do.
    double low = count / MAX_WEIGHT;
    double high = count * MAX_WEIGHT;
    if (!(sum >= low * (1.0 - ROUNDING) && sum <= high * (1.0 + ROUNDING))) {
      return new String[] {"weightSums", String.format(Locale.ROOT,
          "weightSum of score %d must be in [count * 1e-100, count * 1e100] = [%s, %s] for its %d"
              + " answers (weights in [1e-100, 1e100]), was %s",
          score, low, high, count, sum)};
    }
    double least = sum * (sum / count);
    double most = sum * sum;
    if (!(squares >= least * (1.0 - ROUNDING) && squares <= most * (1.0 + ROUNDING))) {
      return new String[] {"squaredWeightSums", String.format(Locale.ROOT,
          "squaredWeightSum of score %d must be in [weightSum^2 / count, weightSum^2] = [%s, %s]"
              + " for %d answers of weight sum %s, was %s",
          score, least, most, count, sum, squares)};
    }
    return null;
  }
}

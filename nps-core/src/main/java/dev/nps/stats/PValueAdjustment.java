package dev.nps.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Adjustments of p-values for multiple comparisons: when m hypotheses are tested together, each
 * raw p-value is replaced by an adjusted one that can be compared directly with the level wanted
 * for the whole family.
 *
 * <p>Adjusted p-values are returned in the order of the input, never exceed 1, are never smaller
 * than the raw ones, and keep the order of the raw ones (a smaller raw p-value never gets a larger
 * adjusted one). Ties are handled by every rule without special cases.
 *
 * <pre>{@code
 * double[] adjusted = PValueAdjustment.HOLM.adjust(new double[] {0.01, 0.04, 0.03});
 * // {0.03, 0.06, 0.06}
 * }</pre>
 */
public enum PValueAdjustment {
  /**
   * Holm's step-down method (Holm, "A simple sequentially rejective multiple test procedure",
   * <i>Scandinavian Journal of Statistics</i> 6, 1979). Controls the family-wise error rate, the
   * chance of any false positive, under any dependence between the tests, and is uniformly more
   * powerful than Bonferroni. With the raw p-values sorted p<sub>(1)</sub> &le; ... &le;
   * p<sub>(m)</sub>, the adjusted value of p<sub>(i)</sub> is max<sub>j &le; i</sub> min(1, (m
   * &minus; j + 1) p<sub>(j)</sub>).
   */
  HOLM,

  /**
   * The Benjamini&ndash;Hochberg step-up method (Benjamini and Hochberg, "Controlling the false
   * discovery rate", <i>Journal of the Royal Statistical Society B</i> 57, 1995). Controls the
   * false discovery rate, the expected share of false positives among the flagged, for
   * independent tests and for positively dependent ones (positive regression dependence; Benjamini
   * and Yekutieli 2001); flags more than {@link #HOLM} at the price of a weaker guarantee. The
   * adjusted value of p<sub>(i)</sub> is min<sub>j &ge; i</sub> min(1, m p<sub>(j)</sub> / j).
   *
   * <p>Each segment compared with the rest of the responses is not such a family: a segment that
   * is high pulls the rest down, so the tests are negatively dependent, and this guarantee is not
   * proven for them. Use {@link #BENJAMINI_YEKUTIELI} for a false-discovery guarantee there, or
   * {@link #HOLM}.
   */
  BENJAMINI_HOCHBERG,

  /**
   * The Benjamini&ndash;Yekutieli step-up method (Benjamini and Yekutieli, "The control of the
   * false discovery rate in multiple testing under dependency", <i>The Annals of Statistics</i>
   * 29(4), 2001, 1165&ndash;1188, Theorem 1.3). Controls the false discovery rate under any
   * dependence between the tests, including the negative dependence of each-segment-versus-the-rest
   * comparisons, by multiplying {@link #BENJAMINI_HOCHBERG}'s adjustment by c(m) = 1 + 1/2 + ... +
   * 1/m. The adjusted value of p<sub>(i)</sub> is min<sub>j &ge; i</sub> min(1, c(m) m
   * p<sub>(j)</sub> / j).
   */
  BENJAMINI_YEKUTIELI,

  /** No adjustment: each adjusted p-value equals its raw p-value. */
  NONE;

  /**
   * Returns the adjusted p-values, as R's {@code p.adjust} with methods {@code "holm"}, {@code
   * "BH"}, {@code "BY"} and {@code "none"} defines them.
   *
   * @param pValues raw p-values in [0, 1]; the array is not modified
   * @return a new array of adjusted p-values in [0, 1], in the same order as {@code pValues}; empty
   *     for an empty input
   * @throws NullPointerException if {@code pValues} is null
   * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN; the message names its
   *     index and value
   */
  public double[] adjust(double[] pValues) {
    Objects.requireNonNull(pValues, "pValues must not be null");
    int m = pValues.length;
    for (int i = 0; i < m; i++) {
      double p = pValues[i];
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException(
            "p-value at index " + i + " must be in [0, 1], was " + p);
      }
    }
    double[] adjusted = new double[m];
    if (this == NONE || m == 0) {
      System.arraycopy(pValues, 0, adjusted, 0, m);
      return adjusted;
    }
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    // Stable sort by raw p-value, ascending.
    Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
    if (this == HOLM) {
      double running = 0.0;
      for (int rank = 0; rank < m; rank++) {
        int index = order[rank];
        running = Math.max(running, Math.min(1.0, (m - rank) * pValues[index]));
        adjusted[index] = running;
      }
    } else {
      double factor = 1.0;
      if (this == BENJAMINI_YEKUTIELI) {
        factor = 0.0;
        for (int k = m; k >= 1; k--) {
          factor += 1.0 / k;
        }
      }
      double running = 1.0;
      for (int rank = m - 1; rank >= 0; rank--) {
        int index = order[rank];
        // c(m) m / j is at least 1, so the rounded product is never below the raw p-value.
        double multiplier = Math.max(1.0, factor * ((double) m / (rank + 1)));
        running = Math.min(running, Math.min(1.0, pValues[index] * multiplier));
        adjusted[index] = running;
      }
    }
    return adjusted;
  }
}

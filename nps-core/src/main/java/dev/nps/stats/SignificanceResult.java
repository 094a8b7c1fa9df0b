package dev.nps.stats;

/**
 * The result of a test of "no difference": what was estimated, the test statistic, and its p-value,
 * so that reports and renderers can treat every comparison of the library alike.
 *
 * <p>Implemented by {@link NpsDifference}, {@link PanelComparison}, {@link RateDifference}, the
 * difference of CSAT means ({@code dev.nps.csat.MeanDifference}) and the entries of a {@link
 * SegmentComparison}. In the manner of Apache Commons Statistics' {@code SignificanceResult}, this
 * is only the common part: each type adds its standard error, interval and inputs.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #estimate()}: the signed observed difference, in the unit of the type (NPS points,
 *       percentage points of a rate, or the units of a CSAT answer scale).
 *   <li>{@link #statistic()}: the test statistic, a z or a t; its sign is that of the estimate.
 *   <li>{@link #pValue()}: the two-sided p-value of that statistic, the smallest significance level
 *       at which "no difference" would be rejected.
 *   <li>{@link #rejects(double)}: {@code pValue() <= alpha}, the same rule by which a {@link
 *       SegmentComparison} flags its adjusted p-values.
 * </ul>
 *
 * <p>A figure that is undefined for a particular result (a panel with nobody in both waves, a
 * segment that cannot be tested) throws {@link IllegalStateException}, as the figures of an empty
 * result do.
 *
 * <pre>{@code
 * List<SignificanceResult> tests = List.of(NpsDifference.of(a, b), RateDifference.of(x, y));
 * for (SignificanceResult test : tests) {
 *   if (test.rejects(SegmentComparison.DEFAULT_SIGNIFICANCE_LEVEL)) {
 *     System.out.println(test.estimate() + ", p = " + test.pValue());
 *   }
 * }
 * }</pre>
 */
public interface SignificanceResult {
  /**
   * Returns the signed observed difference.
   *
   * @return the estimate, in the unit of the implementing type
   * @throws IllegalStateException if the difference is undefined for this result
   */
  double estimate();

  /**
   * Returns the test statistic.
   *
   * @return the z or t statistic of the implementing type's test; 0 when there is no difference
   * @throws IllegalStateException if the test is undefined for this result
   */
  double statistic();

  /**
   * Returns the two-sided p-value of the test of "no difference".
   *
   * @return a probability in [0, 1]
   * @throws IllegalStateException if the test is undefined for this result
   */
  double pValue();

  /**
   * Returns whether "no difference" is rejected at a significance level: whether {@link
   * #pValue()} is at most {@code alpha}. This is a single test: for many comparisons at once, use
   * the adjusted decision of a {@link SegmentComparison} entry.
   *
   * @param alpha the significance level, in (0, 1), such as {@link
   *     SegmentComparison#DEFAULT_SIGNIFICANCE_LEVEL}
   * @return {@code pValue() <= alpha}
   * @throws IllegalArgumentException if {@code alpha} is not in (0, 1); the message names it
   * @throws IllegalStateException if the test is undefined for this result
   */
  default boolean rejects(double alpha) {
    return pValue() <= SegmentComparison.checkSignificanceLevel(alpha);
  }
}

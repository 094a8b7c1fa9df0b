package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.Inference;
import dev.nps.internal.Normal;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * An immutable weighted Net Promoter Score result: per score 0 to 10 the number of answers, the sum
 * of their weights and the sum of their squared weights, and everything derived from them.
 *
 * <h2>Definitions</h2>
 *
 * <p>With each answer i coded y<sub>i</sub> = +1 (promoter), 0 (passive) or &minus;1 (detractor)
 * and weighted w<sub>i</sub> &gt; 0, W = &Sigma; w<sub>i</sub> and n answers:
 *
 * <ul>
 *   <li>{@link #score()} = 100 &Sigma; w<sub>i</sub> y<sub>i</sub> / W, the weighted NPS.
 *   <li>{@link #effectiveSampleSize()} = W<sup>2</sup> / &Sigma; w<sub>i</sub><sup>2</sup>, Kish's
 *       effective sample size (Kish, "Weighting for Unequal P<sub>i</sub>", <i>Journal of
 *       Official Statistics</i> 8(2), 1992), at most n; and
 *       {@link #designEffect()} = n / effective sample size = 1 + CV<sup>2</sup> of the weights, at
 *       least 1.
 *   <li>{@link #standardError()} = 100 sqrt(&Sigma; w<sub>i</sub><sup>2</sup> (y<sub>i</sub>
 *       &minus; R)<sup>2</sup>) / W with R = {@link #score()} / 100: the Taylor linearization
 *       standard error of the ratio estimator &Sigma;wy / &Sigma;w (Lohr, <i>Sampling: Design and
 *       Analysis</i>, 2nd ed., section 9.1; Woodruff 1971), which the per-category sums of squared
 *       weights determine exactly because y takes one value per category. It omits the factor
 *       n/(n &minus; 1) that R's {@code survey::svymean} applies, so that with every weight 1 it
 *       equals {@link Nps#standardError()}.
 *   <li>{@link #confidenceInterval(double, IntervalMethod)} applies an {@link IntervalMethod} to
 *       effective counts: the weighted category shares times the effective sample size, so that
 *       intervals widen with the design effect.
 * </ul>
 *
 * <p>{@link #unweighted()} is the exact, weight-free {@link Nps} of the same answers: weights never
 * change counts. With every weight 1, every figure here equals its {@link Nps} counterpart.
 *
 * <h2>Edge cases</h2>
 *
 * <p>Empty: {@link #total()} is 0 and every statistic throws {@link IllegalStateException}. The
 * weight sums are {@code double}s, so equality of results built by merging in different orders may
 * fail in the last bits; compare the figures with a tolerance.
 */
public final class WeightedNps {
  private static final WeightedNps EMPTY =
      new WeightedNps(
          new long[Histogram.SCORES], 0, new double[Histogram.SCORES], new double[Histogram.SCORES]);

  private final long[] counts;
  private final long total;
  private final double[] weightSums;
  private final double[] squaredWeightSums;

  /** Takes ownership of the arrays, which must be valid. */
  WeightedNps(long[] counts, long total, double[] weightSums, double[] squaredWeightSums) {
    this.counts = counts;
    this.total = total;
    this.weightSums = weightSums;
    this.squaredWeightSums = squaredWeightSums;
  }

  /**
   * Returns the weighted result of many responses; a response without a weight counts with weight
   * 1.
   *
   * @param responses the responses; segments and other fields are ignored
   * @return their weighted result
   * @throws NullPointerException if {@code responses} or an element is null
   */
  public static WeightedNps of(Iterable<Response> responses) {
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  /**
   * Returns the weighted result of its per-score sums, as {@link #count(int)}, {@link
   * #weightSum(int)} and {@link #squaredWeightSum(int)} report them; for example to restore a
   * serialized partial aggregate.
   *
   * @param counts eleven counts, the number of answers 0, 1, ..., 10; copied
   * @param weightSums eleven sums of weights, parallel to {@code counts}; copied
   * @param squaredWeightSums eleven sums of squared weights, parallel to {@code counts}; copied
   * @return the weighted result
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if an array does not have 11 elements, a count is negative,
   *     a sum is negative, NaN or infinite, or a score has a count of 0 with non-zero sums or a
   *     positive count with a zero sum; the message names the score and the values
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static WeightedNps ofSums(long[] counts, double[] weightSums, double[] squaredWeightSums) {
    checkLength("counts", Objects.requireNonNull(counts, "counts must not be null").length);
    checkLength(
        "weightSums", Objects.requireNonNull(weightSums, "weightSums must not be null").length);
    checkLength(
        "squaredWeightSums",
        Objects.requireNonNull(squaredWeightSums, "squaredWeightSums must not be null").length);
    for (int score = 0; score < Histogram.SCORES; score++) {
      long count = counts[score];
      double sum = weightSums[score];
      double squares = squaredWeightSums[score];
      boolean finite = sum >= 0 && squares >= 0 && sum < Double.POSITIVE_INFINITY
          && squares < Double.POSITIVE_INFINITY;
      boolean consistent = count == 0 ? sum == 0 && squares == 0 : sum > 0 && squares > 0;
      if (count < 0 || !finite || !consistent) {
        throw new IllegalArgumentException(
            "sums for score " + score + " must be a non-negative count with finite, positive"
                + " weight sums (all 0 when the count is 0), were count=" + count
                + ", weightSum=" + sum + ", squaredWeightSum=" + squares);
      }
    }
    long[] countsCopy = counts.clone();
    return new WeightedNps(
        countsCopy, Histogram.total(countsCopy), weightSums.clone(), squaredWeightSums.clone());
  }

  private static void checkLength(String name, int length) {
    if (length != Histogram.SCORES) {
      throw new IllegalArgumentException(
          name + " must have 11 elements (scores 0 to 10), had " + length);
    }
  }

  /**
   * Returns the weighted result of no answers.
   *
   * @return the empty result
   */
  public static WeightedNps empty() {
    return EMPTY;
  }

  /**
   * Returns an unordered collector of responses into their weighted result, safe on a parallel
   * stream.
   *
   * @return a collector giving the same result as {@link #of(Iterable)}, up to rounding of the
   *     weight sums
   */
  public static Collector<Response, ?, WeightedNps> collector() {
    return Collector.of(
        WeightedNpsAccumulator::new,
        WeightedNpsAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        WeightedNpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  long[] countsArray() {
    return counts;
  }

  double[] weightSumsArray() {
    return weightSums;
  }

  double[] squaredWeightSumsArray() {
    return squaredWeightSums;
  }

  /**
   * Returns the exact unweighted result of the same answers.
   *
   * @return the {@link Nps} of the answers, each counted once
   */
  public Nps unweighted() {
    return Nps.ofHistogram(counts);
  }

  /**
   * Returns the number of answers.
   *
   * @return a count, 0 when empty
   */
  public long total() {
    return total;
  }

  /**
   * Returns whether there are no answers.
   *
   * @return {@code true} when {@link #total()} is 0
   */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns the number of answers of one score.
   *
   * @param score an answer from 0 to 10
   * @return its count
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   */
  public long count(int score) {
    return counts[Score.checkScore(score)];
  }

  /**
   * Returns the sum of the weights of the answers of one score.
   *
   * @param score an answer from 0 to 10
   * @return the sum of their weights, 0 when there are none
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   */
  public double weightSum(int score) {
    return weightSums[Score.checkScore(score)];
  }

  /**
   * Returns the sum of the squared weights of the answers of one score.
   *
   * @param score an answer from 0 to 10
   * @return the sum of their squared weights, 0 when there are none
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   */
  public double squaredWeightSum(int score) {
    return squaredWeightSums[Score.checkScore(score)];
  }

  /**
   * Returns the sum of all weights, W.
   *
   * @return the total weight, 0 when empty
   */
  public double totalWeight() {
    return sum(weightSums, 0, Score.MAX);
  }

  /**
   * Returns the sum of the weights of a category's answers.
   *
   * @param category the category
   * @return the category's total weight
   */
  public double weight(Category category) {
    return sum(weightSums, category.lowest(), category.highest());
  }

  private static double sum(double[] values, int from, int toInclusive) {
    double sum = 0.0;
    for (int i = from; i <= toInclusive; i++) {
      sum += values[i];
    }
    return sum;
  }

  /**
   * Returns the weighted Net Promoter Score.
   *
   * @return 100 &times; (promoter weight &minus; detractor weight) / total weight, in [&minus;100,
   *     100]
   * @throws IllegalStateException if there are no answers
   */
  public double score() {
    checkNotEmpty();
    return 100.0 * (weight(Category.PROMOTER) - weight(Category.DETRACTOR)) / totalWeight();
  }

  /**
   * Returns Kish's effective sample size: the number of unweighted answers that would give the
   * same precision.
   *
   * @return W<sup>2</sup> / &Sigma; w<sup>2</sup>, in (0, {@link #total()}]
   * @throws IllegalStateException if there are no answers
   */
  public double effectiveSampleSize() {
    checkNotEmpty();
    double w = totalWeight();
    return w * (w / sum(squaredWeightSums, 0, Score.MAX));
  }

  /**
   * Returns Kish's design effect of the weighting: by how much the weights inflate the variance.
   *
   * @return {@link #total()} / {@link #effectiveSampleSize()}, at least 1 (up to rounding)
   * @throws IllegalStateException if there are no answers
   */
  public double designEffect() {
    return total / effectiveSampleSize();
  }

  /**
   * Returns the linearization standard error of the weighted score, in points.
   *
   * <p>This is not the standard error behind {@link #confidenceInterval(double, IntervalMethod)}:
   * the intervals apply the unweighted formulas to the weighted shares with Kish's effective
   * sample size, so their Wald half-width divided by z differs slightly from this value.
   *
   * @return 100 sqrt(&Sigma; w<sup>2</sup> (y &minus; R)<sup>2</sup>) / W, at least 0
   * @throws IllegalStateException if there are no answers
   */
  public double standardError() {
    double ratio = score() / 100.0;
    double residuals = 0.0;
    for (Category category : Category.values()) {
      double y = category == Category.PROMOTER ? 1.0 : category == Category.DETRACTOR ? -1.0 : 0.0;
      double squares = sum(squaredWeightSums, category.lowest(), category.highest());
      residuals += squares * (y - ratio) * (y - ratio);
    }
    return 100.0 * Math.sqrt(residuals) / totalWeight();
  }

  /**
   * Returns a confidence interval for the population's weighted score by the default method,
   * {@link IntervalMethod#ADJUSTED_WALD}, on effective counts.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return an interval within [&minus;100, 100], in points
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no answers
   */
  public Interval confidenceInterval(double level) {
    return confidenceInterval(level, IntervalMethod.ADJUSTED_WALD);
  }

  /**
   * Returns a confidence interval for the population's weighted score, computed by {@code method}
   * on effective counts: each category's weight times {@link #effectiveSampleSize()} / W.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @param method how to compute it
   * @return an interval within [&minus;100, 100], in points
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalStateException if there are no answers
   */
  public Interval confidenceInterval(double level, IntervalMethod method) {
    Normal.checkLevel(level);
    Objects.requireNonNull(method, "method must not be null");
    checkNotEmpty();
    // W / sum w^2 is exactly 1 when every weight is 1, so the counts are then exact.
    double scale = totalWeight() / sum(squaredWeightSums, 0, Score.MAX);
    return Inference.interval(
        weight(Category.DETRACTOR) * scale,
        weight(Category.PASSIVE) * scale,
        weight(Category.PROMOTER) * scale,
        level,
        method);
  }

  /**
   * Returns the margin of error: the half-width of {@link #confidenceInterval(double)}.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the half-width in points
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no answers
   */
  public double marginOfError(double level) {
    return 0.5 * confidenceInterval(level).width();
  }

  private void checkNotEmpty() {
    if (total == 0) {
      throw new IllegalStateException(
          "NPS is undefined without responses: this weighted result is empty (total is 0)");
    }
  }

  /**
   * Returns the weighted result of this result's answers and another's together.
   *
   * @param other another weighted result
   * @return a new result whose counts and sums are the sums of both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public WeightedNps plus(WeightedNps other) {
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.snapshot();
  }

  /** Two weighted results are equal when their counts and weight sums are exactly equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WeightedNps)) {
      return false;
    }
    WeightedNps that = (WeightedNps) other;
    return Arrays.equals(counts, that.counts)
        && Arrays.equals(weightSums, that.weightSums)
        && Arrays.equals(squaredWeightSums, that.squaredWeightSums);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(counts) + Arrays.hashCode(weightSums))
        + Arrays.hashCode(squaredWeightSums);
  }

  /**
   * Describes the result, for example {@code "WeightedNps[score=31.20, total=6,
   * totalWeight=7.50, effectiveSampleSize=5.62]"}; numbers are rounded here only.
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "WeightedNps[score=undefined, total=0]";
    }
    return String.format(
        Locale.ROOT,
        "WeightedNps[score=%.2f, total=%d, totalWeight=%.2f, effectiveSampleSize=%.2f]",
        score(),
        total,
        totalWeight(),
        effectiveSampleSize());
  }
}

package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.Inference;
import dev.nps.internal.Normal;
import dev.nps.internal.WeightSums;
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
 * and weighted w<sub>i</sub> &gt; 0, W = &Sigma; w<sub>i</sub>, n answers and r<sub>i</sub> =
 * y<sub>i</sub> &minus; R with R = &Sigma; w<sub>i</sub> y<sub>i</sub> / W:
 *
 * <ul>
 *   <li>{@link #score()} = 100 R, the weighted NPS.
 *   <li>{@link #standardError()} = 100 sqrt(n / (n &minus; 1) &Sigma;
 *       w<sub>i</sub><sup>2</sup> r<sub>i</sub><sup>2</sup>) / W: the Taylor linearization
 *       standard error of the ratio estimator &Sigma;wy / &Sigma;w for a with-replacement design
 *       of one stratum without clusters (Lohr, <i>Sampling: Design and Analysis</i>, 2nd ed.,
 *       section 9.1; Woodruff 1971), exactly what R's {@code survey::svymean} reports for {@code
 *       svydesign(ids = ~1, weights = ~w)}. The per-category sums of squared weights determine it
 *       exactly, because y takes one value per category.
 *   <li>{@link #designEffect()} = the variance ratio of that design to simple random sampling, as
 *       {@code svymean(..., deff = "replace")} defines it: standardError<sup>2</sup> divided by
 *       the weighted variance n / (n &minus; 1) &Sigma; w<sub>i</sub> r<sub>i</sub><sup>2</sup> /
 *       W over n, which simplifies to n &Sigma; w<sub>i</sub><sup>2</sup>
 *       r<sub>i</sub><sup>2</sup> / (W &Sigma; w<sub>i</sub> r<sub>i</sub><sup>2</sup>). It
 *       accounts for weights that go with the answers (heavier weights on detractors, say), which
 *       Kish's {@link #weightingEffect()} ignores.
 *   <li>{@link #effectiveSampleSize()} = n / {@link #designEffect()}: the number of unweighted
 *       answers with the same variance.
 *   <li>{@link #weightingEffect()} = n &Sigma; w<sub>i</sub><sup>2</sup> / W<sup>2</sup> = 1 +
 *       CV<sup>2</sup> of the weights, Kish's design effect due to weighting (Kish, "Weighting for
 *       Unequal P<sub>i</sub>", <i>Journal of Official Statistics</i> 8(2), 1992); it equals the
 *       design effect when the weights are unrelated to the answers. n / weightingEffect() is
 *       Kish's effective sample size W<sup>2</sup> / &Sigma; w<sub>i</sub><sup>2</sup>.
 *   <li>{@link #confidenceInterval(double, IntervalMethod)} applies an {@link IntervalMethod} to
 *       effective counts, the weighted category shares times {@link #effectiveSampleSize()}, so
 *       that each interval widens with the design effect. The Wald interval is then score &plusmn; z
 *       standardError() sqrt((n &minus; 1) / n): the linearization standard error without R's
 *       factor n / (n &minus; 1), which the unweighted intervals do not apply either.
 * </ul>
 *
 * <p>{@link #unweighted()} is the exact, weight-free {@link Nps} of the same answers: weights never
 * change counts. With every weight 1, the score, the effective sample size (n), the design effect
 * (1) and every interval equal their {@link Nps} counterparts, and the standard error is {@link
 * Nps#standardError()} times sqrt(n / (n &minus; 1)), as in R.
 *
 * <h2>Edge cases</h2>
 *
 * <p>Empty: {@link #total()} is 0 and every statistic throws {@link IllegalStateException}. One
 * answer: {@link #standardError()} throws, since the with-replacement variance needs two (R stops
 * there too, with "Stratum has only one PSU"). Every answer in one category: both variances are 0,
 * and the design effect is then taken to be Kish's {@link #weightingEffect()}. The weight sums are
 * {@code double}s, so equality of results built by merging in different orders may fail in the
 * last bits; compare the figures with a tolerance.
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
   * @throws IllegalArgumentException if an array does not have 11 elements, or a score's sums
   *     are ones that no weights in [{@link Response#MIN_WEIGHT}, {@link Response#MAX_WEIGHT}] can
   *     produce: with count c, weight sum s and squared-weight sum q, a negative count, a count of
   *     0 with a non-zero sum, s outside [c &times; 1e-100, c &times; 1e100], or q outside
   *     [s<sup>2</sup> / c, s<sup>2</sup>] (each bound widened by a relative 1e-6 for rounding;
   *     NaN is outside every range); the message names the score, the value and the bound
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
      String[] problem =
          WeightSums.problem(score, counts[score], weightSums[score], squaredWeightSums[score]);
      if (problem != null) {
        throw new IllegalArgumentException(problem[1]);
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
   * Returns the effective sample size: the number of unweighted answers whose score would have the
   * same variance.
   *
   * @return {@link #total()} / {@link #designEffect()}, positive
   * @throws IllegalStateException if there are no answers
   */
  public double effectiveSampleSize() {
    return total / designEffect();
  }

  /**
   * Returns the design effect: the variance of the weighted score relative to that of a simple
   * random sample of the same size, as R's {@code svymean(..., deff = "replace")} reports it.
   *
   * @return n &Sigma; w<sup>2</sup> r<sup>2</sup> / (W &Sigma; w r<sup>2</sup>), positive; {@link
   *     #weightingEffect()} when every answer is in one category, where both variances are 0
   * @throws IllegalStateException if there are no answers
   */
  public double designEffect() {
    checkNotEmpty();
    double ratio = score() / 100.0;
    double weighted = 0.0;
    double squared = 0.0;
    for (Category category : Category.values()) {
      double residual = code(category) - ratio;
      double squares = residual * residual;
      weighted += sum(weightSums, category.lowest(), category.highest()) * squares;
      squared += sum(squaredWeightSums, category.lowest(), category.highest()) * squares;
    }
    if (!(weighted > 0.0 && squared > 0.0)) {
      return weightingEffect();
    }
    return total * (squared / weighted) / totalWeight();
  }

  /**
   * Returns Kish's design effect due to weighting, 1 + CV<sup>2</sup> of the weights: how much the
   * weights alone would inflate the variance if they were unrelated to the answers.
   *
   * @return n &Sigma; w<sup>2</sup> / W<sup>2</sup>, at least 1 (up to rounding)
   * @throws IllegalStateException if there are no answers
   */
  public double weightingEffect() {
    checkNotEmpty();
    double w = totalWeight();
    return total * (sum(squaredWeightSums, 0, Score.MAX) / w) / w;
  }

  private static double code(Category category) {
    return category == Category.PROMOTER ? 1.0 : category == Category.DETRACTOR ? -1.0 : 0.0;
  }

  /**
   * Returns the linearization standard error of the weighted score, in points, as R's {@code
   * survey::svymean} gives it for a with-replacement design of one stratum without clusters.
   *
   * @return 100 sqrt(n / (n &minus; 1) &Sigma; w<sup>2</sup> (y &minus; R)<sup>2</sup>) / W, at
   *     least 0
   * @throws IllegalStateException if there are fewer than two answers; the message says how many
   */
  public double standardError() {
    checkNotEmpty();
    if (total < 2) {
      throw new IllegalStateException(
          "the with-replacement standard error needs at least 2 answers, had " + total);
    }
    double ratio = score() / 100.0;
    double residuals = 0.0;
    for (Category category : Category.values()) {
      double residual = code(category) - ratio;
      double squares = sum(squaredWeightSums, category.lowest(), category.highest());
      residuals += squares * residual * residual;
    }
    double n = total;
    return 100.0 * Math.sqrt(residuals * (n / (n - 1.0))) / totalWeight();
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
   * on effective counts: each category's weight times {@link #effectiveSampleSize()} / W, so that
   * its width follows the linearization variance (see the class documentation).
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
    // With every weight 1 the design effect is exactly 1 and W = n, so the counts are then exact.
    double scale = effectiveSampleSize() / totalWeight();
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

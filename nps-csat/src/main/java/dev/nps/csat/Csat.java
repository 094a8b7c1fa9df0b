package dev.nps.csat;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.internal.Intervals;
import dev.nps.internal.Normal;
import dev.nps.internal.StudentT;
import dev.nps.stats.Interval;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * An immutable customer-satisfaction (CSAT) result on a {@link CsatScale}: how many answers fell on
 * each value of the scale, and everything derived from those counts.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #score()}: CSAT = 100 &times; satisfied / total, the top-box share in percent, where
 *       an answer is satisfied from {@link CsatScale#satisfiedFrom()} up (4 and 5 on the default
 *       1-5 scale). Not the mean.
 *   <li>{@link #mean()}: the mean answer, computed from the exact integer sum of answers and
 *       rounded to {@code double} within 1 ulp; {@link #variance()} and {@link
 *     #standardDeviation()} likewise from the exact
 *       integer sums, with the sample denominator n &minus; 1.
 *   <li>{@link #confidenceInterval(double)}: the Wilson score interval of the share, in percent;
 *       {@link #meanConfidenceInterval(double)}: Student's t interval of the mean.
 * </ul>
 *
 * <h2>Exactness</h2>
 *
 * <p>A result holds its scale and {@code long} counts only, so {@link #equals(Object)} is exact and
 * {@link #plus(Csat)} is associative and commutative.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>Empty: {@link #total()} is 0, {@link #isEmpty()} is {@code true}, and the score, the mean
 *       and the intervals throw {@link IllegalStateException}, since they are undefined without
 *       answers.
 *   <li>One answer: the variance, the standard deviation and the mean's interval need at least two
 *       answers and throw {@link IllegalStateException}.
 * </ul>
 *
 * <pre>{@code
 * Csat csat = Csat.of(CsatScale.ONE_TO_FIVE, responses);
 * csat.score();                        // e.g. 70.0: 70% answered 4 or 5
 * csat.mean();                         // e.g. 3.75
 * csat.confidenceInterval(0.95);       // Wilson interval of the score, in percent
 * csat.meanConfidenceInterval(0.95);   // t interval of the mean, within [1, 5]
 * }</pre>
 */
public final class Csat {
  private static final MathContext PRECISION = new MathContext(34);

  private final CsatScale scale;
  private final long[] counts;
  private final long total;
  private final long satisfied;

  /**
   * Takes ownership of {@code counts}: one non-negative count per answer from the scale's minimum
   * to its maximum, summing to {@code total}.
   */
  Csat(CsatScale scale, long[] counts, long total) {
    this.scale = scale;
    this.counts = counts;
    this.total = total;
    long satisfiedCount = 0;
    for (int answer = scale.satisfiedFrom(); answer <= scale.max(); answer++) {
      satisfiedCount += counts[answer - scale.min()];
    }
    this.satisfied = satisfiedCount;
  }

  /**
   * Returns the result of many responses, whose scores are the answers on {@code scale}.
   *
   * @param scale the answer scale
   * @param responses the responses; segments and other fields are ignored
   * @return their result
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an answer is not on the scale; the message names it and the
   *     scale
   */
  public static Csat of(CsatScale scale, Iterable<Response> responses) {
    CsatAccumulator accumulator = new CsatAccumulator(scale);
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  /**
   * Returns the result of some answers.
   *
   * @param scale the answer scale
   * @param answers answers on the scale
   * @return their result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an answer is not on the scale; the message names it and the
   *     scale
   */
  public static Csat ofAnswers(CsatScale scale, int... answers) {
    CsatAccumulator accumulator = new CsatAccumulator(scale);
    for (int answer : answers) {
      accumulator.add(answer);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns the result of a histogram of answers.
   *
   * @param scale the answer scale
   * @param countsPerAnswer one count per answer value, from the scale's minimum to its maximum
   *     (five counts for answers 1 to 5 on {@link CsatScale#ONE_TO_FIVE}); the array is copied
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number of counts differs from {@link CsatScale#size()}
   *     or a count is negative; the message names the length or the answer and count
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static Csat ofHistogram(CsatScale scale, long... countsPerAnswer) {
    Objects.requireNonNull(scale, "scale must not be null");
    Objects.requireNonNull(countsPerAnswer, "countsPerAnswer must not be null");
    if (countsPerAnswer.length != scale.size()) {
      throw new IllegalArgumentException(
          "expected " + scale.size() + " counts (answers " + scale.min() + " to " + scale.max()
              + ") for scale " + scale.min() + "-" + scale.max() + ", got "
              + countsPerAnswer.length);
    }
    long[] counts = countsPerAnswer.clone();
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException(
            "count for answer " + (scale.min() + i) + " must not be negative, was " + counts[i]);
      }
      total = Math.addExact(total, counts[i]);
    }
    return new Csat(scale, counts, total);
  }

  /**
   * Returns the result of no answers on a scale.
   *
   * @param scale the answer scale
   * @return an empty result, whose {@link #total()} is 0
   * @throws NullPointerException if {@code scale} is null
   */
  public static Csat empty(CsatScale scale) {
    return new Csat(Objects.requireNonNull(scale, "scale must not be null"),
        new long[scale.size()], 0);
  }

  /**
   * Returns a collector of responses into their result. It is unordered and safe on a parallel
   * stream: each thread fills its own {@link CsatAccumulator} and the partial results are merged.
   *
   * @param scale the answer scale
   * @return a collector giving the same result as {@link #of(CsatScale, Iterable)}
   * @throws NullPointerException if {@code scale} is null
   */
  public static Collector<Response, ?, Csat> collector(CsatScale scale) {
    Objects.requireNonNull(scale, "scale must not be null");
    return Collector.of(
        () -> new CsatAccumulator(scale),
        CsatAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        CsatAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the result per segment, in the order each segment is first seen. Built in one pass with
   * a {@link SegmentedCsatAccumulator}.
   *
   * @param scale the answer scale
   * @param responses the responses, each in its {@link Response#segment()}
   * @return an unmodifiable map from segment to its result
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an answer is not on the scale
   */
  public static Map<Segment, Csat> bySegment(CsatScale scale, Iterable<Response> responses) {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(scale);
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  static void checkSameScale(Csat a, Csat b) {
    if (!a.scale.equals(b.scale)) {
      throw new IllegalArgumentException(
          "results must share a scale, were " + a.scale + " and " + b.scale);
    }
  }

  /** The internal counts, not copied: callers in this package must not modify them. */
  long[] rawCounts() {
    return counts;
  }

  /**
   * Returns the answer scale.
   *
   * @return the scale
   */
  public CsatScale scale() {
    return scale;
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
   * Returns the number of satisfied answers, those from {@link CsatScale#satisfiedFrom()} up.
   *
   * @return a count
   */
  public long satisfied() {
    return satisfied;
  }

  /**
   * Returns the satisfied answers as a rate of all answers, for comparisons with {@link
   * RateDifference}.
   *
   * @return {@code Rate.of(satisfied(), total())}
   */
  public Rate satisfiedRate() {
    return Rate.of(satisfied, total);
  }

  /**
   * Returns the number of answers of one value.
   *
   * @param answer an answer on the scale
   * @return its count
   * @throws IllegalArgumentException if {@code answer} is not on the scale
   */
  public long count(int answer) {
    return counts[scale.checkAnswer(answer) - scale.min()];
  }

  /**
   * Returns the counts per answer, the histogram.
   *
   * @return a new array of {@link CsatScale#size()} counts, for answers from the scale's minimum
   *     to its maximum
   */
  public long[] histogram() {
    return counts.clone();
  }

  /**
   * Returns the distribution of answers in percent.
   *
   * @return a new array of {@link CsatScale#size()} shares, 100 &times; count / total for answers
   *     from the scale's minimum to its maximum, summing to 100 up to rounding
   * @throws IllegalStateException if there are no answers
   */
  public double[] distribution() {
    checkNotEmpty();
    double[] percents = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      percents[i] = 100.0 * counts[i] / total;
    }
    return percents;
  }

  /**
   * Returns the CSAT score: the share of satisfied answers in percent.
   *
   * @return 100 &times; satisfied / total, in [0, 100]
   * @throws IllegalStateException if there are no answers: CSAT is undefined then
   */
  public double score() {
    checkNotEmpty();
    return 100.0 * satisfied / total;
  }

  /**
   * Returns the Wilson score confidence interval of {@link #score()}, in percent.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return an interval within [0, 100] that contains the score
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no answers
   */
  public Interval confidenceInterval(double level) {
    return confidenceInterval(level, ProportionInterval.WILSON);
  }

  /**
   * Returns a confidence interval of {@link #score()}, in percent, by the given method.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @param method how to compute the interval
   * @return an interval within [0, 100]
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no answers
   */
  public Interval confidenceInterval(double level, ProportionInterval method) {
    Normal.checkLevel(level);
    Objects.requireNonNull(method, "method must not be null");
    checkNotEmpty();
    return satisfiedRate().confidenceInterval(level, method);
  }

  /**
   * Returns the mean answer.
   *
   * @return the sum of answers / total, divided from the exact integer sum (34 significant digits,
   *     then to {@code double}: within 1 ulp), within [{@link CsatScale#min()}, {@link
   *     CsatScale#max()}]
   * @throws IllegalStateException if there are no answers
   */
  public double mean() {
    checkNotEmpty();
    return new BigDecimal(sum(1)).divide(new BigDecimal(total), PRECISION).doubleValue();
  }

  /**
   * Returns the sample variance of the answers.
   *
   * @return (n &Sigma;x<sup>2</sup> &minus; (&Sigma;x)<sup>2</sup>) / (n (n &minus; 1)), with the
   *     numerator computed exactly in integers, then divided to 34 significant digits and rounded
   *     to {@code double}; at least 0
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double variance() {
    checkAtLeastTwo("variance");
    BigInteger n = BigInteger.valueOf(total);
    BigInteger sum = sum(1);
    BigInteger numerator = n.multiply(sum(2)).subtract(sum.multiply(sum));
    BigInteger denominator = n.multiply(n.subtract(BigInteger.ONE));
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), PRECISION).doubleValue();
  }

  /**
   * Returns the sample standard deviation of the answers.
   *
   * @return the square root of {@link #variance()}
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** The exact sum of answer^power over all answers. */
  private BigInteger sum(int power) {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < counts.length; i++) {
      long value = scale.min() + i;
      long weight = power == 1 ? value : value * value;
      sum = sum.add(BigInteger.valueOf(counts[i]).multiply(BigInteger.valueOf(weight)));
    }
    return sum;
  }

  /**
   * Returns Student's t confidence interval of {@link #mean()}: mean &plusmn; t<sub>n&minus;1</sub>
   * s / sqrt(n), with t<sub>n&minus;1</sub> the two-sided critical value of Student's t with n
   * &minus; 1 degrees of freedom, clipped to the scale (the mean cannot leave it).
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return an interval within [{@link CsatScale#min()}, {@link CsatScale#max()}] that contains the
   *     mean; a single point when every answer is equal
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are fewer than two answers
   */
  public Interval meanConfidenceInterval(double level) {
    Normal.checkLevel(level);
    checkAtLeastTwo("mean's confidence interval");
    double mean = mean();
    double half = StudentT.criticalValue(level, total - 1.0)
        * standardDeviation() / Math.sqrt(total);
    return Intervals.clip(Interval.of(mean - half, mean + half), scale.min(), scale.max());
  }

  private void checkNotEmpty() {
    if (total == 0) {
      throw new IllegalStateException(
          "CSAT is undefined without answers: this result is empty (total is 0)");
    }
  }

  private void checkAtLeastTwo(String what) {
    if (total < 2) {
      throw new IllegalStateException(
          "the " + what + " needs at least 2 answers, had " + total);
    }
  }

  /**
   * Returns the result of this result's answers and another's together.
   *
   * @param other another result on the same scale
   * @return a new result whose counts are the sums of both
   * @throws IllegalArgumentException if the scales differ; the message names both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Csat plus(Csat other) {
    checkSameScale(this, other);
    long[] sum = new long[counts.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = counts[i] + other.counts[i];
    }
    return new Csat(scale, sum, Math.addExact(total, other.total));
  }

  /** Two results are equal when they have the same scale and the same counts. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Csat)) {
      return false;
    }
    Csat that = (Csat) other;
    return scale.equals(that.scale) && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * scale.hashCode() + Arrays.hashCode(counts);
  }

  /**
   * Describes the result, for example {@code "Csat[score=70.00, mean=3.750, total=100, scale=1-5
   * (satisfied 4-5), counts=[15, 5, 10, 30, 40]]"}; score and mean are rounded here only.
   */
  @Override
  public String toString() {
    String score = isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.2f", score());
    String mean = isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.3f", mean());
    return "Csat[score=" + score + ", mean=" + mean + ", total=" + total + ", scale=" + scale
        + ", counts=" + Arrays.toString(counts) + "]";
  }
}

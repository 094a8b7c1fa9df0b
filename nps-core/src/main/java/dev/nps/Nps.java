package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.Inference;
import dev.nps.internal.Normal;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PanelComparison;
import dev.nps.stats.SampleSize;
import dev.nps.stats.SegmentComparison;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * An immutable Net Promoter Score result: how many answers fell on each score, and everything
 * derived from those counts.
 *
 * <p>NPS = 100 &times; (promoters &minus; detractors) / total, a {@code double} in [&minus;100,
 * 100] that is never rounded. Detractors answered 0 to 6, passives 7 or 8, promoters 9 or 10.
 *
 * <h2>Exactness</h2>
 *
 * <p>A result holds {@code long} counts only, so {@link #equals(Object)} is exact and {@link
 * #plus(Nps)} is associative and commutative. Two results are equal when they hold the same counts.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>Empty: {@link #total()} is 0, {@link #isEmpty()} is {@code true}, and {@link #score()} and
 *       the percents throw {@link IllegalStateException}, since NPS is undefined without answers.
 *   <li>Category counts only: a result made by {@link #ofCategories(long, long, long)} knows how
 *       many detractors, passives and promoters there were but not their exact scores. {@link
 *       #hasHistogram()} is then {@code false}, and {@link #histogram()} and {@link #count(int)}
 *       throw rather than guess. Everything else works, and such results merge with any other.
 * </ul>
 *
 * <h2>Uncertainty</h2>
 *
 * <p>{@link #standardError()}, {@link #confidenceInterval(double, IntervalMethod)} and {@link
 * #marginOfError(double)} say how sure the score is; {@link NpsDifference}, {@link
 * PanelComparison} and {@link SegmentComparison} compare results; {@link SampleSize} plans surveys;
 * {@link WeightedNps} handles survey weights.
 *
 * <pre>{@code
 * Nps nps = Nps.of(responses);
 * nps.score();            // e.g. 33.333333333333336
 * nps.promoters();        // e.g. 3
 * Map<Segment, Nps> perRegion = Nps.bySegment(responses);
 * }</pre>
 */
public final class Nps {
  private static final Nps EMPTY = new Nps(new long[Histogram.SLOTS], 0);

  private final long[] counts;
  private final long total;
  private final long detractors;
  private final long passives;
  private final long promoters;

  /** Takes ownership of {@code counts}, which must be valid and sum to {@code total}. */
  Nps(long[] counts, long total) {
    this.counts = counts;
    this.total = total;
    this.detractors = Histogram.categoryCount(counts, Category.DETRACTOR);
    this.passives = Histogram.categoryCount(counts, Category.PASSIVE);
    this.promoters = Histogram.categoryCount(counts, Category.PROMOTER);
  }

  /**
   * Returns the result of many responses.
   *
   * @param responses the responses; segments and other fields are ignored
   * @return their result
   * @throws NullPointerException if {@code responses} or an element is null
   */
  public static Nps of(Iterable<Response> responses) {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  /**
   * Returns the result of some answers.
   *
   * @param scores answers from 0 to 10
   * @return their result
   * @throws IllegalArgumentException if an answer is outside [0, 10]; the message names it
   */
  public static Nps ofAnswers(int... scores) {
    NpsAccumulator accumulator = new NpsAccumulator();
    for (int score : scores) {
      accumulator.add(score);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns the result of known category counts whose exact scores are unknown. The result has no
   * per-score histogram ({@link #hasHistogram()} is {@code false}) unless every count is 0.
   *
   * @param detractors the number of answers 0 to 6
   * @param passives the number of answers 7 and 8
   * @param promoters the number of answers 9 and 10
   * @return the result
   * @throws IllegalArgumentException if a count is negative; the message names it
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static Nps ofCategories(long detractors, long passives, long promoters) {
    long[] counts = new long[Histogram.SLOTS];
    counts[Histogram.UNSCORED_DETRACTORS] = checkCount("detractors", detractors);
    counts[Histogram.UNSCORED_PASSIVES] = checkCount("passives", passives);
    counts[Histogram.UNSCORED_PROMOTERS] = checkCount("promoters", promoters);
    return new Nps(counts, Histogram.total(counts));
  }

  private static long checkCount(String name, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + count);
    }
    return count;
  }

  /**
   * Returns the result of a histogram of answers.
   *
   * @param countsPerScore eleven counts: the number of answers 0, 1, ..., 10; the array is copied
   * @return the result, whose {@link #histogram()} equals {@code countsPerScore}
   * @throws NullPointerException if {@code countsPerScore} is null
   * @throws IllegalArgumentException if the array does not have 11 elements or a count is
   *     negative; the message names the length or the index and value
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static Nps ofHistogram(long[] countsPerScore) {
    Objects.requireNonNull(countsPerScore, "countsPerScore must not be null");
    if (countsPerScore.length != Histogram.SCORES) {
      throw new IllegalArgumentException(
          "histogram must have 11 counts (scores 0 to 10), had " + countsPerScore.length);
    }
    long[] counts = Arrays.copyOf(countsPerScore, Histogram.SLOTS);
    for (int score = 0; score < Histogram.SCORES; score++) {
      if (counts[score] < 0) {
        throw new IllegalArgumentException(
            "count for score " + score + " must not be negative, was " + counts[score]);
      }
    }
    return new Nps(counts, Histogram.total(counts));
  }

  /**
   * Returns the result of no answers.
   *
   * @return the empty result, whose {@link #total()} is 0
   */
  public static Nps empty() {
    return EMPTY;
  }

  /**
   * Returns a collector of responses into their result. It is unordered and safe on a parallel
   * stream: each thread fills its own {@link NpsAccumulator} and the partial results are merged.
   *
   * @return a collector giving the same result as {@link #of(Iterable)}
   */
  public static Collector<Response, ?, Nps> collector() {
    return Collector.of(
        NpsAccumulator::new,
        NpsAccumulator::add,
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        NpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the result per segment, in the order each segment is first seen. Built in one pass with
   * a {@link SegmentedNpsAccumulator}.
   *
   * @param responses the responses, each in its {@link Response#segment()}
   * @return an unmodifiable map from segment to its result
   * @throws NullPointerException if {@code responses} or an element is null
   */
  public static Map<Segment, Nps> bySegment(Iterable<Response> responses) {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  /** The internal counts, not copied: callers in this package must not modify them. */
  long[] counts() {
    return counts;
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
   * Returns the number of detractors (answers 0 to 6).
   *
   * @return a count
   */
  public long detractors() {
    return detractors;
  }

  /**
   * Returns the number of passives (answers 7 and 8).
   *
   * @return a count
   */
  public long passives() {
    return passives;
  }

  /**
   * Returns the number of promoters (answers 9 and 10).
   *
   * @return a count
   */
  public long promoters() {
    return promoters;
  }

  /**
   * Returns the number of answers in a category.
   *
   * @param category the category
   * @return {@link #detractors()}, {@link #passives()} or {@link #promoters()}
   */
  public long count(Category category) {
    switch (category) {
      case DETRACTOR:
        return detractors;
      case PASSIVE:
        return passives;
      default:
        return promoters;
    }
  }

  /**
   * Returns whether the exact score of every answer is known, so that {@link #histogram()} and
   * {@link #count(int)} can answer. Only results built from {@link #ofCategories(long, long, long)}
   * or {@link NpsAccumulator#addCategories(byte[], int, int)} (alone or merged) lack it.
   *
   * @return {@code true} when the per-score histogram is complete
   */
  public boolean hasHistogram() {
    return Histogram.isScored(counts);
  }

  /**
   * Returns the number of answers of one score.
   *
   * @param score an answer from 0 to 10
   * @return its count
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws IllegalStateException if this result has no per-score histogram
   */
  public long count(int score) {
    Score.checkScore(score);
    checkHistogram();
    return counts[score];
  }

  /**
   * Returns the eleven counts per score.
   *
   * @return a new array: the number of answers 0, 1, ..., 10
   * @throws IllegalStateException if this result has no per-score histogram
   */
  public long[] histogram() {
    checkHistogram();
    return Arrays.copyOf(counts, Histogram.SCORES);
  }

  /**
   * Returns the counts per score of the answers whose score is known: all answers when {@link
   * #hasHistogram()}, else all but those counted by {@link #unscored(Category)}.
   *
   * @return a new array: the number of answers 0, 1, ..., 10 with a known score
   */
  public long[] scoredHistogram() {
    return Arrays.copyOf(counts, Histogram.SCORES);
  }

  /**
   * Returns the number of answers of a category whose exact score is unknown, as given to {@link
   * #ofCategories(long, long, long)} (alone or merged into this result).
   *
   * @param category the category
   * @return a count, 0 for every category when {@link #hasHistogram()}
   */
  public long unscored(Category category) {
    return counts[Histogram.SCORES + category.ordinal()];
  }

  private void checkHistogram() {
    if (!hasHistogram()) {
      throw new IllegalStateException(
          "per-score counts are unknown: this result includes category counts without scores"
              + " (from Nps.ofCategories); only detractors(), passives() and promoters() are known");
    }
  }

  /**
   * Returns this result with the per-score detail dropped: the same category counts, as {@link
   * #ofCategories(long, long, long)} would give. Useful to compare a result with one built from
   * category counts.
   *
   * @return a result without per-score histogram (or the empty result)
   */
  public Nps categoriesOnly() {
    return ofCategories(detractors, passives, promoters);
  }

  /**
   * Returns the share of detractors in percent.
   *
   * @return 100 &times; detractors / total, in [0, 100]
   * @throws IllegalStateException if there are no answers
   */
  public double detractorPercent() {
    return percent(detractors);
  }

  /**
   * Returns the share of passives in percent.
   *
   * @return 100 &times; passives / total, in [0, 100]
   * @throws IllegalStateException if there are no answers
   */
  public double passivePercent() {
    return percent(passives);
  }

  /**
   * Returns the share of promoters in percent.
   *
   * @return 100 &times; promoters / total, in [0, 100]
   * @throws IllegalStateException if there are no answers
   */
  public double promoterPercent() {
    return percent(promoters);
  }

  private double percent(long count) {
    checkNotEmpty();
    return 100.0 * count / total;
  }

  /**
   * Returns the Net Promoter Score, not rounded.
   *
   * @return 100 &times; (promoters &minus; detractors) / total, in [&minus;100, 100]
   * @throws IllegalStateException if there are no answers: NPS is undefined then
   */
  public double score() {
    checkNotEmpty();
    return 100.0 * (promoters - detractors) / total;
  }

  /**
   * Returns the variance of one answer's contribution to the score, in squared points:
   * 10<sup>4</sup> &times; (p + d &minus; (p &minus; d)<sup>2</sup>), where p and d are the
   * promoter and detractor shares and each answer counts +1 (promoter), 0 (passive) or &minus;1
   * (detractor). This is the multinomial variance of the NPS of Rocks, "Interval Estimation for the
   * Net Promoter Score", <i>The American Statistician</i> 70(4), 2016, and of {@code nps_var} in
   * the R package {@code NPS}, times 10<sup>4</sup> for points.
   *
   * <p>It is 0 when every answer falls in one category and at most 10<sup>4</sup>, reached when
   * half the answers are promoters and half detractors.
   *
   * @return the per-answer variance in squared points, in [0, 10000]
   * @throws IllegalStateException if there are no answers
   */
  public double variance() {
    checkNotEmpty();
    return 10_000.0 * Inference.variance(detractors, passives, promoters);
  }

  /**
   * Returns the standard error of the score in points: sqrt({@link #variance()} / {@link
   * #total()}), the large-sample standard deviation of {@link #score()} over repeated samples of
   * the same size. It is 0 when every answer falls in one category, where it understates the
   * uncertainty badly; prefer {@link #confidenceInterval(double)} for small samples.
   *
   * @return the standard error in points, at least 0
   * @throws IllegalStateException if there are no answers
   */
  public double standardError() {
    return Math.sqrt(variance() / total);
  }

  /**
   * Returns a confidence interval for the population's score by the default method, {@link
   * IntervalMethod#ADJUSTED_WALD}.
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
   * Returns a confidence interval for the population's score.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @param method how to compute it; see {@link IntervalMethod}
   * @return an interval within [&minus;100, 100], in points
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalStateException if there are no answers
   */
  public Interval confidenceInterval(double level, IntervalMethod method) {
    Normal.checkLevel(level);
    Objects.requireNonNull(method, "method must not be null");
    checkNotEmpty();
    return Inference.interval(detractors, passives, promoters, level, method);
  }

  /**
   * Returns the margin of error: the half-width of {@link #confidenceInterval(double)}, the
   * adjusted Wald interval. Where that interval is not clipped at &minus;100 or 100 this is z
   * &times; the standard error of the adjusted counts; where it is clipped, it is the half-width
   * of the clipped interval, so that the interval's width is always twice the margin.
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the half-width in points, in [0, 100]; 0 only when the clipped interval is a point,
   *     as for an enormous number of promoters and nothing else
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if there are no answers
   */
  public double marginOfError(double level) {
    return 0.5 * confidenceInterval(level).width();
  }

  private void checkNotEmpty() {
    if (total == 0) {
      throw new IllegalStateException(
          "NPS is undefined without responses: this result is empty (total is 0)");
    }
  }

  /**
   * Returns the result of this result's answers and another's together.
   *
   * @param other another result
   * @return a new result whose counts are the sums of both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Nps plus(Nps other) {
    return new Nps(Histogram.sum(counts, other.counts), Math.addExact(total, other.total));
  }

  /**
   * Two results are equal when they hold the same counts, per score and, for answers without a
   * known score, per category. So {@code Nps.ofCategories(1, 2, 3)} does not equal {@code
   * Nps.ofAnswers(0, 7, 7, 9, 9, 9)}, though both score 33.3: compare {@link #categoriesOnly()} to
   * ignore the per-score detail.
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Nps && Arrays.equals(counts, ((Nps) other).counts));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * Describes the result, for example {@code "Nps[score=33.33, total=6, detractors=1, passives=2,
   * promoters=3]"}; the score is rounded to two decimals here only.
   */
  @Override
  public String toString() {
    String score = isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.2f", score());
    return "Nps[score=" + score
        + ", total=" + total
        + ", detractors=" + detractors
        + ", passives=" + passives
        + ", promoters=" + promoters
        + "]";
  }
}

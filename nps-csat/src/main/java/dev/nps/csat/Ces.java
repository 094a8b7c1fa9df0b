package dev.nps.csat;

import dev.nps.Response;
import dev.nps.stats.Interval;
import java.util.Objects;

/**
 * An immutable customer-effort (CES) result: answers to "the company made it easy to handle my
 * issue" on an agreement scale, by default {@link CsatScale#CES_ONE_TO_SEVEN} (1 = strongly
 * disagree, 7 = strongly agree, agreeing 5 to 7), or the legacy {@link CsatScale#CES_ONE_TO_FIVE}
 * (agreeing 4 and 5).
 *
 * <p>The CES is reported as the mean answer with Student's t interval, beside the share agreeing
 * with its Wilson interval. A CES result is a view of a {@link Csat} on the CES scale (the same
 * histogram, the agreeing threshold as the satisfied threshold), so every CSAT method, merging and
 * {@link CsatDifference} apply to {@link #csat()}.
 *
 * <pre>{@code
 * Ces ces = Ces.of(responses);               // 1-7 scale
 * ces.mean();                                // e.g. 5.4
 * ces.meanConfidenceInterval(0.95);          // within [1, 7]
 * ces.agreePercent();                        // share answering 5, 6 or 7
 * ces.agreeConfidenceInterval(0.95);         // Wilson, in percent
 * }</pre>
 */
public final class Ces {
  private final Csat csat;

  private Ces(Csat csat) {
    this.csat = csat;
  }

  /**
   * Returns the CES of responses on the default seven-point scale.
   *
   * @param responses the responses, whose scores are answers 1 to 7
   * @return their result
   * @throws NullPointerException if {@code responses} or an element is null
   * @throws IllegalArgumentException if an answer is outside [1, 7]; the message names it
   */
  public static Ces of(Iterable<Response> responses) {
    return of(CsatScale.CES_ONE_TO_SEVEN, responses);
  }

  /**
   * Returns the CES of responses on a given agreement scale.
   *
   * @param scale the agreement scale, such as {@link CsatScale#CES_ONE_TO_FIVE}; its satisfied
   *     threshold is the lowest agreeing answer
   * @param responses the responses
   * @return their result
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an answer is not on the scale; the message names it
   */
  public static Ces of(CsatScale scale, Iterable<Response> responses) {
    return new Ces(Csat.of(scale, responses));
  }

  /**
   * Returns the CES of a histogram of answers.
   *
   * @param scale the agreement scale
   * @param countsPerAnswer one count per answer value, from the scale's minimum to its maximum
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number of counts is wrong or a count is negative
   */
  public static Ces ofHistogram(CsatScale scale, long... countsPerAnswer) {
    return new Ces(Csat.ofHistogram(scale, countsPerAnswer));
  }

  /**
   * Views a result on an agreement scale as a CES.
   *
   * @param csat the result
   * @return the CES view of it
   * @throws NullPointerException if {@code csat} is null
   */
  public static Ces of(Csat csat) {
    return new Ces(Objects.requireNonNull(csat, "csat must not be null"));
  }

  /**
   * Returns the underlying histogram result.
   *
   * @return the result whose score is the share agreeing
   */
  public Csat csat() {
    return csat;
  }

  /**
   * Returns the agreement scale.
   *
   * @return the scale
   */
  public CsatScale scale() {
    return csat.scale();
  }

  /**
   * Returns the number of answers.
   *
   * @return a count, 0 when empty
   */
  public long total() {
    return csat.total();
  }

  /**
   * Returns whether there are no answers.
   *
   * @return {@code true} when {@link #total()} is 0
   */
  public boolean isEmpty() {
    return csat.isEmpty();
  }

  /**
   * Returns the number of answers of one value.
   *
   * @param answer an answer on the scale
   * @return its count
   * @throws IllegalArgumentException if {@code answer} is not on the scale
   */
  public long count(int answer) {
    return csat.count(answer);
  }

  /**
   * Returns the counts per answer, the histogram.
   *
   * @return a new array of {@link CsatScale#size()} counts, for answers from the scale's minimum
   *     to its maximum
   */
  public long[] histogram() {
    return csat.histogram();
  }

  /**
   * Returns the CES: the mean answer.
   *
   * @return the mean, within the scale
   * @throws IllegalStateException if there are no answers
   */
  public double mean() {
    return csat.mean();
  }

  /**
   * Returns the sample variance of the answers.
   *
   * @return the variance, with the denominator n &minus; 1
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double variance() {
    return csat.variance();
  }

  /**
   * Returns the sample standard deviation of the answers.
   *
   * @return the standard deviation
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double standardDeviation() {
    return csat.standardDeviation();
  }

  /**
   * Returns Student's t confidence interval of the mean, clipped to the scale.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   * @throws IllegalStateException if there are fewer than two answers
   */
  public Interval meanConfidenceInterval(double level) {
    return csat.meanConfidenceInterval(level);
  }

  /**
   * Returns the number of agreeing answers (5 to 7 on the default scale).
   *
   * @return a count
   */
  public long agreeing() {
    return csat.satisfied();
  }

  /**
   * Returns the share agreeing, in percent.
   *
   * @return 100 &times; agreeing / total, in [0, 100]
   * @throws IllegalStateException if there are no answers
   */
  public double agreePercent() {
    return csat.score();
  }

  /**
   * Returns the Wilson score confidence interval of the share agreeing, in percent.
   *
   * @param level the confidence level, in (0, 1)
   * @return an interval within [0, 100]
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   * @throws IllegalStateException if there are no answers
   */
  public Interval agreeConfidenceInterval(double level) {
    return csat.confidenceInterval(level);
  }

  /**
   * Returns the result of this result's answers and another's together.
   *
   * @param other another result on the same scale
   * @return a new result whose counts are the sums of both
   * @throws IllegalArgumentException if the scales differ; the message names both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Ces plus(Ces other) {
    return new Ces(csat.plus(other.csat));
  }

  /** Two CES results are equal when their underlying results are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Ces && csat.equals(((Ces) other).csat));
  }

  @Override
  public int hashCode() {
    return csat.hashCode();
  }

  /** Describes the result through its underlying histogram. */
  @Override
  public String toString() {
    return "Ces" + csat.toString().substring("Csat".length());
  }
}

package dev.nps;

import dev.nps.internal.Histogram;
import java.util.Objects;

/**
 * A mutable histogram of weighted Net Promoter Score answers: per score 0 to 10, the number of
 * answers, the sum of their weights and the sum of their squared weights. Take an immutable {@link
 * WeightedNps} with {@link #snapshot()}.
 *
 * <p>This is the weighted counterpart of {@link NpsAccumulator}, kept apart from it so that the
 * unweighted accumulators never do floating-point work: only this class reads {@link
 * Response#weight()}. A response without a weight counts with weight 1 here.
 *
 * <p>The three sums per score are the sufficient statistic of every weighted figure, and merging
 * adds them: the merged accumulator holds what one accumulator fed every answer would hold. The
 * counts are exact {@code long}s (overflow throws {@link ArithmeticException}); the weight sums are
 * {@code double}s, so merging in a different order may change them in the last bits.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them, or {@link
 * WeightedNps#collector()}.
 *
 * <pre>{@code
 * WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
 * accumulator.add(9, 1.8);          // a promoter standing for 1.8 people
 * accumulator.addAll(responses);    // each with its weight, or 1
 * WeightedNps weighted = accumulator.snapshot();
 * }</pre>
 */
public final class WeightedNpsAccumulator {
  private final long[] counts = new long[Histogram.SCORES];
  private final double[] weightSums = new double[Histogram.SCORES];
  private final double[] squaredWeightSums = new double[Histogram.SCORES];
  private long total;

  /** Creates an empty accumulator. */
  public WeightedNpsAccumulator() {}

  /**
   * Adds one answer with a weight.
   *
   * @param score an answer from 0 to 10
   * @param weight its weight, in [{@link Response#MIN_WEIGHT}, {@link Response#MAX_WEIGHT}]
   * @throws IllegalArgumentException if {@code score} is outside [0, 10] or {@code weight} is not
   *     in that range; the message names the value
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(int score, double weight) {
    Score.checkScore(score);
    increment(score, Response.checkWeight(weight));
  }

  /**
   * Adds one response with its weight, or with weight 1 if it has none; its segment and other
   * fields are ignored.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(Response response) {
    increment(response.score(), response.weightOrOne());
  }

  private void increment(int score, double weight) {
    total = Math.addExact(total, 1);
    counts[score]++;
    weightSums[score] += weight;
    squaredWeightSums[score] += weight * weight;
  }

  /**
   * Adds many responses, each with its weight or 1.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and the responses before it have been added
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      add(response);
      position++;
    }
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged.
   *
   * @param other the accumulator to merge
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(WeightedNpsAccumulator other) {
    merge(other.counts, other.total, other.weightSums, other.squaredWeightSums);
  }

  /**
   * Merges a weighted result into this accumulator.
   *
   * @param weighted the result to merge
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(WeightedNps weighted) {
    merge(
        weighted.countsArray(),
        weighted.total(),
        weighted.weightSumsArray(),
        weighted.squaredWeightSumsArray());
  }

  /** The one merge implementation, all-or-nothing. */
  private void merge(long[] otherCounts, long otherTotal, double[] otherSums, double[] otherSquares) {
    long newTotal = Math.addExact(total, otherTotal);
    for (int score = 0; score < Histogram.SCORES; score++) {
      counts[score] += otherCounts[score];
      weightSums[score] += otherSums[score];
      squaredWeightSums[score] += otherSquares[score];
    }
    total = newTotal;
  }

  /**
   * Returns the number of answers added so far.
   *
   * @return a count, 0 when empty
   */
  public long total() {
    return total;
  }

  /**
   * Returns an immutable result holding the answers added so far.
   *
   * @return the current weighted result
   */
  public WeightedNps snapshot() {
    return new WeightedNps(
        counts.clone(), total, weightSums.clone(), squaredWeightSums.clone());
  }

  /** Describes the current state, as {@link WeightedNps#toString()} does. */
  @Override
  public String toString() {
    return "WeightedNpsAccumulator" + snapshot().toString().substring("WeightedNps".length());
  }
}

package dev.nps.csat;

import dev.nps.Response;
import java.util.Objects;

/**
 * A mutable histogram of answers on one {@link CsatScale}: add answers one at a time or in bulk,
 * merge other accumulators or results, and take an immutable {@link Csat} with {@link #snapshot()}.
 *
 * <p>Merging is exact: after {@code a.addAll(b)}, {@code a} holds exactly what one accumulator
 * would hold had every answer of {@code a} and {@code b} been added to it. Because counts are
 * integers, merging is associative and commutative. Only accumulators and results on an equal
 * scale merge.
 *
 * <p>Counts are {@code long}. An addition that would take the total past {@link Long#MAX_VALUE}
 * throws {@link ArithmeticException} and leaves the accumulator unchanged. Every bulk method is
 * all-or-nothing: if it throws, nothing was added.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them, or {@link
 * Csat#collector(CsatScale)}, which does exactly that on a parallel stream.
 *
 * <pre>{@code
 * CsatAccumulator accumulator = new CsatAccumulator(CsatScale.ONE_TO_FIVE);
 * accumulator.add(4);
 * accumulator.addAll(responses);
 * accumulator.addAll(answerColumn, 0, answerColumn.length);   // byte[] of answers
 * Csat csat = accumulator.snapshot();
 * }</pre>
 */
public final class CsatAccumulator {
  private final CsatScale scale;
  private final long[] counts;
  private long total;

  /**
   * Creates an empty accumulator for answers on a scale.
   *
   * @param scale the answer scale
   * @throws NullPointerException if {@code scale} is null
   */
  public CsatAccumulator(CsatScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale must not be null");
    this.counts = new long[scale.size()];
  }

  /**
   * Returns the answer scale.
   *
   * @return the scale given at construction
   */
  public CsatScale scale() {
    return scale;
  }

  /**
   * Adds one answer.
   *
   * @param answer an answer on the scale
   * @throws IllegalArgumentException if {@code answer} is not on the scale; the message names it
   *     and the scale
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(int answer) {
    scale.checkAnswer(answer);
    total = Math.addExact(total, 1);
    counts[answer - scale.min()]++;
  }

  /**
   * Adds the score of one response as an answer on the scale; its segment and other fields are
   * ignored.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws IllegalArgumentException if its score is not on the scale
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(Response response) {
    add(response.score());
  }

  /**
   * Adds the scores of many responses.
   *
   * @param responses the responses; their segments and other fields are ignored
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and nothing is added
   * @throws IllegalArgumentException if a score is not on the scale; the message names its
   *     position, and nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    long[] batch = new long[counts.length];
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      int answer = response.score();
      if (!scale.contains(answer)) {
        throw outside("answer of response at position " + position, answer);
      }
      batch[answer - scale.min()]++;
      position++;
    }
    merge(batch, position);
  }

  /**
   * Adds a run of answers stored one per byte, the columnar bulk path. Every byte is validated.
   *
   * @param answers answers on the scale, one per byte
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws NullPointerException if {@code answers} is null
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the array
   * @throws IllegalArgumentException if a byte is not on the scale; the message names its index
   *     and value and the scale, and nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(byte[] answers, int from, int to) {
    Objects.checkFromToIndex(from, to, answers.length);
    long[] batch = new long[counts.length];
    int min = scale.min();
    for (int i = from; i < to; i++) {
      int answer = answers[i];
      if (!scale.contains(answer)) {
        throw outside("answer at index " + i, answer);
      }
      batch[answer - min]++;
    }
    merge(batch, to - from);
  }

  /**
   * Adds every answer of a byte array; the same as {@code addAll(answers, 0, answers.length)}.
   *
   * @param answers answers on the scale, one per byte
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if a byte is not on the scale; nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(byte[] answers) {
    addAll(answers, 0, answers.length);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Merging an accumulator
   * with itself doubles every count.
   *
   * @param other an accumulator on an equal scale
   * @throws IllegalArgumentException if the scales differ; nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(CsatAccumulator other) {
    checkScale(other.scale);
    merge(other.counts, other.total);
  }

  /**
   * Merges a result into this accumulator.
   *
   * @param csat a result on an equal scale
   * @throws IllegalArgumentException if the scales differ; nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(Csat csat) {
    checkScale(csat.scale());
    merge(csat.rawCounts(), csat.total());
  }

  private void checkScale(CsatScale other) {
    if (!scale.equals(other)) {
      throw new IllegalArgumentException(
          "cannot merge answers on scale " + other + " into an accumulator on scale " + scale);
    }
  }

  private IllegalArgumentException outside(String where, int answer) {
    return new IllegalArgumentException(
        where + " must be in [" + scale.min() + ", " + scale.max() + "] for scale "
            + scale.min() + "-" + scale.max() + ", was " + answer);
  }

  /** The one merge implementation: every bulk path ends here, all-or-nothing. */
  private void merge(long[] otherCounts, long otherTotal) {
    long newTotal = Math.addExact(total, otherTotal);
    // No single count can overflow once the total fits, since each count is at most the total.
    for (int i = 0; i < counts.length; i++) {
      counts[i] += otherCounts[i];
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
   * Returns an immutable result holding the answers added so far. Later additions do not change
   * it.
   *
   * @return the current result
   */
  public Csat snapshot() {
    return new Csat(scale, counts.clone(), total);
  }

  /** Describes the current state, as {@link Csat#toString()} does. */
  @Override
  public String toString() {
    return "CsatAccumulator" + snapshot().toString().substring("Csat".length());
  }
}

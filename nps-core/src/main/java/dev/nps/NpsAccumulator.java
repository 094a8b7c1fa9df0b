package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.ScoreColumns;
import java.util.Objects;

/**
 * A mutable histogram of Net Promoter Score answers: add answers one at a time or in bulk, merge
 * other accumulators or results, and take an immutable {@link Nps} with {@link #snapshot()}.
 *
 * <p>Merging is exact: after {@code a.addAll(b)}, {@code a} holds exactly what one accumulator
 * would hold had every answer of {@code a} and {@code b} been added to it. Because counts are
 * integers, merging is associative and commutative, and the order in which answers arrive never
 * changes the result.
 *
 * <p>Counts are {@code long}. An addition that would take the total past {@link Long#MAX_VALUE}
 * throws {@link ArithmeticException} and leaves the accumulator unchanged; counts never wrap.
 * Every bulk method is all-or-nothing: if it throws, nothing was added.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them, or a {@link
 * java.util.stream.Collector} such as {@link Nps#collector()}, which does exactly that on a
 * parallel stream.
 *
 * <pre>{@code
 * NpsAccumulator accumulator = new NpsAccumulator();
 * accumulator.add(9);
 * accumulator.addAll(responses);
 * accumulator.addAll(scoreColumn, 0, scoreColumn.length);   // byte[] of answers
 * Nps nps = accumulator.snapshot();
 * }</pre>
 */
public final class NpsAccumulator {
  private final long[] counts = new long[Histogram.SLOTS];
  private long total;

  /** Creates an empty accumulator. */
  public NpsAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score an answer from 0 to 10
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(int score) {
    Score.checkScore(score);
    increment(score);
  }

  /**
   * Adds one answer.
   *
   * @param score the answer
   * @throws NullPointerException if {@code score} is null
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(Score score) {
    increment(score.value());
  }

  /**
   * Adds the answer of one response; its segment and other fields are ignored.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws ArithmeticException if the total would overflow a {@code long}
   */
  public void add(Response response) {
    increment(response.score());
  }

  private void increment(int score) {
    total = Math.addExact(total, 1);
    counts[score]++;
  }

  /**
   * Adds the answers of many responses.
   *
   * @param responses the responses; their segments and other fields are ignored
   * @throws NullPointerException if {@code responses} or one of its elements is null; the message
   *     names the element's position, and nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    long[] batch = new long[Histogram.SLOTS];
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      batch[response.score()]++;
      position++;
    }
    merge(batch, position);
  }

  /**
   * Adds a run of answers stored one per byte, the columnar bulk path. Every byte is validated.
   *
   * @param scores answers from 0 to 10, one per byte
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the array
   * @throws IllegalArgumentException if a byte is outside [0, 10]; the message names its index
   *     and value, and nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(byte[] scores, int from, int to) {
    Objects.checkFromToIndex(from, to, scores.length);
    long[] batch = new long[Histogram.SLOTS];
    ScoreColumns.countScores(scores, from, to, batch);
    merge(batch, to - from);
  }

  /**
   * Adds every answer of a byte array; the same as {@code addAll(scores, 0, scores.length)}.
   *
   * @param scores answers from 0 to 10, one per byte
   * @throws IllegalArgumentException if a byte is outside [0, 10]; nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addAll(byte[] scores) {
    addAll(scores, 0, scores.length);
  }

  /**
   * Adds a run of answers stored one per byte, counting only their category: the fastest way to
   * an overall score. Every byte is validated, as by {@link #addAll(byte[], int, int)}, but only
   * the number of detractors, passives and promoters is kept, not the exact scores, as if {@link
   * Nps#ofCategories(long, long, long)} of those counts were merged. Once it has added an answer, this
   * accumulator's {@link #snapshot()} has no per-score histogram ({@link Nps#hasHistogram()} is
   * {@code false}); the score, the category counts and the percents are exact.
   *
   * <p>Use it when the overall score or the category shares are all that is needed. It reads eight
   * answers per memory access and counts them with a few arithmetic operations, several times
   * faster than the per-score histogram of {@link #addAll(byte[], int, int)}.
   *
   * @param scores answers from 0 to 10, one per byte
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the array
   * @throws IllegalArgumentException if a byte is outside [0, 10]; the message names its index
   *     and value, and nothing is added
   * @throws ArithmeticException if the total would overflow a {@code long}; nothing is added
   */
  public void addCategories(byte[] scores, int from, int to) {
    Objects.checkFromToIndex(from, to, scores.length);
    long[] batch = new long[Histogram.SLOTS];
    ScoreColumns.countCategories(scores, from, to, batch);
    merge(batch, to - from);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Merging an accumulator
   * with itself doubles every count.
   *
   * @param other the accumulator to merge
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is added
   */
  public void addAll(NpsAccumulator other) {
    merge(other.counts, other.total);
  }

  /**
   * Merges a result into this accumulator.
   *
   * @param nps the result to merge
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is added
   */
  public void addAll(Nps nps) {
    merge(nps.counts(), nps.total());
  }

  /** The one merge implementation: every bulk path ends here, all-or-nothing. */
  private void merge(long[] otherCounts, long otherTotal) {
    long newTotal = Math.addExact(total, otherTotal);
    // No single count can overflow once the total fits, since each count is at most the total.
    for (int i = 0; i < Histogram.SLOTS; i++) {
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
   * @return the current result; {@link Nps#empty()} equivalent when nothing was added
   */
  public Nps snapshot() {
    return new Nps(counts.clone(), total);
  }

  /** Describes the current state, as {@link Nps#toString()} does. */
  @Override
  public String toString() {
    return "NpsAccumulator" + snapshot().toString().substring("Nps".length());
  }
}

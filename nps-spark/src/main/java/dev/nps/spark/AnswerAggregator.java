package dev.nps.spark;

import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Counts answers into the eleven-slot histogram: the one implementation behind {@code
 * nps_histogram}, {@code csat_histogram}, {@link NpsAggregator} and {@link CsatAggregator}.
 *
 * <p>The buffer is the histogram itself, so that a shuffle moves eleven longs per group. A null
 * answer is skipped, as SQL aggregates skip NULL; an answer that is not an integer in [0, 10]
 * fails the query with the library's message.
 *
 * @param <T> the type of the inputs
 */
abstract class AnswerAggregator<T> extends Aggregator<T, long[], long[]> {
  private static final long serialVersionUID = 1L;

  private final Histograms.Kind kind;
  private final MapFunction<T, ? extends Number> answer;
  private final Encoder<long[]> encoder;

  AnswerAggregator(
      Histograms.Kind kind, MapFunction<T, ? extends Number> answer, Encoder<long[]> encoder) {
    this.kind = kind;
    this.answer = Objects.requireNonNull(answer, "answer function must not be null");
    this.encoder = encoder;
  }

  /** Spark's encoder of {@code long[]} as {@code ARRAY<BIGINT>}, from the active session. */
  static Encoder<long[]> encoder() {
    return encoder(SparkSession.active());
  }

  /** Spark's encoder of {@code long[]} as {@code ARRAY<BIGINT>}. */
  static Encoder<long[]> encoder(SparkSession spark) {
    return spark.implicits().newLongArrayEncoder();
  }

  /**
   * Returns an empty histogram.
   *
   * @return eleven zero counts
   */
  @Override
  public long[] zero() {
    return new long[Histograms.SLOTS];
  }

  /**
   * Counts one input's answer, unless it is null.
   *
   * @param counts the histogram so far, updated in place
   * @param input the input
   * @return {@code counts}
   * @throws IllegalArgumentException if the answer is not an integer in [0, 10]
   * @throws IllegalStateException if the answer function throws a checked exception, its cause
   */
  @Override
  public long[] reduce(long[] counts, T input) {
    Number value = input == null ? null : read(input);
    if (value != null) {
      int slot = kind.answer(value);
      counts[slot] = Math.addExact(counts[slot], 1);
    }
    return counts;
  }

  private Number read(T input) {
    try {
      return answer.call(input);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the answer function failed on an input", e);
    }
  }

  /**
   * Adds one histogram to another.
   *
   * @param into a histogram, updated in place
   * @param from another histogram
   * @return {@code into}
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @Override
  public long[] merge(long[] into, long[] from) {
    return Histograms.addInto(into, from);
  }

  /**
   * Returns the histogram.
   *
   * @param counts the final buffer
   * @return the eleven counts, element i the number of answers i
   */
  @Override
  public long[] finish(long[] counts) {
    return counts;
  }

  /**
   * Returns the buffer's encoder.
   *
   * @return {@code ARRAY<BIGINT>}
   */
  @Override
  public Encoder<long[]> bufferEncoder() {
    return encoder;
  }

  /**
   * Returns the result's encoder.
   *
   * @return {@code ARRAY<BIGINT>}
   */
  @Override
  public Encoder<long[]> outputEncoder() {
    return encoder;
  }
}

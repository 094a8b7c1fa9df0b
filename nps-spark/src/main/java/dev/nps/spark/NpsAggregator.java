package dev.nps.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoder;

/**
 * The typed aggregate of a {@code Dataset<T>} into the NPS histogram: eleven counts, element i the
 * number of answers i, exactly the array {@link dev.nps.Nps#histogram()} gives and {@code
 * nps_histogram} computes in SQL.
 *
 * <p>An input whose score is null is skipped; a score that is not an integer in [0, 10] fails the
 * job with the library's message ("score must be in [0, 10], was 11"). Turn a result into an
 * {@link dev.nps.Nps} with {@link dev.nps.Nps#ofHistogram(long[])} or {@link NpsRows}.
 *
 * <pre>{@code
 * Dataset<Tuple2<String, long[]>> perRegion = answers
 *     .groupByKey((MapFunction<Answer, String>) Answer::getRegion, Encoders.STRING())
 *     .agg(NpsAggregator.of(Answer::getScore).toColumn());
 * }</pre>
 *
 * @param <T> the type of the dataset's elements, such as a bean with a score property
 */
public final class NpsAggregator<T> extends AnswerAggregator<T> {
  private static final long serialVersionUID = 1L;

  NpsAggregator(MapFunction<T, ? extends Number> score, Encoder<long[]> encoder) {
    super(Histograms.Kind.NPS, score, encoder);
  }

  /**
   * Returns the aggregate of the scores that a function reads from each element. Needs an active
   * Spark session, whose encoder of {@code long[]} it keeps.
   *
   * @param <T> the type of the elements
   * @param score reads the score, an integer from 0 to 10 or null for no answer; a method
   *     reference such as {@code Answer::getScore} serializes with the aggregate
   * @return the aggregate, for {@code Dataset.select} or {@code KeyValueGroupedDataset.agg}
   *     through {@link #toColumn()}
   * @throws NullPointerException if {@code score} is null
   * @throws IllegalStateException if no Spark session is active
   */
  public static <T> NpsAggregator<T> of(MapFunction<T, ? extends Number> score) {
    return new NpsAggregator<>(score, encoder());
  }
}

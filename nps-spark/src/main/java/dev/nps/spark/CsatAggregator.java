package dev.nps.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoder;

/**
 * The typed aggregate of a {@code Dataset<T>} into a CSAT histogram: eleven counts, element i the
 * number of answers i, as {@code csat_histogram} computes in SQL. The scale is named when the
 * histogram is read, with {@link NpsRows#csat(long[], dev.nps.csat.CsatScale)} or {@code
 * csat_summary}; the eleven slots hold the answers of any scale within 0 to 10.
 *
 * <p>An input whose answer is null is skipped; an answer that is not an integer in [0, 10] fails
 * the job, and one off the scale fails when the histogram is read on that scale.
 *
 * @param <T> the type of the dataset's elements, such as a bean with an answer property
 */
public final class CsatAggregator<T> extends AnswerAggregator<T> {
  private static final long serialVersionUID = 1L;

  CsatAggregator(MapFunction<T, ? extends Number> answer, Encoder<long[]> encoder) {
    super(Histograms.Kind.CSAT, answer, encoder);
  }

  /**
   * Returns the aggregate of the answers that a function reads from each element. Needs an active
   * Spark session, whose encoder of {@code long[]} it keeps.
   *
   * @param <T> the type of the elements
   * @param answer reads the answer, an integer from 0 to 10 or null for no answer
   * @return the aggregate, for {@code Dataset.select} or {@code KeyValueGroupedDataset.agg}
   *     through {@link #toColumn()}
   * @throws NullPointerException if {@code answer} is null
   * @throws IllegalStateException if no Spark session is active
   */
  public static <T> CsatAggregator<T> of(MapFunction<T, ? extends Number> answer) {
    return new CsatAggregator<>(answer, encoder());
  }
}

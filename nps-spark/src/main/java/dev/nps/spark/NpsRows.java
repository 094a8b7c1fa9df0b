package dev.nps.spark;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Brings Spark's histograms back as the library's values: an {@link Nps} or {@link Csat} from a
 * row or an array, and a {@code Map<Segment, Nps>} from a grouped result, whose segments come from
 * the grouping columns.
 *
 * <p>Every histogram is checked as the SQL functions check it (eleven non-negative, non-null
 * counts); the results are exact, so {@code Nps.equals} compares them with results computed by
 * the library from the same answers.
 *
 * <pre>{@code
 * Dataset<Row> perRegion = spark.sql(
 *     "SELECT region, nps_histogram(score) AS counts FROM answers GROUP BY region");
 * Map<Segment, Nps> results = NpsRows.bySegment(perRegion, "counts", "region");
 * }</pre>
 */
public final class NpsRows {
  private NpsRows() {}

  /**
   * Returns the result of an NPS histogram column of a row.
   *
   * @param row a row, for example from {@code Dataset.collectAsList()}
   * @param column the name of an {@code ARRAY<BIGINT>} column holding 11 counts
   * @return the result; {@link Nps#empty()} for eleven zeros
   * @throws NullPointerException if an argument is null, or the value is NULL
   * @throws IllegalArgumentException if the row has no such column or the histogram is malformed;
   *     the message names the problem
   */
  public static Nps nps(Row row, String column) {
    return Histograms.nps(counts(Histograms.Kind.NPS, row, column));
  }

  /**
   * Returns the result of an NPS histogram, as a typed aggregate or {@code Dataset<long[]>} gives
   * it.
   *
   * @param counts 11 counts, element i the number of answers i
   * @return the result
   * @throws NullPointerException if {@code counts} is null
   * @throws IllegalArgumentException if the histogram is malformed
   */
  public static Nps nps(long[] counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    return Histograms.nps(Histograms.Kind.NPS.counts(counts));
  }

  /**
   * Returns the result of a CSAT histogram column of a row, on a scale.
   *
   * @param row a row
   * @param column the name of an {@code ARRAY<BIGINT>} column holding 11 counts (answers 0 to 10)
   * @param scale the answer scale
   * @return the result on that scale
   * @throws NullPointerException if an argument is null, or the value is NULL
   * @throws IllegalArgumentException if the row has no such column, the histogram is malformed,
   *     or it counts answers off the scale; the message names the first such answer
   */
  public static Csat csat(Row row, String column, CsatScale scale) {
    Objects.requireNonNull(scale, "scale must not be null");
    return Histograms.csat(counts(Histograms.Kind.CSAT, row, column), scale);
  }

  /**
   * Returns the result of a CSAT histogram on a scale.
   *
   * @param counts 11 counts, element i the number of answers i
   * @param scale the answer scale
   * @return the result on that scale
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the histogram is malformed or counts answers off the scale
   */
  public static Csat csat(long[] counts, CsatScale scale) {
    Objects.requireNonNull(counts, "counts must not be null");
    Objects.requireNonNull(scale, "scale must not be null");
    return Histograms.csat(Histograms.Kind.CSAT.counts(counts), scale);
  }

  /**
   * Returns the eleven-slot histogram of a CSAT result, the layout that {@code csat_histogram}
   * writes, for example to put results computed by the library into a Spark table.
   *
   * @param csat a result on any scale
   * @return 11 counts, element i the number of answers i
   */
  public static long[] histogram(Csat csat) {
    return Histograms.slots(csat);
  }

  /**
   * Collects a grouped result into the NPS result of each segment. The segment of a row has one
   * dimension per grouping column, named after the column, with the value as a string; a NULL
   * value leaves the dimension out, as for a {@code ROLLUP} total, so a row whose grouping values
   * are all NULL is {@link Segment#ALL}. Rows of the same segment (partials per day, say) are
   * merged exactly.
   *
   * @param grouped rows with the grouping columns and a histogram column, one row per group
   * @param countsColumn the histogram column
   * @param dimensions the grouping columns, in the order the segments list them
   * @return an unmodifiable map in the order rows arrive from Spark
   * @throws NullPointerException if an argument is null, or a histogram is NULL
   * @throws IllegalArgumentException if a column is missing or a histogram is malformed
   * @throws ArithmeticException if a merged count overflows a {@code long}
   */
  public static Map<Segment, Nps> bySegment(
      Dataset<Row> grouped, String countsColumn, String... dimensions) {
    return collect(grouped, dimensions, row -> nps(row, countsColumn), Nps::plus);
  }

  /**
   * Collects a grouped result into the CSAT result of each segment, as {@link #bySegment(Dataset,
   * String, String...)} does for NPS.
   *
   * @param grouped rows with the grouping columns and a histogram column, one row per group
   * @param countsColumn the histogram column
   * @param scale the answer scale
   * @param dimensions the grouping columns, in the order the segments list them
   * @return an unmodifiable map in the order rows arrive from Spark
   * @throws NullPointerException if an argument is null, or a histogram is NULL
   * @throws IllegalArgumentException if a column is missing, a histogram is malformed or counts
   *     answers off the scale
   * @throws ArithmeticException if a merged count overflows a {@code long}
   */
  public static Map<Segment, Csat> csatBySegment(
      Dataset<Row> grouped, String countsColumn, CsatScale scale, String... dimensions) {
    Objects.requireNonNull(scale, "scale must not be null");
    return collect(grouped, dimensions, row -> csat(row, countsColumn, scale), Csat::plus);
  }

  private static <R> Map<Segment, R> collect(
      Dataset<Row> grouped, String[] dimensions, Function<Row, R> read, BinaryOperator<R> plus) {
    Objects.requireNonNull(grouped, "grouped must not be null");
    for (String dimension : dimensions) {
      Objects.requireNonNull(dimension, "dimension column must not be null");
    }
    Map<Segment, R> results = new LinkedHashMap<>();
    List<Row> rows = grouped.collectAsList();
    for (Row row : rows) {
      results.merge(segment(row, dimensions), read.apply(row), plus);
    }
    return Collections.unmodifiableMap(results);
  }

  private static Segment segment(Row row, String[] dimensions) {
    Segment segment = Segment.ALL;
    for (String dimension : dimensions) {
      int index = index(row, dimension);
      if (!row.isNullAt(index)) {
        segment = segment.and(dimension, String.valueOf(row.get(index)));
      }
    }
    return segment;
  }

  private static long[] counts(Histograms.Kind kind, Row row, String column) {
    Objects.requireNonNull(row, "row must not be null");
    Objects.requireNonNull(column, "column must not be null");
    int index = index(row, column);
    if (row.isNullAt(index)) {
      throw new NullPointerException("histogram column '" + column + "' is NULL");
    }
    return kind.counts(row.get(index));
  }

  private static int index(Row row, String column) {
    if (row.schema() == null) {
      throw new IllegalArgumentException(
          "row has no schema, so column '" + column + "' cannot be found by name");
    }
    // Row.fieldIndex throws IllegalArgumentException naming the field when it is missing.
    return row.fieldIndex(column);
  }
}

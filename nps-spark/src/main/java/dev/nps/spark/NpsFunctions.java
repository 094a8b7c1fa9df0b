package dev.nps.spark;

import dev.nps.csat.CsatScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * NPS and CSAT as Spark SQL functions over the library's exact histograms, and the same functions
 * as {@link Column} builders for the Dataset API.
 *
 * <p>A histogram is an {@code ARRAY<BIGINT>} of eleven counts, element i the number of answers i:
 * for NPS exactly {@link dev.nps.Nps#histogram()} and the {@code counts} of nps-jackson. It is
 * readable without this jar (in SQL, in Parquet or Delta files), and it merges exactly, so
 * histograms written per day or per shard add up to what one pass over every answer gives.
 *
 * <table>
 *   <caption>SQL functions, registered by {@link #register(SparkSession)}</caption>
 *   <tr><th>Function</th><th>Kind</th><th>Result</th></tr>
 *   <tr><td>{@code nps_histogram(score)}</td><td>aggregate</td><td>{@code ARRAY<BIGINT>}, 11
 *       counts</td></tr>
 *   <tr><td>{@code nps_merge(counts)}</td><td>aggregate</td><td>the sum of stored
 *       histograms</td></tr>
 *   <tr><td>{@code nps_score(counts)}</td><td>scalar</td><td>{@code DOUBLE}, the NPS</td></tr>
 *   <tr><td>{@code nps_summary(counts [, level])}</td><td>scalar</td><td>{@code STRUCT<n,
 *       detractors, passives, promoters, score, lower, upper, level>}; the interval is the
 *       library's default (adjusted Wald), at level 0.95 unless given</td></tr>
 *   <tr><td>{@code nps_difference(a, b [, level])}</td><td>scalar</td><td>{@code
 *       STRUCT<estimate, p_value, lower, upper, level>}: a &minus; b by {@link
 *       dev.nps.stats.NpsDifference#of(dev.nps.Nps, dev.nps.Nps)}</td></tr>
 *   <tr><td>{@code csat_histogram(answer)}</td><td>aggregate</td><td>{@code ARRAY<BIGINT>}, 11
 *       counts (answers 0 to 10, any scale)</td></tr>
 *   <tr><td>{@code csat_merge(counts)}</td><td>aggregate</td><td>the sum of stored
 *       histograms</td></tr>
 *   <tr><td>{@code csat_score(counts, min, max, satisfied_from)}</td><td>scalar</td><td>{@code
 *       DOUBLE}, the CSAT on the scale {@link CsatScale#of(int, int, int)}</td></tr>
 *   <tr><td>{@code csat_summary(counts, min, max, satisfied_from [, level])}</td>
 *       <td>scalar</td><td>{@code STRUCT<n, satisfied, score, mean, lower, upper, level>}, the
 *       Wilson interval of the score</td></tr>
 * </table>
 *
 * <p>The optional level is a SQL function's default argument; {@code nps_summary_at}, {@code
 * csat_summary_at} and {@code nps_difference_at} are the same functions with the level required,
 * also registered.
 *
 * <h2>NULL, empty and invalid input</h2>
 *
 * <ul>
 *   <li>NULL answers and NULL histograms are skipped by the aggregates, as SQL aggregates skip
 *       NULL; count them with {@code count(*) - count(score)}.
 *   <li>A group without answers has a histogram of eleven zeros, which merges like any other; the
 *       score, the summaries and the difference of such a histogram are NULL, as NPS and CSAT are
 *       undefined without answers. A NULL argument gives NULL.
 *   <li>An answer that is not an integer in [0, 10] fails the query with the library's message
 *       ("score must be in [0, 10], was 11"), and so does a histogram of the wrong length, with a
 *       NULL or negative count, a CSAT histogram counting answers off its scale, an invalid scale
 *       or level. Nothing is dropped or clipped silently.
 * </ul>
 *
 * <pre>{@code
 * NpsFunctions.register(spark);
 * spark.sql("SELECT region, nps_summary(nps_histogram(score)) FROM answers GROUP BY region");
 *
 * answers.groupBy(col("region"))
 *     .agg(NpsFunctions.npsHistogram(col("score")).as("counts"))
 *     .select(col("region"), NpsFunctions.npsScore(col("counts")));
 * }</pre>
 *
 * <p>The aggregates need an active {@link SparkSession} when they are built, for Spark's encoder of
 * {@code long[]}; the scalar functions need none.
 */
public final class NpsFunctions {
  private static final UserDefinedFunction NPS_SCORE =
      functions.udf((UDF1<Object, Double>) Summaries::npsScore, DataTypes.DoubleType);
  private static final UserDefinedFunction NPS_SUMMARY_AT =
      functions.udf((UDF2<Object, Object, Object>) Summaries::npsSummary, Summaries.NPS_SUMMARY);
  private static final UserDefinedFunction NPS_DIFFERENCE_AT =
      functions.udf(
          (UDF3<Object, Object, Object, Object>) Summaries::npsDifference, Summaries.DIFFERENCE);
  private static final UserDefinedFunction CSAT_SCORE =
      functions.udf(
          (UDF4<Object, Object, Object, Object, Double>) Summaries::csatScore,
          DataTypes.DoubleType);
  private static final UserDefinedFunction CSAT_SUMMARY_AT =
      functions.udf(
          (UDF5<Object, Object, Object, Object, Object, Object>) Summaries::csatSummary,
          Summaries.CSAT_SUMMARY);

  /**
   * The one table of SQL functions: every function here is registered by {@link
   * #register(SparkSession)}, listed by {@link #names()} and documented above.
   */
  private static final List<Registered> FUNCTIONS =
      List.of(
          new Registered("nps_histogram", spark -> answers(Histograms.Kind.NPS, spark)),
          new Registered("nps_merge", spark -> merge(Histograms.Kind.NPS, spark)),
          new Registered("nps_score", spark -> NPS_SCORE),
          new Registered("nps_summary_at", spark -> NPS_SUMMARY_AT),
          new Registered("nps_difference_at", spark -> NPS_DIFFERENCE_AT),
          new Registered("csat_histogram", spark -> answers(Histograms.Kind.CSAT, spark)),
          new Registered("csat_merge", spark -> merge(Histograms.Kind.CSAT, spark)),
          new Registered("csat_score", spark -> CSAT_SCORE),
          new Registered("csat_summary_at", spark -> CSAT_SUMMARY_AT));

  /** SQL functions with a default level, each calling the function of the table above. */
  private static final List<Defaulted> DEFAULTED =
      List.of(
          new Defaulted("nps_summary", "counts ARRAY<BIGINT>", "nps_summary_at(counts, level)"),
          new Defaulted(
              "nps_difference",
              "a ARRAY<BIGINT>, b ARRAY<BIGINT>",
              "nps_difference_at(a, b, level)"),
          new Defaulted(
              "csat_summary",
              "counts ARRAY<BIGINT>, min INT, max INT, satisfied_from INT",
              "csat_summary_at(counts, min, max, satisfied_from, level)"));

  private NpsFunctions() {}

  /**
   * Registers every SQL function of this class as a temporary function of a session, replacing
   * functions of the same names. Call it once per session (again after {@code
   * newSession()}).
   *
   * @param spark the session
   * @throws NullPointerException if {@code spark} is null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark must not be null");
    for (Registered function : FUNCTIONS) {
      spark.udf().register(function.name, function.udf.apply(spark));
    }
    for (Defaulted function : DEFAULTED) {
      spark.sql(function.ddl());
    }
  }

  /**
   * Returns the names of the SQL functions that {@link #register(SparkSession)} registers.
   *
   * @return an unmodifiable list, in registration order
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Registered function : FUNCTIONS) {
      names.add(function.name);
    }
    for (Defaulted function : DEFAULTED) {
      names.add(function.name);
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * Aggregates scores into the NPS histogram, {@code nps_histogram(score)}. The column may be of
   * any numeric type (or a string of digits); it is read as a number and must be an integer from
   * 0 to 10 or NULL.
   *
   * @param score the column of answers 0 to 10
   * @return the aggregate column, {@code ARRAY<BIGINT>} of 11 counts
   * @throws IllegalStateException if no Spark session is active
   */
  public static Column npsHistogram(Column score) {
    return answers(Histograms.Kind.NPS, SparkSession.active()).apply(score);
  }

  /**
   * Sums stored NPS histograms, {@code nps_merge(counts)}.
   *
   * @param counts the column of histograms, {@code ARRAY<BIGINT>}
   * @return the aggregate column, {@code ARRAY<BIGINT>} of 11 counts
   * @throws IllegalStateException if no Spark session is active
   */
  public static Column npsMerge(Column counts) {
    return merge(Histograms.Kind.NPS, SparkSession.active()).apply(counts);
  }

  /**
   * Reads the NPS of a histogram, {@code nps_score(counts)}: 100 &times; (promoters &minus;
   * detractors) / total, NULL for an empty histogram.
   *
   * @param counts the column of histograms
   * @return a {@code DOUBLE} column
   */
  public static Column npsScore(Column counts) {
    return NPS_SCORE.apply(counts);
  }

  /**
   * Summarises a histogram with the default interval at level 0.95, {@code nps_summary(counts)}.
   *
   * @param counts the column of histograms
   * @return a struct column: n, detractors, passives, promoters, score, lower, upper, level
   */
  public static Column npsSummary(Column counts) {
    return npsSummary(counts, Summaries.DEFAULT_LEVEL);
  }

  /**
   * Summarises a histogram with the default interval (adjusted Wald) at a level, {@code
   * nps_summary(counts, level)}.
   *
   * @param counts the column of histograms
   * @param level the confidence level, in (0, 1); checked when the query runs
   * @return a struct column: n, detractors, passives, promoters, score, lower, upper, level
   */
  public static Column npsSummary(Column counts, double level) {
    return NPS_SUMMARY_AT.apply(counts, functions.lit(level));
  }

  /**
   * Compares two NPS histograms as independent groups, {@code nps_difference(a, b)}, at level
   * 0.95.
   *
   * @param a the first group's histograms
   * @param b the second group's histograms, subtracted from the first
   * @return a struct column: estimate, p_value, lower, upper, level; NULL when a group is empty
   */
  public static Column npsDifference(Column a, Column b) {
    return npsDifference(a, b, Summaries.DEFAULT_LEVEL);
  }

  /**
   * Compares two NPS histograms as independent groups by the library's method, {@code
   * nps_difference(a, b, level)}.
   *
   * @param a the first group's histograms
   * @param b the second group's histograms, subtracted from the first
   * @param level the confidence level of the interval, in (0, 1)
   * @return a struct column: estimate, p_value, lower, upper, level; NULL when a group is empty
   */
  public static Column npsDifference(Column a, Column b, double level) {
    return NPS_DIFFERENCE_AT.apply(a, b, functions.lit(level));
  }

  /**
   * Aggregates CSAT answers into a histogram, {@code csat_histogram(answer)}: eleven counts for
   * answers 0 to 10, whatever the scale, which is named when the histogram is read.
   *
   * @param answer the column of answers, integers from 0 to 10 or NULL
   * @return the aggregate column, {@code ARRAY<BIGINT>} of 11 counts
   * @throws IllegalStateException if no Spark session is active
   */
  public static Column csatHistogram(Column answer) {
    return answers(Histograms.Kind.CSAT, SparkSession.active()).apply(answer);
  }

  /**
   * Sums stored CSAT histograms, {@code csat_merge(counts)}.
   *
   * @param counts the column of histograms, {@code ARRAY<BIGINT>}
   * @return the aggregate column, {@code ARRAY<BIGINT>} of 11 counts
   * @throws IllegalStateException if no Spark session is active
   */
  public static Column csatMerge(Column counts) {
    return merge(Histograms.Kind.CSAT, SparkSession.active()).apply(counts);
  }

  /**
   * Reads the CSAT of a histogram on a scale, {@code csat_score(counts, min, max,
   * satisfied_from)}: 100 &times; satisfied / total, NULL for an empty histogram.
   *
   * @param counts the column of histograms
   * @param scale the answer scale
   * @return a {@code DOUBLE} column
   */
  public static Column csatScore(Column counts, CsatScale scale) {
    return CSAT_SCORE.apply(
        counts,
        functions.lit(scale.min()),
        functions.lit(scale.max()),
        functions.lit(scale.satisfiedFrom()));
  }

  /**
   * Summarises a CSAT histogram on a scale at level 0.95.
   *
   * @param counts the column of histograms
   * @param scale the answer scale
   * @return a struct column: n, satisfied, score, mean, lower, upper, level
   */
  public static Column csatSummary(Column counts, CsatScale scale) {
    return csatSummary(counts, scale, Summaries.DEFAULT_LEVEL);
  }

  /**
   * Summarises a CSAT histogram on a scale, with the Wilson interval of the score at a level,
   * {@code csat_summary(counts, min, max, satisfied_from, level)}.
   *
   * @param counts the column of histograms
   * @param scale the answer scale
   * @param level the confidence level, in (0, 1)
   * @return a struct column: n, satisfied, score, mean, lower, upper, level
   */
  public static Column csatSummary(Column counts, CsatScale scale, double level) {
    return CSAT_SUMMARY_AT.apply(
        counts,
        functions.lit(scale.min()),
        functions.lit(scale.max()),
        functions.lit(scale.satisfiedFrom()),
        functions.lit(level));
  }

  /** The aggregate of answers read as numbers; SQL casts the column to {@code DOUBLE} first. */
  private static UserDefinedFunction answers(Histograms.Kind kind, SparkSession spark) {
    MapFunction<Double, Double> identity = value -> value;
    Encoder<long[]> encoder = AnswerAggregator.encoder(spark);
    AnswerAggregator<Double> aggregator =
        kind == Histograms.Kind.NPS
            ? new NpsAggregator<>(identity, encoder)
            : new CsatAggregator<>(identity, encoder);
    return functions.udaf(aggregator, Encoders.DOUBLE());
  }

  private static UserDefinedFunction merge(Histograms.Kind kind, SparkSession spark) {
    return functions.udaf(
        new MergeAggregator(kind, AnswerAggregator.encoder(spark)),
        MergeAggregator.inputEncoder());
  }

  /** A function of the table, built when it is registered. */
  private static final class Registered {
    final String name;
    final Function<SparkSession, UserDefinedFunction> udf;

    Registered(String name, Function<SparkSession, UserDefinedFunction> udf) {
      this.name = name;
      this.udf = udf;
    }
  }

  /** A SQL function whose last parameter, the level, defaults to 0.95. */
  private static final class Defaulted {
    final String name;
    final String parameters;
    final String body;

    Defaulted(String name, String parameters, String body) {
      this.name = name;
      this.parameters = parameters;
      this.body = body;
    }

    String ddl() {
      return "CREATE OR REPLACE TEMPORARY FUNCTION " + name + "(" + parameters
          + ", level DOUBLE DEFAULT " + Summaries.DEFAULT_LEVEL + ") RETURN " + body;
    }
  }
}

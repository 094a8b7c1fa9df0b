/**
 * NPS and CSAT on Apache Spark: SQL functions and Dataset aggregates over the library's exact
 * histograms, and the way back to library values.
 *
 * <p>{@link dev.nps.spark.NpsFunctions} registers the SQL functions ({@code nps_histogram}, {@code
 * nps_merge}, {@code nps_summary}, ...) and builds the same functions as columns; {@link
 * dev.nps.spark.NpsAggregator} and {@link dev.nps.spark.CsatAggregator} are typed aggregates over
 * beans; {@link dev.nps.spark.NpsRows} turns rows and grouped results into {@link dev.nps.Nps},
 * {@link dev.nps.csat.Csat} and {@code Map<Segment, Nps>}.
 *
 * <p>Spark is not a dependency of the jar: the cluster provides it. The package uses only Spark's
 * public Java API and the public API of {@code dev.nps.core} and {@code dev.nps.csat}.
 */
package dev.nps.spark;

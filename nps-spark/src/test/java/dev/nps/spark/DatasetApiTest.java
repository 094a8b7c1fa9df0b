package dev.nps.spark;

import static dev.nps.spark.SharedSpark.assertFailsWith;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The Column builders, the typed aggregators and the helpers back to library values. */
class DatasetApiTest {
  private final SparkSession spark = SharedSpark.session();

  /** EU: 10, 9, 3 and one blank; US: 8, 0; and one answer with no region, a 7. */
  private Dataset<Answer> answers() {
    return spark.createDataset(
        List.of(
            new Answer("EU", "pro", 10),
            new Answer("EU", "free", 9),
            new Answer("EU", "pro", 3),
            new Answer("EU", "pro", null),
            new Answer("US", "free", 8),
            new Answer("US", "free", 0),
            new Answer(null, "free", 7)),
        Encoders.bean(Answer.class));
  }

  @Test
  void columnBuildersMatchTheSqlFunctions() {
    List<Row> rows = answers()
        .groupBy(col("region"))
        .agg(NpsFunctions.npsHistogram(col("score")).as("counts"))
        .select(col("region"), col("counts"), NpsFunctions.npsScore(col("counts")).as("nps"),
            NpsFunctions.npsSummary(col("counts"), 0.8).as("summary"))
        .orderBy(col("region"))
        .collectAsList();
    assertEquals(3, rows.size());
    // NULL region sorts first: the single 7, a passive, scores 0.
    assertTrue(rows.get(0).isNullAt(0));
    assertEquals(0.0, rows.get(0).getDouble(2), 0.0);
    // EU: 10, 9 promoters and 3 a detractor, the blank skipped: 100 * (2 - 1) / 3.
    assertEquals("EU", rows.get(1).getString(0));
    assertArrayEquals(new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1},
        SqlFunctionsTest.longs(rows.get(1), 1));
    assertEquals(100.0 / 3, rows.get(1).getDouble(2), 1e-12);
    Row summary = rows.get(1).getStruct(3);
    assertEquals(3L, summary.getLong(0));
    assertEquals(0.8, summary.getDouble(summary.fieldIndex("level")), 0.0);
    // The interval is the library's default interval of the same counts.
    Nps eu = Nps.ofAnswers(10, 9, 3);
    assertEquals(eu.confidenceInterval(0.8).lower(),
        summary.getDouble(summary.fieldIndex("lower")), 0.0);
    // US: 8 passive, 0 detractor: 100 * (0 - 1) / 2.
    assertEquals(-50.0, rows.get(2).getDouble(2), 0.0);
  }

  @Test
  void typedAggregatorOverBeans() {
    Dataset<Tuple2<String, long[]>> perPlan = answers()
        .groupByKey((MapFunction<Answer, String>) Answer::getPlan, Encoders.STRING())
        .agg(NpsAggregator.of(Answer::getScore).toColumn());
    Map<Segment, Nps> results = NpsRows.bySegment(perPlan.toDF("plan", "counts"), "counts",
        "plan");
    // pro: 10, 3 (the blank skipped); free: 9, 8, 0, 7.
    assertEquals(Map.of(
        Segment.of("plan", "pro"), Nps.ofAnswers(10, 3),
        Segment.of("plan", "free"), Nps.ofAnswers(9, 8, 0, 7)), results);
    long[] overall = answers().select(NpsAggregator.of(Answer::getScore).toColumn()).first();
    assertEquals(Nps.ofAnswers(10, 9, 3, 8, 0, 7), NpsRows.nps(overall));
  }

  @Test
  void typedAggregatorRejectsInvalidScores() {
    Dataset<Answer> bad = spark.createDataset(
        List.of(new Answer("EU", "pro", 9), new Answer("EU", "pro", 12)),
        Encoders.bean(Answer.class));
    assertFailsWith("score must be in [0, 10], was 12",
        () -> bad.select(NpsAggregator.of(Answer::getScore).toColumn()).collect());
  }

  @Test
  void csatThroughTheDatasetApi() {
    // The scores of the fixture read as answers on 0-10, satisfied from 9.
    Row row = answers()
        .agg(NpsFunctions.csatHistogram(col("score")).as("counts"))
        .select(col("counts"), NpsFunctions.csatScore(col("counts"), CsatScale.ZERO_TO_TEN),
            NpsFunctions.csatSummary(col("counts"), CsatScale.ZERO_TO_TEN))
        .first();
    Csat csat = NpsRows.csat(row, "counts", CsatScale.ZERO_TO_TEN);
    assertEquals(Csat.ofAnswers(CsatScale.ZERO_TO_TEN, 10, 9, 3, 8, 0, 7), csat);
    // 10 and 9 of six answers.
    assertEquals(100.0 * 2 / 6, row.getDouble(1), 1e-12);
    assertEquals(6L, row.getStruct(2).getLong(0));
    long[] typed = answers().select(CsatAggregator.of(Answer::getScore).toColumn()).first();
    assertArrayEquals(NpsRows.histogram(csat), typed);
    assertEquals(csat, NpsRows.csat(typed, CsatScale.ZERO_TO_TEN));
  }

  @Test
  void csatOnANarrowScaleRejectsAnswersOffIt() {
    long[] counts = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assertThrows(IllegalArgumentException.class, () -> NpsRows.csat(counts, CsatScale.ONE_TO_FIVE));
    long[] onScale = {0, 1, 0, 0, 2, 3, 0, 0, 0, 0, 0};
    assertEquals(Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 0, 0, 2, 3),
        NpsRows.csat(onScale, CsatScale.ONE_TO_FIVE));
    assertArrayEquals(onScale,
        NpsRows.histogram(Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 0, 0, 2, 3)));
  }

  @Test
  void segmentsFromSeveralGroupingColumns() {
    Dataset<Row> grouped = answers()
        .groupBy(col("region"), col("plan"))
        .agg(NpsFunctions.npsHistogram(col("score")).as("counts"));
    Map<Segment, Nps> results = NpsRows.bySegment(grouped, "counts", "region", "plan");
    assertEquals(Map.of(
        Segment.of("region", "EU").and("plan", "pro"), Nps.ofAnswers(10, 3),
        Segment.of("region", "EU").and("plan", "free"), Nps.ofAnswers(9),
        Segment.of("region", "US").and("plan", "free"), Nps.ofAnswers(8, 0),
        // A NULL grouping value leaves its dimension out.
        Segment.of("plan", "free"), Nps.ofAnswers(7)), results);
  }

  @Test
  void rowsOfTheSameSegmentMerge() {
    Dataset<Row> partials = spark.sql("SELECT region, nps_histogram(score) AS counts FROM VALUES"
        + " ('EU', 1, 9), ('EU', 2, 0), ('EU', 2, 10) AS t(region, day, score)"
        + " GROUP BY region, day");
    assertEquals(Map.of(Segment.of("region", "EU"), Nps.ofAnswers(9, 0, 10)),
        NpsRows.bySegment(partials, "counts", "region"));
  }

  @Test
  void helpersNameMissingColumnsAndNullHistograms() {
    Row row = spark.sql("SELECT CAST(NULL AS ARRAY<BIGINT>) AS counts, 1 AS other").first();
    assertFailsWith("counts", () -> NpsRows.nps(row, "counts"));
    assertThrows(IllegalArgumentException.class, () -> NpsRows.nps(row, "missing"));
    assertFailsWith("NPS histogram must have 11 counts (scores 0 to 10), had 2",
        () -> NpsRows.nps(new long[] {1, 2}));
  }
}

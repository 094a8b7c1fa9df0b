package dev.nps.spark;

import static dev.nps.spark.NpsFunctions.npsHistogram;
import static dev.nps.spark.NpsFunctions.npsSummary;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nps.Nps;
import dev.nps.Segment;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The README's Spark examples, statement for statement (section "Spark (nps-spark)"): keep the
 * two in step.
 */
class ReadmeExamplesTest {
  private final SparkSession spark = SharedSpark.session();

  /**
   * EU answers 10, 9, 9, 6 on 2026-11-02 and 8, 10 on 2026-11-03; US answers 3, 9 and a blank on
   * 2026-11-02 and 0 on 2026-12-01, outside November.
   */
  @BeforeAll
  static void answers() {
    SharedSpark.session().sql("SELECT * FROM VALUES"
        + " (DATE'2026-11-02', 'EU', 'pro', 10), (DATE'2026-11-02', 'EU', 'pro', 9),"
        + " (DATE'2026-11-02', 'EU', 'free', 9), (DATE'2026-11-02', 'EU', 'free', 6),"
        + " (DATE'2026-11-03', 'EU', 'pro', 8), (DATE'2026-11-03', 'EU', 'pro', 10),"
        + " (DATE'2026-11-02', 'US', 'pro', 3), (DATE'2026-11-02', 'US', 'free', 9),"
        + " (DATE'2026-11-02', 'US', 'free', NULL), (DATE'2026-12-01', 'US', 'pro', 0)"
        + " AS t(day, region, plan, score)").createOrReplaceTempView("answers");
  }

  @Test
  void sqlExample() {
    spark.sql("DROP TABLE IF EXISTS nps_daily");
    // README, SQL: the partials, written once.
    spark.sql("CREATE TABLE nps_daily USING parquet PARTITIONED BY (day) AS"
        + " SELECT region, plan, nps_histogram(score) AS counts, day"
        + " FROM answers GROUP BY day, region, plan");
    // README, SQL: any period and roll-up, later.
    List<Row> november = spark.sql("SELECT region, nps_summary(nps_merge(counts)) AS nps"
        + " FROM nps_daily WHERE day BETWEEN '2026-11-01' AND '2026-11-30'"
        + " GROUP BY region ORDER BY region").collectAsList();
    // EU: 10, 9, 9, 10 promoters, 8 passive, 6 detractor: 100 * (4 - 1) / 6 = 50.
    Row eu = november.get(0).getStruct(1);
    assertEquals("EU", november.get(0).getString(0));
    assertEquals(6L, eu.getLong(eu.fieldIndex("n")));
    assertEquals(50.0, eu.getDouble(eu.fieldIndex("score")), 1e-12);
    // US in November: 3 and 9 (the blank skipped, the 0 is in December): 0.
    Row us = november.get(1).getStruct(1);
    assertEquals(2L, us.getLong(us.fieldIndex("n")));
    assertEquals(0.0, us.getDouble(us.fieldIndex("score")), 0.0);
    // README, SQL: EU against US over every day.
    Row difference = spark.sql("SELECT nps_difference("
        + " nps_merge(IF(region = 'EU', counts, NULL)),"
        + " nps_merge(IF(region = 'US', counts, NULL))) AS eu_minus_us FROM nps_daily").first()
        .getStruct(0);
    // US over every day: 3, 9, 0: 100 * (1 - 2) / 3; EU 50.
    assertEquals(50.0 + 100.0 / 3, difference.getDouble(difference.fieldIndex("estimate")),
        1e-12);
    spark.sql("DROP TABLE nps_daily");
  }

  @Test
  void javaExample() {
    Dataset<Row> answers = spark.table("answers");
    // README, Java:
    NpsFunctions.register(spark);
    Dataset<Row> perRegion = answers
        .groupBy(col("region"))
        .agg(npsHistogram(col("score")).as("counts"));
    perRegion.select(col("region"), npsSummary(col("counts")).as("nps")).show(false);

    Map<Segment, Nps> results = NpsRows.bySegment(perRegion, "counts", "region");
    Nps eu = results.get(Segment.of("region", "EU"));
    // EU: 50 as above; US over every day: 3, 9, 0.
    assertEquals(Nps.ofAnswers(10, 9, 9, 6, 8, 10), eu);
    assertEquals(50.0, eu.score(), 1e-12);
    assertEquals(Nps.ofAnswers(3, 9, 0), results.get(Segment.of("region", "US")));

    Dataset<Answer> beans = answers.select(col("region"), col("plan"), col("score"))
        .as(Encoders.bean(Answer.class));
    // README, Java (typed):
    Dataset<Tuple2<String, long[]>> typed = beans
        .groupByKey((MapFunction<Answer, String>) Answer::getRegion, Encoders.STRING())
        .agg(NpsAggregator.of(Answer::getScore).toColumn());

    assertEquals(results, NpsRows.bySegment(typed.toDF("region", "counts"), "counts", "region"));
  }
}

package dev.nps.spark;

import static dev.nps.spark.SharedSpark.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.stats.Interval;
import dev.nps.stats.NpsDifference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The SQL functions as a SQL user calls them, after {@link NpsFunctions#register}. */
class SqlFunctionsTest {
  private static final double EPS = 1e-9;

  /** Answers 0, 7, 7, 9, 9, 9: one detractor, two passives, three promoters. */
  private static final String SIX = "VALUES (0), (7), (7), (9), (9), (9) AS t(score)";

  private final SparkSession spark = SharedSpark.session();

  private Row one(String sql) {
    List<Row> rows = spark.sql(sql).collectAsList();
    assertEquals(1, rows.size(), sql);
    return rows.get(0);
  }

  static long[] longs(Row row, int index) {
    List<Long> list = row.getList(index);
    long[] counts = new long[list.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = list.get(i);
    }
    return counts;
  }

  @Test
  void everyListedFunctionIsRegistered() {
    Set<String> names = new HashSet<>(NpsFunctions.names());
    assertTrue(
        names.containsAll(
            List.of(
                "nps_histogram", "nps_merge", "nps_score", "nps_summary", "nps_difference",
                "csat_histogram", "csat_merge", "csat_score", "csat_summary")),
        names::toString);
    for (String name : NpsFunctions.names()) {
      assertTrue(spark.catalog().functionExists(name), name);
    }
  }

  @Test
  void histogramCountsEachScore() {
    Row row = one("SELECT nps_histogram(score) FROM " + SIX);
    // Index i counts the answers i: one 0, two 7s, three 9s.
    assertArrayEquals(new long[] {1, 0, 0, 0, 0, 0, 0, 2, 0, 3, 0}, longs(row, 0));
    assertEquals("array<bigint>", one("SELECT typeof(nps_histogram(score)) FROM " + SIX)
        .getString(0));
  }

  @Test
  void scoreAndSummaryOfAHistogram() {
    Row row = one("SELECT nps_score(nps_histogram(score)) AS s,"
        + " nps_summary(nps_histogram(score)) AS m FROM " + SIX);
    // 100 * (3 - 1) / 6
    assertEquals(100.0 * 2 / 6, row.getDouble(0), EPS);
    Row summary = row.getStruct(1);
    assertEquals(6L, summary.getLong(summary.fieldIndex("n")));
    assertEquals(1L, summary.getLong(summary.fieldIndex("detractors")));
    assertEquals(2L, summary.getLong(summary.fieldIndex("passives")));
    assertEquals(3L, summary.getLong(summary.fieldIndex("promoters")));
    assertEquals(100.0 * 2 / 6, summary.getDouble(summary.fieldIndex("score")), EPS);
    // Adjusted Wald: d, m, p = 1.75, 3.5, 3.75 of 9; e = 2/9, V = 5.5/9 - e^2,
    // 100 (e -+ z sqrt(V / 9)) with z = 1.959964 (Python statistics.NormalDist).
    assertEquals(-26.74325879410453, summary.getDouble(summary.fieldIndex("lower")), 1e-9);
    assertEquals(71.18770323854898, summary.getDouble(summary.fieldIndex("upper")), 1e-9);
    assertEquals(0.95, summary.getDouble(summary.fieldIndex("level")), 0.0);
  }

  @Test
  void summaryAtALevel() {
    Row row = one("SELECT nps_summary(nps_histogram(score), 0.9) AS m,"
        + " nps_summary_at(nps_histogram(score), 0.9) AS explicit FROM " + SIX);
    Row summary = row.getStruct(0);
    // As above with z = 1.644854 (90%).
    assertEquals(-18.870904835430892, summary.getDouble(summary.fieldIndex("lower")), 1e-9);
    assertEquals(63.315349279875335, summary.getDouble(summary.fieldIndex("upper")), 1e-9);
    assertEquals(0.9, summary.getDouble(summary.fieldIndex("level")), 0.0);
    assertEquals(summary, row.getStruct(1));
  }

  @Test
  void summaryRejectsALevelOutsideTheUnitInterval() {
    assertFailsWith("level must be in (0, 1), was 1.5",
        () -> spark.sql("SELECT nps_summary(nps_histogram(score), 1.5) FROM " + SIX).collect());
  }

  @Test
  void nullAnswersAreSkipped() {
    Row row = one("SELECT nps_histogram(score), count(*) - count(score)"
        + " FROM VALUES (10), (NULL), (3), (NULL) AS t(score)");
    assertArrayEquals(new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1}, longs(row, 0));
    assertEquals(2L, row.getLong(1));
  }

  @Test
  void emptyGroupsGiveZeroCountsAndNullFigures() {
    Row row = one("SELECT nps_histogram(score) AS c, nps_score(nps_histogram(score)),"
        + " nps_summary(nps_histogram(score)),"
        + " nps_difference(nps_histogram(score), array(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L))"
        + " FROM VALUES (NULL), (NULL) AS t(score)");
    assertArrayEquals(new long[11], longs(row, 0));
    assertTrue(row.isNullAt(1));
    assertTrue(row.isNullAt(2));
    assertTrue(row.isNullAt(3));
    Row noRows = one("SELECT nps_score(nps_histogram(score)) FROM " + SIX + " WHERE score > 10");
    assertTrue(noRows.isNullAt(0));
    assertTrue(one("SELECT nps_score(CAST(NULL AS ARRAY<BIGINT>))").isNullAt(0));
  }

  @Test
  void invalidAnswersFailWithTheLibrarysMessage() {
    assertFailsWith("score must be in [0, 10], was 11",
        () -> spark.sql("SELECT nps_histogram(s) FROM VALUES (3), (11) AS t(s)").collect());
    assertFailsWith("score must be in [0, 10], was -1",
        () -> spark.sql("SELECT nps_histogram(s) FROM VALUES (-1) AS t(s)").collect());
    // A fraction is not truncated into a valid score.
    assertFailsWith("score must be an integer in [0, 10], was 9.5",
        () -> spark.sql("SELECT nps_histogram(s) FROM VALUES (9.5D) AS t(s)").collect());
  }

  @Test
  void scoresOfAnyIntegralTypeAreCounted() {
    Row row = one("SELECT nps_histogram(CAST(s AS TINYINT)), nps_histogram(CAST(s AS BIGINT)),"
        + " nps_histogram(CAST(s AS DECIMAL(4, 1))), nps_histogram(CAST(s AS STRING))"
        + " FROM VALUES (2), (10) AS t(s)");
    long[] expected = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    for (int i = 0; i < 4; i++) {
      assertArrayEquals(expected, longs(row, i), "column " + i);
    }
  }

  @Test
  void mergeAddsStoredHistogramsExactly() {
    spark.sql("SELECT day, nps_histogram(score) AS counts FROM VALUES"
        + " (1, 0), (1, 9), (2, 9), (2, 10), (2, 7), (3, 6) AS t(day, score) GROUP BY day")
        .createOrReplaceTempView("daily");
    Row row = one("SELECT nps_merge(counts), nps_score(nps_merge(counts)) FROM daily");
    // All six answers: 0, 6 (detractors), 7 (passive), 9, 9, 10 (promoters).
    assertArrayEquals(new long[] {1, 0, 0, 0, 0, 0, 1, 1, 0, 2, 1}, longs(row, 0));
    assertEquals(100.0 * (3 - 2) / 6, row.getDouble(1), EPS);
  }

  @Test
  void mergeSkipsNullHistograms() {
    Row row = one("SELECT nps_merge(c) FROM VALUES"
        + " (array(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L)), (CAST(NULL AS ARRAY<BIGINT>)),"
        + " (array(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3)) AS t(c)");
    assertArrayEquals(new long[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5}, longs(row, 0));
  }

  @Test
  void malformedHistogramsFailNamingTheProblem() {
    assertFailsWith("NPS histogram must have 11 counts (scores 0 to 10), had 3",
        () -> spark.sql("SELECT nps_merge(c) FROM VALUES (array(1L, 2L, 3L)) AS t(c)").collect());
    assertFailsWith("count for score 2 must not be NULL",
        () -> spark.sql("SELECT nps_merge(c) FROM VALUES"
            + " (array(1L, 0L, NULL, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)) AS t(c)").collect());
    assertFailsWith("count for score 4 must not be negative, was -2",
        () -> spark.sql("SELECT nps_score(array(1L, 0L, 0L, 0L, -2L, 0L, 0L, 0L, 0L, 0L, 0L))")
            .collect());
    assertFailsWith("count for score 1 must not be NULL",
        () -> spark.sql("SELECT nps_score(array(1L, NULL, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L))")
            .collect());
    assertFailsWith("count for score 0 must be a BIGINT, was 1.5",
        () -> spark.sql("SELECT nps_score(array(1.5D, 0D, 0D, 0D, 0D, 0D, 0D, 0D, 0D, 0D, 0D))")
            .collect());
  }

  @Test
  void mergeOverflowFailsInsteadOfWrapping() {
    String max = "array(9223372036854775807L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)";
    assertFailsWith("long overflow",
        () -> spark.sql("SELECT nps_merge(c) FROM VALUES (" + max + "), (" + max + ") AS t(c)")
            .collect());
  }

  @Test
  void differenceOfTwoGroups() {
    Row row = one("SELECT nps_difference(a, b) AS d, nps_difference(a, b, 0.9) AS d90 FROM ("
        + "SELECT nps_histogram(IF(g = 'a', score, NULL)) AS a,"
        + " nps_histogram(IF(g = 'b', score, NULL)) AS b FROM VALUES"
        + " ('a', 0), ('a', 7), ('a', 7), ('a', 9), ('a', 9), ('a', 9),"
        + " ('b', 0), ('b', 3), ('b', 8), ('b', 10) AS t(g, score))");
    Row d = row.getStruct(0);
    // a: 1, 2, 3 of 6 scores 33.33; b: 2, 1, 1 of 4 scores -25: the difference is 58.33.
    assertEquals(58.33333333333333, d.getDouble(d.fieldIndex("estimate")), 1e-9);
    // The p-value and interval are the library's (its score test, checked against independent
    // enumerations in nps-core): the function is a call into NpsDifference at any level.
    NpsDifference library =
        NpsDifference.of(Nps.ofAnswers(0, 7, 7, 9, 9, 9), Nps.ofAnswers(0, 3, 8, 10));
    assertEquals(library.pValue(), d.getDouble(d.fieldIndex("p_value")), 0.0);
    assertEquals(library.confidenceInterval(0.95).lower(), d.getDouble(d.fieldIndex("lower")),
        0.0);
    assertEquals(library.confidenceInterval(0.95).upper(), d.getDouble(d.fieldIndex("upper")),
        0.0);
    // Not the old pooled Wald test, whose p-value was 0.27663 here.
    assertTrue(Math.abs(library.pValue() - 0.2766294210528606) > 1e-3);
    Row d90 = row.getStruct(1);
    Interval interval = library.confidenceInterval(0.9);
    assertEquals(library.estimate(), d90.getDouble(d90.fieldIndex("estimate")), 0.0);
    assertEquals(library.pValue(), d90.getDouble(d90.fieldIndex("p_value")), 0.0);
    assertEquals(interval.lower(), d90.getDouble(d90.fieldIndex("lower")), 0.0);
    assertEquals(interval.upper(), d90.getDouble(d90.fieldIndex("upper")), 0.0);
  }

  @Test
  void csatHistogramScoreAndSummaryOnAScale() {
    Row row = one("SELECT csat_histogram(a) AS c, csat_score(csat_histogram(a), 1, 5, 4),"
        + " csat_summary(csat_histogram(a), 1, 5, 4) FROM VALUES (5), (4), (4), (3), (1), (NULL)"
        + " AS t(a)");
    assertArrayEquals(new long[] {0, 1, 0, 1, 2, 1, 0, 0, 0, 0, 0}, longs(row, 0));
    // 3 of 5 answered 4 or 5.
    assertEquals(60.0, row.getDouble(1), EPS);
    Row summary = row.getStruct(2);
    assertEquals(5L, summary.getLong(summary.fieldIndex("n")));
    assertEquals(3L, summary.getLong(summary.fieldIndex("satisfied")));
    // (5 + 4 + 4 + 3 + 1) / 5
    assertEquals(3.4, summary.getDouble(summary.fieldIndex("mean")), EPS);
    // Wilson interval of 3 / 5 at 95% (Python, statistics.NormalDist for z).
    assertEquals(23.072428127601295, summary.getDouble(summary.fieldIndex("lower")), 1e-9);
    assertEquals(88.2379225767352, summary.getDouble(summary.fieldIndex("upper")), 1e-9);
  }

  @Test
  void csatAnswersOffTheScaleFail() {
    assertFailsWith("answer must be in [1, 5] for scale 1-5, was 6",
        () -> spark.sql("SELECT csat_score(csat_histogram(a), 1, 5, 4)"
            + " FROM VALUES (5), (6) AS t(a)").collect());
    assertFailsWith("answer must be an integer in [0, 10], was 12",
        () -> spark.sql("SELECT csat_histogram(a) FROM VALUES (12) AS t(a)").collect());
    assertFailsWith("satisfied threshold must be in [2, 5] for scale 1-5, was 6",
        () -> spark.sql("SELECT csat_score(csat_histogram(a), 1, 5, 6)"
            + " FROM VALUES (5) AS t(a)").collect());
  }

  @Test
  void csatMergeAndEmptyGroups() {
    Row row = one("SELECT csat_merge(c), csat_score(csat_merge(c), 0, 1, 1),"
        + " csat_summary(array(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), 0, 1, 1) FROM VALUES"
        + " (array(2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),"
        + " (array(0L, 3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)) AS t(c)");
    assertArrayEquals(new long[] {2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0}, longs(row, 0));
    // Good/bad: 4 good of 6.
    assertEquals(100.0 * 4 / 6, row.getDouble(1), EPS);
    assertTrue(row.isNullAt(2));
  }

  @Test
  void oneThousandSegments() {
    // Segment k (0..999) gets answers k % 11 and (k + 5) % 11, each once per row of t(k, r)
    // with r in 0..2: 3 answers of each.
    List<Row> rows = spark.sql("SELECT k, nps_histogram(IF(r = 0, (k + 5) % 11, k % 11)) AS c"
        + " FROM (SELECT id AS k FROM range(1000)) CROSS JOIN (SELECT id AS r FROM range(3))"
        + " GROUP BY k").collectAsList();
    assertEquals(1000, rows.size());
    for (Row row : rows) {
      long k = row.getLong(0);
      long[] expected = new long[11];
      expected[(int) (k % 11)] += 2;
      expected[(int) ((k + 5) % 11)] += 1;
      assertArrayEquals(expected, longs(row, 1), "segment " + k);
    }
  }
}

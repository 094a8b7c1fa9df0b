package dev.nps.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.jackson.NpsModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partials that travel: a Spark job writes per-segment histograms as Parquet, and reading them
 * back gives, whether merged by Spark or by the library, exactly what {@link Nps#bySegment} gives
 * on the same rows; nps-jackson reads the arrays as its format-1 counts.
 */
class InteropTest {
  private static final int ROWS = 30_000;
  private static final String[] REGIONS = {"EU", "US", "APAC", "LATAM", "MEA"};
  private static final String[] PLANS = {"free", "team", "pro", "enterprise"};

  private static final List<Response> RESPONSES = new ArrayList<>();
  private static final List<Row> ROWS_OF_SPARK = new ArrayList<>();
  private static Path partials;

  private final SparkSession spark = SharedSpark.session();

  @BeforeAll
  static void writePartials() throws Exception {
    Random random = new Random(20261201);
    for (int i = 0; i < ROWS; i++) {
      String region = REGIONS[random.nextInt(REGIONS.length)];
      String plan = PLANS[random.nextInt(PLANS.length)];
      // Skewed towards high scores, as surveys are; every score occurs.
      int score = Math.min(10, random.nextInt(11) + random.nextInt(4));
      int day = 1 + random.nextInt(3);
      RESPONSES.add(Response.of(score, Segment.of("region", region).and("plan", plan)));
      ROWS_OF_SPARK.add(RowFactory.create(day, region, plan, score));
    }
    StructType schema = new StructType()
        .add("day", DataTypes.IntegerType)
        .add("region", DataTypes.StringType)
        .add("plan", DataTypes.StringType)
        .add("score", DataTypes.IntegerType);
    SparkSession spark = SharedSpark.session();
    spark.createDataFrame(ROWS_OF_SPARK, schema).createOrReplaceTempView("interop_answers");
    partials = SharedSpark.directory("partials").resolve("nps");
    spark.sql("SELECT day, region, plan, nps_histogram(score) AS counts FROM interop_answers"
            + " GROUP BY day, region, plan")
        .write()
        .partitionBy("day")
        .parquet(partials.toString());
  }

  private Dataset<Row> readPartials() {
    return spark.read().parquet(partials.toString());
  }

  @Test
  void partialsAreArraysOfBigintReadableWithoutTheFunctions() {
    Dataset<Row> stored = readPartials();
    assertEquals(DataTypes.LongType,
        ((ArrayType) stored.schema().apply("counts").dataType()).elementType());
    // Promoters straight from the arrays with built-in SQL only: counts[9] + counts[10].
    stored.createOrReplaceTempView("stored_partials");
    long promoters = spark.sql("SELECT sum(counts[9] + counts[10]) FROM stored_partials")
        .first().getLong(0);
    assertEquals(RESPONSES.stream().filter(r -> r.score() >= 9).count(), promoters);
  }

  @Test
  void sparkMergeLibraryMergeAndBySegmentAgreeExactly() {
    Map<Segment, Nps> expected = Nps.bySegment(RESPONSES);
    assertEquals(REGIONS.length * PLANS.length, expected.size());

    readPartials().createOrReplaceTempView("merge_partials");
    Map<Segment, Nps> mergedBySpark = NpsRows.bySegment(
        spark.sql("SELECT region, plan, nps_merge(counts) AS counts FROM merge_partials"
            + " GROUP BY region, plan"),
        "counts", "region", "plan");

    Map<Segment, NpsAccumulator> accumulators = new LinkedHashMap<>();
    for (Row row : readPartials().collectAsList()) {
      Segment segment = Segment.of("region", row.getString(row.fieldIndex("region")))
          .and("plan", row.getString(row.fieldIndex("plan")));
      accumulators.computeIfAbsent(segment, s -> new NpsAccumulator())
          .addAll(NpsRows.nps(row, "counts"));
    }
    Map<Segment, Nps> mergedByLibrary = new LinkedHashMap<>();
    accumulators.forEach((segment, accumulator) -> mergedByLibrary.put(segment,
        accumulator.snapshot()));

    assertEquals(expected, mergedBySpark);
    assertEquals(expected, mergedByLibrary);
    // And overall, one more merge in Spark over every partial.
    Nps overall = NpsRows.nps(spark.sql("SELECT nps_merge(counts) AS c FROM merge_partials")
        .first(), "c");
    assertEquals(Nps.of(RESPONSES), overall);
  }

  @Test
  void npsJacksonReadsTheArraysAsFormatOneCounts() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new NpsModule()).build();
    List<Row> rows = readPartials().collectAsList();
    assertEquals(3 * REGIONS.length * PLANS.length, rows.size());
    for (Row row : rows) {
      String json = "{\"format\": 1, \"counts\": "
          + Arrays.toString(SqlFunctionsTest.longs(row, row.fieldIndex("counts"))) + "}";
      Nps fromJson = mapper.readValue(json, Nps.class);
      assertEquals(NpsRows.nps(row, "counts"), fromJson, json);
      // And the library writes back the same array.
      assertEquals(mapper.readTree(mapper.writeValueAsString(fromJson)).get("counts"),
          mapper.readTree(json).get("counts"));
    }
  }
}

package dev.nps.spark;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What one machine costs under Spark: the same rows aggregated by Spark in local mode on every core
 * (with {@code nps_histogram} and with Spark's built-in {@code count_if}) and by the library's
 * columnar path ({@link NpsAccumulator#addAll(byte[])}, {@link SegmentedNpsAccumulator}). Not a
 * test; run it by hand (the README gives the command) and read the median of five timed runs
 * after two warm-up runs.
 *
 * <p>The rows are a function of their id that Java and Spark SQL compute alike, so neither side
 * pays for moving them: x = (id &times; 2654435761) mod 2<sup>32</sup>, the score is entry x mod 20
 * of {@link #SCORES}, the segment (x &gt;&gt; 5) mod 1000. Spark's rows are cached in memory and
 * counted before timing.
 */
public final class SparkVersusLibrary {
  private static final int SEGMENTS = 1000;

  /** Scores by x mod 20: a quarter detractors, a quarter passives, half promoters. */
  private static final int[] SCORES = {
    0, 3, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 10, 9
  };

  private SparkVersusLibrary() {}

  /**
   * Runs the comparison.
   *
   * @param args optional: the number of rows, 10,000,000 by default
   */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    byte[] scores = new byte[rows];
    int[] segmentOf = new int[rows];
    for (int id = 0; id < rows; id++) {
      long x = (id * 2654435761L) % 4294967296L;
      scores[id] = (byte) SCORES[(int) (x % SCORES.length)];
      segmentOf[id] = (int) ((x >> 5) % SEGMENTS);
    }
    SegmentedNpsAccumulator layout = new SegmentedNpsAccumulator();
    int[] rowIndexes = new int[rows];
    int[] rowOfSegment = new int[SEGMENTS];
    for (int s = 0; s < SEGMENTS; s++) {
      rowOfSegment[s] = layout.indexOf(Segment.of("segment", Integer.toString(s)));
    }
    for (int id = 0; id < rows; id++) {
      rowIndexes[id] = rowOfSegment[segmentOf[id]];
    }

    SparkSession spark = SparkSession.builder()
        .master("local[*]")
        .appName("nps-spark benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", Integer.toString(
            Runtime.getRuntime().availableProcessors()))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    NpsFunctions.register(spark);
    String table = Arrays.toString(SCORES).replace('[', '(').replace(']', ')');
    Dataset<Row> answers = spark.sql("SELECT CAST(element_at(array" + table + ","
        + " CAST(x % " + SCORES.length + " AS INT) + 1) AS TINYINT) AS score,"
        + " CAST(shiftright(x, 5) % " + SEGMENTS + " AS INT) AS segment"
        + " FROM (SELECT (id * 2654435761) % 4294967296 AS x FROM range(" + rows + "))").cache();
    answers.createOrReplaceTempView("answers");
    System.out.println("rows cached: " + answers.count() + ", cores: "
        + Runtime.getRuntime().availableProcessors());

    Nps libraryOverall = time("library NpsAccumulator.addAll(byte[]), overall", rows, () -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      accumulator.addAll(scores);
      return accumulator.snapshot();
    });
    Map<Segment, Nps> librarySegments = time(
        "library SegmentedNpsAccumulator.addAll(byte[], int[]), 1000 segments", rows, () -> {
          SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
          for (int s = 0; s < SEGMENTS; s++) {
            accumulator.indexOf(layout.segment(s));
          }
          accumulator.addAll(scores, rowIndexes, 0, rows);
          return accumulator.snapshot();
        });
    time("Spark built-in count_if per category, overall", rows,
        () -> spark.sql("SELECT count_if(score <= 6), count_if(score BETWEEN 7 AND 8),"
            + " count_if(score >= 9) FROM answers").collectAsList().size());
    Nps sparkOverall = time("Spark nps_histogram(score), overall", rows,
        () -> NpsRows.nps(spark.sql("SELECT nps_histogram(score) AS c FROM answers").first(),
            "c"));
    time("Spark built-in count_if per category GROUP BY segment", rows,
        () -> spark.sql("SELECT segment, count_if(score <= 6), count_if(score BETWEEN 7 AND 8),"
            + " count_if(score >= 9) FROM answers GROUP BY segment").collectAsList().size());
    Supplier<Map<Segment, Nps>> perSegment = () -> NpsRows.bySegment(
        spark.sql("SELECT segment, nps_histogram(score) AS c FROM answers GROUP BY segment"),
        "c", "segment");
    Map<Segment, Nps> sparkSegments =
        time("Spark nps_histogram(score) GROUP BY segment", rows, perSegment);
    // Past 128 groups per task, Spark's object hash aggregation falls back to sorting its rows.
    String threshold = "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";
    spark.conf().set(threshold, "4096");
    Map<Segment, Nps> unsorted = time(
        "Spark nps_histogram(score) GROUP BY segment, " + threshold + "=4096", rows, perSegment);
    spark.conf().unset(threshold);

    System.out.println("overall equal: " + libraryOverall.equals(sparkOverall)
        + ", per segment equal: " + (librarySegments.equals(sparkSegments)
            && librarySegments.equals(unsorted))
        + ", overall " + libraryOverall);
    spark.stop();
  }

  private static <T> T time(String label, int rows, Supplier<T> run) {
    T result = null;
    for (int i = 0; i < 2; i++) {
      result = run.get();
    }
    long[] nanos = new long[5];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      result = run.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    long median = nanos[nanos.length / 2];
    System.out.println(String.format(Locale.ROOT, "%-72s %10.1f ms %8.2f ns/row", label,
        median / 1e6, (double) median / rows));
    return result;
  }
}

package dev.nps.benchmarks;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The NPS of every segment, by every strategy a user has. Each method returns the sum of the
 * segments' scores, computed from every segment's result, so nothing is eliminated; inputs are
 * generated once per trial, outside the measured methods.
 *
 * <ol>
 *   <li>{@link #streamGroupingBy}: nested {@code groupingBy} on a stream of responses.
 *   <li>{@link #duckDbOneThread}, {@link #duckDbAllThreads}: DuckDB's {@code GROUP BY}.
 *   <li>{@link #objectsBySegment}: {@link Nps#bySegment(Iterable)} over the list.
 *   <li>{@link #columnar}: {@link SegmentedNpsAccumulator#addAll(byte[], int[], int, int)} over
 *       a score column and a segment row column.
 *   <li>{@link #parallelColumnar}, {@link #parallelObjects}: split over all cores and merged.
 * </ol>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SegmentNpsBenchmark {

  /** The answers as columns: a score per byte and a segment row number per answer. */
  @State(Scope.Benchmark)
  public static class Columns {
    /** The number of answers. */
    @Param({"1000000", "10000000"})
    public int n;

    /** The number of segments. */
    @Param({"1", "100", "1000"})
    public int segments;

    SurveyData data;

    /** Generates the answers, once per trial. */
    @Setup(Level.Trial)
    public void generate() {
      data = SurveyData.generate(n, segments);
    }
  }

  /** The same answers as response objects in an {@code ArrayList}. */
  @State(Scope.Benchmark)
  public static class Objects {
    List<Response> responses;

    /**
     * Builds the objects from the columns, once per trial.
     *
     * @param columns the answers
     */
    @Setup(Level.Trial)
    public void build(Columns columns) {
      responses = columns.data.responses();
    }
  }

  /** The same answers in DuckDB, limited to one thread. */
  @State(Scope.Benchmark)
  public static class DuckDbOneThread {
    DuckDbTable table;

    /**
     * Loads the answers, once per trial, and checks DuckDB's scores against the library's.
     *
     * @param columns the answers
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void load(Columns columns) throws SQLException {
      table = loadChecked(columns, 1);
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      table.close();
    }
  }

  /** The same answers in DuckDB, using every core. */
  @State(Scope.Benchmark)
  public static class DuckDbAllThreads {
    DuckDbTable table;

    /**
     * Loads the answers, once per trial, and checks DuckDB's scores against the library's.
     *
     * @param columns the answers
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void load(Columns columns) throws SQLException {
      table = loadChecked(columns, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      table.close();
    }
  }

  static DuckDbTable loadChecked(Columns columns, int threads) throws SQLException {
    DuckDbTable table = DuckDbTable.load(columns.data, threads);
    SegmentedNpsAccumulator accumulator = registered(columns.data.segments);
    accumulator.addAll(columns.data.scores, columns.data.rows, 0, columns.n);
    double[] actual = table.perSegmentScores(columns.segments);
    for (int row = 0; row < columns.segments; row++) {
      double expected = accumulator.get(accumulator.segment(row)).score();
      if (Math.abs(expected - actual[row]) > 1e-9) {
        throw new IllegalStateException("DuckDB gives " + actual[row] + " for segment row " + row
            + ", the library " + expected);
      }
    }
    return table;
  }

  /** Returns an accumulator whose row numbers are the indexes of {@code segments}. */
  static SegmentedNpsAccumulator registered(Segment[] segments) {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    for (Segment segment : segments) {
      accumulator.indexOf(segment);
    }
    return accumulator;
  }

  static double sumOfScores(Map<Segment, Nps> perSegment) {
    double sum = 0;
    for (Nps nps : perSegment.values()) {
      if (!nps.isEmpty()) {
        sum += nps.score();
      }
    }
    return sum;
  }

  /**
   * Strategy 1: a stream of responses grouped by segment, then by category, and counted.
   *
   * @param objects the responses
   * @return the sum of the segments' scores
   */
  @Benchmark
  public double streamGroupingBy(Objects objects) {
    Map<Segment, Map<Category, Long>> counts = objects.responses.stream()
        .collect(Collectors.groupingBy(Response::segment,
            Collectors.groupingBy(Response::category, Collectors.counting())));
    double sum = 0;
    for (Map<Category, Long> segment : counts.values()) {
      long promoters = segment.getOrDefault(Category.PROMOTER, 0L);
      long detractors = segment.getOrDefault(Category.DETRACTOR, 0L);
      long total = promoters + detractors + segment.getOrDefault(Category.PASSIVE, 0L);
      sum += 100.0 * (promoters - detractors) / total;
    }
    return sum;
  }

  /**
   * Strategy 2: DuckDB's {@code GROUP BY}, one thread.
   *
   * @param duckDb the loaded table
   * @return the sum of the segments' scores
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public double duckDbOneThread(DuckDbOneThread duckDb) throws SQLException {
    return duckDb.table.perSegment();
  }

  /**
   * Strategy 2: DuckDB's {@code GROUP BY}, all cores.
   *
   * @param duckDb the loaded table
   * @return the sum of the segments' scores
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public double duckDbAllThreads(DuckDbAllThreads duckDb) throws SQLException {
    return duckDb.table.perSegment();
  }

  /**
   * Strategy 3: {@link Nps#bySegment(Iterable)} over the list.
   *
   * @param objects the responses
   * @return the sum of the segments' scores
   */
  @Benchmark
  public double objectsBySegment(Objects objects) {
    return sumOfScores(Nps.bySegment(objects.responses));
  }

  /**
   * Strategy 4: the columnar per-segment path.
   *
   * @param columns the answers
   * @return the sum of the segments' scores
   */
  @Benchmark
  public double columnar(Columns columns) {
    SegmentedNpsAccumulator accumulator = registered(columns.data.segments);
    accumulator.addAll(columns.data.scores, columns.data.rows, 0, columns.n);
    return sumOfScores(accumulator.snapshot());
  }

  /**
   * Strategy 5: the columnar per-segment path split over all cores, one accumulator per part,
   * merged.
   *
   * @param columns the answers
   * @return the sum of the segments' scores
   */
  @Benchmark
  public double parallelColumnar(Columns columns) {
    SurveyData data = columns.data;
    int parts = Runtime.getRuntime().availableProcessors();
    return sumOfScores(IntStream.range(0, parts).parallel()
        .mapToObj(part -> {
          SegmentedNpsAccumulator accumulator = registered(data.segments);
          accumulator.addAll(data.scores, data.rows,
              Parts.from(part, parts, data.size()), Parts.to(part, parts, data.size()));
          return accumulator;
        })
        .reduce((left, right) -> {
          left.addAll(right);
          return left;
        })
        .orElseThrow()
        .snapshot());
  }

  /**
   * Strategy 5: the object path split over all cores, one accumulator per part, merged.
   *
   * @param objects the responses
   * @return the sum of the segments' scores
   */
  @Benchmark
  public double parallelObjects(Objects objects) {
    List<Response> responses = objects.responses;
    int parts = Runtime.getRuntime().availableProcessors();
    return sumOfScores(IntStream.range(0, parts).parallel()
        .mapToObj(part -> {
          SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
          accumulator.addAll(responses.subList(
              Parts.from(part, parts, responses.size()), Parts.to(part, parts, responses.size())));
          return accumulator;
        })
        .reduce((left, right) -> {
          left.addAll(right);
          return left;
        })
        .orElseThrow()
        .snapshot());
  }
}

package dev.nps.benchmarks;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * The overall NPS of N answers, by every strategy a user has. Each method returns the score, so
 * nothing is eliminated; inputs are generated once per trial, outside the measured methods.
 *
 * <ol>
 *   <li>{@link #streamGroupingBy}: what a user writes without the library.
 *   <li>{@link #duckDbOneThread}, {@link #duckDbAllThreads}: DuckDB's SQL over the same answers.
 *   <li>{@link #objectsNpsOf}, {@link #objectsCollector}: the library over a list of responses.
 *   <li>{@link #columnarCategories}, {@link #columnarHistogram}: the library over a {@code byte[]};
 *       {@link #columnarPlainLoop} (a plain validating byte loop) and {@link #columnarReadOnly} (a
 *       read of every word and nothing else) are references.
 *   <li>{@link #parallelColumnar}, {@link #parallelObjects}: split over all cores and merged.
 * </ol>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class OverallNpsBenchmark {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The answers as columns: a score per byte. */
  @State(Scope.Benchmark)
  public static class Columns {
    /** The number of answers. */
    @Param({"1000000", "10000000"})
    public int n;

    SurveyData data;
    byte[] scores;

    /** Generates the answers, once per trial. */
    @Setup(Level.Trial)
    public void generate() {
      data = SurveyData.generate(n, 1);
      scores = data.scores;
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
     * Loads the answers, once per trial, and checks DuckDB's score against the library's.
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
     * Loads the answers, once per trial, and checks DuckDB's score against the library's.
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
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(columns.scores);
    double expected = accumulator.snapshot().score();
    double actual = table.overall();
    if (Math.abs(expected - actual) > 1e-9) {
      throw new IllegalStateException("DuckDB gives " + actual + ", the library " + expected);
    }
    return table;
  }

  /**
   * Strategy 1: a stream of responses grouped by category and counted.
   *
   * @param objects the responses
   * @return the NPS
   */
  @Benchmark
  public double streamGroupingBy(Objects objects) {
    Map<Category, Long> counts = objects.responses.stream()
        .collect(Collectors.groupingBy(Response::category, Collectors.counting()));
    long promoters = counts.getOrDefault(Category.PROMOTER, 0L);
    long detractors = counts.getOrDefault(Category.DETRACTOR, 0L);
    long total = promoters + detractors + counts.getOrDefault(Category.PASSIVE, 0L);
    return 100.0 * (promoters - detractors) / total;
  }

  /**
   * Strategy 2: DuckDB, one thread.
   *
   * @param duckDb the loaded table
   * @return the NPS
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public double duckDbOneThread(DuckDbOneThread duckDb) throws SQLException {
    return duckDb.table.overall();
  }

  /**
   * Strategy 2: DuckDB, all cores.
   *
   * @param duckDb the loaded table
   * @return the NPS
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public double duckDbAllThreads(DuckDbAllThreads duckDb) throws SQLException {
    return duckDb.table.overall();
  }

  /**
   * Strategy 3: {@link Nps#of(Iterable)} over the list.
   *
   * @param objects the responses
   * @return the NPS
   */
  @Benchmark
  public double objectsNpsOf(Objects objects) {
    return Nps.of(objects.responses).score();
  }

  /**
   * Strategy 3: the library's collector on a sequential stream.
   *
   * @param objects the responses
   * @return the NPS
   */
  @Benchmark
  public double objectsCollector(Objects objects) {
    return objects.responses.stream().collect(Nps.collector()).score();
  }

  /**
   * Strategy 4: the category-only columnar path, word at a time.
   *
   * @param columns the answers
   * @return the NPS
   */
  @Benchmark
  public double columnarCategories(Columns columns) {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addCategories(columns.scores, 0, columns.scores.length);
    return accumulator.snapshot().score();
  }

  /**
   * Strategy 4: the full 11-bucket histogram from the columnar path.
   *
   * @param columns the answers
   * @return the NPS
   */
  @Benchmark
  public double columnarHistogram(Columns columns) {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(columns.scores, 0, columns.scores.length);
    return accumulator.snapshot().score();
  }

  /**
   * Reference: a plain validating loop over the bytes into an 11-slot histogram, as the library's
   * columnar path was before its word-at-a-time loops.
   *
   * @param columns the answers
   * @return the NPS
   */
  @Benchmark
  public double columnarPlainLoop(Columns columns) {
    byte[] scores = columns.scores;
    long[] counts = new long[11];
    for (int i = 0; i < scores.length; i++) {
      int score = scores[i];
      if (score < 0 || score > 10) {
        throw new IllegalArgumentException(
            "score at index " + i + " must be in [0, 10], was " + score);
      }
      counts[score]++;
    }
    long promoters = counts[9] + counts[10];
    long detractors = 0;
    for (int score = 0; score <= 6; score++) {
      detractors += counts[score];
    }
    return 100.0 * (promoters - detractors) / scores.length;
  }

  /**
   * Reference: reads the column eight bytes at a time and does nothing else, the speed limit of
   * any single-threaded pass over it.
   *
   * @param columns the answers
   * @return the XOR of all words
   */
  @Benchmark
  public long columnarReadOnly(Columns columns) {
    byte[] scores = columns.scores;
    long xor = 0;
    int i = 0;
    for (; i < scores.length - 7; i += Long.BYTES) {
      xor ^= (long) WORDS.get(scores, i);
    }
    for (; i < scores.length; i++) {
      xor ^= scores[i];
    }
    return xor;
  }

  /**
   * Strategy 5: the category-only columnar path split over all cores, one accumulator per part,
   * merged.
   *
   * @param columns the answers
   * @return the NPS
   */
  @Benchmark
  public double parallelColumnar(Columns columns) {
    byte[] scores = columns.scores;
    int parts = Runtime.getRuntime().availableProcessors();
    return IntStream.range(0, parts).parallel()
        .mapToObj(part -> {
          NpsAccumulator accumulator = new NpsAccumulator();
          accumulator.addCategories(
              scores, Parts.from(part, parts, scores.length), Parts.to(part, parts, scores.length));
          return accumulator;
        })
        .reduce((left, right) -> {
          left.addAll(right);
          return left;
        })
        .orElseThrow()
        .snapshot()
        .score();
  }

  /**
   * Strategy 5: the library's collector on a parallel stream of the list.
   *
   * @param objects the responses
   * @return the NPS
   */
  @Benchmark
  public double parallelObjects(Objects objects) {
    return objects.responses.parallelStream().collect(Nps.collector()).score();
  }
}

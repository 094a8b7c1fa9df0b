package dev.nps.benchmarks;

import dev.nps.ConcurrentNpsAccumulator;
import dev.nps.NpsAccumulator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Strategy 6: every core adds answers one at a time, as they arrive, into one shared aggregate.
 * {@link #concurrentAccumulator} uses {@link ConcurrentNpsAccumulator}; {@link
 * #synchronizedAccumulator} guards one {@link NpsAccumulator} with {@code synchronized}. Scores are
 * in nanoseconds per answer.
 *
 * <p>Each answer is added through a call that is never inlined, as an answer arriving from a
 * request handler would be, so that the compiler cannot merge the lock regions of consecutive
 * answers (lock coarsening) and the baseline pays for one lock per answer, as in real use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@Threads(Threads.MAX)
public class ConcurrentIngestBenchmark {
  /** Answers added per benchmark call. */
  static final int BATCH = 1024;

  private static final int MASK = (1 << 20) - 1;

  /** The shared answers and the two shared aggregates. */
  @State(Scope.Benchmark)
  public static class Shared {
    byte[] scores;
    ConcurrentNpsAccumulator concurrent;
    NpsAccumulator locked;
    final AtomicInteger threads = new AtomicInteger();

    /** Generates 2^20 answers and fresh aggregates, once per trial. */
    @Setup(Level.Trial)
    public void generate() {
      scores = SurveyData.generate(MASK + 1, 1).scores;
      concurrent = new ConcurrentNpsAccumulator();
      locked = new NpsAccumulator();
    }

    /** Checks that the aggregates counted something, so the benchmark measured real work. */
    @TearDown(Level.Trial)
    public void check() {
      if (concurrent.total() == 0 && locked.total() == 0) {
        throw new IllegalStateException("no answer was added");
      }
    }
  }

  /** Where each thread reads its next answers; threads start at different places. */
  @State(Scope.Thread)
  public static class Cursor {
    int position;

    /**
     * Places this thread's cursor.
     *
     * @param shared the shared state
     */
    @Setup(Level.Trial)
    public void place(Shared shared) {
      position = shared.threads.getAndIncrement() * (MASK + 1) / 4;
    }
  }

  /**
   * Adds {@link #BATCH} answers, one call each, into the shared {@link ConcurrentNpsAccumulator}.
   *
   * @param shared the shared aggregate
   * @param cursor this thread's position
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void concurrentAccumulator(Shared shared, Cursor cursor) {
    byte[] scores = shared.scores;
    int position = cursor.position;
    for (int i = 0; i < BATCH; i++) {
      addConcurrent(shared.concurrent, scores[(position + i) & MASK]);
    }
    cursor.position = (position + BATCH) & MASK;
  }

  /**
   * Adds {@link #BATCH} answers, one call each, into the shared {@code synchronized} accumulator.
   *
   * @param shared the shared aggregate
   * @param cursor this thread's position
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void synchronizedAccumulator(Shared shared, Cursor cursor) {
    byte[] scores = shared.scores;
    int position = cursor.position;
    for (int i = 0; i < BATCH; i++) {
      addLocked(shared.locked, scores[(position + i) & MASK]);
    }
    cursor.position = (position + BATCH) & MASK;
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private static void addConcurrent(ConcurrentNpsAccumulator accumulator, int score) {
    accumulator.add(score);
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private static void addLocked(NpsAccumulator accumulator, int score) {
    synchronized (accumulator) {
      accumulator.add(score);
    }
  }
}

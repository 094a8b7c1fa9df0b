package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.ScoreColumns;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A thread-safe histogram of Net Promoter Score answers, for many threads adding answers into one
 * shared aggregate as they arrive.
 *
 * <p>Each thread that adds gets its own private set of counts, created on its first addition, so
 * adding is a plain increment with no lock, no atomic instruction and no contention between
 * threads. {@link #snapshot()} and {@link #total()} sum the counts of every thread that has added.
 * When a thread has ended, its counts are folded into one shared table and its own table is
 * released, so nothing is lost and short-lived threads leave nothing behind.
 *
 * <h2>Consistency</h2>
 *
 * <p>Every answer whose addition happens-before a call to {@link #snapshot()} (for example, one
 * added by a thread that has since been joined, or before a task was handed to an executor whose
 * completion the caller awaited) is in the snapshot. Answers added concurrently with the snapshot
 * may be in it or not, and each thread's counts are read one slot at a time, so such a snapshot is
 * some valid histogram of answers that were added, not one taken at a single instant. Once the
 * adding threads are done, the snapshot is exact.
 *
 * <h2>Limits</h2>
 *
 * <p>Counts are {@code long}. One thread's total that would overflow throws {@link
 * ArithmeticException} when adding; the total over all threads is checked when it is read, by
 * {@link #snapshot()} and {@link #total()}. Bulk additions are all-or-nothing, as in {@link
 * NpsAccumulator}. Each live thread that has added keeps a small table (about 250 bytes). The
 * tables of threads that have ended are released the next time a thread adds its first answer
 * (once their number has doubled since the last sweep) or a snapshot or total is read, so a
 * program that starts a new thread per answer holds tables only for the threads still running,
 * plus those that ended since the last sweep.
 *
 * <pre>{@code
 * ConcurrentNpsAccumulator live = new ConcurrentNpsAccumulator();
 * // on any number of threads:
 * live.add(response);
 * // on a dashboard refresh:
 * Nps nps = live.snapshot();
 * }</pre>
 */
public final class ConcurrentNpsAccumulator {
  /** Reads and writes the slots of a thread's counts so that other threads see whole values. */
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  /**
   * Longs of padding on either side of a thread's slots, so that two threads' counts never share a
   * cache line.
   */
  private static final int PADDING = 8;

  /** The total's slot, after the eleven per-score slots. */
  private static final int TOTAL = PADDING + Histogram.SCORES;

  /** A thread's counts and the thread, held weakly so that the table can outlive it. */
  private record ThreadCounts(WeakReference<Thread> owner, long[] counts) {
    boolean ended() {
      Thread thread = owner.get();
      // A thread's termination happens-before isAlive() returning false (JLS 17.4.4), so every
      // count it wrote is visible once this returns true.
      return thread == null || !thread.isAlive();
    }
  }

  private final Object lock = new Object();

  /** The tables of threads that may still add. Guarded by {@link #lock}. */
  private final List<ThreadCounts> threads = new ArrayList<>();

  /** Per-score counts of the threads that have ended. Guarded by {@link #lock}. */
  private final long[] ended = new long[Histogram.SCORES];

  /** The total of the threads that have ended. Guarded by {@link #lock}. */
  private long endedTotal;

  /** Sweep ended threads when registering once {@link #threads} reaches this size. */
  private int sweepAt = 16;

  private final ThreadLocal<long[]> counts = ThreadLocal.withInitial(this::register);

  /** Creates an empty accumulator. */
  public ConcurrentNpsAccumulator() {}

  private long[] register() {
    long[] fresh = new long[TOTAL + 1 + PADDING];
    synchronized (lock) {
      if (threads.size() >= sweepAt) {
        sweep();
        sweepAt = Math.max(16, 2 * threads.size());
      }
      threads.add(new ThreadCounts(new WeakReference<>(Thread.currentThread()), fresh));
    }
    return fresh;
  }

  /** Folds the counts of ended threads into {@link #ended} and drops their tables. */
  private void sweep() {
    for (Iterator<ThreadCounts> it = threads.iterator(); it.hasNext(); ) {
      ThreadCounts theirs = it.next();
      if (!theirs.ended()) {
        continue;
      }
      long[] folded = ended.clone();
      long total;
      try {
        for (int score = 0; score < Histogram.SCORES; score++) {
          folded[score] = Math.addExact(folded[score], theirs.counts()[PADDING + score]);
        }
        total = Math.addExact(endedTotal, theirs.counts()[TOTAL]);
      } catch (ArithmeticException overflow) {
        continue; // kept apart; reading the total reports the overflow
      }
      System.arraycopy(folded, 0, ended, 0, ended.length);
      endedTotal = total;
      it.remove();
    }
  }

  /** Returns how many threads' own tables are held, for tests. */
  int threadTables() {
    synchronized (lock) {
      return threads.size();
    }
  }

  /**
   * Adds one answer.
   *
   * @param score an answer from 0 to 10
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws ArithmeticException if this thread's total would overflow a {@code long}
   */
  public void add(int score) {
    Score.checkScore(score);
    increment(counts.get(), score);
  }

  /**
   * Adds the answer of one response; its segment and other fields are ignored.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws ArithmeticException if this thread's total would overflow a {@code long}
   */
  public void add(Response response) {
    increment(counts.get(), response.score());
  }

  private static void increment(long[] mine, int score) {
    // Only the owning thread writes its slots; opaque access keeps each value whole and visible.
    long total = (long) SLOT.getOpaque(mine, TOTAL);
    SLOT.setOpaque(mine, TOTAL, Math.addExact(total, 1));
    int slot = PADDING + score;
    SLOT.setOpaque(mine, slot, (long) SLOT.getOpaque(mine, slot) + 1);
  }

  /**
   * Adds a run of answers stored one per byte. Every byte is validated before anything is added.
   *
   * @param scores answers from 0 to 10, one per byte
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the array
   * @throws IllegalArgumentException if a byte is outside [0, 10]; the message names its index
   *     and value, and nothing is added
   * @throws ArithmeticException if this thread's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(byte[] scores, int from, int to) {
    Objects.checkFromToIndex(from, to, scores.length);
    long[] batch = new long[Histogram.SLOTS];
    ScoreColumns.countScores(scores, from, to, batch);
    long[] mine = counts.get();
    long total = Math.addExact((long) SLOT.getOpaque(mine, TOTAL), to - from);
    for (int score = 0; score < Histogram.SCORES; score++) {
      int slot = PADDING + score;
      SLOT.setOpaque(mine, slot, (long) SLOT.getOpaque(mine, slot) + batch[score]);
    }
    SLOT.setOpaque(mine, TOTAL, total);
  }

  /**
   * Returns the number of answers added so far by all threads.
   *
   * @return a count, 0 when empty
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public long total() {
    synchronized (lock) {
      sweep();
      long total = endedTotal;
      for (ThreadCounts theirs : threads) {
        total = Math.addExact(total, (long) SLOT.getOpaque(theirs.counts(), TOTAL));
      }
      return total;
    }
  }

  /**
   * Returns an immutable result holding the answers added so far by all threads; see the class
   * documentation for which concurrent additions it includes.
   *
   * @return the current result
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Nps snapshot() {
    long[] sum = new long[Histogram.SLOTS];
    synchronized (lock) {
      sweep();
      System.arraycopy(ended, 0, sum, 0, Histogram.SCORES);
      for (ThreadCounts theirs : threads) {
        for (int score = 0; score < Histogram.SCORES; score++) {
          long count = (long) SLOT.getOpaque(theirs.counts(), PADDING + score);
          sum[score] = Math.addExact(sum[score], count);
        }
      }
    }
    return new Nps(sum, Histogram.total(sum));
  }

  /** Describes the current state, as {@link Nps#toString()} does. */
  @Override
  public String toString() {
    return "ConcurrentNpsAccumulator" + snapshot().toString().substring("Nps".length());
  }
}

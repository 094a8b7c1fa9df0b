package dev.nps.internal;

import dev.nps.Category;
import dev.nps.ConcurrentNpsAccumulator;
import dev.nps.NpsAccumulator;
import dev.nps.Score;
import dev.nps.SegmentedNpsAccumulator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counting over columns of answers stored one per byte: the loops behind the columnar bulk paths
 * of {@link NpsAccumulator}, {@link SegmentedNpsAccumulator} and {@link ConcurrentNpsAccumulator}.
 *
 * <p>The loops read eight answers at a time as one {@code long} and validate them together with
 * word-at-a-time (SWAR) arithmetic: for a byte lane {@code v} below {@code 0x80}, {@code v + 0x75}
 * has its high bit set exactly when {@code v >= 11}, and no carry crosses into the next lane. A
 * lane of {@code 0x80} or more (a negative byte) is caught by its own high bit. So {@code (w | (w +
 * 0x7575...)) & 0x8080...} is zero exactly when all eight answers lie in [0, 10]. The loops OR
 * these masks together and test once at the end; only when that test fails does a plain loop look
 * for the first bad index, to name it in the exception. Counts computed from an invalid word are
 * garbage, but every table index is masked into range first, and the garbage is thrown away with
 * the batch.
 *
 * <p>Every method writes into a batch array owned by the caller and throws {@link
 * IllegalArgumentException} if an answer is invalid, in which case the batch must be discarded.
 * Nothing is allocated per answer; the per-score and per-row loops allocate a small scratch table
 * per call.
 */
public final class ScoreColumns {
  /** Reads eight bytes of a byte array as one {@code long}, at any index (plain access). */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of every byte lane. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Bit 0 of every byte lane. */
  private static final long LOW_BITS = 0x0101010101010101L;

  /** The most a byte-wide lane counter can hold. */
  private static final int MAX_LANE_COUNT = 255;

  /** Added to a word, sets the high bit of the lanes holding 11 or more. */
  private static final long ABOVE_MAX = 0x7575757575757575L;

  /** Added to a word of valid answers, sets the high bit of the lanes holding 7 or more. */
  private static final long PASSIVE_OR_ABOVE = 0x7979797979797979L;

  /** Added to a word of valid answers, sets the high bit of the lanes holding 9 or more. */
  private static final long PROMOTER = 0x7777777777777777L;

  /** Below this many answers the plain loop is as fast and allocates nothing extra. */
  private static final int SMALL_RUN = 64;

  /** Slots per table of answer pairs: two 4-bit answers make an 8-bit index. */
  private static final int PAIRS = 256;

  /** Tables of answer pairs, one per pair position in two words. */
  private static final int PAIR_TABLES = 8;

  /** Slots per row of a per-row scratch table: a 4-bit answer. */
  private static final int ROW_STRIDE = 16;

  /** Row numbers checked at a time before they are counted: 8 KiB, well within the L1 cache. */
  private static final int ROW_BLOCK = 2048;

  /** Above this many rows, per-row counting goes straight into the caller's table. */
  private static final int MAX_SCRATCH_ROWS = 1 << 22;

  private ScoreColumns() {}

  /**
   * Adds the answers {@code scores[from..to)} to {@code counts[0..10]}, one slot per score.
   *
   * <p>Two answers of a word are combined into one 8-bit index (the low nibble of one byte and the
   * low nibble of the next), so a word of eight answers costs four table increments. The loop
   * reads two words per iteration, and each of its eight increments goes to its own table, so that
   * equal pairs close together do not wait on each other's stores. The tables are folded into
   * eleven counts at the end.
   *
   * @throws IllegalArgumentException naming the first index and value outside [0, 10]
   */
  public static void countScores(byte[] scores, int from, int to, long[] counts) {
    if (to - from < SMALL_RUN) {
      countScoresPlain(scores, from, to, counts);
      return;
    }
    // int counts cannot overflow: a slot gets at most one increment per two words.
    int[] pairs = new int[PAIR_TABLES * PAIRS];
    long invalid = 0;
    int i = from;
    for (; i < to - 15; i += 2 * Long.BYTES) {
      long first = (long) WORDS.get(scores, i);
      long second = (long) WORDS.get(scores, i + Long.BYTES);
      invalid |= first | second | (first + ABOVE_MAX) | (second + ABOVE_MAX);
      // Byte 2k of 'packed' holds answer 2k in its low nibble and answer 2k + 1 in its high one.
      long packed = first | (first >>> 4);
      pairs[(int) packed & 0xFF]++;
      pairs[PAIRS + ((int) (packed >>> 16) & 0xFF)]++;
      pairs[2 * PAIRS + ((int) (packed >>> 32) & 0xFF)]++;
      pairs[3 * PAIRS + ((int) (packed >>> 48) & 0xFF)]++;
      packed = second | (second >>> 4);
      pairs[4 * PAIRS + ((int) packed & 0xFF)]++;
      pairs[5 * PAIRS + ((int) (packed >>> 16) & 0xFF)]++;
      pairs[6 * PAIRS + ((int) (packed >>> 32) & 0xFF)]++;
      pairs[7 * PAIRS + ((int) (packed >>> 48) & 0xFF)]++;
    }
    if ((invalid & HIGH_BITS) != 0) {
      throw invalidScore(scores, from, i);
    }
    countScoresPlain(scores, i, to, counts);
    for (int table = 0; table < PAIR_TABLES * PAIRS; table += PAIRS) {
      for (int high = 0; high <= Score.MAX; high++) {
        for (int low = 0; low <= Score.MAX; low++) {
          int count = pairs[table + (high << 4) + low];
          counts[low] += count;
          counts[high] += count;
        }
      }
    }
  }

  private static void countScoresPlain(byte[] scores, int from, int to, long[] counts) {
    for (int i = from; i < to; i++) {
      int score = scores[i];
      if (score < Score.MIN || score > Score.MAX) {
        throw invalidScore(i, score);
      }
      counts[score]++;
    }
  }

  /**
   * Adds the answers {@code scores[from..to)} to the three category-only slots of {@code counts}
   * ({@link Histogram#UNSCORED_DETRACTORS} and the two after it).
   *
   * <p>For each word, adding {@code 0x79} to every lane carries into the lane's high bit exactly
   * for answers of 7 or more, and adding {@code 0x77} for 9 or more. Those bits, shifted down to
   * bit 0 of each lane, are summed lane by lane in two {@code long}s of eight byte-wide counters.
   * A lane gains at most one per word, so the counters are emptied into {@code long} totals every
   * 255 words, before any can overflow.
   *
   * @throws IllegalArgumentException naming the first index and value outside [0, 10]
   */
  public static void countCategories(byte[] scores, int from, int to, long[] counts) {
    long atLeastPassive = 0;
    long promoters = 0;
    long invalid = 0;
    int i = from;
    int end = to - 7;
    while (i < end) {
      int blockEnd = (int) Math.min(end, i + (long) Long.BYTES * MAX_LANE_COUNT);
      long passiveLanes = 0;
      long promoterLanes = 0;
      for (; i < blockEnd; i += Long.BYTES) {
        long word = (long) WORDS.get(scores, i);
        invalid |= word | (word + ABOVE_MAX);
        passiveLanes += ((word + PASSIVE_OR_ABOVE) >>> 7) & LOW_BITS;
        promoterLanes += ((word + PROMOTER) >>> 7) & LOW_BITS;
      }
      atLeastPassive += sumOfLanes(passiveLanes);
      promoters += sumOfLanes(promoterLanes);
    }
    if ((invalid & HIGH_BITS) != 0) {
      throw invalidScore(scores, from, i);
    }
    for (; i < to; i++) {
      int score = scores[i];
      if (score < Score.MIN || score > Score.MAX) {
        throw invalidScore(i, score);
      }
      atLeastPassive += score >= Category.PASSIVE.lowest() ? 1 : 0;
      promoters += score >= Category.PROMOTER.lowest() ? 1 : 0;
    }
    counts[Histogram.UNSCORED_DETRACTORS] += (to - from) - atLeastPassive;
    counts[Histogram.UNSCORED_PASSIVES] += atLeastPassive - promoters;
    counts[Histogram.UNSCORED_PROMOTERS] += promoters;
  }

  /** Returns the sum of the eight unsigned byte lanes of {@code lanes}. */
  private static long sumOfLanes(long lanes) {
    long pairs = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
    return (pairs * 0x0001000100010001L) >>> 48;
  }

  /**
   * Adds answer {@code scores[i]} to row {@code rows[i]} of {@code table}, a row-major table with
   * {@code columns} columns of which the first eleven count scores, for every {@code i} in {@code
   * [from, to)}. Row numbers must lie in {@code [0, rowCount)}, and the table must have room for
   * {@code rowCount} rows.
   *
   * <p>Blocks of {@value #ROW_BLOCK} row numbers are first checked with a branch-free OR of {@code
   * row | (rowCount - 1 - row)}, whose sign bit is set exactly when a row is out of range; the
   * compiler can vectorize that loop. The counting loop then reads the block's answers eight per
   * word and increments a scratch table of 16
   * {@code int} columns per row, indexed by {@code row << 4 | answer}, with no check of its own
   * beyond the array's; answers are validated a word at a time as in {@link #countScores}.
   *
   * @throws IllegalArgumentException naming the first index whose answer or row number is invalid,
   *     and that value
   */
  public static void countByRow(
      byte[] scores, int[] rows, int from, int to, int rowCount, long[] table, int columns) {
    int length = to - from;
    // The scratch table costs 64 bytes per row: use it only when there are enough answers.
    if (length < SMALL_RUN || rowCount > length / 4 || rowCount > MAX_SCRATCH_ROWS) {
      countByRowPlain(scores, rows, from, to, rowCount, table, columns);
      return;
    }
    int lastRow = rowCount - 1;
    int[] scratch = new int[rowCount * ROW_STRIDE];
    long invalid = 0;
    int i = from;
    while (i < to - 7) {
      // Check a block of row numbers, then count it while it is still in the L1 cache.
      int blockEnd = i + Math.min(ROW_BLOCK, (to - i) & -Long.BYTES);
      int outOfRange = 0;
      for (int k = i; k < blockEnd; k++) {
        int row = rows[k];
        outOfRange |= row | (lastRow - row);
      }
      if (outOfRange < 0) {
        throw firstInvalid(scores, rows, from, blockEnd, rowCount);
      }
      for (; i < blockEnd; i += Long.BYTES) {
        long word = (long) WORDS.get(scores, i);
        invalid |= word | (word + ABOVE_MAX);
        // Masking to four bits keeps an invalid answer inside its row; it is reported below.
        scratch[(rows[i] << 4) | ((int) word & 0xF)]++;
        scratch[(rows[i + 1] << 4) | ((int) (word >>> 8) & 0xF)]++;
        scratch[(rows[i + 2] << 4) | ((int) (word >>> 16) & 0xF)]++;
        scratch[(rows[i + 3] << 4) | ((int) (word >>> 24) & 0xF)]++;
        scratch[(rows[i + 4] << 4) | ((int) (word >>> 32) & 0xF)]++;
        scratch[(rows[i + 5] << 4) | ((int) (word >>> 40) & 0xF)]++;
        scratch[(rows[i + 6] << 4) | ((int) (word >>> 48) & 0xF)]++;
        scratch[(rows[i + 7] << 4) | ((int) (word >>> 56) & 0xF)]++;
      }
    }
    if ((invalid & HIGH_BITS) != 0) {
      throw invalidScore(scores, from, i);
    }
    countByRowPlain(scores, rows, i, to, rowCount, table, columns);
    for (int row = 0; row < rowCount; row++) {
      for (int score = 0; score <= Score.MAX; score++) {
        table[row * columns + score] += scratch[(row << 4) | score];
      }
    }
  }

  private static void countByRowPlain(
      byte[] scores, int[] rows, int from, int to, int rowCount, long[] table, int columns) {
    for (int i = from; i < to; i++) {
      int score = scores[i];
      int row = rows[i];
      if (score < Score.MIN || score > Score.MAX) {
        throw invalidScore(i, score);
      }
      if (row < 0 || row >= rowCount) {
        throw invalidRow(i, row, rowCount);
      }
      table[row * columns + score]++;
    }
  }

  /**
   * Returns the exception for the first invalid answer in {@code scores[from..to)}, which the
   * caller knows to exist.
   */
  private static IllegalArgumentException invalidScore(byte[] scores, int from, int to) {
    for (int i = from; i < to; i++) {
      if (scores[i] < Score.MIN || scores[i] > Score.MAX) {
        return invalidScore(i, scores[i]);
      }
    }
    throw new AssertionError("no invalid score in [" + from + ", " + to + ")");
  }

  /**
   * Returns the exception for the first invalid answer or row number in {@code [from, to)}, in the
   * order a plain loop meets them (the answer first, then the row, at each index), which the
   * caller knows to exist.
   */
  private static IllegalArgumentException firstInvalid(
      byte[] scores, int[] rows, int from, int to, int rowCount) {
    for (int i = from; i < to; i++) {
      if (scores[i] < Score.MIN || scores[i] > Score.MAX) {
        return invalidScore(i, scores[i]);
      }
      if (rows[i] < 0 || rows[i] >= rowCount) {
        return invalidRow(i, rows[i], rowCount);
      }
    }
    throw new AssertionError("no invalid score or row in [" + from + ", " + to + ")");
  }

  public static IllegalArgumentException invalidScore(int index, int score) {
    return new IllegalArgumentException(
        "score at index " + index + " must be in [0, 10], was " + score);
  }

  public static IllegalArgumentException invalidRow(int index, int row, int rowCount) {
    return new IllegalArgumentException(
        "segment row at index " + index + " must be in [0, " + rowCount + "), was " + row);
  }
}

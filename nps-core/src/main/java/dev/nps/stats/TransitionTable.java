package dev.nps.stats;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.internal.Histogram;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable 3 &times; 3 table of how the same respondents moved between categories from one
 * survey wave to the next: {@code count(first, second)} respondents were in category {@code first}
 * in the first wave and {@code second} in the second.
 *
 * <p>The table is the sufficient statistic of a {@link PanelComparison}: it holds {@code long}
 * counts only, so {@link #plus(TransitionTable)} is exact, associative and commutative, and tables
 * built on disjoint sets of respondents (say, one per shard) merge into the table of all of them.
 *
 * <pre>{@code
 * TransitionTable table = TransitionTable.of(new long[][] {
 *     // second wave: detractor, passive, promoter
 *     {30, 10, 5},    // first wave detractors
 *     {8, 40, 12},    // first wave passives
 *     {2, 9, 84}});   // first wave promoters
 * table.first().score();    // NPS of the matched respondents in the first wave
 * table.second().score();   // ... and in the second
 * }</pre>
 */
public final class TransitionTable {
  private static final int SIZE = 3;
  private static final TransitionTable EMPTY = new TransitionTable(new long[SIZE * SIZE], 0);

  /** Row-major: index first.ordinal() * 3 + second.ordinal(). */
  private final long[] counts;
  private final long total;

  private TransitionTable(long[] counts, long total) {
    this.counts = counts;
    this.total = total;
  }

  /** Takes ownership of nine row-major counts, which must be non-negative. */
  static TransitionTable ofCells(long[] cells) {
    return new TransitionTable(cells, Histogram.total(cells));
  }

  /**
   * Returns the table of no respondents.
   *
   * @return the empty table
   */
  public static TransitionTable empty() {
    return EMPTY;
  }

  /**
   * Returns a table from its counts. Rows are the first wave's category and columns the second
   * wave's, both in the order detractor, passive, promoter ({@link Category} order).
   *
   * @param counts three rows of three non-negative counts; copied
   * @return the table
   * @throws NullPointerException if {@code counts} or a row is null
   * @throws IllegalArgumentException if the shape is not 3 &times; 3 or a count is negative; the
   *     message names the row and column or the wrong length
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static TransitionTable of(long[][] counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    if (counts.length != SIZE) {
      throw new IllegalArgumentException(
          "transition table must have 3 rows (detractor, passive, promoter), had "
              + counts.length);
    }
    long[] cells = new long[SIZE * SIZE];
    for (int row = 0; row < SIZE; row++) {
      long[] values = Objects.requireNonNull(counts[row], "row " + row + " must not be null");
      if (values.length != SIZE) {
        throw new IllegalArgumentException(
            "transition table row " + row + " must have 3 counts, had " + values.length);
      }
      for (int column = 0; column < SIZE; column++) {
        if (values[column] < 0) {
          throw new IllegalArgumentException(
              "transition count at row " + row + ", column " + column
                  + " must not be negative, was " + values[column]);
        }
        cells[row * SIZE + column] = values[column];
      }
    }
    return ofCells(cells);
  }

  /**
   * Returns how many respondents moved from one category to another.
   *
   * @param first the category in the first wave
   * @param second the category in the second wave
   * @return the count
   * @throws NullPointerException if an argument is null
   */
  public long count(Category first, Category second) {
    return counts[first.ordinal() * SIZE + second.ordinal()];
  }

  /**
   * Returns the number of respondents in the table.
   *
   * @return the sum of the nine counts
   */
  public long total() {
    return total;
  }

  /**
   * Returns whether the table has no respondents.
   *
   * @return {@code true} when {@link #total()} is 0
   */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns the first wave's answers of these respondents, as category counts (the row sums).
   *
   * @return a result without per-score histogram (see {@link Nps#ofCategories(long, long, long)})
   */
  public Nps first() {
    return Nps.ofCategories(rowSum(0), rowSum(1), rowSum(2));
  }

  /**
   * Returns the second wave's answers of these respondents, as category counts (the column sums).
   *
   * @return a result without per-score histogram (see {@link Nps#ofCategories(long, long, long)})
   */
  public Nps second() {
    return Nps.ofCategories(columnSum(0), columnSum(1), columnSum(2));
  }

  private long rowSum(int row) {
    return counts[row * SIZE] + counts[row * SIZE + 1] + counts[row * SIZE + 2];
  }

  private long columnSum(int column) {
    return counts[column] + counts[SIZE + column] + counts[2 * SIZE + column];
  }

  /** The row-major counts, not copied: callers in this package must not modify them. */
  long[] cells() {
    return counts;
  }

  /**
   * Returns the table of this table's respondents and another's together. The two sets of
   * respondents must be disjoint for the result to mean anything.
   *
   * @param other another table
   * @return a new table whose counts are the sums of both
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public TransitionTable plus(TransitionTable other) {
    return new TransitionTable(
        Histogram.sum(counts, other.counts), Math.addExact(total, other.total));
  }

  /** Two tables are equal when they hold the same counts. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof TransitionTable
            && Arrays.equals(counts, ((TransitionTable) other).counts));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * Lists the counts row by row, for example {@code "TransitionTable[[30, 10, 5], [8, 40, 12], [2,
   * 9, 84]]"}.
   */
  @Override
  public String toString() {
    return "TransitionTable["
        + Arrays.toString(Arrays.copyOfRange(counts, 0, 3)) + ", "
        + Arrays.toString(Arrays.copyOfRange(counts, 3, 6)) + ", "
        + Arrays.toString(Arrays.copyOfRange(counts, 6, 9)) + "]";
  }
}

package dev.nps.internal;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Score;

/**
 * The layout of the counts behind {@link Nps} and {@link NpsAccumulator}, and the checked
 * arithmetic on them.
 *
 * <p>Slots 0 to 10 count answers per score. Slots 11 to 13 count answers whose category is known
 * but whose exact score is not (detractors, passives, promoters), which only {@link
 * Nps#ofCategories(long, long, long)} and {@link NpsAccumulator#addCategories(byte[], int, int)}
 * create. Keeping them apart lets a result say truthfully whether its per-score histogram is
 * complete, and keeps merging a plain element-wise sum.
 */
public final class Histogram {
  /** Number of answer values, 0 to 10. */
  public static final int SCORES = Score.MAX + 1;

  /** Slot of detractors whose exact score is unknown. */
  public static final int UNSCORED_DETRACTORS = SCORES;

  /** Slot of passives whose exact score is unknown. */
  public static final int UNSCORED_PASSIVES = SCORES + 1;

  /** Slot of promoters whose exact score is unknown. */
  public static final int UNSCORED_PROMOTERS = SCORES + 2;

  /** Number of slots in a count array. */
  public static final int SLOTS = SCORES + 3;

  private Histogram() {}

  /**
   * Returns the element-wise sum of two count arrays of equal length.
   *
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static long[] sum(long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = Math.addExact(a[i], b[i]);
    }
    return sum;
  }

  /**
   * Returns the sum of all counts.
   *
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static long total(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total = Math.addExact(total, count);
    }
    return total;
  }

  /** Returns the number of answers in a category, scored or not. */
  public static long categoryCount(long[] counts, Category category) {
    long count = 0;
    for (int score = category.lowest(); score <= category.highest(); score++) {
      count += counts[score];
    }
    return count + counts[SCORES + category.ordinal()];
  }

  /** Returns whether every answer has a known score. */
  public static boolean isScored(long[] counts) {
    return counts[UNSCORED_DETRACTORS] == 0
        && counts[UNSCORED_PASSIVES] == 0
        && counts[UNSCORED_PROMOTERS] == 0;
  }
}

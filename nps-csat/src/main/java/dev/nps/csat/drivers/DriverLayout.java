package dev.nps.csat.drivers;

import dev.nps.csat.CsatScale;
import java.util.List;

/**
 * Where each exact sum of a driver analysis lives in one flat row of {@code long}s, and the two
 * operations on such a row: adding one response, and merging another row. The row has a fixed
 * width for given scales, so that one accumulator holds one row and a table of segments could
 * hold one row per segment.
 *
 * <p>Variable 0 is the outcome, variable {@code j} (1 to k) the j-th dimension. The row holds, in
 * order:
 *
 * <ol>
 *   <li>the number of responses;
 *   <li>for each variable, its histogram: one count per answer of its scale (the outcome's over
 *       every response, a dimension's over the responses that answered it);
 *   <li>the complete block, over the responses that answered every dimension: their count, the
 *       sum of each variable, and the sum of each product of two variables {@code a <= b}, in the
 *       order (0,0), (0,1), ..., (0,k), (1,1), (1,2), ..., (k,k);
 *   <li>one pair block for each pair of variables {@code a < b}, in the order (0,1), ..., (0,k),
 *       (1,2), ..., (k-1,k), over the responses that answered both: count, sum of a, sum of b, sum
 *       of a&sup2;, sum of a&middot;b, sum of b&sup2;.
 * </ol>
 *
 * <p>Every answer is in 0..10, so every sum over c responses lies in [0, 100 c]. While a row holds
 * fewer than {@link #SAFE_RESPONDENTS} responses, adding one cannot overflow any of its sums, and
 * the plain additions are exact; from there on, {@link #add} works on a copy with {@link
 * Math#addExact(long, long)}, so an overflow throws and leaves the row as it was.
 */
final class DriverLayout {
  /** The marker of an unanswered dimension. */
  static final int MISSING = -1;

  /** The largest product of two answers, 10 &times; 10. */
  static final long MAX_PRODUCT = (long) CsatScale.HIGHEST * CsatScale.HIGHEST;

  /** Below this many responses in a row, adding one cannot overflow any of its sums. */
  static final long SAFE_RESPONDENTS = Long.MAX_VALUE / MAX_PRODUCT;

  /** Slots per pair block. */
  static final int PAIR_WIDTH = 6;

  private final CsatScale[] scales;
  private final int variables;
  private final int[] histogramOffsets;
  private final int completeOffset;
  private final int pairsOffset;
  private final int width;

  DriverLayout(CsatScale outcomeScale, List<CsatScale> dimensionScales) {
    variables = dimensionScales.size() + 1;
    scales = new CsatScale[variables];
    scales[0] = outcomeScale;
    for (int j = 1; j < variables; j++) {
      scales[j] = dimensionScales.get(j - 1);
    }
    histogramOffsets = new int[variables];
    int offset = 1;
    for (int v = 0; v < variables; v++) {
      histogramOffsets[v] = offset;
      offset += scales[v].size();
    }
    completeOffset = offset;
    offset += 1 + variables + variables * (variables + 1) / 2;
    pairsOffset = offset;
    offset += PAIR_WIDTH * (variables * (variables - 1) / 2);
    width = offset;
  }

  /** The number of variables, the outcome and the k dimensions. */
  int variables() {
    return variables;
  }

  CsatScale scale(int variable) {
    return scales[variable];
  }

  /** The number of {@code long}s in one row. */
  int width() {
    return width;
  }

  /** The number of pair blocks, m (m - 1) / 2 for m variables. */
  int pairs() {
    return variables * (variables - 1) / 2;
  }

  /** The slot of the count of one answer of one variable. */
  int histogram(int variable, int answer) {
    return histogramOffsets[variable] + answer - scales[variable].min();
  }

  /** The slot of the count of complete responses. */
  int completeCount() {
    return completeOffset;
  }

  /** The slot of one variable's sum in the complete block. */
  int completeSum(int variable) {
    return completeOffset + 1 + variable;
  }

  /** The slot of the sum of a product in the complete block; {@code a <= b}. */
  int completeProduct(int a, int b) {
    return completeOffset + 1 + variables + a * (2 * variables - a + 1) / 2 + (b - a);
  }

  /** The index of the pair block of {@code a < b} among the pair blocks. */
  int pairIndex(int a, int b) {
    return a * (2 * variables - a - 1) / 2 + (b - a - 1);
  }

  /** The first slot of the pair block of {@code a < b}. */
  int pair(int a, int b) {
    return pairsOffset + PAIR_WIDTH * pairIndex(a, b);
  }

  /** The first slot of the pair block with the given index. */
  int pairAt(int index) {
    return pairsOffset + PAIR_WIDTH * index;
  }

  /**
   * Adds one response to the row at {@code offset}. The answers must have been checked: the
   * outcome on its scale, each rating on its scale or {@link #MISSING}.
   *
   * @param exact whether to add with {@link Math#addExact(long, long)}; needed from {@link
   *     #SAFE_RESPONDENTS} responses on, and then on a copy, since an overflow stops half-way
   */
  void add(long[] row, int offset, int outcome, int[] ratings, int ratingsOffset,
      boolean exact) {
    int[] values = new int[variables];
    values[0] = outcome;
    boolean complete = true;
    for (int j = 1; j < variables; j++) {
      values[j] = ratings[ratingsOffset + j - 1];
      complete &= values[j] != MISSING;
    }
    bump(row, offset, 1, exact);
    for (int v = 0; v < variables; v++) {
      if (values[v] != MISSING) {
        bump(row, offset + histogram(v, values[v]), 1, exact);
      }
    }
    if (complete) {
      int base = offset + completeOffset;
      bump(row, base, 1, exact);
      int product = base + 1 + variables;
      for (int a = 0; a < variables; a++) {
        bump(row, base + 1 + a, values[a], exact);
        for (int b = a; b < variables; b++) {
          bump(row, product++, (long) values[a] * values[b], exact);
        }
      }
    }
    int pair = offset + pairsOffset;
    for (int a = 0; a < variables; a++) {
      for (int b = a + 1; b < variables; b++, pair += PAIR_WIDTH) {
        int x = values[a];
        int y = values[b];
        if (x != MISSING && y != MISSING) {
          bump(row, pair, 1, exact);
          bump(row, pair + 1, x, exact);
          bump(row, pair + 2, y, exact);
          bump(row, pair + 3, (long) x * x, exact);
          bump(row, pair + 4, (long) x * y, exact);
          bump(row, pair + 5, (long) y * y, exact);
        }
      }
    }
  }

  private static void bump(long[] row, int slot, long amount, boolean exact) {
    row[slot] = exact ? Math.addExact(row[slot], amount) : row[slot] + amount;
  }

  /**
   * Returns the sum of two rows, slot by slot.
   *
   * @throws ArithmeticException if a sum overflows a {@code long}; neither row is changed
   */
  long[] sum(long[] a, int aOffset, long[] b, int bOffset) {
    long[] sum = new long[width];
    for (int i = 0; i < width; i++) {
      sum[i] = Math.addExact(a[aOffset + i], b[bOffset + i]);
    }
    return sum;
  }
}

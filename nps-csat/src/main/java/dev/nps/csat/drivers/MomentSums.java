package dev.nps.csat.drivers;

import java.util.Arrays;
import java.util.Objects;

/**
 * The exact integer sums of a group of variables over the responses that answered all of them:
 * their number, the sum of each variable, and the sum of each product of two variables (the sums
 * of squares on the diagonal). Means, variances, covariances and correlations of the group follow
 * from these sums exactly; a {@link DriverMoments} holds one such group for the responses that
 * answered every dimension and one for every pair of variables.
 *
 * <p>The products are the upper triangle of a symmetric matrix, row by row: row {@code i} holds the
 * sums of {@code x_i x_i}, {@code x_i x_(i+1)}, ..., {@code x_i x_(m-1)}. Immutable; two groups
 * are equal when their count and every sum are equal.
 *
 * <pre>{@code
 * // The answers (4, 9) and (2, 5) of two responses to two questions:
 * MomentSums sums = MomentSums.of(2, new long[] {6, 14},
 *     new long[][] {{4 * 4 + 2 * 2, 4 * 9 + 2 * 5}, {9 * 9 + 5 * 5}});
 * sums.product(1, 0);   // 46, the same as product(0, 1)
 * }</pre>
 */
public final class MomentSums {
  private final long count;
  private final long[] sums;
  /** The upper triangle, packed row by row. */
  private final long[] products;

  /** Takes ownership of both arrays. */
  MomentSums(long count, long[] sums, long[] products) {
    this.count = count;
    this.sums = sums;
    this.products = products;
  }

  /**
   * Returns the sums of a group of variables.
   *
   * @param count the number of responses, at least 0
   * @param sums the sum of each variable; at least one variable
   * @param products the upper triangle of the sums of products: {@code products[i]} holds the
   *     {@code m - i} sums of {@code x_i x_i} to {@code x_i x_(m-1)} for m variables
   * @return the group
   * @throws NullPointerException if an array or a row is null
   * @throws IllegalArgumentException if {@code count} is negative, there are no variables, or the
   *     products do not form the triangle of {@code sums.length} variables; the message names the
   *     expected and the actual length
   */
  public static MomentSums of(long count, long[] sums, long[][] products) {
    Objects.requireNonNull(sums, "sums must not be null");
    Objects.requireNonNull(products, "products must not be null");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    int m = sums.length;
    if (m == 0) {
      throw new IllegalArgumentException("at least one variable is needed, got no sums");
    }
    if (products.length != m) {
      throw new IllegalArgumentException("expected " + m + " rows of products for " + m
          + " variables, got " + products.length);
    }
    long[] packed = new long[m * (m + 1) / 2];
    int next = 0;
    for (int i = 0; i < m; i++) {
      long[] row = Objects.requireNonNull(products[i], "a row of products must not be null");
      if (row.length != m - i) {
        throw new IllegalArgumentException("row " + i + " of products must have " + (m - i)
            + " sums (x" + i + " times x" + i + " to x" + (m - 1) + "), got " + row.length);
      }
      System.arraycopy(row, 0, packed, next, row.length);
      next += row.length;
    }
    return new MomentSums(count, sums.clone(), packed);
  }

  /**
   * Returns the number of responses the sums are over.
   *
   * @return a count, at least 0
   */
  public long count() {
    return count;
  }

  /**
   * Returns the number of variables.
   *
   * @return at least 1
   */
  public int variables() {
    return sums.length;
  }

  /**
   * Returns the sum of one variable.
   *
   * @param variable its index, in [0, {@link #variables()})
   * @return the sum of its answers
   * @throws IndexOutOfBoundsException if {@code variable} is out of range
   */
  public long sum(int variable) {
    Objects.checkIndex(variable, sums.length);
    return sums[variable];
  }

  /**
   * Returns the sum of the products of two variables; {@code product(a, a)} is the sum of squares.
   *
   * @param a one variable's index, in [0, {@link #variables()})
   * @param b another variable's index (or the same), in [0, {@link #variables()})
   * @return the sum of {@code x_a x_b}, the same as {@code product(b, a)}
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long product(int a, int b) {
    Objects.checkIndex(a, sums.length);
    Objects.checkIndex(b, sums.length);
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    return products[i * (2 * sums.length - i + 1) / 2 + (j - i)];
  }

  /**
   * Returns the sum of each variable.
   *
   * @return a new array of {@link #variables()} sums
   */
  public long[] sums() {
    return sums.clone();
  }

  /**
   * Returns the upper triangle of the sums of products, in the shape {@link #of} takes.
   *
   * @return new arrays: row {@code i} holds {@code product(i, i)} to {@code product(i, m - 1)}
   */
  public long[][] products() {
    int m = sums.length;
    long[][] rows = new long[m][];
    int next = 0;
    for (int i = 0; i < m; i++) {
      rows[i] = Arrays.copyOfRange(products, next, next + m - i);
      next += m - i;
    }
    return rows;
  }

  /** Two groups are equal when their counts and all their sums are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MomentSums)) {
      return false;
    }
    MomentSums that = (MomentSums) other;
    return count == that.count && Arrays.equals(sums, that.sums)
        && Arrays.equals(products, that.products);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(count) * 31 + Arrays.hashCode(sums)) * 31 + Arrays.hashCode(products);
  }

  /**
   * Describes the sums, for example {@code "MomentSums[count=2, sums=[6, 14], products=[[20, 46],
   * [106]]]"}.
   */
  @Override
  public String toString() {
    return "MomentSums[count=" + count + ", sums=" + Arrays.toString(sums) + ", products="
        + Arrays.deepToString(products()) + "]";
  }
}

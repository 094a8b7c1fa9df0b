package dev.nps.csat;

import dev.nps.stats.RateDifference;
import java.util.Objects;

/**
 * The difference between two independent CSAT results on the same scale, a &minus; b (two
 * segments, two periods, two teams): of the score, as a {@link RateDifference} of the satisfied
 * shares in percentage points (the Miettinen&ndash;Nurminen score test and the interval that
 * inverts it), and of the mean, as a {@link MeanDifference} (Welch).
 *
 * <pre>{@code
 * CsatDifference change = CsatDifference.of(thisMonth, lastMonth);
 * change.share().estimate();                 // e.g. +4.2 points of CSAT
 * change.share().confidenceInterval(0.95);   // score interval, in points
 * change.share().pValue();
 * change.mean().estimate();                  // e.g. +0.15 on the 1-5 scale
 * change.mean().pValue();                    // Welch's t test
 * }</pre>
 *
 * <p>Two differences are equal when they compare equal results in the same order.
 */
public final class CsatDifference {
  private final Csat a;
  private final Csat b;
  private final RateDifference share;

  private CsatDifference(Csat a, Csat b) {
    this.a = a;
    this.b = b;
    this.share = RateDifference.of(a.satisfiedRate(), b.satisfiedRate());
  }

  /**
   * Returns the difference a &minus; b of two independent results.
   *
   * @param a the first result
   * @param b the second result, on the same scale
   * @return the difference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scales differ or a result is empty; the message says
   *     which
   */
  public static CsatDifference of(Csat a, Csat b) {
    Objects.requireNonNull(a, "result a must not be null");
    Objects.requireNonNull(b, "result b must not be null");
    Csat.checkSameScale(a, b);
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException(
          "result " + (a.isEmpty() ? "a" : "b") + " is empty (total is 0): a difference needs at"
              + " least one answer in each group");
    }
    return new CsatDifference(a, b);
  }

  /**
   * Returns the first result.
   *
   * @return a
   */
  public Csat a() {
    return a;
  }

  /**
   * Returns the second result.
   *
   * @return b
   */
  public Csat b() {
    return b;
  }

  /**
   * Returns the difference of the scores (satisfied shares), in percentage points.
   *
   * @return the difference of {@link Csat#satisfiedRate()} of a and b
   */
  public RateDifference share() {
    return share;
  }

  /**
   * Returns Welch's comparison of the mean answers.
   *
   * @return the difference of {@link Csat#mean()} of a and b
   * @throws IllegalStateException if a result has fewer than 2 answers; the message names it
   */
  public MeanDifference mean() {
    try {
      return MeanDifference.of(a, b);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Returns whether another object is a difference of equal results, in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CsatDifference)) {
      return false;
    }
    CsatDifference that = (CsatDifference) other;
    return a.equals(that.a) && b.equals(that.b);
  }

  @Override
  public int hashCode() {
    return 31 * a.hashCode() + b.hashCode();
  }

  /** Describes the difference by its share part. */
  @Override
  public String toString() {
    return "CsatDifference[share=" + share + "]";
  }
}

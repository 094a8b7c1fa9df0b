package dev.nps.csat.drivers;

/**
 * The place of a dimension in the importance &times; performance view (importance-performance
 * analysis, after J. A. Martilla and J. C. James, "Importance-performance analysis", <i>Journal of
 * Marketing</i> 41(1), 1977, who named the four quadrants): importance against the median
 * importance of the dimensions, performance (the top-box share) against their median performance.
 *
 * <p>A dimension is <em>important</em> when its importance is at or above the median importance,
 * and <em>performs well</em> unless its top-box share is below the median top-box share; a
 * dimension exactly at a median therefore counts as important, and as performing well.
 */
public enum Quadrant {
  /**
   * Important and performing below the median: what to fix first (Martilla and James's
   * "concentrate here").
   */
  FIX_FIRST,

  /**
   * Important and performing at or above the median: a strength to keep ("keep up the good
   * work").
   */
  KEEP_UP,

  /**
   * Less important and performing below the median: a weakness that matters less ("low
   * priority").
   */
  LOW_PRIORITY,

  /**
   * Less important and performing at or above the median: effort that may be better spent
   * elsewhere ("possible overkill").
   */
  POSSIBLE_OVERKILL
}

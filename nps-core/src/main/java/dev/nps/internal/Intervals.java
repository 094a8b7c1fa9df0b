package dev.nps.internal;

import dev.nps.stats.Interval;

/** Operations on intervals that the library needs and its users do not. */
public final class Intervals {
  private Intervals() {}

  /**
   * Returns an interval clipped to a range, as for an estimate that cannot leave [min, max].
   *
   * @param interval the interval
   * @param min the lowest possible value
   * @param max the highest possible value, at least {@code min}
   * @return the interval with each bound moved into [min, max]; a point at {@code min} or {@code
   *     max} when the interval lies wholly outside
   * @throws IllegalArgumentException if {@code min} is greater than {@code max} or either is NaN
   */
  public static Interval clip(Interval interval, double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException(
          "clip range must have min <= max, was [" + min + ", " + max + "]");
    }
    return Interval.of(
        Math.min(Math.max(interval.lower(), min), max),
        Math.max(Math.min(interval.upper(), max), min));
  }
}

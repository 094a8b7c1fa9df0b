package dev.nps.stats;

import dev.nps.internal.Intervals;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


class IntervalTest {
  @Test
  void accessors() {
    Interval interval = Interval.of(-12.5, 30.0);
    assertEquals(-12.5, interval.lower());
    assertEquals(30.0, interval.upper());
    assertEquals(42.5, interval.width());
    assertEquals(8.75, interval.midpoint());
  }

  @Test
  void containsIsClosedOnBothEnds() {
    Interval interval = Interval.of(-1.0, 2.0);
    assertTrue(interval.contains(-1.0));
    assertTrue(interval.contains(2.0));
    assertTrue(interval.contains(0.5));
    assertFalse(interval.contains(-1.0000001));
    assertFalse(interval.contains(2.0000001));
    assertFalse(interval.contains(Double.NaN));
  }

  @Test
  void aPointIsAnInterval() {
    Interval point = Interval.of(100.0, 100.0);
    assertEquals(0.0, point.width());
    assertTrue(point.contains(100.0));
  }

  @Test
  void infiniteBoundsAreAllowed() {
    Interval line = Interval.of(Double.NEGATIVE_INFINITY, 3.0);
    assertTrue(line.contains(-1e300));
    assertEquals(Double.POSITIVE_INFINITY, line.width());
    assertEquals(Double.NEGATIVE_INFINITY, line.midpoint());
  }

  @Test
  void equalityIsByBoundsAndIgnoresTheSignOfZero() {
    assertEquals(Interval.of(1.0, 2.0), Interval.of(1.0, 2.0));
    assertEquals(Interval.of(1.0, 2.0).hashCode(), Interval.of(1.0, 2.0).hashCode());
    assertEquals(Interval.of(-0.0, 0.0), Interval.of(0.0, 0.0));
    assertEquals(Interval.of(-0.0, 0.0).hashCode(), Interval.of(0.0, 0.0).hashCode());
    assertNotEquals(Interval.of(1.0, 2.0), Interval.of(1.0, 3.0));
    assertNotEquals(Interval.of(1.0, 2.0), Interval.of(0.0, 2.0));
    assertNotEquals(Interval.of(1.0, 2.0), "[1.0, 2.0]");
  }

  @Test
  void toStringShowsExactBounds() {
    assertEquals("[-12.5, 30.0]", Interval.of(-12.5, 30.0).toString());
  }

  @Test
  void rejectsReversedBounds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.of(3.0, 1.0));
    assertEquals(
        "interval lower bound must not exceed upper bound, were [3.0, 1.0]", e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.of(Double.NaN, 1.0));
    assertEquals("interval bounds must not be NaN, were [NaN, 1.0]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Interval.of(0.0, Double.NaN));
  }

  @Test
  void clipKeepsTheInsideAndCollapsesOutsideParts() {
    assertEquals(Interval.of(90.0, 100.0), Intervals.clip(Interval.of(90.0, 106.0), -100, 100));
    assertEquals(Interval.of(-100.0, 100.0), Intervals.clip(Interval.of(-130.0, 106.0), -100, 100));
    assertEquals(Interval.of(100.0, 100.0), Intervals.clip(Interval.of(100.0, 100.0), -100, 100));
  }

  @Test
  void clipMovesBoundsIntoTheRange() {
    assertEquals(Interval.of(-100, 40), Intervals.clip(Interval.of(-130, 40), -100, 100));
    assertEquals(Interval.of(100, 100), Intervals.clip(Interval.of(120, 150), -100, 100));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Intervals.clip(Interval.of(0, 1), 5, 4));
    assertEquals("clip range must have min <= max, was [5.0, 4.0]", e.getMessage());
  }
}

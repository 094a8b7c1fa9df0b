package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class NpsDifferenceTest {
  private static final double EPS = 1e-9;

  /** a: 10 detractors, 20 passives, 70 promoters (NPS 60); b: 20, 30, 50 (NPS 30). */
  private static final Nps A = Nps.ofCounts(10, 20, 70);

  private static final Nps B = Nps.ofCounts(20, 30, 50);

  @Test
  void waldDifferenceOfIndependentGroups() {
    // Va = 0.8 - 0.6^2 = 0.44, Vb = 0.7 - 0.3^2 = 0.61;
    // SE = 100 sqrt(0.44/100 + 0.61/100) = 100 sqrt(0.0105) = 10.2469507659596;
    // z = 30 / 10.24695 = 2.9277002188456; p = 2 Q(z) = 0.0034147911781178 (mpmath, 30 digits);
    // CI = 30 -/+ 1.959964 * 10.24695 = [9.916345547364, 50.083654452636].
    NpsDifference difference = NpsDifference.of(A, B);
    assertEquals(30.0, difference.estimate(), EPS);
    assertEquals(30.0, difference.center(), EPS);
    assertEquals(100 * Math.sqrt(0.0105), difference.standardError(), EPS);
    assertEquals(2.9277002188455995, difference.z(), EPS);
    assertEquals(0.0034147911781178172, difference.pValue(), 1e-13);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(9.916345547364065, interval.lower(), EPS);
    assertEquals(50.083654452635935, interval.upper(), EPS);
    assertFalse(difference.isAdjusted());
    assertEquals(A, difference.a());
    assertEquals(B, difference.b());
  }

  @Test
  void theEstimateIsSignedAndTheIntervalIsBuiltAroundIt() {
    // Swapping the groups negates the estimate and mirrors the interval; an interval built around
    // |a - b| would stay at [9.9, 50.1] and wrongly exclude every negative difference.
    NpsDifference reversed = NpsDifference.of(B, A);
    assertEquals(-30.0, reversed.estimate(), EPS);
    assertEquals(-2.9277002188455995, reversed.z(), EPS);
    assertEquals(NpsDifference.of(A, B).pValue(), reversed.pValue(), 1e-15);
    Interval interval = reversed.confidenceInterval(0.95);
    assertEquals(-50.083654452635935, interval.lower(), EPS);
    assertEquals(-9.916345547364065, interval.upper(), EPS);
    assertTrue(interval.contains(reversed.estimate()));
    assertFalse(interval.contains(30.0));
  }

  @Test
  void adjustedDifferenceAddsPseudoCountsToEachGroup() {
    // a' = (10.75, 21.5, 70.75), b' = (20.75, 31.5, 50.75), n = 103 each:
    // centre = 100 (60/103 - 30/103) = 29.126213592233; SE from the adjusted shares =
    // 10.150655123024; z = 2.869392491345; p = 0.0041126111526304 (mpmath, 30 digits).
    NpsDifference adjusted = NpsDifference.adjusted(A, B);
    assertTrue(adjusted.isAdjusted());
    assertEquals(30.0, adjusted.estimate(), EPS);
    assertEquals(100 * 30.0 / 103, adjusted.center(), EPS);
    double va = (10.75 + 70.75) / 103 - Math.pow(60.0 / 103, 2);
    double vb = (20.75 + 50.75) / 103 - Math.pow(30.0 / 103, 2);
    assertEquals(100 * Math.sqrt(va / 103 + vb / 103), adjusted.standardError(), EPS);
    assertEquals(10.150655123023944, adjusted.standardError(), EPS);
    assertEquals(2.8693924913445516, adjusted.z(), EPS);
    assertEquals(0.004112611152630441, adjusted.pValue(), 1e-13);
    Interval interval = adjusted.confidenceInterval(0.95);
    assertEquals(9.231295131619086, interval.lower(), EPS);
    assertEquals(49.02113205284693, interval.upper(), EPS);
  }

  @Test
  void degenerateGroupsWithoutAdjustment() {
    Nps promoters = Nps.ofScores(10, 9, 10);
    Nps detractors = Nps.ofScores(0, 3);
    // Both groups in one category each: the Wald SE is 0 and the difference is certain.
    NpsDifference difference = NpsDifference.of(promoters, detractors);
    assertEquals(200.0, difference.estimate(), EPS);
    assertEquals(0.0, difference.standardError());
    assertEquals(Double.POSITIVE_INFINITY, difference.z());
    assertEquals(0.0, difference.pValue());
    assertEquals(Interval.of(200, 200), difference.confidenceInterval(0.95));
    NpsDifference same = NpsDifference.of(promoters, promoters);
    assertEquals(0.0, same.z());
    assertEquals(1.0, same.pValue());
    // The adjusted variant still gives a usable interval, clipped to [-200, 200].
    Interval adjusted = NpsDifference.adjusted(promoters, detractors).confidenceInterval(0.95);
    assertTrue(adjusted.width() > 50 && adjusted.upper() <= 200, adjusted.toString());
  }

  @Test
  void intervalContainsTheCentreAndPValueMatchesTheInterval() {
    // Counts (d1, m1, p1, d2, m2, p2), each group non-empty.
    qt().forAll(lists().of(integers().between(0, 50)).ofSize(6))
        .assuming(c -> c.get(0) + c.get(1) + c.get(2) > 0 && c.get(3) + c.get(4) + c.get(5) > 0)
        .checkAssert(
            c -> {
              NpsDifference difference =
                  NpsDifference.of(
                      Nps.ofCounts(c.get(0), c.get(1), c.get(2)),
                      Nps.ofCounts(c.get(3), c.get(4), c.get(5)));
              Interval interval = difference.confidenceInterval(0.95);
              assertTrue(interval.contains(difference.center()));
              assertTrue(interval.lower() >= -200 && interval.upper() <= 200);
              // 0 lies outside the 95% interval exactly when p < 0.05 (duality of Wald tests).
              if (Math.abs(Math.abs(difference.z()) - 1.959963984540054) > 1e-9) {
                assertEquals(!interval.contains(0.0), difference.pValue() < 0.05);
              }
            });
  }

  @Test
  void emptyGroupsAreRejected() {
    IllegalArgumentException a =
        assertThrows(IllegalArgumentException.class, () -> NpsDifference.of(Nps.empty(), B));
    assertEquals("cannot compare an empty group: a has no answers (total is 0)", a.getMessage());
    IllegalArgumentException b =
        assertThrows(
            IllegalArgumentException.class, () -> NpsDifference.adjusted(A, Nps.empty()));
    assertEquals("cannot compare an empty group: b has no answers (total is 0)", b.getMessage());
    assertThrows(NullPointerException.class, () -> NpsDifference.of(null, B));
  }

  @Test
  void invalidLevelIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NpsDifference.of(A, B).confidenceInterval(1.5));
    assertEquals("level must be in (0, 1), was 1.5", e.getMessage());
  }

  @Test
  void toStringRoundsForReading() {
    assertEquals(
        "NpsDifference[estimate=30.00, standardError=10.25, pValue=0.003415, adjusted=false]",
        NpsDifference.of(A, B).toString());
  }
}

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Nps;
import org.junit.jupiter.api.Test;

class NpsDifferenceTest {
  private static final double EPS = 1e-9;

  /** a: 10 detractors, 20 passives, 70 promoters (NPS 60); b: 20, 30, 50 (NPS 30). */
  private static final Nps A = Nps.ofCategories(10, 20, 70);

  private static final Nps B = Nps.ofCategories(20, 30, 50);

  @Test
  void waldDifferenceOfIndependentGroups() {
    // Va = 0.8 - 0.6^2 = 0.44, Vb = 0.7 - 0.3^2 = 0.61;
    // SE = 100 sqrt(0.44/100 + 0.61/100) = 100 sqrt(0.0105) = 10.2469507659596;
    // CI = 30 -/+ 1.959964 * 10.24695 = [9.916345547364, 50.083654452636].
    // The test pools both groups: (30, 50, 120) of 200, V0 = 0.75 - 0.45^2 = 0.5475,
    // SE0 = 100 sqrt(0.5475 (1/100 + 1/100)) = 10.464224768228; z = 30 / SE0 = 2.8669108954050,
    // p = 2 Q(z) = 0.0041449969699431 (mpmath, 30 digits).
    NpsDifference difference = NpsDifference.of(A, B);
    assertEquals(30.0, difference.estimate(), EPS);
    assertEquals(30.0, difference.center(), EPS);
    assertEquals(100 * Math.sqrt(0.0105), difference.standardError(), EPS);
    assertEquals(2.8669108954049794, difference.z(), EPS);
    assertEquals(0.0041449969699430907, difference.pValue(), 1e-13);
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
    assertEquals(-2.8669108954049794, reversed.z(), EPS);
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
    // 10.150655123024. The test pools the adjusted counts: (31.5, 53, 121.5) of 206,
    // V0 = 153/206 - (90/206)^2 = 0.55184277500236, SE0 = 100 sqrt(V0 * 2/103);
    // z = 2.8137140816239, p = 0.0048972765075966 (mpmath, 30 digits).
    NpsDifference adjusted = NpsDifference.adjusted(A, B);
    assertTrue(adjusted.isAdjusted());
    assertEquals(30.0, adjusted.estimate(), EPS);
    assertEquals(100 * 30.0 / 103, adjusted.center(), EPS);
    double va = (10.75 + 70.75) / 103 - Math.pow(60.0 / 103, 2);
    double vb = (20.75 + 50.75) / 103 - Math.pow(30.0 / 103, 2);
    assertEquals(100 * Math.sqrt(va / 103 + vb / 103), adjusted.standardError(), EPS);
    assertEquals(10.150655123023944, adjusted.standardError(), EPS);
    assertEquals(2.8137140816238531, adjusted.z(), EPS);
    assertEquals(0.0048972765075965556, adjusted.pValue(), 1e-13);
    Interval interval = adjusted.confidenceInterval(0.95);
    assertEquals(9.231295131619086, interval.lower(), EPS);
    assertEquals(49.02113205284693, interval.upper(), EPS);
  }

  @Test
  void degenerateGroupsWithoutAdjustment() {
    Nps promoters = Nps.ofAnswers(10, 9, 10);
    Nps detractors = Nps.ofAnswers(0, 3);
    // Both groups in one category each: the Wald SE is 0, so the interval is a point, but the
    // test pools (2, 0, 3) of 5: V0 = 1 - 0.2^2 = 0.96, SE0 = 100 sqrt(0.96 (1/3 + 1/2)) =
    // 89.442719, z = 200 / SE0 = 2.2360679775, p = 0.025347318677 (mpmath): five answers are
    // some evidence, not certainty.
    NpsDifference difference = NpsDifference.of(promoters, detractors);
    assertEquals(200.0, difference.estimate(), EPS);
    assertEquals(0.0, difference.standardError());
    assertEquals(2.2360679774997897, difference.z(), EPS);
    assertEquals(0.025347318677468264, difference.pValue(), 1e-13);
    assertEquals(Interval.of(200, 200), difference.confidenceInterval(0.95));
    // One promoter against one detractor: pooled (1, 0, 1), V0 = 1, SE0 = 100 sqrt(2),
    // z = 200 / 141.42 = sqrt(2) = 1.41421, p = 0.1573 -- not 0.
    NpsDifference single = NpsDifference.of(Nps.ofAnswers(10), Nps.ofAnswers(0));
    assertEquals(Math.sqrt(2), single.z(), EPS);
    assertEquals(0.15729920705028513, single.pValue(), 1e-12);
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
                      Nps.ofCategories(c.get(0), c.get(1), c.get(2)),
                      Nps.ofCategories(c.get(3), c.get(4), c.get(5)));
              Interval interval = difference.confidenceInterval(0.95);
              assertTrue(interval.contains(difference.center()));
              assertTrue(interval.lower() >= -200 && interval.upper() <= 200);
              // The pooled test's z has the sign of the centre, and its p-value is a probability.
              assertEquals(Math.signum(difference.center()), Math.signum(difference.z()));
              assertTrue(difference.pValue() >= 0 && difference.pValue() <= 1);
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
        "NpsDifference[estimate=30.00, standardError=10.25, pValue=0.004145, adjusted=false]",
        NpsDifference.of(A, B).toString());
  }
}

package dev.nps.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Nps;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

class ScoreInferenceTest {
  @Test
  void rootsAreFoundToARelativeOneInTenToTheThirteen() {
    double cubeRoot = Roots.findRoot(x -> x * x * x - 2, 0, 2, -2, 6);
    assertEquals(Math.cbrt(2), cubeRoot, 1e-13 * Math.cbrt(2));
    // A root near 1e-200 keeps its relative accuracy (an absolute tolerance would return 0).
    double tiny = Roots.findRoot(x -> x - 3e-200, 0, 1, -3e-200, 1);
    assertEquals(3e-200, tiny, 1e-13 * 3e-200);
    // A jump: the sign changes at 0.3, where the function is discontinuous.
    double jump = Roots.findRoot(x -> x < 0.3 ? 1.0 : -1.0, 0, 1, 1, -1);
    assertEquals(0.3, jump, 1e-13);
    // Infinite values at an end do not stop it.
    double infinite =
        Roots.findRoot(x -> 1 / x - 4, 0, 1, Double.POSITIVE_INFINITY, -3);
    assertEquals(0.25, infinite, 1e-13 * 0.25);
    // A root at exactly 0 ends when no double lies between the ends of the bracket.
    assertEquals(0.0, Roots.findRoot(x -> x, -1, 1, -1, 1), Double.MIN_VALUE);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Roots.findRoot(x -> 1, 0, 1, 1, 1));
    assertEquals("no sign change in [0.0, 1.0]: f = 1.0 and 1.0", e.getMessage());
  }

  @Test
  void tangoLimitsToARelativeOneInTenToTheThirteen() {
    // score_reference.py (bisection in 40-digit decimals to 1e-30): one promoter
    // [-58.69013712455252240650, 100]; 20 detractors, 30 passives, 50 promoters
    // [13.95514161419568599199, 44.33930663358594445675]. Bisection to an absolute 1e-12 on the
    // -1..1 scale gave -58.69013712458582, off by 3e-11 points.
    Interval one = Nps.ofCategories(0, 0, 1).confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(-58.6901371245525224, one.lower(), 1e-13 * 58.69);
    assertEquals(100.0, one.upper());
    Interval many = Nps.ofCategories(20, 30, 50).confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(13.955141614195686, many.lower(), 2e-13 * 13.96);
    assertEquals(44.339306633585944, many.upper(), 2e-13 * 44.34);
  }

  @Test
  void theGeneralOneSampleScoreOnThreeValuesIsTangos() {
    // Two different computations of the same restricted estimate: Tango's closed-form quadratic
    // and the Lagrange-multiplier root on an arbitrary finite support.
    double[] values = {-1, 0, 1};
    qt().forAll(lists().of(integers().between(0, 40)).ofSize(3), doubles().between(-0.999, 0.999))
        .assuming((c, delta) -> c.get(0) + c.get(1) + c.get(2) > 0)
        .checkAssert(
            (c, delta) -> {
              double[] counts = {c.get(0), c.get(1), c.get(2)};
              double n = counts[0] + counts[1] + counts[2];
              double general = ScoreInference.oneSampleZ(values, counts, delta);
              double tango = Inference.tangoZ(counts[0], counts[2], n, delta);
              assertEquals(tango, general, 1e-9 * Math.max(1, Math.abs(tango)),
                  () -> c + " delta " + delta);
            });
  }

  @Test
  void aGroupAllOnAnEndKeepsItsOneSidedScoreAtThatEnd() {
    // Groups without passives have profile log-likelihood D log(1 - t) + P log(1 + t) + const
    // (restricted shares (1 - t)/2 and (1 + t)/2), so for a = 7 detractors, 11 promoters and
    // b = 21 detractors the summed score is -7/(1 - t) + 11/(1 + t) - 21/(1 - t + delta) on
    // [delta - 1, 1]. Bisection in 50-digit decimals (Python decimal):
    // delta 0.6937562592806135: the score at t = delta - 1 is -0.0031645537890468610 < 0, so the
    // estimate is that end; delta 0.69: score +0.0985 at the end, root -0.30695457834249474265.
    ScoreInference.Group a = ScoreInference.Group.ofCategories(7, 0, 11);
    ScoreInference.Group b = ScoreInference.Group.ofCategories(21, 0, 0);
    double delta = 0.6937562592806135;
    assertEquals(delta - 1, ScoreInference.restrictedMean(a, b, delta), 1e-15);
    assertEquals(-0.30695457834249474, ScoreInference.restrictedMean(a, b, 0.69), 1e-14);
    // The one-sided score of b at its end: -21/2, not the 0/0 of a vanishing variance.
    assertEquals(-10.5, b.profileScore(-1.0), 0.0);
    assertEquals(-21 / (1 - (-1 + 1e-9)), b.profileScore(-1 + 1e-9), 1e-12);
  }

  @Test
  void theRestrictedEstimateSolvesTheProfileScoreEquation() {
    qt().forAll(lists().of(integers().between(0, 30)).ofSize(6), doubles().between(-1.9, 1.9))
        .assuming((c, delta) -> c.get(0) + c.get(1) + c.get(2) > 0
            && c.get(3) + c.get(4) + c.get(5) > 0)
        .checkAssert(
            (c, delta) -> {
              ScoreInference.Group a = ScoreInference.Group.ofCategories(c.get(0), c.get(1),
                  c.get(2));
              ScoreInference.Group b = ScoreInference.Group.ofCategories(c.get(3), c.get(4),
                  c.get(5));
              double theta = ScoreInference.restrictedMean(a, b, delta);
              assertTrue(theta >= Math.max(-1, delta - 1) && theta <= Math.min(1, delta + 1));
              // Moving theta_a either way lowers the summed profile score's integral: its sign
              // changes across the estimate (or the estimate sits at an end).
              double step = 1e-7;
              double low = Math.max(Math.max(-1, delta - 1), theta - step);
              double high = Math.min(Math.min(1, delta + 1), theta + step);
              double below = a.profileScore(low) + b.profileScore(low - delta);
              double above = a.profileScore(high) + b.profileScore(high - delta);
              assertTrue(low == theta || below >= 0, () -> c + " " + delta + " below " + below);
              assertTrue(high == theta || above <= 0, () -> c + " " + delta + " above " + above);
            });
  }
}

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Nps;
import dev.nps.internal.ScoreInference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The score method's figures are cited from {@code nps-core/src/test/reference/score_reference.py}
 * (40-digit decimals, restricted estimate by golden-section maximisation of the likelihood, limits
 * by bisection to 1e-30); the Wald figures are worked by hand.
 */
class NpsDifferenceTest {
  private static final double EPS = 1e-9;

  /** a: 10 detractors, 20 passives, 70 promoters (NPS 60); b: 20, 30, 50 (NPS 30). */
  private static final Nps A = Nps.ofCategories(10, 20, 70);

  private static final Nps B = Nps.ofCategories(20, 30, 50);

  @Test
  void scoreMethodIsTheDefault() {
    // score_reference.py, "a = (10, 20, 70), b = (20, 30, 50)": z = 2.84078147326085977282708,
    // nullSE = 10.5604743914229255638725 points, p = 0.00450031388040215,
    // 95% interval [9.52275221291780216134, 49.95622494813684185044].
    NpsDifference difference = NpsDifference.of(A, B);
    assertEquals(DifferenceMethod.SCORE, difference.method());
    assertEquals(30.0, difference.estimate(), EPS);
    assertEquals(30.0, difference.center(), EPS);
    assertEquals(2.8407814732608598, difference.z(), 1e-12);
    assertEquals(difference.z(), difference.statistic());
    assertEquals(10.560474391422926, difference.nullStandardError(), 1e-11);
    assertEquals(0.00450031388040215, difference.pValue(), 1e-15);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(9.52275221291780216, interval.lower(), 1e-11);
    assertEquals(49.95622494813684185, interval.upper(), 1e-11);
    // The descriptive standard error is the one at the observed shares (worked below).
    assertEquals(100 * Math.sqrt(0.0105), difference.standardError(), EPS);
    assertEquals(A, difference.a());
    assertEquals(B, difference.b());
  }

  @Test
  void scoreFiguresOfTheExamplesWhereTestAndIntervalUsedToDisagree() {
    // Before, the pooled test gave p = 0.066 with a Wald interval of [-42.0, -11.3], and p = 0.049
    // with [-10.5, 57.2]. score_reference.py: z = -2.68885150133756179600788, p =
    // 0.00716983065365493, [-40.74420233493302870073, -8.70668666425613550555]; and z =
    // 1.30707725733630602906044, p = 0.19118647435557337, [-11.55633006661197064617,
    // 53.47786550136256764644].
    NpsDifference first = NpsDifference.of(Nps.ofCategories(0, 29, 1), Nps.ofCategories(24, 36, 60));
    assertEquals(-2.688851501337562, first.z(), 1e-12);
    assertEquals(0.00716983065365493, first.pValue(), 1e-15);
    assertEquals(-40.74420233493303, first.confidenceInterval(0.95).lower(), 1e-11);
    assertEquals(-8.706686664256136, first.confidenceInterval(0.95).upper(), 1e-11);
    NpsDifference second =
        NpsDifference.of(Nps.ofCategories(10, 3, 17), Nps.ofCategories(12, 96, 12));
    assertEquals(1.307077257336306, second.z(), 1e-12);
    assertEquals(0.19118647435557337, second.pValue(), 1e-14);
    assertEquals(-11.55633006661197, second.confidenceInterval(0.95).lower(), 1e-11);
    assertEquals(53.47786550136257, second.confidenceInterval(0.95).upper(), 1e-11);
  }

  @Test
  void waldIsKeptForComparisonAndIsOneProcedureToo() {
    // Va = 0.8 - 0.6^2 = 0.44, Vb = 0.7 - 0.3^2 = 0.61;
    // SE = 100 sqrt(0.44/100 + 0.61/100) = 100 sqrt(0.0105) = 10.2469507659596;
    // z = 30 / SE = 2.927700218845599, p = erfc(z / sqrt 2) = 0.0034147911781178242;
    // CI = 30 -/+ 1.959964 * 10.24695 = [9.916345547364, 50.083654452636].
    NpsDifference difference = NpsDifference.of(A, B, DifferenceMethod.WALD);
    assertEquals(DifferenceMethod.WALD, difference.method());
    assertEquals(30.0, difference.estimate(), EPS);
    assertEquals(100 * Math.sqrt(0.0105), difference.standardError(), EPS);
    assertEquals(difference.standardError(), difference.nullStandardError());
    assertEquals(2.927700218845599, difference.z(), EPS);
    assertEquals(0.0034147911781178242, difference.pValue(), 1e-13);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(9.916345547364065, interval.lower(), EPS);
    assertEquals(50.083654452635935, interval.upper(), EPS);
  }

  @Test
  void theEstimateIsSignedAndTheIntervalIsBuiltAroundIt() {
    // Swapping the groups negates the estimate and z and mirrors the interval; an interval built
    // around |a - b| would stay positive and wrongly exclude every negative difference.
    for (DifferenceMethod method : DifferenceMethod.values()) {
      NpsDifference forward = NpsDifference.of(A, B, method);
      NpsDifference reversed = NpsDifference.of(B, A, method);
      assertEquals(-30.0, reversed.estimate(), EPS);
      assertEquals(-forward.z(), reversed.z(), 1e-12, method.name());
      assertEquals(forward.pValue(), reversed.pValue(), 1e-14, method.name());
      Interval there = forward.confidenceInterval(0.95);
      Interval back = reversed.confidenceInterval(0.95);
      assertEquals(-there.upper(), back.lower(), 1e-10, method.name());
      assertEquals(-there.lower(), back.upper(), 1e-10, method.name());
    }
  }

  @Test
  void adjustedWaldAddsPseudoCountsToEachGroup() {
    // a' = (10.75, 21.5, 70.75), b' = (20.75, 31.5, 50.75), n = 103 each:
    // centre = 100 (60/103 - 30/103) = 29.126213592233; SE from the adjusted shares =
    // 10.150655123024; z = centre / SE = 2.8693924913445517, p = 0.004112611152630444 (erfc);
    // CI = 29.126214 -/+ 1.959964 * 10.150655 = [9.231295131619, 49.021132052847].
    NpsDifference adjusted = NpsDifference.of(A, B, DifferenceMethod.ADJUSTED_WALD);
    assertEquals(DifferenceMethod.ADJUSTED_WALD, adjusted.method());
    assertEquals(30.0, adjusted.estimate(), EPS);
    assertEquals(100 * 30.0 / 103, adjusted.center(), EPS);
    double va = (10.75 + 70.75) / 103 - Math.pow(60.0 / 103, 2);
    double vb = (20.75 + 50.75) / 103 - Math.pow(30.0 / 103, 2);
    assertEquals(100 * Math.sqrt(va / 103 + vb / 103), adjusted.standardError(), EPS);
    assertEquals(10.150655123023944, adjusted.standardError(), EPS);
    assertEquals(2.8693924913445517, adjusted.z(), EPS);
    assertEquals(0.004112611152630444, adjusted.pValue(), 1e-13);
    Interval interval = adjusted.confidenceInterval(0.95);
    assertEquals(9.231295131619086, interval.lower(), EPS);
    assertEquals(49.02113205284693, interval.upper(), EPS);
  }

  @Test
  void groupsInOneCategoryEach() {
    // One promoter against one detractor. Restricted estimate under equal scores (theta = 0 for
    // both by symmetry): the promoter group's shares (d, m, p) = (1/2, 0, 1/2), the detractor
    // group's the same, each with variance 1; SE0 = sqrt((1/1 + 1/1) * 2/1) = 2, z = 2 / 2 = 1,
    // p = 2 Q(1) = 0.31731050786291415. score_reference.py gives the same, and the interval
    // [-117.38027424910504481300, 200].
    NpsDifference single = NpsDifference.of(Nps.ofAnswers(10), Nps.ofAnswers(0));
    assertEquals(1.0, single.z(), 1e-12);
    assertEquals(200.0, single.nullStandardError(), 1e-9);
    assertEquals(0.31731050786291415, single.pValue(), 1e-13);
    Interval interval = single.confidenceInterval(0.95);
    assertEquals(-117.38027424910504, interval.lower(), 1e-10);
    assertEquals(200.0, interval.upper());
    // Three promoters against two detractors: score_reference.py z = 2 (to 2e-21), p =
    // 0.04550026389635844, interval [4.04366541816105529157, 200]. Wald has SE = 0 here: an
    // infinite z, p = 0 and a point interval.
    Nps promoters = Nps.ofAnswers(10, 9, 10);
    Nps detractors = Nps.ofAnswers(0, 3);
    NpsDifference difference = NpsDifference.of(promoters, detractors);
    assertEquals(200.0, difference.estimate(), EPS);
    assertEquals(0.0, difference.standardError());
    assertEquals(2.0, difference.z(), 1e-12);
    assertEquals(0.04550026389635844, difference.pValue(), 1e-13);
    assertEquals(4.043665418161055, difference.confidenceInterval(0.95).lower(), 1e-10);
    NpsDifference wald = NpsDifference.of(promoters, detractors, DifferenceMethod.WALD);
    assertEquals(Double.POSITIVE_INFINITY, wald.z());
    assertEquals(0.0, wald.pValue());
    assertEquals(Interval.of(200, 200), wald.confidenceInterval(0.95));
    // The same single category on both sides: nothing to test, by every method.
    for (DifferenceMethod method : DifferenceMethod.values()) {
      NpsDifference same = NpsDifference.of(promoters, promoters, method);
      assertEquals(0.0, same.z(), method.name());
      assertEquals(1.0, same.pValue(), method.name());
      assertTrue(same.confidenceInterval(0.95).contains(0.0), method.name());
    }
  }

  @Test
  void smallGroupsFromTheJsonFixture() {
    // score_reference.py, "a = (1, 1, 3), b = (2, 1, 1)": z = 1.04507976725995386413680, p =
    // 0.2959861043376416, [-54.06292294101494721646, 146.70481902410426831025].
    NpsDifference difference =
        NpsDifference.of(Nps.ofCategories(1, 1, 3), Nps.ofCategories(2, 1, 1));
    assertEquals(1.0450797672599539, difference.z(), 1e-12);
    assertEquals(0.2959861043376416, difference.pValue(), 1e-14);
    assertEquals(-54.062922941014947, difference.confidenceInterval(0.95).lower(), 1e-10);
    assertEquals(146.70481902410427, difference.confidenceInterval(0.95).upper(), 1e-10);
  }

  private static Gen<List<Integer>> counts() {
    return lists().of(integers().between(0, 60)).ofSize(6);
  }

  private static boolean bothNonEmpty(List<Integer> c) {
    return c.get(0) + c.get(1) + c.get(2) > 0 && c.get(3) + c.get(4) + c.get(5) > 0;
  }

  private static NpsDifference difference(List<Integer> c, DifferenceMethod method) {
    return NpsDifference.of(
        Nps.ofCategories(c.get(0), c.get(1), c.get(2)),
        Nps.ofCategories(c.get(3), c.get(4), c.get(5)),
        method);
  }

  @Test
  void pValueAtMostAlphaExactlyWhenTheIntervalExcludesZero() {
    qt().forAll(counts(), doubles().between(0.001, 0.5),
            arbitrary().enumValues(DifferenceMethod.class))
        .assuming((c, alpha, method) -> bothNonEmpty(c))
        .checkAssert(
            (c, alpha, method) -> {
              NpsDifference difference = difference(c, method);
              Interval interval = difference.confidenceInterval(1 - alpha);
              boolean excludesZero = !interval.contains(0.0);
              assertEquals(difference.pValue() <= alpha, excludesZero,
                  () -> method + " " + c + " alpha " + alpha + ": p = " + difference.pValue()
                      + ", interval " + interval);
              assertEquals(difference.rejects(alpha), excludesZero);
              // At the edge: levels a hair either side of 1 - p.
              double p = difference.pValue();
              if (p > 1e-6 && p < 0.999) {
                assertTrue(!difference.confidenceInterval(1 - p * (1 + 1e-9)).contains(0.0),
                    () -> method + " " + c + " at 1 - p(1 + 1e-9)");
                assertTrue(difference.confidenceInterval(1 - p * (1 - 1e-9)).contains(0.0),
                    () -> method + " " + c + " at 1 - p(1 - 1e-9)");
              }
            });
  }

  @Test
  void theScoreIntervalIsTheSetOfDifferencesItsTestAccepts() {
    // What the README's coverage study relies on: delta is in the interval exactly when
    // |Z(delta)| <= z, which holds when Z is decreasing in delta.
    double critical = 1.959963984540054;
    qt().forAll(counts(), doubles().between(-1.99, 1.99))
        .assuming((c, delta) -> bothNonEmpty(c))
        .checkAssert(
            (c, delta) -> {
              NpsDifference difference = difference(c, DifferenceMethod.SCORE);
              Interval interval = difference.confidenceInterval(0.95);
              double z =
                  ScoreInference.z(
                      ScoreInference.Group.ofCategories(c.get(0), c.get(1), c.get(2)),
                      ScoreInference.Group.ofCategories(c.get(3), c.get(4), c.get(5)),
                      delta);
              double points = 100 * delta;
              // Away from the limits (1e-9 points), the two descriptions agree.
              if (Math.abs(points - interval.lower()) > 1e-9
                  && Math.abs(points - interval.upper()) > 1e-9) {
                assertEquals(Math.abs(z) <= critical, interval.contains(points),
                    () -> c + " delta " + delta + " z " + z + " interval " + interval);
              }
              assertTrue(interval.contains(difference.estimate()));
              assertTrue(interval.lower() >= -200 && interval.upper() <= 200);
              assertEquals(Math.signum(difference.estimate()), Math.signum(difference.z()));
            });
  }

  @Test
  void emptyGroupsAreRejected() {
    IllegalArgumentException a =
        assertThrows(IllegalArgumentException.class, () -> NpsDifference.of(Nps.empty(), B));
    assertEquals("cannot compare an empty group: a has no answers (total is 0)", a.getMessage());
    IllegalArgumentException b =
        assertThrows(IllegalArgumentException.class,
            () -> NpsDifference.of(A, Nps.empty(), DifferenceMethod.ADJUSTED_WALD));
    assertEquals("cannot compare an empty group: b has no answers (total is 0)", b.getMessage());
    assertThrows(NullPointerException.class, () -> NpsDifference.of(null, B));
    NullPointerException method =
        assertThrows(NullPointerException.class, () -> NpsDifference.of(A, B, null));
    assertEquals("method must not be null", method.getMessage());
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
        "NpsDifference[estimate=30.00, standardError=10.25, pValue=0.004500, method=SCORE]",
        NpsDifference.of(A, B).toString());
  }
}

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class RateDifferenceTest {
  /**
   * A published value: Fagerland, Lydersen and Laake, <i>Statistical Analysis of Contingency
   * Tables</i> (2017), chapter 4, the Ritland et al. (2007) data, 0/16 against 15/72, whose
   * Miettinen-Nurminen 95% interval is printed as -0.2083 (-0.3164 to -0.0056); the R package
   * contingencytables asserts the same output in its tests. score_reference.py gives
   * [-31.63701588800195786895, -0.55741429407692040839] points, z = -1.99313891631417086161 and p
   * = 0.04624623762558151.
   */
  @Test
  void publishedMiettinenNurminenInterval() {
    RateDifference difference = RateDifference.of(Rate.of(0, 16), Rate.of(15, 72));
    assertEquals(-20.83, difference.estimate(), 0.005);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(-31.64, interval.lower(), 0.005);
    assertEquals(-0.56, interval.upper(), 0.005);
    assertEquals(-31.637015888001958, interval.lower(), 1e-11);
    assertEquals(-0.5574142940769204, interval.upper(), 1e-11);
    assertEquals(-1.9931389163141709, difference.z(), 1e-12);
    assertEquals(0.04624623762558151, difference.pValue(), 1e-14);
  }

  /**
   * 56/70 against 48/80. Under "no difference" the restricted rates are the pooled rate 104/150 =
   * 0.693333, so z = 0.2 / sqrt(0.693333 * 0.306667 * (1/70 + 1/80) * 150/149) = 2.65017 *
   * sqrt(149/150) = 2.641323: Pearson's z of 2.65017 (chi-square 7.0234 for [[56, 14], [48, 32]])
   * with Miettinen and Nurminen's factor. score_reference.py: z = 2.64132327229412450917, p =
   * 0.008258287929380785, interval [5.28297132458446015088, 33.81729400158683518689].
   */
  @Test
  void scoreTestAndIntervalOfTheReadmeExample() {
    RateDifference difference = RateDifference.of(Rate.of(56, 70), Rate.of(48, 80));
    assertEquals(20.0, difference.estimate(), 1e-12);
    assertEquals(2.65017 * Math.sqrt(149.0 / 150), difference.z(), 1e-5);
    assertEquals(2.6413232722941245, difference.z(), 1e-12);
    assertEquals(difference.z(), difference.statistic());
    assertEquals(0.008258287929380785, difference.pValue(), 1e-15);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(5.28297132458446, interval.lower(), 1e-11);
    assertEquals(33.817294001586835, interval.upper(), 1e-11);
    RateDifference reversed = RateDifference.of(Rate.of(48, 80), Rate.of(56, 70));
    assertEquals(-difference.z(), reversed.z(), 1e-15);
    assertEquals(difference.pValue(), reversed.pValue(), 1e-15);
  }

  @Test
  void extremeRates() {
    // score_reference.py: 10/10 - 0/20: z = 5.38516480713450403126 (= sqrt(29): pooled 1/3,
    // (1 - 0) / sqrt(2/9 * 3/20 * 30/29)), p = 7.237829871740022e-08, interval
    // [71.56186604656226593165, 100]. 12/80 - 20/90 (the JSON fixture): z =
    // -1.19885294748523760217, p = 0.23058513028732658, [-18.93482423885429678678,
    // 4.75945984770679606489].
    RateDifference all = RateDifference.of(Rate.of(10, 10), Rate.of(0, 20));
    assertEquals(Math.sqrt(29), all.z(), 1e-12);
    assertEquals(7.237829871740022e-08, all.pValue(), 1e-19);
    assertEquals(71.56186604656227, all.confidenceInterval(0.95).lower(), 1e-10);
    assertEquals(100.0, all.confidenceInterval(0.95).upper());
    RateDifference fixture = RateDifference.of(Rate.of(12, 80), Rate.of(20, 90));
    assertEquals(-1.1988529474852376, fixture.z(), 1e-12);
    assertEquals(0.23058513028732658, fixture.pValue(), 1e-14);
    assertEquals(-18.934824238854297, fixture.confidenceInterval(0.95).lower(), 1e-10);
    assertEquals(4.759459847706796, fixture.confidenceInterval(0.95).upper(), 1e-10);
    // Both groups all failures: the rates are equal and there is nothing to test.
    RateDifference none = RateDifference.of(Rate.of(0, 10), Rate.of(0, 20));
    assertEquals(0.0, none.z());
    assertEquals(1.0, none.pValue());
    assertTrue(none.confidenceInterval(0.95).width() > 20);
  }

  @Test
  void pValueAtMostAlphaExactlyWhenTheIntervalExcludesZero() {
    qt().forAll(lists().of(integers().between(0, 80)).ofSize(4), doubles().between(0.001, 0.5))
        .assuming((c, alpha) -> c.get(1) > 0 && c.get(3) > 0)
        .checkAssert(
            (c, alpha) -> {
              RateDifference difference =
                  RateDifference.of(
                      Rate.of(Math.min(c.get(0), c.get(1)), c.get(1)),
                      Rate.of(Math.min(c.get(2), c.get(3)), c.get(3)));
              Interval interval = difference.confidenceInterval(1 - alpha);
              assertEquals(difference.pValue() <= alpha, !interval.contains(0.0),
                  () -> c + " alpha " + alpha + ": p " + difference.pValue() + " " + interval);
              assertTrue(interval.contains(difference.estimate()));
              assertTrue(interval.lower() >= -100 && interval.upper() <= 100);
            });
  }

  /** Swapping the groups mirrors the interval: [L, U] becomes [-U, -L]. */
  @Test
  void swappingGroupsMirrorsTheInterval() {
    Interval forward = RateDifference.of(Rate.of(5, 56), Rate.of(0, 29)).confidenceInterval(0.9);
    Interval backward = RateDifference.of(Rate.of(0, 29), Rate.of(5, 56)).confidenceInterval(0.9);
    assertEquals(-forward.upper(), backward.lower(), 1e-10);
    assertEquals(-forward.lower(), backward.upper(), 1e-10);
  }

  @Test
  void rejectsEmptyGroupsAndBadLevels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RateDifference.of(Rate.empty(), Rate.of(1, 2)));
    assertEquals("rate a is empty (total is 0): a difference needs at least one trial in each"
        + " group", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RateDifference.of(Rate.of(1, 2), Rate.empty()));
    assertTrue(e.getMessage().startsWith("rate b is empty"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RateDifference.of(Rate.of(1, 2), Rate.of(1, 3)).confidenceInterval(0));
    assertEquals("level must be in (0, 1), was 0.0", e.getMessage());
  }
}

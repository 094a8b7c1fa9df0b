package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpsIntervalTest {
  /** The 0.975 standard normal quantile (Abramowitz and Stegun 26.2; see NormalTest). */
  private static final double Z95 = 1.959963984540054;

  private static final double EPS = 1e-9;

  /**
   * Published values: the tests of the R package NPS (Rocks) give the per-answer variance of the
   * category counts (detractors, passives, promoters) and the standard error on the -1..1 scale,
   * to three decimals. Here in points: variance times 10^4, standard error times 100.
   */
  @ParameterizedTest
  @CsvSource({
    "1, 2, 3, 0.5555555555555556, 0.304",
    "1, 0, 1, 1.0, 0.707",
    "0, 1, 1, 0.25, 0.354",
    "1, 1, 1, 0.6666666666666666, 0.471",
  })
  void publishedVariancesAndStandardErrors(
      long detractors, long passives, long promoters, double variance, double standardError) {
    Nps nps = Nps.ofCategories(detractors, passives, promoters);
    assertEquals(10_000 * variance, nps.variance(), 1e-9);
    assertEquals(100 * standardError, nps.standardError(), 0.05);
  }

  @Test
  void standardErrorFromTheHistogramMatchesTheDefinition() {
    // Scores 0, 7, 8, 9, 10, 10: d = 1/6, p = 1/2, V = 2/3 - 1/9 = 5/9, SE = 100 sqrt(5/54).
    Nps nps = Nps.ofAnswers(0, 7, 8, 9, 10, 10);
    assertEquals(100 * Math.sqrt(5.0 / 54), nps.standardError(), EPS);
  }

  @Test
  void waldInterval() {
    // Counts (1, 2, 3): score 33.33, SE = 100 sqrt(5/54) = 30.4290;
    // 33.33 -/+ 1.95996 * 30.4290 = [-26.306471457, 92.973138124] (30-digit check: mpmath).
    Interval interval = Nps.ofCategories(1, 2, 3).confidenceInterval(0.95, IntervalMethod.WALD);
    assertEquals(100.0 / 3 - Z95 * 100 * Math.sqrt(5.0 / 54), interval.lower(), EPS);
    assertEquals(-26.3064714572385757, interval.lower(), EPS);
    assertEquals(92.973138123905242, interval.upper(), EPS);
  }

  @Test
  void adjustedWaldIsTheDefault() {
    // Adjusted counts (1.75, 3.5, 3.75), n = 9: centre 100 * 2/9 = 22.22; p = 3.75/9, d = 1.75/9,
    // V = 5.5/9 - (2/9)^2 = 0.561728; SE = 100 sqrt(V / 9) = 24.9829;
    // 22.22 -/+ 1.95996 * 24.9829 = [-26.743258794, 71.187703239].
    Nps nps = Nps.ofCategories(1, 2, 3);
    Interval interval = nps.confidenceInterval(0.95);
    assertEquals(interval, nps.confidenceInterval(0.95, IntervalMethod.ADJUSTED_WALD));
    double v = 5.5 / 9 - (2.0 / 9) * (2.0 / 9);
    assertEquals(100 * 2.0 / 9 - Z95 * 100 * Math.sqrt(v / 9), interval.lower(), EPS);
    assertEquals(-26.743258794104544, interval.lower(), EPS);
    assertEquals(71.18770323854899, interval.upper(), EPS);
    assertEquals((71.18770323854899 + 26.743258794104544) / 2, nps.marginOfError(0.95), EPS);
  }

  @Test
  void scoreIntervalOfAMixedSample() {
    // Tango's score interval for (1, 2, 3) and (5, 10, 25): roots of |Z(delta)| = 1.95996 found
    // by 200-step bisection in 30-digit arithmetic (mpmath), an independent implementation.
    Interval small = Nps.ofCategories(1, 2, 3).confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(-31.10737846242245, small.lower(), 1e-8);
    assertEquals(75.39566635638697, small.upper(), 1e-8);
    Interval larger = Nps.ofCategories(5, 10, 25).confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(24.77451801759359, larger.lower(), 1e-8);
    assertEquals(68.31421799777803, larger.upper(), 1e-8);
  }

  @Test
  void scoreIntervalSolvesTangosEquationAtBothLimits() {
    // An independent statement of Tango (1998), eq. 3, with promoters and detractors as the
    // discordant cells b and c of a paired table.
    long[][] samples = {{1, 2, 3}, {5, 10, 25}, {40, 25, 35}, {0, 3, 7}, {12, 0, 1}};
    for (long[] counts : samples) {
      Nps nps = Nps.ofCategories(counts[0], counts[1], counts[2]);
      Interval interval = nps.confidenceInterval(0.95, IntervalMethod.SCORE);
      double n = nps.total();
      assertEquals(Z95, tango(counts[0], counts[2], n, interval.lower() / 100), 1e-6);
      assertEquals(-Z95, tango(counts[0], counts[2], n, interval.upper() / 100), 1e-6);
    }
  }

  @Test
  void scoreIntervalIsTheAcceptanceRegionForEverySmallSample() {
    // Every outcome with n <= 25: inside each limit |Z| <= z, just outside it |Z| > z, unless the
    // limit is the end of the scale.
    for (int n = 1; n <= 25; n++) {
      for (int d = 0; d <= n; d++) {
        for (int p = 0; p <= n - d; p++) {
          Interval interval =
              Nps.ofCategories(d, n - d - p, p).confidenceInterval(0.95, IntervalMethod.SCORE);
          double lower = interval.lower() / 100;
          double upper = interval.upper() / 100;
          String sample = "(" + d + ", " + (n - d - p) + ", " + p + ") " + interval;
          if (lower > -1) {
            assertTrue(tango(d, p, n, lower + 1e-7) <= Z95, sample);
            assertTrue(tango(d, p, n, lower - 1e-7) > Z95, sample);
          } else {
            assertEquals(n, d, sample);
          }
          if (upper < 1) {
            assertTrue(tango(d, p, n, upper - 1e-7) >= -Z95, sample);
            assertTrue(tango(d, p, n, upper + 1e-7) < -Z95, sample);
          } else {
            assertEquals(n, p, sample);
          }
        }
      }
    }
  }

  private static double tango(double detractors, double promoters, double n, double delta) {
    double a = 2 * n;
    double b = -promoters - detractors + (2 * n - promoters + detractors) * delta;
    double c = -detractors * delta * (1 - delta);
    double q = (Math.sqrt(b * b - 4 * a * c) - b) / (2 * a);
    return (promoters - detractors - n * delta) / Math.sqrt(n * (2 * q + delta * (1 - delta)));
  }

  @Test
  void scoreIntervalWhenEveryoneIsPassive() {
    // d = p = 0: the constrained detractor share is 0, so Z(delta) = -sqrt(n delta / (1 - delta))
    // and |Z| = z gives delta = z^2 / (n + z^2) = 3.84146 / 13.84146 = 0.277533 for n = 10.
    Interval interval = Nps.ofCategories(0, 10, 0).confidenceInterval(0.95, IntervalMethod.SCORE);
    double expected = 100 * Z95 * Z95 / (10 + Z95 * Z95);
    assertEquals(27.75327998628892, expected, 1e-9);
    assertEquals(-expected, interval.lower(), 1e-8);
    assertEquals(expected, interval.upper(), 1e-8);
  }

  @Test
  void scoreIntervalWhenEveryoneIsAPromoterOrADetractor() {
    // All promoters: upper limit 100 by definition. Lower: no passives, so the constrained
    // detractor share is (1 - delta) / 2, Z = sqrt(n (1 - delta) / (1 + delta)), and Z = z gives
    // delta = (n - z^2) / (n + z^2) = 6.15854 / 13.84146 = 0.444934 for n = 10.
    Interval promoters = Nps.ofCategories(0, 0, 10).confidenceInterval(0.95, IntervalMethod.SCORE);
    double expected = 100 * (10 - Z95 * Z95) / (10 + Z95 * Z95);
    assertEquals(44.49344002742215, expected, 1e-9);
    assertEquals(expected, promoters.lower(), 1e-8);
    assertEquals(100.0, promoters.upper());
    Interval detractors = Nps.ofCategories(10, 0, 0).confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(-100.0, detractors.lower());
    assertEquals(-expected, detractors.upper(), 1e-8);
  }

  @Test
  void waldCollapsesWhenAllAnswersAreInOneCategory() {
    Interval wald = Nps.ofAnswers(10, 9, 10).confidenceInterval(0.95, IntervalMethod.WALD);
    assertEquals(Interval.of(100, 100), wald);
    assertEquals(0.0, Nps.ofAnswers(10, 9, 10).standardError());
    // The adjusted and score intervals do not.
    assertTrue(Nps.ofAnswers(10, 9, 10).confidenceInterval(0.95).width() > 10);
    assertTrue(
        Nps.ofAnswers(10, 9, 10).confidenceInterval(0.95, IntervalMethod.SCORE).width() > 10);
  }

  @Test
  void adjustedWaldIsClippedAtOneHundred() {
    // All 10 promoters: adjusted (0.75, 1.5, 10.75), n = 13: centre 76.92, V = 0.884615 -
    // 0.591716 = 0.292899, SE = 15.0103, upper 76.92 + 29.42 = 106.34 -> clipped to 100.
    Interval interval = Nps.ofCategories(0, 0, 10).confidenceInterval(0.95);
    assertEquals(100.0, interval.upper());
    double centre = 100 * 10.0 / 13;
    double v = 11.5 / 13 - (10.0 / 13) * (10.0 / 13);
    assertEquals(centre - Z95 * 100 * Math.sqrt(v / 13), interval.lower(), EPS);
    assertEquals((100 - interval.lower()) / 2, Nps.ofCategories(0, 0, 10).marginOfError(0.95), EPS);
  }

  @Test
  void everyIntervalLiesWithinTheScaleAndWaldAndScoreContainTheEstimate() {
    qt().forAll(integers().between(0, 60), integers().between(0, 60), integers().between(0, 60))
        .assuming((d, m, p) -> d + m + p > 0)
        .checkAssert(
            (d, m, p) -> {
              Nps nps = Nps.ofCategories(d, m, p);
              for (IntervalMethod method : IntervalMethod.values()) {
                Interval interval = nps.confidenceInterval(0.95, method);
                assertTrue(interval.lower() >= -100 && interval.upper() <= 100, method.name());
                if (method != IntervalMethod.ADJUSTED_WALD) {
                  assertTrue(interval.contains(nps.score()), method + " " + interval);
                }
              }
            });
  }

  @Test
  void widerLevelGivesWiderInterval() {
    qt().forAll(
            integers().between(0, 40),
            integers().between(0, 40),
            integers().between(0, 40),
            doubles().between(0.5, 0.989))
        .assuming((d, m, p, level) -> d + m + p > 0)
        .checkAssert(
            (d, m, p, level) -> {
              Nps nps = Nps.ofCategories(d, m, p);
              for (IntervalMethod method : IntervalMethod.values()) {
                Interval narrow = nps.confidenceInterval(level, method);
                Interval wide = nps.confidenceInterval(level + 0.01, method);
                assertTrue(wide.lower() <= narrow.lower() + 1e-9, method + " lower");
                assertTrue(wide.upper() >= narrow.upper() - 1e-9, method + " upper");
              }
            });
  }

  @Test
  void moreDataOfTheSameSharesGivesANarrowerInterval() {
    qt().forAll(
            integers().between(0, 30),
            integers().between(0, 30),
            integers().between(0, 30),
            integers().between(2, 20))
        .assuming((d, m, p, k) -> d + m + p > 0)
        .checkAssert(
            (d, m, p, k) -> {
              Nps small = Nps.ofCategories(d, m, p);
              Nps large = Nps.ofCategories((long) d * k, (long) m * k, (long) p * k);
              for (IntervalMethod method : IntervalMethod.values()) {
                assertTrue(
                    large.confidenceInterval(0.95, method).width()
                        <= small.confidenceInterval(0.95, method).width() + 1e-9,
                    method.name());
              }
            });
  }

  @Test
  void largeCountsDoNotOverflowOrLosePrecision() {
    long big = 1L << 40;
    Nps nps = Nps.ofCategories(big, 2 * big, 3 * big);
    // Same shares as (1, 2, 3), n = 6 * 2^40: SE = 100 sqrt(5/9 / n).
    assertEquals(100 * Math.sqrt((5.0 / 9) / (6.0 * big)), nps.standardError(), 1e-15);
    Interval score = nps.confidenceInterval(0.95, IntervalMethod.SCORE);
    assertTrue(score.contains(100.0 / 3) && score.width() < 1e-3, score.toString());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, 0.0, 1.0, -0.95, Double.NaN})
  void levelsOutsideTheOpenUnitIntervalAreRejected(double level) {
    Nps nps = Nps.ofAnswers(9, 3);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nps.confidenceInterval(level));
    assertEquals("level must be in (0, 1), was " + level, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> nps.marginOfError(level));
    for (IntervalMethod method : IntervalMethod.values()) {
      assertThrows(IllegalArgumentException.class, () -> nps.confidenceInterval(level, method));
    }
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void emptyResultHasNoInterval(IntervalMethod method) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Nps.empty().confidenceInterval(0.95, method));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Nps.empty().standardError());
    assertThrows(IllegalStateException.class, () -> Nps.empty().variance());
    assertThrows(IllegalStateException.class, () -> Nps.empty().marginOfError(0.95));
  }

  @Test
  void nullMethodIsRejected() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> Nps.ofAnswers(9).confidenceInterval(0.95, null));
    assertEquals("method must not be null", e.getMessage());
  }

  @Test
  void methodsGiveDifferentIntervals() {
    Nps nps = Nps.ofCategories(3, 4, 13);
    assertNotEquals(
        nps.confidenceInterval(0.95, IntervalMethod.WALD),
        nps.confidenceInterval(0.95, IntervalMethod.SCORE));
    assertNotEquals(
        nps.confidenceInterval(0.95, IntervalMethod.WALD),
        nps.confidenceInterval(0.95, IntervalMethod.ADJUSTED_WALD));
  }
}

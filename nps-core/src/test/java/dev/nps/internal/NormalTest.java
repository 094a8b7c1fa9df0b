package dev.nps.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalTest {
  private static final double TABLE_TOLERANCE = 1e-14;

  /**
   * Abramowitz and Stegun (1964), Handbook of Mathematical Functions, Table 26.1: P(x) to fifteen
   * decimals. The sixteenth digit and the value at 1.96 are from a 30-digit evaluation of erfc
   * (mpmath 1.3, ncdf), an independent arbitrary-precision implementation.
   */
  @ParameterizedTest
  @CsvSource({
    "0.0, 0.5",
    "0.5, 0.6914624612740131",
    "1.0, 0.8413447460685429",
    "1.5, 0.9331927987311419",
    "1.96, 0.9750021048517796",
    "2.0, 0.9772498680518208",
    "2.5, 0.9937903346742239",
    "3.0, 0.9986501019683699",
    "4.0, 0.9999683287581669",
    "5.0, 0.9999997133484281",
  })
  void cdfMatchesPublishedTable(double x, double expected) {
    assertEquals(expected, Normal.cdf(x), TABLE_TOLERANCE);
    // Symmetry: Phi(-x) = 1 - Phi(x).
    assertEquals(1.0 - expected, Normal.cdf(-x), TABLE_TOLERANCE);
  }

  /**
   * Lower tail probabilities with relative accuracy: Q(x) = erfc(x / sqrt 2) / 2 at 30 digits
   * (mpmath 1.3). A&S Table 26.2 lists the same values to fewer digits.
   */
  @ParameterizedTest
  @CsvSource({
    "2.5, 6.209665325776135e-3",
    "3.0, 1.3498980316300945e-3",
    "4.0, 3.1671241833119921e-5",
    "5.0, 2.8665157187919391e-7",
    "6.0, 9.865876450376981e-10",
    "8.0, 6.2209605742717841e-16",
    "10.0, 7.619853024160526e-24",
    "20.0, 2.7536241186062337e-89",
  })
  void tailsKeepRelativeAccuracy(double x, double expectedTail) {
    assertEquals(expectedTail, Normal.cdf(-x), expectedTail * 1e-13);
    assertEquals(expectedTail, Normal.complementaryCdf(x), expectedTail * 1e-13);
  }

  /**
   * Standard normal quantiles to sixteen significant digits, as published in statistical tables
   * (for example NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.1, to three
   * decimals) and checked against a 30-digit evaluation of sqrt(2) erfinv(2p - 1).
   */
  @ParameterizedTest
  @CsvSource({
    "0.9, 1.281551565544600467",
    "0.95, 1.6448536269514727149",
    "0.975, 1.9599639845400542355",
    "0.99, 2.3263478740408411009",
    "0.995, 2.575829303548900761",
    "0.999, 3.0902323061678135415",
    "0.9995, 3.2905267314918947932",
  })
  void quantileMatchesPublishedValues(double p, double expected) {
    assertEquals(expected, Normal.quantile(p), 1e-13);
    assertEquals(-expected, Normal.quantile(1.0 - p), 1e-13);
  }

  @Test
  void quantileOfTinyProbability() {
    // sqrt(2) erfinv(2e-10 - 1) = -6.3613409024040562 (30-digit evaluation, mpmath 1.3).
    assertEquals(-6.3613409024040562, Normal.quantile(1e-10), 1e-13);
  }

  @Test
  void criticalValuesOfCommonLevels() {
    // The two-sided z for level L is the (1 + L) / 2 quantile (values above).
    assertEquals(1.6448536269514727, Normal.criticalValue(0.90), 1e-13);
    assertEquals(1.9599639845400542, Normal.criticalValue(0.95), 1e-13);
    assertEquals(2.5758293035489008, Normal.criticalValue(0.99), 1e-13);
  }

  @Test
  void quantileEdges() {
    assertEquals(0.0, Normal.quantile(0.5));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.quantile(0.0));
    assertEquals(Double.POSITIVE_INFINITY, Normal.quantile(1.0));
  }

  @Test
  void cdfEdges() {
    assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    assertEquals(0.0, Normal.cdf(-40.0));
    assertEquals(1.0, Normal.cdf(40.0));
    assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
  }

  @Test
  void twoSidedPValue() {
    // 2 Q(1.959963984540054) = 0.05 by the definition of the 0.975 quantile.
    assertEquals(0.05, Normal.twoSidedPValue(1.9599639845400542), 1e-15);
    assertEquals(0.05, Normal.twoSidedPValue(-1.9599639845400542), 1e-15);
    assertEquals(1.0, Normal.twoSidedPValue(0.0));
    assertEquals(0.0, Normal.twoSidedPValue(Double.POSITIVE_INFINITY));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedPValue(Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }

  @Test
  void quantileInvertsCdf() {
    // Lower half only: above 0, cdf(x) rounds to a multiple of 2^-53 near 1 and loses x's digits.
    qt().forAll(doubles().between(-37.0, 0.0))
        .checkAssert(x -> assertEquals(x, Normal.quantile(Normal.cdf(x)), 1e-13 * (1 - x)));
  }

  @Test
  void cdfIsMonotoneAcrossTheMethodBoundary() {
    double previous = 0.0;
    for (double x = -2.6; x <= 2.6; x += 1e-4) {
      double value = Normal.cdf(x);
      assertTrue(value >= previous, "cdf decreased at " + x);
      previous = value;
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, 0.0, 1.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
  void criticalValueRejectsLevelsOutsideTheOpenUnitInterval(double level) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normal.criticalValue(level));
    assertEquals("level must be in (0, 1), was " + level, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.5, 1.5, Double.NaN})
  void quantileRejectsNonProbabilities(double p) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(p));
    assertEquals("probability must be in [0, 1], was " + p, e.getMessage());
  }
}

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateDifferenceTest {
  /**
   * Newcombe, "Interval estimation for the difference between independent proportions: comparison
   * of eleven methods", Statistics in Medicine 17 (1998) 873-890, Table II, method 10 (hybrid score
   * interval from Wilson limits without continuity correction), 95%, in proportions to four
   * decimals. Each row was also recomputed independently from the Wilson limits. For example (a):
   * 56/70 = 0.8 has Wilson limits [0.6917, 0.8772], 48/80 = 0.6 has [0.4905, 0.7002]; lower =
   * 0.2 - sqrt(0.1083^2 + 0.1002^2) = 0.0524, upper = 0.2 + sqrt(0.0772^2 + 0.1095^2) = 0.3339.
   */
  @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
  @CsvSource({
      "56, 70, 48, 80, 0.2000, 0.0524, 0.3339",
      "9, 10, 3, 10, 0.6000, 0.1705, 0.8090",
      "6, 7, 2, 7, 0.5714, 0.0582, 0.8062",
      "5, 56, 0, 29, 0.0893, -0.0381, 0.1926",
      "0, 10, 0, 20, 0.0000, -0.1611, 0.2775",
      "0, 10, 0, 10, 0.0000, -0.2775, 0.2775",
      "10, 10, 0, 20, 1.0000, 0.6791, 1.0000",
      "10, 10, 0, 10, 1.0000, 0.6075, 1.0000",
  })
  void newcombeTableTwo(long ka, long na, long kb, long nb, double estimate, double lower,
      double upper) {
    RateDifference difference = RateDifference.of(Rate.of(ka, na), Rate.of(kb, nb));
    assertEquals(100 * estimate, difference.estimate(), 0.005 + 1e-9);
    Interval interval = difference.confidenceInterval(0.95);
    assertEquals(100 * lower, interval.lower(), 0.005 + 1e-9);
    assertEquals(100 * upper, interval.upper(), 0.005 + 1e-9);
    assertTrue(interval.contains(difference.estimate()));
  }

  /**
   * Pooled score test for 56/70 against 48/80: pooled p = 104/150 = 0.693333, variance = 0.693333 *
   * 0.306667 * (1/70 + 1/80) = 0.0056952, z = 0.2 / 0.075467 = 2.65017; two-sided p = 0.008045,
   * the p-value of Pearson's chi-square 7.0234 = z^2 with 1 degree of freedom for the table
   * [[56, 14], [48, 32]].
   */
  @Test
  void pooledScoreTest() {
    RateDifference difference = RateDifference.of(Rate.of(56, 70), Rate.of(48, 80));
    assertEquals(2.65017, difference.z(), 1e-5);
    assertEquals(0.008045, difference.pValue(), 1e-6);
    RateDifference reversed = RateDifference.of(Rate.of(48, 80), Rate.of(56, 70));
    assertEquals(-difference.z(), reversed.z(), 1e-15);
    assertEquals(difference.pValue(), reversed.pValue(), 1e-15);
    // Both groups all failures: the rates are equal and there is nothing to test.
    RateDifference none = RateDifference.of(Rate.of(0, 10), Rate.of(0, 20));
    assertEquals(0.0, none.z());
    assertEquals(1.0, none.pValue());
  }

  /** Swapping the groups mirrors the interval: [L, U] becomes [-U, -L]. */
  @Test
  void swappingGroupsMirrorsTheInterval() {
    Interval forward = RateDifference.of(Rate.of(5, 56), Rate.of(0, 29)).confidenceInterval(0.9);
    Interval backward = RateDifference.of(Rate.of(0, 29), Rate.of(5, 56)).confidenceInterval(0.9);
    assertEquals(-forward.upper(), backward.lower(), 1e-12);
    assertEquals(-forward.lower(), backward.upper(), 1e-12);
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

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.nps.internal.Normal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSizeTest {
  @Test
  void worstCase() {
    // V = 1 (half promoters, half detractors): n = 1.959964^2 / 0.05^2 = 1536.58 -> 1537.
    // Four times the 385 of a proportion at +-5%, since the NPS spans 200 points.
    assertEquals(1537, SampleSize.forMarginOfError(5, 0.95));
    // +-10 points: 1536.58 / 4 = 384.15 -> 385.
    assertEquals(385, SampleSize.forMarginOfError(10, 0.95));
    // 99%: 2.5758293^2 / 0.0025 = 2653.96 -> 2654.
    assertEquals(2654, SampleSize.forMarginOfError(5, 0.99));
  }

  @Test
  void expectedShares() {
    // p = 0.5, d = 0.2: V = 0.7 - 0.3^2 = 0.61; n = 3.841459 * 0.61 / 0.0025 = 937.32 -> 938.
    assertEquals(938, SampleSize.forMarginOfError(5, 0.95, 0.5, 0.2));
  }

  @Test
  void finitePopulationCorrection() {
    // Cochran (1977): n = n0 / (1 + (n0 - 1) / N).
    // n0 = 937.316, N = 2000: 937.316 / 1.468158 = 638.43 -> 639.
    assertEquals(639, SampleSize.forMarginOfError(5, 0.95, 0.5, 0.2, 2000));
    // Worst case n0 = 1536.584, N = 2000: 1536.584 / 1.767792 = 869.21 -> 870.
    assertEquals(870, SampleSize.forMarginOfError(5, 0.95, 2000));
    // Never more than the population.
    assertEquals(10, SampleSize.forMarginOfError(0.5, 0.95, 10));
    assertEquals(1, SampleSize.forMarginOfError(5, 0.95, 1));
  }

  @Test
  void degenerateSharesNeedOneAnswer() {
    // Everyone a promoter: V = 0.
    assertEquals(1, SampleSize.forMarginOfError(5, 0.95, 1.0, 0.0));
  }

  @Test
  void plannedSizeAchievesTheMarginUnderWald() {
    qt().forAll(doubles().between(0.5, 30), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert(
            (margin, p, fraction) -> {
              double d = fraction * (1 - p);
              long n = SampleSize.forMarginOfError(margin, 0.95, p, d);
              double v = p + d - (p - d) * (p - d);
              double z = Normal.criticalValue(0.95);
              assertTrue(100 * z * Math.sqrt(v / n) <= margin * (1 + 1e-9));
              if (n > 1) {
                assertTrue(100 * z * Math.sqrt(v / (n - 1)) > margin * (1 - 1e-9));
              }
            });
  }

  @ParameterizedTest
  @ValueSource(doubles = {-3.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY})
  void marginMustBePositive(double margin) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SampleSize.forMarginOfError(margin, 0.95));
    assertEquals(
        "margin of error must be positive and finite (in NPS points), was " + margin,
        e.getMessage());
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertEquals(
        "level must be in (0, 1), was 1.5",
        assertThrows(IllegalArgumentException.class, () -> SampleSize.forMarginOfError(5, 1.5))
            .getMessage());
    assertEquals(
        "promoter share must be a fraction in [0, 1], was 45.0 (a percent? divide by 100)",
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleSize.forMarginOfError(5, 0.95, 45, 0.2))
            .getMessage());
    assertEquals(
        "detractor share must be a fraction in [0, 1], was -0.1",
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleSize.forMarginOfError(5, 0.95, 0.5, -0.1))
            .getMessage());
    assertEquals(
        "promoter and detractor shares must add up to at most 1, were 0.7 + 0.4",
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleSize.forMarginOfError(5, 0.95, 0.7, 0.4))
            .getMessage());
    assertEquals(
        "population size must be at least 1, was 0",
        assertThrows(
                IllegalArgumentException.class, () -> SampleSize.forMarginOfError(5, 0.95, 0L))
            .getMessage());
  }

  @Test
  void absurdlySmallMarginOverflows() {
    assertThrows(ArithmeticException.class, () -> SampleSize.forMarginOfError(1e-300, 0.95));
  }

  /**
   * The finite-population correction n = n0 / (1 + (n0 - 1) / N) with n0 = z^2 / e^2 and z =
   * 1.959964 (95%): for 10 points and N = 500, n0 = 3.841459 / 0.01 = 384.1459 and n = 384.1459 /
   * 1.766292 = 217.49, so 218; for 20 points and N = 100, n0 = 96.0365 and n = 96.0365 / 1.950365 =
   * 49.24, so 50. (With n0 + 1 in place of n0 - 1 they would be 217 and 49.)
   */
  @Test
  void finitePopulationCorrectionUsesNMinusOne() {
    assertEquals(218, SampleSize.forMarginOfError(10, 0.95, 500));
    assertEquals(50, SampleSize.forMarginOfError(20, 0.95, 100));
  }

  @Test
  void sharesUpToOneHundredAreTakenForPercents() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleSize.forMarginOfError(5, 0.95, 100.0, 0.0));
    assertEquals(
        "promoter share must be a fraction in [0, 1], was 100.0 (a percent? divide by 100)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SampleSize.forMarginOfError(5, 0.95, 0.2, 100.5));
    assertEquals("detractor share must be a fraction in [0, 1], was 100.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SampleSize.forMarginOfError(5, 0.95, -0.1, 0.2));
    assertEquals("promoter share must be a fraction in [0, 1], was -0.1", e.getMessage());
    // The edges are shares: everyone a detractor means no variance, so one answer.
    assertEquals(1, SampleSize.forMarginOfError(5, 0.95, 0.0, 1.0));
  }
}

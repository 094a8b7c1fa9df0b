package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact coverage of the 95% intervals of each {@link IntervalMethod}, by enumerating every outcome
 * of the trinomial distribution of (detractors, passives, promoters) among n answers, for given
 * true shares: coverage = sum over outcomes of P(outcome) &times; [interval contains the true
 * NPS]. Exact, deterministic and fast (496 outcomes for n = 30).
 *
 * <p>Run with {@code -Dnps.coverage.print=true} to print the table that the README shows.
 */
class CoverageStudyTest {
  private static final double LEVEL = 0.95;

  /** True shares (detractors, passives, promoters). */
  private static final double[][] SHARES = {
    {0.02, 0.08, 0.90}, {0.10, 0.30, 0.60}, {0.30, 0.30, 0.40}, {0.45, 0.10, 0.45},
  };

  private static final int[] SIZES = {10, 30, 100};

  @Test
  void coverageTable() {
    StringBuilder table = new StringBuilder();
    table.append("| n | true shares (D / P / Pr) | true NPS | Wald | adjusted Wald | score |\n");
    table.append("|---:|---|---:|---:|---:|---:|\n");
    for (int n : SIZES) {
      for (double[] shares : SHARES) {
        double wald = exactCoverage(n, shares, IntervalMethod.WALD);
        double adjusted = exactCoverage(n, shares, IntervalMethod.ADJUSTED_WALD);
        double score = exactCoverage(n, shares, IntervalMethod.SCORE);
        table.append(
            String.format(
                Locale.ROOT,
                "| %d | %.2f / %.2f / %.2f | %+.0f | %.3f | %.3f | %.3f |%n",
                n,
                shares[0],
                shares[1],
                shares[2],
                trueScore(shares),
                wald,
                adjusted,
                score));
        // Adjusted Wald and score stay near the nominal 95% everywhere in the study.
        assertTrue(adjusted >= 0.92 && adjusted <= 0.975, "adjusted " + n + " " + adjusted);
        assertTrue(score >= 0.92 && score <= 0.975, "score " + n + " " + score);
      }
    }
    if (Boolean.getBoolean("nps.coverage.print")) {
      System.out.print(table);
    }
  }

  @Test
  void exactCoverageMatchesAnIndependentEnumeration() {
    // Wald and adjusted Wald: nps-core/src/test/reference/coverage_check.py enumerates the same
    // samples with exact fractions for the probabilities and 30-digit mpmath for the limits; it
    // prints 0.6493830634008, 0.9298091736, 0.8996331744, 0.9479610792, 0.8412911028667274,
    // 0.9578171792969933, 0.9354286181694766 and 0.9424146683367964 (agreeing to 1e-15). The
    // score column comes from a separate Python enumeration with Tango's limits found by 80-step
    // bisection in 20-digit mpmath 1.3, probabilities summed in double precision.
    double[][] expected = {
      // n, shares index, Wald, adjusted Wald, score
      {10, 0, 0.6493830634008002, 0.9298091736000004, 0.9591957351360003},
      {10, 2, 0.8996331744000001, 0.9479610792000002, 0.9479610792000002},
      {30, 0, 0.8412911028667281, 0.957817179296994, 0.9609463556493221},
      {30, 2, 0.9354286181694769, 0.9424146683367967, 0.9525599247451283},
    };
    for (double[] row : expected) {
      int n = (int) row[0];
      double[] shares = SHARES[(int) row[1]];
      assertEquals(row[2], exactCoverage(n, shares, IntervalMethod.WALD), 1e-9);
      assertEquals(row[3], exactCoverage(n, shares, IntervalMethod.ADJUSTED_WALD), 1e-9);
      assertEquals(row[4], exactCoverage(n, shares, IntervalMethod.SCORE), 1e-9);
    }
  }

  @Test
  void waldFallsVisiblyShortAtSmallNAndExtremeShares() {
    // With 90% promoters and n = 10, all answers are promoters with probability 0.9^10 = 0.349,
    // and the Wald interval is then the single point 100, which misses the true NPS of 88: its
    // coverage is at most 1 - 0.349 = 0.651.
    double wald = exactCoverage(10, SHARES[0], IntervalMethod.WALD);
    assertTrue(wald <= 1 - Math.pow(0.9, 10) + 1e-12, "Wald " + wald);
    assertTrue(exactCoverage(10, SHARES[0], IntervalMethod.ADJUSTED_WALD) > wald + 0.2);
    assertTrue(exactCoverage(10, SHARES[0], IntervalMethod.SCORE) > wald + 0.2);
    assertTrue(exactCoverage(30, SHARES[0], IntervalMethod.WALD) < 0.90);
  }

  @Test
  void probabilitiesOfTheEnumerationSumToOne() {
    for (int n : SIZES) {
      for (double[] shares : SHARES) {
        double total = 0;
        for (int d = 0; d <= n; d++) {
          for (int p = 0; p <= n - d; p++) {
            total += probability(n, d, n - d - p, p, shares);
          }
        }
        assertEquals(1.0, total, 1e-12);
      }
    }
    // A hand-checkable value: P(d = 1, m = 1, p = 1 | n = 3) = 3! * 0.3 * 0.3 * 0.4 = 0.216.
    assertEquals(0.216, probability(3, 1, 1, 1, SHARES[2]), 1e-15);
  }

  @Test
  void simulationAgreesWithTheExactEnumeration() {
    // 20,000 seeded samples of n = 30 from (0.3, 0.3, 0.4): the simulated coverage has a
    // standard error of about sqrt(0.95 * 0.05 / 20000) = 0.0015, so 0.007 is over 4 SEs.
    Random random = new Random(42L);
    int samples = 20_000;
    for (IntervalMethod method : IntervalMethod.values()) {
      int covered = 0;
      for (int s = 0; s < samples; s++) {
        long d = 0;
        long m = 0;
        long p = 0;
        for (int i = 0; i < 30; i++) {
          double u = random.nextDouble();
          if (u < 0.3) {
            d++;
          } else if (u < 0.6) {
            m++;
          } else {
            p++;
          }
        }
        if (Nps.ofCategories(d, m, p).confidenceInterval(LEVEL, method).contains(10.0)) {
          covered++;
        }
      }
      assertEquals(
          exactCoverage(30, SHARES[2], method), (double) covered / samples, 0.007, method.name());
    }
  }

  private static double trueScore(double[] shares) {
    return 100 * (shares[2] - shares[0]);
  }

  private static double exactCoverage(int n, double[] shares, IntervalMethod method) {
    double truth = trueScore(shares);
    double coverage = 0;
    for (int d = 0; d <= n; d++) {
      for (int p = 0; p <= n - d; p++) {
        int m = n - d - p;
        if (Nps.ofCategories(d, m, p).confidenceInterval(LEVEL, method).contains(truth)) {
          coverage += probability(n, d, m, p, shares);
        }
      }
    }
    return coverage;
  }

  /** Trinomial probability n! / (d! m! p!) sd^d sm^m sp^p, the coefficient as C(n, d) C(n-d, p). */
  private static double probability(int n, int d, int m, int p, double[] shares) {
    return binomial(n, d) * binomial(n - d, p)
        * Math.pow(shares[0], d) * Math.pow(shares[1], m) * Math.pow(shares[2], p);
  }

  private static double binomial(int n, int k) {
    double result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return result;
  }
}

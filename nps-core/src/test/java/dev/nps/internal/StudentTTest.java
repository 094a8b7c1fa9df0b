package dev.nps.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StudentTTest {
  /** The accuracy the t quantile promises. */
  private static final double ACCURACY = 1e-9;

  private static final double[] PROBABILITIES = {
      1e-12, 1e-6, 0.0005, 0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.49, 0.51, 0.75, 0.9, 0.95,
      0.975, 0.99, 0.999, 0.9995, 1 - 1e-6};

  /**
   * One degree of freedom is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi, so the quantile is
   * tan(pi (p - 1/2)) = -cot(pi p), written as -1/tan(pi p) below 1/2 and 1/tan(pi (1 - p)) above,
   * which keeps its accuracy in both tails.
   */
  @Test
  void oneDegreeOfFreedomIsCauchy() {
    for (double p : PROBABILITIES) {
      double expected = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
      assertEquals(expected, StudentT.quantile(p, 1), ACCURACY * Math.max(1, Math.abs(expected)),
          "p = " + p);
    }
    for (double t : new double[] {-50, -3, -1, 0, 0.5, 2, 1e6}) {
      assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.cdf(t, 1), 1e-14, "t = " + t);
    }
  }

  /**
   * Two degrees of freedom: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), so the quantile is (2p - 1) /
   * sqrt(2p(1 - p)).
   */
  @Test
  void twoDegreesOfFreedomHaveAClosedForm() {
    for (double p : PROBABILITIES) {
      double expected = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      assertEquals(expected, StudentT.quantile(p, 2), ACCURACY * Math.max(1, Math.abs(expected)),
          "p = " + p);
    }
    for (double t : new double[] {-20, -1.5, 0, 0.3, 4}) {
      assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.cdf(t, 2), 1e-14, "t = " + t);
    }
  }

  /**
   * Four degrees of freedom: with a = 4p(1 - p) and q = cos(arccos(sqrt(a)) / 3) / sqrt(a), the
   * quantile is sign(p - 1/2) 2 sqrt(q - 1) (Shaw, "Sampling Student's T distribution: use of the
   * inverse cumulative distribution function", Journal of Computational Finance 9(4), 2006).
   */
  @Test
  void fourDegreesOfFreedomHaveAClosedForm() {
    for (double p : PROBABILITIES) {
      double a = 4 * p * (1 - p);
      double q = Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a);
      double expected = Math.signum(p - 0.5) * 2 * Math.sqrt(q - 1);
      assertEquals(expected, StudentT.quantile(p, 4), ACCURACY * Math.max(1, Math.abs(expected)),
          "p = " + p);
    }
  }

  /**
   * Three degrees of freedom: F(t) = 1/2 + (atan(u) + u / (1 + u^2)) / pi with u = t / sqrt(3)
   * (Abramowitz and Stegun 26.7.3).
   */
  @Test
  void threeDegreesOfFreedomCdfHasAClosedForm() {
    for (double t : new double[] {-30, -2, -0.1, 0, 1, 2, 7}) {
      double u = t / Math.sqrt(3);
      double expected = 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI;
      assertEquals(expected, StudentT.cdf(t, 3), 1e-14, "t = " + t);
    }
  }

  /**
   * Critical values of published t tables, three decimals: Abramowitz and Stegun (1964), Table
   * 26.10, and the NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2.
   */
  @Test
  void agreesWithPublishedTables() {
    double[][] table = {
        // {upper-tail probability's complement, df, t}
        {0.975, 1, 12.706}, {0.975, 2, 4.303}, {0.975, 3, 3.182}, {0.975, 5, 2.571},
        {0.975, 10, 2.228}, {0.975, 30, 2.042}, {0.975, 100, 1.984}, {0.95, 10, 1.812},
        {0.995, 10, 3.169}, {0.999, 10, 4.144}, {0.99, 20, 2.528}, {0.90, 5, 1.476},
    };
    for (double[] row : table) {
      assertEquals(row[2], StudentT.quantile(row[0], row[1]), 0.0005,
          "p = " + row[0] + ", df = " + row[1]);
    }
  }

  /**
   * Quantiles to 1e-9 where no closed form exists. Reference values computed independently with
   * mpmath 1.3 at 40 significant digits, by solving I_x(df/2, 1/2) / 2 = 1 - p for t with x = df /
   * (df + t^2) (mpmath's betainc and findroot).
   */
  @Test
  void agreesWithHighPrecisionQuantiles() {
    double[][] reference = {
        {0.975, 3, 3.1824463052837084},
        {0.975, 5, 2.5705818356363148},
        {0.975, 10, 2.2281388519862742},
        {0.975, 30, 2.0422724563012379},
        {0.975, 99, 1.9842169515864171},
        {0.995, 10, 3.1692726726169507},
        {0.95, 10, 1.8124611228116759},
        {0.9995, 7, 5.4078825208618281},
        {0.975, 7.5, 2.3330396268649740},
        {0.999, 2.5, 13.822193110865960},
        {0.975, 1e5, 1.9599877075346093},
        {0.975, 1e6, 1.9599663568141067},
    };
    for (double[] row : reference) {
      assertEquals(row[2], StudentT.quantile(row[0], row[1]), ACCURACY,
          "p = " + row[0] + ", df = " + row[1]);
      assertEquals(-row[2], StudentT.quantile(1 - row[0], row[1]), ACCURACY);
      assertEquals(row[2], StudentT.criticalValue(2 * row[0] - 1, row[1]), ACCURACY);
    }
  }

  /** CDF values computed with mpmath as above: 1 - I_x(df/2, 1/2) / 2. */
  @Test
  void agreesWithHighPrecisionCdf() {
    assertEquals(0.93033701572057841, StudentT.cdf(2, 3), 1e-14);
    assertEquals(0.88393661059219567, StudentT.cdf(1.3, 7.5), 1e-14);
    assertEquals(1.9092281804187842e-4, StudentT.cdf(-4, 30), 1e-17);
    assertEquals(2 * 1.9092281804187842e-4, StudentT.twoSidedPValue(4, 30), 1e-17);
    assertEquals(2 * 1.9092281804187842e-4, StudentT.twoSidedPValue(-4, 30), 1e-17);
    assertEquals(1.0, StudentT.twoSidedPValue(0, 30));
  }

  @Test
  void quantileInvertsTheCdf() {
    for (double df : new double[] {0.7, 1.5, 3, 12.25, 57.3, 400, 5e4, 2e5, 1e9}) {
      for (double p : PROBABILITIES) {
        double t = StudentT.quantile(p, df);
        assertEquals(p, StudentT.cdf(t, df), 1e-12 * Math.max(1e-3, Math.min(p, 1 - p)) + 1e-15,
            "p = " + p + ", df = " + df);
      }
    }
  }

  /**
   * For many degrees of freedom the quantile approaches the normal one from outside, the gap being
   * (z^3 + z) / (4 df) to first order (Abramowitz and Stegun 26.7.5).
   */
  @Test
  void approachesTheNormalForManyDegreesOfFreedom() {
    double z = Normal.quantile(0.975);
    for (double df : new double[] {1e3, 1e5, 1e7, 1e9, 1e12}) {
      double gap = StudentT.quantile(0.975, df) - z;
      double firstOrder = (z * z * z + z) / (4 * df);
      assertTrue(gap > 0, "df = " + df);
      assertEquals(firstOrder, gap, 0.01 * firstOrder + 1e-15, "df = " + df);
    }
    assertEquals(z, StudentT.quantile(0.975, Double.POSITIVE_INFINITY), 1e-15);
    assertEquals(Normal.cdf(1.3), StudentT.cdf(1.3, Double.POSITIVE_INFINITY), 1e-15);
  }

  @Test
  void densityIntegratesToTheCdf() {
    // Simpson's rule on [0, 2] for 5 degrees of freedom against F(2) - F(0).
    double df = 5;
    int steps = 2000;
    double h = 2.0 / steps;
    double sum = StudentT.density(0, df) + StudentT.density(2, df);
    for (int i = 1; i < steps; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * StudentT.density(i * h, df);
    }
    assertEquals(StudentT.cdf(2, df) - 0.5, sum * h / 3, 1e-12);
    // f(0) for df = 1 is 1/pi.
    assertEquals(1 / Math.PI, StudentT.density(0, 1), 1e-15);
  }

  @Test
  void extremesAndEdges() {
    assertEquals(Double.NEGATIVE_INFINITY, StudentT.quantile(0, 5));
    assertEquals(Double.POSITIVE_INFINITY, StudentT.quantile(1, 5));
    assertEquals(0.0, StudentT.quantile(0.5, 5));
    assertEquals(0.5, StudentT.cdf(0, 5));
    assertEquals(1.0, StudentT.cdf(Double.POSITIVE_INFINITY, 5));
    assertEquals(0.0, StudentT.cdf(Double.NEGATIVE_INFINITY, 5));
    // Cauchy tail: P(T > 1e200) = atan(1e-200) / pi = 1e-200 / pi.
    assertEquals(1e-200 / Math.PI, StudentT.upperTail(1e200, 1), 1e-12 * 1e-200 / Math.PI);
    assertEquals(-1 / (Math.PI * 1e-300), StudentT.quantile(1e-300, 1), 1e287);
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.5, 0));
    assertEquals("degrees of freedom must be positive, was 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, Double.NaN));
    assertEquals("degrees of freedom must be positive, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1.5, 3));
    assertEquals("probability must be in [0, 1], was 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.criticalValue(1.0, 3));
    assertEquals("level must be in (0, 1), was 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 3));
    assertEquals("t must not be NaN", e.getMessage());
  }

  /**
   * Where the degrees of freedom reach 1e5 the quantile is the Cornish-Fisher expansion itself and
   * the tail inverts it, so its terms to 1/df^3 show at this accuracy. The lower tail is asked,
   * since 1 - q is not exact in binary for small q (1 - (1 - 1e-12) is 1.0000889e-12).
   * References from mpmath (mp.dps = 40): P(T &gt; t) = betainc(df/2, 1/2, 0, df/(df + t^2),
   * regularized=True) / 2, and the quantile by findroot on ln P(T &gt; t) - ln q, started at the
   * normal quantile sqrt(2) erfinv(1 - 2q).
   */
  @Test
  void largeDegreesOfFreedomAgainstMpmath() {
    double[][] quantiles = {
        // {q, df, t with P(T > t) = q}
        {0.025, 1e5, 1.9599877075346096386},
        {1e-7, 1e5, 5.1997019883650527979},
        {1e-12, 1e5, 7.0353717423935763416},
        {0.025, 3e5, 1.9599718921421830878},
        {1e-7, 3e5, 5.1994590459947107786},
        {1e-12, 1e6, 7.0345726084112566152},
    };
    for (double[] row : quantiles) {
      assertEquals(-row[2], StudentT.quantile(row[0], row[1]), 1e-14 * row[2],
          "q = " + row[0] + ", df = " + row[1]);
    }
    assertEquals(1.9599877075346096386, StudentT.quantile(0.975, 1e5), 1e-14);
    double[][] tails = {
        // {t, df, P(T > t)}
        {3, 1e5, 0.001350230442032359595},
        {6, 1e5, 9.899647278008812792e-10},
        {10, 1e5, 7.816507650103639002e-24},
        {3, 2e5, 0.0013500642313883953331},
        {10, 2e5, 7.7175865836856318884e-24},
    };
    for (double[] row : tails) {
      assertEquals(row[2], StudentT.upperTail(row[0], row[1]), 1e-13 * row[2],
          "t = " + row[0] + ", df = " + row[1]);
    }
  }

  /**
   * References from mpmath (mp.dps = 40): ln B(a, 1/2) = log(beta(a, 1/2)); the density
   * gamma((df+1)/2) / (sqrt(df pi) gamma(df/2)) (1 + t^2/df)^(-(df+1)/2); for df = 1e16 the
   * standard normal density npdf(2) = 0.053990966513188051951.
   */
  @Test
  void densityAndLogBetaAgainstMpmath() {
    assertEquals(1.1447298858494001741, StudentT.logBetaHalf(0.5), 1e-15);
    assertEquals(0.064538521137571171673, StudentT.logBetaHalf(3), 1e-15);
    assertEquals(-0.59142241074705157499, StudentT.logBetaHalf(10.5), 1e-15);
    assertEquals(-1.0320733026829274673, StudentT.logBetaHalf(25), 1e-15);
    assertEquals(0.12001717451358738493, StudentT.density(1.5, 3), 1e-16);
    assertEquals(0.053990966513188051951, StudentT.density(2, 1e16), 1e-17);
    assertEquals(0.053990966513188051951, StudentT.density(-2, 1e16), 1e-17);
  }

  @Test
  void everyEntryPointChecksTheDegreesOfFreedom() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StudentT.density(1, 0));
    assertEquals("degrees of freedom must be positive, was 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.criticalValue(0.95, -1));
    assertEquals("degrees of freedom must be positive, was -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StudentT.upperTail(1, Double.NaN));
    assertEquals("degrees of freedom must be positive, was NaN", e.getMessage());
  }
}

package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import org.junit.jupiter.api.Test;

class CsatDifferenceTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;

  /**
   * Welch's test, worked by hand. a = counts (1, 0, 2, 3, 4) for answers 1..5: n = 10, sum = 39,
   * mean 3.9, sum of squares 167, variance (10 * 167 - 39^2) / 90 = 149/90 = 1.655556. b = counts
   * (3, 4, 5, 2, 1): n = 15, sum = 39, mean 2.6, sum of squares 121, variance (15 * 121 - 39^2) /
   * 210 = 1.4. SE^2 = 1.655556/10 + 1.4/15 = 0.2588889, SE = 0.5088113; t = 1.3 / 0.5088113 =
   * 2.554975; df = 0.2588889^2 / (0.1655556^2 / 9 + 0.0933333^2 / 14) = 18.27434. The two-sided
   * p-value 0.01973775 and the 90% interval [0.41840594, 2.18159406] were checked independently
   * with SciPy 1.17 (scipy.stats.ttest_ind with equal_var=False, and t.ppf).
   */
  @Test
  void welchWithUnequalSizes() {
    Csat a = Csat.ofHistogram(SCALE, 1, 0, 2, 3, 4);
    Csat b = Csat.ofHistogram(SCALE, 3, 4, 5, 2, 1);
    MeanDifference difference = CsatDifference.of(a, b).mean();
    assertEquals(1.3, difference.estimate(), 1e-15);
    assertEquals(0.508811250749125, difference.standardError(), 1e-12);
    assertEquals(2.554974950113631, difference.t(), 1e-11);
    assertEquals(18.274338931069305, difference.degreesOfFreedom(), 1e-9);
    assertEquals(0.019737749437525397, difference.pValue(), 1e-10);
    Interval interval = difference.confidenceInterval(0.90);
    assertEquals(0.41840594057917824, interval.lower(), 1e-9);
    assertEquals(2.1815940594208216, interval.upper(), 1e-9);
  }

  /**
   * Delighted's example (mean 3.75, variance 19875/9900) against counts (10, 10, 20, 30, 30): mean
   * 3.6, sum of squares 1460, variance (100 * 1460 - 360^2) / 9900 = 16400/9900 = 1.656566. SE =
   * sqrt(0.02007576 + 0.01656566) = 0.1914195, t = 0.15 / 0.1914195 = 0.783619, df = 196.1995; p
   * = 0.4342084 (SciPy, as above). The satisfied shares 70/100 and 60/100 differ by 10 points.
   */
  @Test
  void shareAndMeanOfTwoResults() {
    Csat a = Csat.ofHistogram(SCALE, CsatTest.DELIGHTED);
    Csat b = Csat.ofHistogram(SCALE, 10, 10, 20, 30, 30);
    CsatDifference difference = CsatDifference.of(a, b);
    assertEquals(0.15, difference.mean().estimate(), 1e-12);
    assertEquals(0.7836193396473383, difference.mean().t(), 1e-10);
    assertEquals(196.1995018642439, difference.mean().degreesOfFreedom(), 1e-8);
    assertEquals(0.43420844896836974, difference.mean().pValue(), 1e-9);
    assertEquals(10.0, difference.share().estimate(), 1e-12);
    assertEquals(RateDifference.of(Rate.of(70, 100), Rate.of(60, 100)).confidenceInterval(0.95),
        difference.share().confidenceInterval(0.95));
    assertEquals(a, difference.a());
    assertEquals(b, difference.b());
  }

  @Test
  void withoutSpreadTheMeanDifferenceIsExact() {
    Csat fives = Csat.ofHistogram(SCALE, 0, 0, 0, 0, 4);
    Csat fours = Csat.ofHistogram(SCALE, 0, 0, 0, 6, 0);
    MeanDifference different = MeanDifference.of(fives, fours);
    assertEquals(0.0, different.standardError());
    assertEquals(8.0, different.degreesOfFreedom());
    assertEquals(Double.POSITIVE_INFINITY, different.t());
    assertEquals(0.0, different.pValue());
    assertEquals(Interval.of(1, 1), different.confidenceInterval(0.95));
    MeanDifference same = MeanDifference.of(fives, fives);
    assertEquals(0.0, same.t());
    assertEquals(1.0, same.pValue());
  }

  @Test
  void rejectsMismatchedOrTooSmallGroups() {
    Csat one = Csat.ofAnswers(SCALE, 4);
    Csat two = Csat.ofAnswers(SCALE, 4, 5);
    IllegalStateException state = assertThrows(IllegalStateException.class,
        () -> CsatDifference.of(one, two).mean());
    assertEquals("result a must have at least 2 answers to compare means, had 1",
        state.getMessage());
    // The share comparison works with one answer.
    assertEquals(0.0, CsatDifference.of(one, two).share().estimate());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsatDifference.of(two, Csat.empty(SCALE)));
    assertEquals("result b is empty (total is 0): a difference needs at least one answer in each"
        + " group", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CsatDifference.of(two, Csat.ofAnswers(CsatScale.ONE_TO_TEN, 4, 5)));
    assertTrue(e.getMessage().startsWith("results must share a scale"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MeanDifference.of(two, two).confidenceInterval(-0.1));
    assertEquals("level must be in (0, 1), was -0.1", e.getMessage());
  }
}

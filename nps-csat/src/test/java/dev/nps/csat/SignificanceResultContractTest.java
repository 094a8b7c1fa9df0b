package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PanelComparison;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import dev.nps.stats.TransitionTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract for every comparison of the library: each type is a {@link SignificanceResult}
 * whose statistic is its own z or t, whose p-value is that statistic's, and whose {@code
 * rejects(alpha)} is {@code pValue() <= alpha}. Expected p-values are 2 Q(|z|) computed with
 * Python's {@code math.erfc(abs(z) / sqrt(2))}, or, for Welch's t, with SciPy (see {@link
 * CsatDifferenceTest#welchWithUnequalSizes()}).
 */
class SignificanceResultContractTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;

  static Stream<Arguments> results() {
    Map<Segment, Nps> regions = new LinkedHashMap<>();
    regions.put(Segment.of("region", "EU"), Nps.ofCategories(10, 20, 70));
    regions.put(Segment.of("region", "US"), Nps.ofCategories(20, 30, 50));
    Map<Segment, Csat> complexity = new LinkedHashMap<>();
    complexity.put(Segment.of("complexity", "simple"), Csat.ofHistogram(SCALE, 5, 0, 5, 40, 50));
    complexity.put(Segment.of("complexity", "complex"),
        Csat.ofHistogram(SCALE, 20, 10, 20, 30, 20));
    complexity.put(Segment.of("complexity", "other"), Csat.ofHistogram(SCALE, 10, 10, 10, 35, 35));
    return Stream.of(
        // NPS 60 against 30, the score test: nps-core's score_reference.py gives z =
        // 2.84078147326085977 and p = 0.00450031388040215.
        Arguments.of(NpsDifference.of(Nps.ofCategories(10, 20, 70), Nps.ofCategories(20, 30, 50)),
            30.0, 2.8407814732608598, 0.00450031388040215,
            (ToDoubleFunction<SignificanceResult>) r -> ((NpsDifference) r).z()),
        // Three respondents from detractor to promoter: mean change 2 (200 points), z =
        // 2 / sqrt(4 / 3) = sqrt(3).
        Arguments.of(PanelComparison.of(TransitionTable.of(
                new long[][] {{0, 0, 3}, {0, 0, 0}, {0, 0, 0}})),
            200.0, 1.7320508075688772, 0.08326451666355043,
            (ToDoubleFunction<SignificanceResult>) r -> ((PanelComparison) r).z()),
        // 80% of 70 against 60% of 80, Miettinen-Nurminen: pooled 104/150, z = 0.2 /
        // sqrt(p(1 - p)(1/70 + 1/80) 150/149) = 2.64132327229412451 (score_reference.py).
        Arguments.of(RateDifference.of(Rate.of(56, 70), Rate.of(48, 80)),
            20.0, 2.6413232722941245, 0.008258287929380785,
            (ToDoubleFunction<SignificanceResult>) r -> ((RateDifference) r).z()),
        // Welch, worked in CsatDifferenceTest and checked with SciPy.
        Arguments.of(MeanDifference.of(Csat.ofHistogram(SCALE, 1, 0, 2, 3, 4),
                Csat.ofHistogram(SCALE, 3, 4, 5, 2, 1)),
            1.3, 2.554974950113631, 0.019737749437525397,
            (ToDoubleFunction<SignificanceResult>) r -> ((MeanDifference) r).t()),
        // The EU entry of a report of EU and US is the first NpsDifference above.
        Arguments.of(SegmentComparison.of(regions).entries().get(0),
            30.0, 2.8407814732608598, 0.00450031388040215,
            (ToDoubleFunction<SignificanceResult>) r ->
                ((NpsDifference) ((SegmentComparison.Entry<?>) r).test()).z()),
        // simple, 90 of 100 satisfied, against the rest, 120 of 200: pooled 0.7, z = 0.3 /
        // sqrt(0.21 * 0.015 * 300/299) = 5.33630869386231.
        Arguments.of(CsatSegmentComparison.compare(complexity).entries().get(0),
            30.0, 5.33630869386231, 9.48578540290697e-08,
            (ToDoubleFunction<SignificanceResult>) r ->
                ((RateDifference) ((SegmentComparison.Entry<?>) r).test()).z()));
  }

  @ParameterizedTest
  @MethodSource("results")
  void everyComparisonIsASignificanceResult(SignificanceResult result, double estimate,
      double statistic, double pValue, ToDoubleFunction<SignificanceResult> ownStatistic) {
    assertEquals(estimate, result.estimate(), 1e-12 * Math.abs(estimate));
    assertEquals(statistic, result.statistic(), 1e-12 * Math.abs(statistic));
    assertEquals(ownStatistic.applyAsDouble(result), result.statistic(), 0.0);
    assertEquals(pValue, result.pValue(), 1e-9 * pValue);
    assertTrue(Math.signum(result.statistic()) == Math.signum(result.estimate()));
    for (double alpha : new double[] {1e-9, 0.001, 0.01, 0.05, 0.1, 0.5, 0.999}) {
      assertEquals(result.pValue() <= alpha, result.rejects(alpha), "alpha " + alpha);
    }
    assertTrue(result.rejects(result.pValue()));
    for (double alpha : new double[] {0.0, 1.0, -0.05, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> result.rejects(alpha));
      assertEquals("significance level must be in (0, 1), was " + alpha, e.getMessage());
    }
  }
}

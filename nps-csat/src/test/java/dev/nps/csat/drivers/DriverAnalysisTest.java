package dev.nps.csat.drivers;

import static dev.nps.csat.drivers.DriverAccumulatorTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.csat.CsatScale;
import dev.nps.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Worked examples, edge cases and the analyses the library refuses. */
class DriverAnalysisTest {
  private static final int MISSING = DriverAccumulator.MISSING;
  private static final CsatScale NPS = CsatScale.ZERO_TO_TEN;
  private static final CsatScale FIVE = CsatScale.ONE_TO_FIVE;

  private static DriverAccumulator twoDimensions(int[][] rows) {
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a", "b");
    for (int[] row : rows) {
      accumulator.add(row[0], row[1], row[2]);
    }
    return accumulator;
  }

  /**
   * A balanced design, a and b each 1 or 5 in every combination, so the two are uncorrelated:
   *
   * <pre>
   *   y   a   b     centred: a -2 -2  2  2, b -2  2 -2  2, y -3.75 -0.75 1.25 3.25
   *   2   1   1     sum a y = 18, sum b y = 10, sum a a = sum b b = 16, sum y y = 26.75
   *   5   1   5     r_a = 18 / sqrt(16 * 26.75) = 18 / sqrt(428), r_b = 10 / sqrt(428)
   *   7   5   1     R^2 = r_a^2 + r_b^2 = (324 + 100) / 428 = 424 / 428
   *   9   5   5
   * </pre>
   *
   * <p>With uncorrelated dimensions the standardized coefficients are the correlations, every VIF
   * and the condition number are 1, and both Shapley and relative weights give each dimension its
   * r&sup2;: 324/428 and 100/428. The standard error is sqrt((1 - R^2) / (n - k - 1)) = sqrt(4 /
   * 428), so t_a = 18 / 2 = 9 and t_b = 10 / 2 = 5 on 1 degree of freedom, where Student's t is
   * Cauchy's distribution and p = 1 - 2 atan(|t|) / pi.
   */
  @Test
  void uncorrelatedDimensionsShareRSquaredByTheirSquaredCorrelations() {
    DriverAccumulator accumulator =
        twoDimensions(new int[][] {{2, 1, 1}, {5, 1, 5}, {7, 5, 1}, {9, 5, 5}});
    for (ImportanceMethod method : ImportanceMethod.values()) {
      DriverAnalysis analysis = accumulator.snapshot().analyze(MissingAnswers.LISTWISE, method);
      assertEquals(4, analysis.n());
      assertEquals(1, analysis.degreesOfFreedom());
      assertEquals(424.0 / 428, analysis.rSquared(), 1e-15);
      // 1 - (4 / 428) * 3 / 1
      assertEquals(1 - 12.0 / 428, analysis.adjustedRSquared(), 1e-15);
      assertEquals(1.0, analysis.conditionNumber(), 1e-15);
      Driver a = analysis.driver("a");
      Driver b = analysis.driver("b");
      assertEquals(18 / Math.sqrt(428), a.correlation(), 1e-15);
      assertEquals(10 / Math.sqrt(428), b.correlation(), 1e-15);
      assertEquals(a.correlation(), a.coefficient(), 1e-15);
      assertEquals(Math.sqrt(4.0 / 428), a.standardError(), 1e-15);
      assertEquals(9.0, a.t(), 1e-13);
      assertEquals(5.0, b.t(), 1e-13);
      assertEquals(1 - 2 * Math.atan(9) / Math.PI, a.pValue(), 1e-14);
      assertEquals(1 - 2 * Math.atan(5) / Math.PI, b.pValue(), 1e-14);
      assertEquals(1.0, a.varianceInflation(), 1e-15);
      assertEquals(324.0 / 428, a.importance(), 1e-15);
      assertEquals(100.0 / 428, b.importance(), 1e-15);
      assertEquals(100 * 324.0 / 424, a.importancePercent(), 1e-12);
      // t interval on 1 df: beta +- tan(pi * 0.95 / 2) SE (Cauchy's quantile).
      Interval beta = a.coefficientInterval(0.95);
      double half = Math.tan(Math.PI * 0.95 / 2) * Math.sqrt(4.0 / 428);
      assertEquals(a.coefficient() - half, beta.lower(), 1e-12);
      assertEquals(a.coefficient() + half, beta.upper(), 1e-12);
      // Fisher: tanh(atanh(r) +- 1.959963984540054 / sqrt(1)).
      Interval r = a.correlationInterval(0.95);
      double z = 0.5 * Math.log((1 + a.correlation()) / (1 - a.correlation()));
      assertEquals(Math.tanh(z - 1.959963984540054), r.lower(), 1e-14);
      assertEquals(Math.tanh(z + 1.959963984540054), r.upper(), 1e-14);
      // Both perform at 50% (two of four answers in 4-5), so the median is 50 and neither is
      // below it: the important one is a strength, the other possible overkill.
      assertEquals(50.0, analysis.medianPerformance());
      assertEquals(Quadrant.KEEP_UP, a.quadrant());
      assertEquals(Quadrant.POSSIBLE_OVERKILL, b.quadrant());
      assertEquals(List.of(), analysis.fixFirst());
    }
  }

  @Test
  void anExactFitHasNoErrorLeft() {
    // y = a + b on the balanced design: 2, 6, 6, 10.
    DriverAnalysis analysis =
        twoDimensions(new int[][] {{2, 1, 1}, {6, 1, 5}, {6, 5, 1}, {10, 5, 5}}).analyze();
    assertEquals(1.0, analysis.rSquared());
    Driver a = analysis.driver("a");
    assertEquals(0.0, a.standardError());
    assertEquals(Double.POSITIVE_INFINITY, a.t());
    assertEquals(0.0, a.pValue());
    assertEquals(50.0, a.importancePercent(), 1e-12);
  }

  @Test
  void quadrantsFollowTheMedians() {
    // Importance falls from business to speed by construction; performance (top-box share) is
    // set per dimension: business 20% (weak), human 80%, hidden 10% (weak), speed 90%.
    // Medians: importance between human and hidden, performance (20 + 80) / 2 = 50. So business
    // is FIX_FIRST, human KEEP_UP, hidden LOW_PRIORITY, speed POSSIBLE_OVERKILL.
    Random random = new Random(7);
    DriverAccumulator accumulator =
        new DriverAccumulator(NPS, FIVE, "business", "human", "hidden", "speed");
    int[] topBoxPercent = {20, 80, 10, 90};
    int[] weight = {8, 4, 2, 1};
    for (int i = 0; i < 2000; i++) {
      int[] ratings = new int[4];
      double outcome = 0;
      for (int j = 0; j < 4; j++) {
        boolean top = random.nextInt(100) < topBoxPercent[j];
        ratings[j] = top ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        outcome += weight[j] * ratings[j];
      }
      int y = (int) Math.max(0, Math.min(10, Math.round(outcome / 7 + random.nextGaussian())));
      accumulator.add(y, ratings);
    }
    DriverAnalysis analysis = accumulator.analyze();
    assertEquals(List.of(Quadrant.FIX_FIRST, Quadrant.KEEP_UP, Quadrant.LOW_PRIORITY,
        Quadrant.POSSIBLE_OVERKILL), analysis.drivers().stream().map(Driver::quadrant).toList());
    assertEquals("business", analysis.fixFirst().get(0).dimension());
    assertEquals(1, analysis.fixFirst().size());
    assertEquals(List.of("business", "human", "hidden", "speed"),
        analysis.ranking().stream().map(Driver::dimension).toList());
  }

  @Test
  void constantVariablesAreRefusedByName() {
    assertMessage(IllegalStateException.class,
        () -> twoDimensions(new int[][] {{2, 1, 3}, {5, 2, 3}, {7, 5, 3}, {9, 4, 3}}).analyze(),
        "dimension 'b' is constant in the 4 complete responses");
    assertMessage(IllegalStateException.class,
        () -> twoDimensions(new int[][] {{7, 1, 3}, {7, 2, 4}, {7, 5, 3}, {7, 4, 1}}).analyze(),
        "the outcome is constant");
    // Under pairwise deletion: b varies overall but not among those who also answered a.
    DriverAccumulator pairwise = twoDimensions(new int[][] {{2, 1, 3}, {5, 2, 3}, {7, 5, 3},
        {9, 4, 3}, {1, MISSING, 1}, {8, MISSING, 5}});
    assertMessage(IllegalStateException.class,
        () -> pairwise.snapshot().analyze(MissingAnswers.PAIRWISE, ImportanceMethod.SHAPLEY),
        "dimension 'b' is constant in the 4 responses that answered both dimension 'a' and"
            + " dimension 'b'");
  }

  @Test
  void exactCollinearityIsFoundExactly() {
    // b always equals a, or mirrors it (b = 6 - a): each is a linear function of the other.
    assertMessage(IllegalStateException.class,
        () -> twoDimensions(new int[][] {{2, 1, 1}, {5, 2, 2}, {7, 5, 5}, {9, 4, 4}, {3, 3, 3}})
            .analyze(), "dimension 'b' is an exact linear combination of dimensions [a] in the"
            + " 5 complete responses");
    assertMessage(IllegalStateException.class,
        () -> twoDimensions(new int[][] {{2, 1, 5}, {5, 2, 4}, {7, 5, 1}, {9, 4, 2}, {3, 3, 3}})
            .analyze(), "dimension 'b' is an exact linear combination");
    // c = a + b - 3 over a, b in {2, 3}; the data vary otherwise.
    DriverAccumulator three = new DriverAccumulator(NPS, FIVE, "a", "b", "c");
    int[][] rows = {{1, 2, 2, 1}, {4, 2, 3, 2}, {6, 3, 2, 2}, {9, 3, 3, 3}, {5, 2, 2, 1},
        {8, 3, 3, 3}};
    for (int[] row : rows) {
      three.add(row[0], row[1], row[2], row[3]);
    }
    assertMessage(IllegalStateException.class, three::analyze,
        "dimension 'c' is an exact linear combination of dimensions [a, b]");
    assertMessage(IllegalStateException.class, () -> three.snapshot()
        .analyze(MissingAnswers.LISTWISE, ImportanceMethod.RELATIVE_WEIGHTS), "dimension 'c'");
  }

  @Test
  void tooFewResponsesAreRefused() {
    // Two dimensions need n - k - 1 >= 1, so 4 complete responses.
    DriverAccumulator three = twoDimensions(new int[][] {{2, 1, 1}, {5, 1, 5}, {7, 5, 1}});
    assertMessage(IllegalStateException.class, three::analyze,
        "needs at least 4 complete responses", "has 3");
    DriverAccumulator missing = twoDimensions(new int[][] {{2, 1, 1}, {5, 1, 5}, {7, 5, 1},
        {9, 5, MISSING}, {3, MISSING, 2}});
    assertMessage(IllegalStateException.class, missing::analyze, "has 3");
    assertMessage(IllegalStateException.class,
        () -> twoDimensions(new int[0][]).analyze(), "has 0");
  }

  @Test
  void pairwiseCorrelationsThatNoDataSetHasAreRefused() {
    // Those who answered a and b gave the same rating to both (r = 1), those who answered a and
    // c too (r = 1), but those who answered b and c mirrored them (r = -1): no data set has
    // these three correlations at once.
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a", "b", "c");
    for (int x = 1; x <= 5; x++) {
      accumulator.add(2 * x, x, x, MISSING);
      accumulator.add(2 * x - 1, x, MISSING, x);
      accumulator.add(x, MISSING, x, 6 - x);
    }
    assertMessage(IllegalStateException.class, () -> accumulator.snapshot()
        .analyze(MissingAnswers.PAIRWISE, ImportanceMethod.SHAPLEY), "not positive definite");
    assertMessage(IllegalStateException.class, accumulator::analyze,
        "needs at least 5 complete responses", "has 0");
  }

  @Test
  void shapleyIsLimitedToTwentyDimensionsAndRelativeWeightsAreNot() {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < 21; j++) {
      names.add("d" + j);
    }
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, names);
    Random random = new Random(11);
    for (int i = 0; i < 500; i++) {
      int[] ratings = new int[21];
      int sum = 0;
      for (int j = 0; j < 21; j++) {
        ratings[j] = 1 + random.nextInt(5);
        sum += j < 3 ? ratings[j] : 0;
      }
      accumulator.add(Math.min(10, sum * 10 / 15), ratings);
    }
    assertMessage(IllegalArgumentException.class, accumulator::analyze,
        "at most 20 dimensions, got 21", "RELATIVE_WEIGHTS");
    DriverAnalysis analysis = accumulator.snapshot()
        .analyze(MissingAnswers.LISTWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    double total = analysis.drivers().stream().mapToDouble(Driver::importance).sum();
    assertEquals(analysis.rSquared(), total, 1e-12);
    // Only d0, d1 and d2 enter the outcome.
    assertEquals(List.of("d0", "d1", "d2"), analysis.ranking().subList(0, 3).stream()
        .map(Driver::dimension).sorted().toList());
  }

  @Test
  void shapleyAndRelativeWeightsAgreeOnTwentyDimensions() {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < 20; j++) {
      names.add("d" + j);
    }
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, names);
    Random random = new Random(13);
    for (int i = 0; i < 2000; i++) {
      int[] ratings = new int[20];
      int mood = random.nextInt(3);
      double sum = 0;
      for (int j = 0; j < 20; j++) {
        ratings[j] = 1 + Math.min(4, mood + random.nextInt(3));
        sum += ratings[j] * (20 - j);
      }
      accumulator.add((int) Math.min(10, Math.round(sum / 110 + random.nextGaussian())),
          ratings);
    }
    DriverMoments moments = accumulator.snapshot();
    DriverAnalysis shapley = moments.analyze();
    DriverAnalysis weights =
        moments.analyze(MissingAnswers.LISTWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    double total = 0;
    for (int j = 0; j < 20; j++) {
      total += shapley.drivers().get(j).importance();
      // Both methods split R^2 with a similar hand (Johnson 2000 reports differences of a few
      // percent of R^2); here within 1.5 points.
      assertEquals(shapley.drivers().get(j).importancePercent(),
          weights.drivers().get(j).importancePercent(), 1.5);
    }
    assertEquals(shapley.rSquared(), total, 1e-12);
    assertEquals(shapley.rSquared(), weights.rSquared());
  }

  @Test
  void intervalsNeedEnoughResponsesAndAValidLevel() {
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a");
    accumulator.add(2, 1);
    accumulator.add(5, 3);
    accumulator.add(9, 5);
    DriverAnalysis analysis = accumulator.analyze();
    Driver a = analysis.driver("a");
    assertEquals(3, a.correlationN());
    assertMessage(IllegalStateException.class, () -> a.correlationInterval(0.95),
        "needs at least 4 responses", "has 3");
    assertMessage(IllegalArgumentException.class, () -> a.coefficientInterval(1.0),
        "level must be in (0, 1), was 1.0");
    assertMessage(IllegalArgumentException.class, () -> analysis.driver("z"),
        "unknown dimension 'z'");
  }

  @Test
  void analysesOfEqualMomentsAreEqual() {
    DriverFixtures data = new DriverFixtures();
    DriverAnalysis one = data.moments().analyze();
    DriverAnalysis other = data.accumulate(0, DriverFixtures.RESPONSES).analyze();
    assertEquals(one, other);
    assertEquals(one.hashCode(), other.hashCode());
    assertNotEquals(one,
        data.moments().analyze(MissingAnswers.PAIRWISE, ImportanceMethod.SHAPLEY));
    assertTrue(one.toString().startsWith("DriverAnalysis[LISTWISE, SHAPLEY, n=1985, R\u00b2=0.797,"
        + " condition=2.20, drivers=[Driver[business: importance=53.2%, performance=39.5%,"
        + " r=0.838, beta=0.641, p=0.0, vif=1.55, FIX_FIRST]"), one::toString);
  }
}

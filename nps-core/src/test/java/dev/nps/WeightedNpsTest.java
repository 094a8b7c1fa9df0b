package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedNpsTest {
  private static final double EPS = 1e-9;

  /**
   * Scores 10 (w 2), 9 (w 1), 7 (w 1), 3 (w 0.5), 0 (w 1.5). W = 6; promoters 3, passives 1,
   * detractors 2; sum of squared weights: promoters 4 + 1 = 5, passives 1, detractors 0.25 + 2.25
   * = 2.5, all 8.5.
   */
  private static final List<Response> SAMPLE =
      List.of(weighted(10, 2.0), weighted(9, 1.0), weighted(7, 1.0), weighted(3, 0.5),
          weighted(0, 1.5));

  @Test
  void weightedFiguresAsRsSurveyPackageDefinesThem() {
    // R's survey::svymean on svydesign(ids = ~1, weights = ~w) for these five answers (y = 1, 1,
    // 0, -1, -1). R itself was not run: the with-replacement linearization formula it applies is
    // worked here by hand, and weighted_reference.py computes the same in exact fractions
    // (SE^2 = 2485/10368, deff = 2485/2088, 48.95710203337379772185 points).
    // R = 1/6; residuals y - R: promoters 5/6, passive -1/6, detractors -7/6.
    // sum w^2 (y - R)^2 = 5 (5/6)^2 + 1 (1/6)^2 + 2.5 (7/6)^2 = (125 + 1 + 122.5) / 36 = 248.5/36.
    // SE = 100 sqrt(n/(n-1) * 248.5/36) / W = 100 sqrt(5/4 * 6.902778) / 6 = 48.957102033.
    // sum w (y - R)^2 = 3 (5/6)^2 + 1 (1/6)^2 + 2 (7/6)^2 = (75 + 1 + 98) / 36 = 174/36; svyvar =
    // 5/4 * 174/36 / 6, and deff = SE^2 / (svyvar / 5) = 5 * 248.5 / (6 * 174) = 1.190134100.
    // Kish: n sum w^2 / W^2 = 5 * 8.5 / 36 = 1.180556.
    WeightedNps weighted = WeightedNps.of(SAMPLE);
    assertEquals(100.0 / 6, weighted.score(), EPS);
    assertEquals(6.0, weighted.totalWeight(), EPS);
    assertEquals(3.0, weighted.weight(Category.PROMOTER), EPS);
    assertEquals(2.0, weighted.weight(Category.DETRACTOR), EPS);
    assertEquals(100 * Math.sqrt(5.0 / 4 * 248.5 / 36) / 6, weighted.standardError(), EPS);
    assertEquals(48.95710203337379772, weighted.standardError(), 1e-12);
    assertEquals(2485.0 / 2088, weighted.designEffect(), 1e-14);
    assertEquals(5 * 8.5 / 36, weighted.weightingEffect(), 1e-14);
    assertEquals(5 / (2485.0 / 2088), weighted.effectiveSampleSize(), 1e-13);
    // Unweighted counts are untouched by weights.
    assertEquals(Nps.ofAnswers(10, 9, 7, 3, 0), weighted.unweighted());
    assertEquals(5, weighted.total());
    assertEquals(1, weighted.count(10));
    assertEquals(2.0, weighted.weightSum(10));
    assertEquals(2.25, weighted.squaredWeightSum(0));
    assertEquals(0.0, weighted.weightSum(5));
  }

  @Test
  void twoAnswersAndOne() {
    // A promoter of weight 1 and a detractor of weight 3: R = (1 - 3) / 4 = -1/2; sum w^2 r^2 =
    // 1 (3/2)^2 + 9 (1/2)^2 = 4.5; SE = 100 sqrt(2/1 * 4.5) / 4 = 75 points (the factor n/(n-1) =
    // 2 is what made the library's 53.03 = 75 sqrt(1/2) differ from R's). sum w r^2 = 2.25 + 0.75
    // = 3, deff = 2 * 4.5 / (4 * 3) = 0.75: heavier weight on the answer nearer the mean. Kish: 2
    // * 10 / 16 = 1.25. weighted_reference.py, "two answers", agrees.
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.add(10, 1.0);
    accumulator.add(0, 3.0);
    WeightedNps two = accumulator.snapshot();
    assertEquals(-50.0, two.score(), EPS);
    assertEquals(75.0, two.standardError(), 1e-12);
    assertEquals(0.75, two.designEffect(), 1e-15);
    assertEquals(1.25, two.weightingEffect(), 1e-15);
    assertEquals(2 / 0.75, two.effectiveSampleSize(), 1e-14);
    // One answer: R stops ("Stratum has only one PSU"), and so does the standard error here; the
    // design effect has no variance to compare and is Kish's, 1.
    WeightedNpsAccumulator single = new WeightedNpsAccumulator();
    single.add(9, 2.5);
    WeightedNps one = single.snapshot();
    IllegalStateException e = assertThrows(IllegalStateException.class, one::standardError);
    assertEquals("the with-replacement standard error needs at least 2 answers, had 1",
        e.getMessage());
    assertEquals(1.0, one.designEffect(), 1e-15);
    assertEquals(1.0, one.effectiveSampleSize(), 1e-15);
    assertTrue(one.confidenceInterval(0.95).width() > 0);
  }

  @Test
  void weightsThatGoWithTheAnswersCountInTheDesignEffect() {
    // 6 detractors of weight 3, 10 passives and 14 promoters of weight 1, 2 promoters of weight 2
    // (weighted_reference.py, "32 answers"): R = 0; SE = 19.25498154471866930199 points; deff =
    // 304/207 = 1.46859903381642512077, while Kish's weighting effect is only 1.30056710775047259:
    // the heavy weights sit on the answers farthest from the mean. n_eff = 32 / deff =
    // 21.78947368421052631579, and the Wald half-width / z = 18.95173453713336327060 points.
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    for (int i = 0; i < 6; i++) {
      accumulator.add(0, 3.0);
    }
    for (int i = 0; i < 10; i++) {
      accumulator.add(8, 1.0);
    }
    for (int i = 0; i < 14; i++) {
      accumulator.add(10, 1.0);
    }
    accumulator.add(9, 2.0);
    accumulator.add(9, 2.0);
    WeightedNps weighted = accumulator.snapshot();
    assertEquals(0.0, weighted.score(), 1e-12);
    assertEquals(19.254981544718669, weighted.standardError(), 1e-12);
    assertEquals(304.0 / 207, weighted.designEffect(), 1e-14);
    assertEquals(1.3005671077504726, weighted.weightingEffect(), 1e-14);
    assertEquals(21.789473684210526, weighted.effectiveSampleSize(), 1e-12);
    Interval wald = weighted.confidenceInterval(0.95, IntervalMethod.WALD);
    assertEquals(1.959963984540054 * 18.951734537133363, wald.upper(), 1e-10);
    // Kish's effective size (32 / 1.3006 = 24.6) would give an interval narrower by
    // sqrt(1.4686 / 1.3006) = 1.0626.
    double kishHalfWidth = wald.upper() * Math.sqrt(1.3005671077504726 / (304.0 / 207));
    assertTrue(wald.upper() > 1.06 * kishHalfWidth);
  }

  @Test
  void intervalsUseTheEffectiveSampleSize() {
    // Effective counts = category weight * n_eff / W = weight * 4.2012072434607646 / 6. Wald on
    // them has half-width z * SE * sqrt((n - 1)/n) = 1.959964 * 43.78856325120680 = 85.82407, so
    // [16.667 - 85.824, 16.667 + 85.824] = [-69.1573402404528, 102.49 -> 100]. Adjusted Wald and
    // score limits: weighted_reference.py (the one-group formulas on the same effective counts,
    // 40-digit decimals): [-50.72642346275272257901, 70.17319630432858175755] and
    // [-56.41209115335628086054, 74.59577241728822039524].
    WeightedNps weighted = WeightedNps.of(SAMPLE);
    Interval wald = weighted.confidenceInterval(0.95, IntervalMethod.WALD);
    assertEquals(-69.15734024045280, wald.lower(), 1e-10);
    assertEquals(100.0, wald.upper());
    Interval adjusted = weighted.confidenceInterval(0.95);
    assertEquals(-50.726423462752723, adjusted.lower(), 1e-10);
    assertEquals(70.173196304328582, adjusted.upper(), 1e-10);
    assertEquals((70.173196304328582 + 50.726423462752723) / 2, weighted.marginOfError(0.95),
        1e-10);
    Interval score = weighted.confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(-56.41209115335628, score.lower(), 1e-10);
    assertEquals(74.59577241728822, score.upper(), 1e-10);
  }

  @Test
  void unequalWeightsWidenTheInterval() {
    // Same answers, unweighted: 5 answers with the same shares would be narrower than 4.24.
    List<Response> equal = new ArrayList<>();
    for (Response response : SAMPLE) {
      equal.add(response.toBuilder().weight(1.2).build());
    }
    WeightedNps flat = WeightedNps.of(equal);
    assertEquals(5.0, flat.effectiveSampleSize(), EPS);
    assertEquals(1.0, flat.designEffect(), EPS);
    assertEquals(1.0, flat.weightingEffect(), EPS);
  }

  @Test
  void allWeightsOneEqualsUnweighted() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 300))
        .checkAssert(
            scores -> {
              List<Response> responses = new ArrayList<>();
              List<Response> withWeightOne = new ArrayList<>();
              for (int score : scores) {
                responses.add(Response.of(score));
                withWeightOne.add(weighted(score, 1.0));
              }
              Nps nps = Nps.of(responses);
              for (List<Response> input : List.of(responses, withWeightOne)) {
                WeightedNps weighted = WeightedNps.of(input);
                assertEquals(nps, weighted.unweighted());
                assertEquals(nps.score(), weighted.score(), 1e-12);
                if (scores.size() > 1) {
                  // R's factor n / (n - 1) is the only difference.
                  double n = scores.size();
                  assertEquals(nps.standardError() * Math.sqrt(n / (n - 1)),
                      weighted.standardError(), 1e-9);
                }
                assertEquals(nps.total(), weighted.effectiveSampleSize(), 1e-9);
                assertEquals(1.0, weighted.designEffect(), 1e-12);
                assertEquals(1.0, weighted.weightingEffect(), 1e-12);
                for (IntervalMethod method : IntervalMethod.values()) {
                  assertEquals(
                      nps.confidenceInterval(0.95, method),
                      weighted.confidenceInterval(0.95, method));
                }
              }
            });
  }

  @Test
  void weightsNeverChangeUnweightedCounts() {
    List<Response> unweighted = new ArrayList<>();
    for (Response response : SAMPLE) {
      unweighted.add(response.toBuilder().noWeight().build());
    }
    assertEquals(Nps.of(unweighted), Nps.of(SAMPLE));
    NpsAccumulator accumulator = new NpsAccumulator();
    SAMPLE.forEach(accumulator::add);
    assertEquals(Nps.ofAnswers(10, 9, 7, 3, 0), accumulator.snapshot());
    assertEquals(Nps.bySegment(unweighted), Nps.bySegment(SAMPLE));
  }

  @Test
  void mergingAddsTheThreeSumsPerScore() {
    WeightedNpsAccumulator left = new WeightedNpsAccumulator();
    WeightedNpsAccumulator right = new WeightedNpsAccumulator();
    left.addAll(SAMPLE.subList(0, 2));
    right.addAll(SAMPLE.subList(2, 5));
    left.addAll(right);
    WeightedNps merged = left.snapshot();
    WeightedNps whole = WeightedNps.of(SAMPLE);
    assertEquals(whole, merged);
    assertEquals(whole.hashCode(), merged.hashCode());
    assertEquals(whole, WeightedNps.of(SAMPLE.subList(0, 2)).plus(WeightedNps.of(SAMPLE.subList(2, 5))));
    assertEquals(whole, SAMPLE.parallelStream().collect(WeightedNps.collector()));
    WeightedNpsAccumulator direct = new WeightedNpsAccumulator();
    direct.add(10, 2.0);
    direct.add(9, 1.0);
    direct.add(7, 1.0);
    direct.add(3, 0.5);
    direct.add(0, 1.5);
    assertEquals(whole, direct.snapshot());
    assertEquals(5, direct.total());
    assertNotEquals(whole, WeightedNps.of(SAMPLE.subList(0, 4)));
  }

  @Test
  void restoresFromItsSums() {
    WeightedNps weighted = WeightedNps.of(SAMPLE);
    long[] counts = new long[11];
    double[] sums = new double[11];
    double[] squares = new double[11];
    for (int score = 0; score <= 10; score++) {
      counts[score] = weighted.count(score);
      sums[score] = weighted.weightSum(score);
      squares[score] = weighted.squaredWeightSum(score);
    }
    WeightedNps restored = WeightedNps.ofSums(counts, sums, squares);
    assertEquals(weighted, restored);
    // Arrays are copied.
    counts[10] = 99;
    sums[10] = 99.0;
    assertEquals(1, restored.count(10));
    assertEquals(2.0, restored.weightSum(10));
  }

  @Test
  void sumsNoWeightsCanProduceAreRejected() {
    long[] counts = new long[11];
    double[] sums = new double[11];
    double[] squares = new double[11];
    counts[9] = 2;
    sums[9] = 3.0;
    // Two weights summing to 3 have squares summing to between 3^2 / 2 = 4.5 (equal weights) and
    // 9 (one weight near 3, the other near 0).
    assertEquals(
        "squaredWeightSum of score 9 must be in [weightSum^2 / count, weightSum^2] = [4.5, 9.0]"
            + " for 2 answers of weight sum 3.0, was 0.0",
        rejected(counts, sums, squares));
    squares[9] = 9.5;
    assertTrue(rejected(counts, sums, squares).endsWith("was 9.5"));
    squares[9] = 4.5;
    WeightedNps.ofSums(counts, sums, squares);
    squares[9] = 9.0;
    WeightedNps.ofSums(counts, sums, squares);
    squares[9] = Double.NaN;
    assertTrue(rejected(counts, sums, squares).endsWith("was NaN"));
    // 100 answers with squared weights summing to 1e-90: an effective sample size of 5e93 if
    // accepted. Their weight sum of 100 needs squares in [100^2 / 100, 100^2] = [100, 10000].
    long[] many = new long[11];
    double[] manySums = new double[11];
    double[] manySquares = new double[11];
    many[6] = 100;
    manySums[6] = 100.0;
    manySquares[6] = 1e-90;
    assertEquals(
        "squaredWeightSum of score 6 must be in [weightSum^2 / count, weightSum^2] = [100.0,"
            + " 10000.0] for 100 answers of weight sum 100.0, was 1.0E-90",
        rejected(many, manySums, manySquares));
    // A weight sum of 1e308 for 100 answers: more than 100 weights of at most 1e100 can give.
    manySums[6] = 1e308;
    manySquares[6] = 1e308;
    assertEquals(
        "weightSum of score 6 must be in [count * 1e-100, count * 1e100] = [1.0E-98, 1.0E102]"
            + " for its 100 answers (weights in [1e-100, 1e100]), was 1.0E308",
        rejected(many, manySums, manySquares));
    manySums[6] = 1e-99;
    assertTrue(rejected(many, manySums, manySquares).endsWith("was 1.0E-99"));
    // A count of 0 with a sum, and a negative count.
    long[] none = new long[11];
    double[] noneSums = new double[11];
    noneSums[3] = 0.5;
    assertEquals("weightSum of score 3 must be 0 where its count is 0, was 0.5",
        rejected(none, noneSums, new double[11]));
    none[3] = -1;
    assertEquals("count of score 3 must not be negative, was -1",
        rejected(none, new double[11], new double[11]));
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class,
            () -> WeightedNps.ofSums(new long[10], sums, squares));
    assertEquals("counts must have 11 elements (scores 0 to 10), had 10", length.getMessage());
  }

  @Test
  void sumsFromAnAccumulatorAreAlwaysAccepted() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 200),
            lists().of(integers().between(-100, 100)).ofSize(200))
        .checkAssert(
            (scores, exponents) -> {
              WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
              for (int i = 0; i < scores.size(); i++) {
                // Weights from 1e-100 to 1e100, mixed within a score.
                accumulator.add(scores.get(i), Math.pow(10, exponents.get(i)));
              }
              WeightedNps weighted = accumulator.snapshot();
              long[] counts = new long[11];
              double[] sums = new double[11];
              double[] squares = new double[11];
              for (int score = 0; score <= 10; score++) {
                counts[score] = weighted.count(score);
                sums[score] = weighted.weightSum(score);
                squares[score] = weighted.squaredWeightSum(score);
              }
              assertEquals(weighted, WeightedNps.ofSums(counts, sums, squares));
            });
  }

  private static String rejected(long[] counts, double[] sums, double[] squares) {
    return assertThrows(IllegalArgumentException.class,
        () -> WeightedNps.ofSums(counts, sums, squares)).getMessage();
  }

  @Test
  void responseCarriesAnOptionalWeight() {
    Response weightedResponse = weighted(9, 2.5);
    assertTrue(weightedResponse.hasWeight());
    assertEquals(OptionalDouble.of(2.5), weightedResponse.weight());
    assertEquals(
        "Response[score=9, segment=" + Segment.ALL + ", answeredAt=unknown, respondentId=absent,"
            + " comment=absent, weight=2.5]",
        weightedResponse.toString());
    Response plain = Response.of(9);
    assertFalse(plain.hasWeight());
    assertEquals(OptionalDouble.empty(), plain.weight());
    assertFalse(plain.toString().contains("weight"));
    assertNotEquals(plain, weightedResponse);
    assertNotEquals(weighted(9, 2.0), weightedResponse);
    assertEquals(weighted(9, 2.5), weightedResponse);
    assertEquals(weighted(9, 2.5).hashCode(), weightedResponse.hashCode());
    assertEquals(weightedResponse, weightedResponse.toBuilder().build());
    assertEquals(plain, weightedResponse.toBuilder().noWeight().build());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, 0.0, -1.0, -0.0, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void invalidWeightsAreRejected(double weight) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Response.builder().weight(weight));
    assertEquals("weight must be finite and > 0, was " + weight, e.getMessage());
    IllegalArgumentException direct =
        assertThrows(
            IllegalArgumentException.class, () -> new WeightedNpsAccumulator().add(9, weight));
    assertEquals("weight must be finite and > 0, was " + weight, direct.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e155, 1e-162, Double.MAX_VALUE, Double.MIN_VALUE})
  void weightsWhoseSquaresWouldOverflowOrVanishAreRejected(double weight) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Response.builder().weight(weight));
    assertEquals("weight must be in [1.0E-100, 1.0E100] so that sums of squared weights neither"
        + " overflow nor vanish, was " + weight, e.getMessage());
  }

  @Test
  void extremeAcceptedWeightsGiveTheUnweightedStatistics() {
    // Equal weights cancel: with every weight 1e100 (or 1e-100) the weighted score, effective
    // sample size and design effects are those of the unweighted answers 9, 0, 8: n_eff = 3.
    for (double weight : new double[] {1e100, 1e-100}) {
      WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
      accumulator.add(9, weight);
      accumulator.add(0, weight);
      accumulator.add(8, weight);
      WeightedNps result = accumulator.snapshot();
      assertEquals(0.0, result.score(), 1e-9);
      assertEquals(3.0, result.effectiveSampleSize(), 1e-9);
      assertEquals(1.0, result.designEffect(), 1e-9);
      assertEquals(1.0, result.weightingEffect(), 1e-9);
      // sqrt(3/2) times the unweighted standard error of 0, 8, 9: 100 sqrt(2/3 / 3 * 3/2).
      assertEquals(100 * Math.sqrt(2.0 / 3 / 3 * 1.5), result.standardError(), 1e-9);
    }
  }

  @Test
  void invalidScoreIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new WeightedNpsAccumulator().add(11, 1.0));
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void emptyResultHasNoStatistics(IntervalMethod method) {
    WeightedNps empty = WeightedNps.empty();
    assertTrue(empty.isEmpty());
    assertEquals(empty, new WeightedNpsAccumulator().snapshot());
    assertEquals("WeightedNps[score=undefined, total=0]", empty.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::score);
    assertEquals(
        "NPS is undefined without responses: this weighted result is empty (total is 0)",
        e.getMessage());
    assertThrows(IllegalStateException.class, empty::standardError);
    assertThrows(IllegalStateException.class, empty::effectiveSampleSize);
    assertThrows(IllegalStateException.class, empty::designEffect);
    assertThrows(IllegalStateException.class, empty::weightingEffect);
    assertThrows(IllegalStateException.class, () -> empty.confidenceInterval(0.95, method));
  }

  @Test
  void invalidLevelIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WeightedNps.of(SAMPLE).confidenceInterval(1.5));
    assertEquals("level must be in (0, 1), was 1.5", e.getMessage());
  }

  @Test
  void toStringRoundsForReading() {
    assertEquals(
        "WeightedNps[score=16.67, total=5, totalWeight=6.00, effectiveSampleSize=4.20]",
        WeightedNps.of(SAMPLE).toString());
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.addAll(SAMPLE);
    assertEquals(
        "WeightedNpsAccumulator[score=16.67, total=5, totalWeight=6.00, effectiveSampleSize=4.20]",
        accumulator.toString());
  }

  private static Response weighted(int score, double weight) {
    return Response.builder().score(score).weight(weight).build();
  }
}

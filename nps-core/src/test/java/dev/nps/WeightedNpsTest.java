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
  void weightedFigures() {
    WeightedNps weighted = WeightedNps.of(SAMPLE);
    // Weighted NPS = 100 (3 - 2) / 6 = 16.667.
    assertEquals(100.0 / 6, weighted.score(), EPS);
    assertEquals(6.0, weighted.totalWeight(), EPS);
    assertEquals(3.0, weighted.weight(Category.PROMOTER), EPS);
    assertEquals(2.0, weighted.weight(Category.DETRACTOR), EPS);
    // Kish: n_eff = 6^2 / 8.5 = 4.2353; design effect = 5 / 4.2353 = 1.180556.
    assertEquals(36 / 8.5, weighted.effectiveSampleSize(), EPS);
    assertEquals(5 / (36 / 8.5), weighted.designEffect(), EPS);
    // Linearization: R = 1/6, sum w^2 (y - R)^2 = 5 (5/6)^2 + 1 (1/6)^2 + 2.5 (7/6)^2
    // = (125 + 1 + 122.5) / 36 = 6.902778; SE = 100 sqrt(6.902778) / 6 = 43.788563.
    assertEquals(100 * Math.sqrt(248.5 / 36) / 6, weighted.standardError(), EPS);
    assertEquals(43.78856325120680, weighted.standardError(), EPS);
    // Unweighted counts are untouched by weights.
    assertEquals(Nps.ofAnswers(10, 9, 7, 3, 0), weighted.unweighted());
    assertEquals(5, weighted.total());
    assertEquals(1, weighted.count(10));
    assertEquals(2.0, weighted.weightSum(10));
    assertEquals(2.25, weighted.squaredWeightSum(0));
    assertEquals(0.0, weighted.weightSum(5));
  }

  @Test
  void intervalsUseTheEffectiveSampleSize() {
    // Effective counts = category weight * W / sum w^2 = weight * 6 / 8.5: detractors 1.41176,
    // passives 0.70588, promoters 2.11765 (n_eff 4.23529). Wald on them: p = 1/2, d = 1/3,
    // V = 5/6 - 1/36 = 0.805556, SE = 100 sqrt(V / 4.23529) = 43.6122, so 16.667 -/+ 85.478
    // = [-68.811274287, 102.1 -> 100]. Adjusted and score limits: 30-digit evaluation (mpmath)
    // of the same formulas on the effective counts.
    WeightedNps weighted = WeightedNps.of(SAMPLE);
    Interval wald = weighted.confidenceInterval(0.95, IntervalMethod.WALD);
    assertEquals(-68.81127428694427, wald.lower(), EPS);
    assertEquals(100.0, wald.upper());
    Interval adjusted = weighted.confidenceInterval(0.95);
    assertEquals(-50.577136602678087, adjusted.lower(), EPS);
    assertEquals(70.08933172462931, adjusted.upper(), EPS);
    assertEquals((70.08933172462931 + 50.577136602678087) / 2, weighted.marginOfError(0.95), EPS);
    Interval score = weighted.confidenceInterval(0.95, IntervalMethod.SCORE);
    assertEquals(-56.22582369803985, score.lower(), 1e-8);
    assertEquals(74.47674389534638, score.upper(), 1e-8);
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
                assertEquals(nps.standardError(), weighted.standardError(), 1e-9);
                assertEquals(nps.total(), weighted.effectiveSampleSize(), 1e-9);
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
  void invalidSumsAreRejected() {
    long[] counts = new long[11];
    double[] sums = new double[11];
    double[] squares = new double[11];
    counts[9] = 2;
    sums[9] = 3.0;
    IllegalArgumentException zeroSquares =
        assertThrows(
            IllegalArgumentException.class, () -> WeightedNps.ofSums(counts, sums, squares));
    assertEquals(
        "sums for score 9 must be a non-negative count with finite, positive weight sums (all 0"
            + " when the count is 0), were count=2, weightSum=3.0, squaredWeightSum=0.0",
        zeroSquares.getMessage());
    squares[9] = Double.NaN;
    assertThrows(IllegalArgumentException.class, () -> WeightedNps.ofSums(counts, sums, squares));
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class,
            () -> WeightedNps.ofSums(new long[10], sums, squares));
    assertEquals("counts must have 11 elements (scores 0 to 10), had 10", length.getMessage());
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
    // sample size and design effect are those of the unweighted answers 9, 0, 8: n_eff = 3.
    for (double weight : new double[] {1e100, 1e-100}) {
      WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
      accumulator.add(9, weight);
      accumulator.add(0, weight);
      accumulator.add(8, weight);
      WeightedNps result = accumulator.snapshot();
      assertEquals(0.0, result.score(), 1e-9);
      assertEquals(3.0, result.effectiveSampleSize(), 1e-9);
      assertEquals(1.0, result.designEffect(), 1e-9);
      assertTrue(Double.isFinite(result.standardError()));
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
        "WeightedNps[score=16.67, total=5, totalWeight=6.00, effectiveSampleSize=4.24]",
        WeightedNps.of(SAMPLE).toString());
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.addAll(SAMPLE);
    assertEquals(
        "WeightedNpsAccumulator[score=16.67, total=5, totalWeight=6.00, effectiveSampleSize=4.24]",
        accumulator.toString());
  }

  private static Response weighted(int score, double weight) {
    return Response.builder().score(score).weight(weight).build();
  }
}

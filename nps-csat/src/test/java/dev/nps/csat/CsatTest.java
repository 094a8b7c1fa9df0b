package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Interval;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsatTest {
  /**
   * Delighted's published CSAT example on a 1-5 scale: 40 fives, 30 fours, 10 threes, 5 twos and
   * 15 ones; (40 + 30) / 100 = 70% satisfied.
   */
  static final long[] DELIGHTED = {15, 5, 10, 30, 40};

  private static List<Response> responses(CsatScale scale, long... counts) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      for (long j = 0; j < counts[i]; j++) {
        responses.add(Response.of(scale.min() + i, Segment.of("team", "t" + (j % 3))));
      }
    }
    return responses;
  }

  @Test
  void delightedExampleScoresSeventy() {
    Csat csat = Csat.of(CsatScale.ONE_TO_FIVE, responses(CsatScale.ONE_TO_FIVE, DELIGHTED));
    assertEquals(70.0, csat.score());
    assertEquals(100, csat.total());
    assertEquals(70, csat.satisfied());
    assertEquals(Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED), csat);
    assertArrayEquals(DELIGHTED, csat.histogram());
    assertEquals(40, csat.count(5));
    assertArrayEquals(new double[] {15, 5, 10, 30, 40}, csat.distribution(), 1e-12);
    assertEquals(Rate.of(70, 100), csat.satisfiedRate());
  }

  /**
   * Mean, variance and standard deviation of the Delighted example, by hand: sum = 15*1 + 5*2 +
   * 10*3 + 30*4 + 40*5 = 375, mean = 3.75; sum of squares = 15 + 20 + 90 + 480 + 1000 = 1605;
   * variance = (100 * 1605 - 375^2) / (100 * 99) = 19875 / 9900 = 2.0075757575...; standard
   * deviation = 1.41688946554618...
   */
  @Test
  void meanAndSpreadFromExactSums() {
    Csat csat = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED);
    assertEquals(3.75, csat.mean());
    assertEquals(19875.0 / 9900.0, csat.variance(), 1e-15);
    assertEquals(Math.sqrt(19875.0 / 9900.0), csat.standardDeviation(), 1e-15);
  }

  /**
   * Sums are kept exact even where a long would overflow: 10^18 fours and 10^18 fives have sum 9 *
   * 10^18 (still a long) but sum of squares 4.1 * 10^19 (not a long). Mean = 9 * 10^18 / (2 *
   * 10^18) = 4.5; variance = (2 * 10^18 * 4.1 * 10^19 - 8.1 * 10^37) / (2 * 10^18 * (2 * 10^18 -
   * 1)) = 10^36 / (4 * 10^36 - 2 * 10^18) = 0.25 to 16 digits.
   */
  @Test
  void exactForHugeCounts() {
    Csat huge = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 0, 0, 0, 1_000_000_000_000_000_000L,
        1_000_000_000_000_000_000L);
    assertEquals(4.5, huge.mean());
    assertEquals(0.25, huge.variance(), 1e-16);
    assertEquals(100.0, huge.score());
  }

  /**
   * Student t interval of the Delighted mean at 95%: t(0.975, 99) = 1.98421695158642 (computed
   * with mpmath, see StudentTTest), half-width = 1.98421695 * 1.41688947 / sqrt(100) = 0.28114161,
   * so [3.46885839, 4.03114161].
   */
  @Test
  void meanConfidenceIntervalIsStudentT() {
    Interval interval =
        Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED).meanConfidenceInterval(0.95);
    assertEquals(3.468858390393904, interval.lower(), 1e-9);
    assertEquals(4.031141609606096, interval.upper(), 1e-9);
  }

  /**
   * Wilson interval of 70 of 100 at 95%: z^2 = 3.841459, root = z sqrt(3.841459 + 4 * 70 * 30 /
   * 100) = 1.959964 * sqrt(87.841459) = 18.36953, denominator 2 * 103.841459 = 207.68292; lower =
   * (140 + 3.841459 - 18.36953) / 207.68292 = 0.604151, upper = (143.841459 + 18.36953) /
   * 207.68292 = 0.781051.
   */
  @Test
  void scoreConfidenceIntervalIsWilsonInPercent() {
    Interval interval = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED).confidenceInterval(0.95);
    assertEquals(60.4151, interval.lower(), 0.0005);
    assertEquals(78.1051, interval.upper(), 0.0005);
    Interval wald = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED)
        .confidenceInterval(0.95, ProportionInterval.WALD);
    // 70 +- 100 * 1.959964 * sqrt(0.7 * 0.3 / 100) = 70 +- 8.98170
    assertEquals(61.0183, wald.lower(), 0.0005);
    assertEquals(78.9817, wald.upper(), 0.0005);
  }

  @Test
  void meanIntervalIsClippedToTheScaleAndAPointWithoutSpread() {
    Csat allFives = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 0, 0, 0, 0, 12);
    assertEquals(Interval.of(5, 5), allFives.meanConfidenceInterval(0.95));
    assertEquals(0.0, allFives.standardDeviation());
    // Two answers 1 and 5: mean 3, s = sqrt(8), t(0.975, 1) = 12.706: the raw interval is far
    // wider than the scale.
    assertEquals(Interval.of(1, 5),
        Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 1, 5).meanConfidenceInterval(0.95));
  }

  @Test
  void goodBadScaleIsGoodOverGoodPlusBad() {
    // 45 good, 5 bad: 45 / 50 = 90%.
    Csat csat = Csat.ofHistogram(CsatScale.GOOD_BAD, 5, 45);
    assertEquals(90.0, csat.score());
    assertEquals(0.9, csat.mean(), 1e-15);
  }

  @Test
  void topTwoBoxOnOtherScales() {
    // 1-10: answers 8, 9, 10, 10, 3 have 3 in the top two boxes: 60%.
    assertEquals(60.0, Csat.ofAnswers(CsatScale.ONE_TO_TEN, 8, 9, 10, 10, 3).score());
    // 0-10: answers 0, 9 -> 50%.
    assertEquals(50.0, Csat.ofAnswers(CsatScale.ZERO_TO_TEN, 0, 9).score());
    // 1-7: 6 and 7 satisfied -> 2 of 4.
    assertEquals(50.0, Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 5, 6, 7, 1).score());
  }

  @Test
  void equalityAndMerging() {
    Csat a = Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 4, 1);
    Csat b = Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 2);
    assertEquals(Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 1, 2, 4, 5), a.plus(b));
    assertEquals(a.hashCode(), Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 1, 4, 5).hashCode());
    assertNotEquals(Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5),
        Csat.ofAnswers(CsatScale.CES_ONE_TO_SEVEN, 5));
    assertEquals(Csat.empty(CsatScale.ONE_TO_FIVE), Csat.ofAnswers(CsatScale.ONE_TO_FIVE));
    assertEquals("Csat[score=70.00, mean=3.750, total=100, scale=1-5 (satisfied 4-5),"
        + " counts=[15, 5, 10, 30, 40]]",
        Csat.ofHistogram(CsatScale.ONE_TO_FIVE, DELIGHTED).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.plus(Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7)));
    assertEquals("results must share a scale, were 1-5 (satisfied 4-5) and 1-7 (satisfied 6-7)",
        e.getMessage());
  }

  @Test
  void rejectsAnswersOutsideTheScale() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 4, 7));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 7", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Csat.of(CsatScale.ONE_TO_FIVE, List.of(Response.of(3), Response.of(0))));
    assertEquals("answer of response at position 1 must be in [1, 5] for scale 1-5, was 0",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Csat.ofAnswers(CsatScale.GOOD_BAD, 2));
    assertEquals("answer must be in [0, 1] for scale 0-1, was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 2, 3, 4));
    assertEquals("expected 5 counts (answers 1 to 5) for scale 1-5, got 4", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 2, -3, 4, 5));
    assertEquals("count for answer 3 must not be negative, was -3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 3).count(6));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 6", e.getMessage());
  }

  @Test
  void emptyAndTooSmallResultsSayWhy() {
    Csat empty = Csat.empty(CsatScale.ONE_TO_FIVE);
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.total());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::score);
    assertEquals("CSAT is undefined without answers: this result is empty (total is 0)",
        e.getMessage());
    assertThrows(IllegalStateException.class, empty::mean);
    assertThrows(IllegalStateException.class, empty::distribution);
    assertThrows(IllegalStateException.class, () -> empty.confidenceInterval(0.95));
    assertEquals("Csat[score=undefined, mean=undefined, total=0, scale=1-5 (satisfied 4-5),"
        + " counts=[0, 0, 0, 0, 0]]", empty.toString());
    Csat one = Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 4);
    assertEquals(100.0, one.score());
    e = assertThrows(IllegalStateException.class, () -> one.meanConfidenceInterval(0.95));
    assertEquals("the mean's confidence interval needs at least 2 answers, had 1",
        e.getMessage());
    e = assertThrows(IllegalStateException.class, one::standardDeviation);
    assertEquals("the variance needs at least 2 answers, had 1", e.getMessage());
    IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
        () -> one.meanConfidenceInterval(1.5));
    assertEquals("level must be in (0, 1), was 1.5", level.getMessage());
  }

  @Test
  void overflowThrows() {
    Csat full = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 0, 0, 0, 0, Long.MAX_VALUE);
    assertThrows(ArithmeticException.class,
        () -> full.plus(Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 1)));
    assertThrows(ArithmeticException.class,
        () -> Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 0, 0, 0, Long.MAX_VALUE));
    CsatAccumulator accumulator = new CsatAccumulator(CsatScale.ONE_TO_FIVE);
    accumulator.addAll(full);
    assertThrows(ArithmeticException.class, () -> accumulator.add(3));
    assertEquals(full, accumulator.snapshot());
  }
}

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WeightedNps#ofSums}: what it accepts, what it rejects, and equality on the sums. */
class WeightedNpsSumsTest {

  private static long[] counts() {
    long[] counts = new long[11];
    counts[0] = 1;
    counts[10] = 2;
    return counts;
  }

  private static double[] sums() {
    double[] sums = new double[11];
    sums[0] = 0.5;
    sums[10] = 3.0;
    return sums;
  }

  private static double[] squares() {
    double[] squares = new double[11];
    squares[0] = 0.25;
    squares[10] = 5.0;
    return squares;
  }

  /**
   * One detractor of weight 0.5 and two promoters of weights 1 and 2: NPS 100 (3 - 0.5) / 3.5 =
   * 71.43; scores without answers have all-zero sums.
   */
  @Test
  void acceptsZeroSumsWhereThereAreNoAnswers() {
    WeightedNps weighted = WeightedNps.ofSums(counts(), sums(), squares());
    assertEquals(3, weighted.total());
    assertEquals(3.5, weighted.totalWeight());
    assertEquals(100.0 * 2.5 / 3.5, weighted.score(), 1e-12);
    assertEquals(0, weighted.count(5));
    assertEquals(0.0, weighted.weightSum(5));
    assertEquals(weighted, WeightedNps.of(List.of(
        Response.builder().score(0).weight(0.5).build(),
        Response.builder().score(10).weight(1.0).build(),
        Response.builder().score(10).weight(2.0).build())));
  }

  @Test
  void everyArrayMustHoldElevenScores() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightedNps.ofSums(counts(), new double[12], squares()));
    assertEquals("weightSums must have 11 elements (scores 0 to 10), had 12", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WeightedNps.ofSums(counts(), sums(), new double[10]));
    assertEquals("squaredWeightSums must have 11 elements (scores 0 to 10), had 10",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> WeightedNps.ofSums(null, sums(), squares()));
    assertThrows(NullPointerException.class, () -> WeightedNps.ofSums(counts(), null, squares()));
    assertThrows(NullPointerException.class, () -> WeightedNps.ofSums(counts(), sums(), null));
  }

  @Test
  void rejectsSumsThatNoAnswersCouldGive() {
    // Answers with a zero weight sum, or a zero sum of squares.
    double[] zeroSum = sums();
    zeroSum[10] = 0.0;
    assertRejected(counts(), zeroSum, squares(), 10);
    double[] zeroSquares = squares();
    zeroSquares[0] = 0.0;
    assertRejected(counts(), sums(), zeroSquares, 0);
    // Weight where there are no answers.
    double[] stray = sums();
    stray[4] = 1.0;
    assertRejected(counts(), stray, squares(), 4);
    double[] straySquares = squares();
    straySquares[4] = 1.0;
    assertRejected(counts(), sums(), straySquares, 4);
    // Negative or infinite sums, a negative count.
    double[] negative = sums();
    negative[10] = -3.0;
    assertRejected(counts(), negative, squares(), 10);
    double[] negativeSquares = squares();
    negativeSquares[10] = -5.0;
    assertRejected(counts(), sums(), negativeSquares, 10);
    double[] infinite = sums();
    infinite[10] = Double.POSITIVE_INFINITY;
    assertRejected(counts(), infinite, squares(), 10);
    double[] infiniteSquares = squares();
    infiniteSquares[10] = Double.POSITIVE_INFINITY;
    assertRejected(counts(), sums(), infiniteSquares, 10);
    long[] negativeCount = counts();
    negativeCount[3] = -1;
    assertRejected(negativeCount, sums(), squares(), 3);
  }

  private static void assertRejected(long[] counts, double[] sums, double[] squares, int score) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightedNps.ofSums(counts, sums, squares));
    // The message names the score whose sums are impossible.
    assertTrue(e.getMessage().contains("score " + score), e.getMessage());
  }

  @Test
  void equalOnCountsAndBothSums() {
    WeightedNps weighted = WeightedNps.ofSums(counts(), sums(), squares());
    WeightedNps same = WeightedNps.ofSums(counts(), sums(), squares());
    assertEquals(weighted, same);
    assertEquals(weighted.hashCode(), same.hashCode());
    long[] otherCounts = counts();
    otherCounts[10] = 3;
    double[] otherSums = sums();
    // Two answers of weight sum 3.1 need a sum of squares in [3.1^2 / 2, 3.1^2] = [4.805, 9.61].
    otherSums[10] = 3.1;
    double[] otherSquares = squares();
    otherSquares[10] = 5.5;
    WeightedNps moreAnswers = WeightedNps.ofSums(otherCounts, sums(), squares());
    WeightedNps moreWeight = WeightedNps.ofSums(counts(), otherSums, squares());
    WeightedNps moreSquares = WeightedNps.ofSums(counts(), sums(), otherSquares);
    assertNotEquals(weighted, moreAnswers);
    assertNotEquals(weighted, moreWeight);
    assertNotEquals(weighted, moreSquares);
    assertNotEquals(weighted, weighted.unweighted());
    // The four results differ, and so do their hash codes.
    Set<Integer> hashes = new HashSet<>(List.of(weighted.hashCode(), moreAnswers.hashCode(),
        moreWeight.hashCode(), moreSquares.hashCode()));
    assertEquals(4, hashes.size());
  }
}

package dev.nps.csat.drivers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality of the driver-analysis values on each of their inputs, and the accessors that give the
 * inputs back. Hash codes of the differing values are distinct as well (not a contract, but a
 * hash code that ignores an input makes hashed collections slow).
 */
class DriverValueSemanticsTest {
  private static final List<String> TWO = List.of("business", "human");

  @SafeVarargs
  private static <T> void assertValue(T value, T equalCopy, T... different) {
    assertEquals(value, value);
    assertEquals(value, equalCopy);
    assertEquals(equalCopy, value);
    assertEquals(value.hashCode(), equalCopy.hashCode());
    assertNotEquals(value, null);
    assertNotEquals(value, new Object());
    Set<Integer> hashes = new HashSet<>();
    hashes.add(value.hashCode());
    for (T other : different) {
      assertNotEquals(value, other, other.toString());
      assertNotEquals(other, value, other.toString());
      hashes.add(other.hashCode());
    }
    assertEquals(different.length + 1, hashes.size(), "distinct hash codes");
  }

  /** Two variables: sums 3 and 5, products x0 x0 = 5, x0 x1 = 8, x1 x1 = 13, over 2 responses. */
  private static MomentSums sums(long count, long sum1, long product01) {
    return MomentSums.of(count, new long[] {3, sum1}, new long[][] {{5, product01}, {13}});
  }

  @Test
  void momentSums() {
    MomentSums sums = sums(2, 5, 8);
    assertValue(sums, sums(2, 5, 8), sums(3, 5, 8), sums(2, 7, 8), sums(2, 5, 9),
        MomentSums.of(2, new long[] {3, 5}, new long[][] {{5, 8}, {14}}));
    assertArrayEquals(new long[] {3, 5}, sums.sums());
    assertArrayEquals(new long[][] {{5, 8}, {13}}, sums.products());
    assertEquals(8, sums.product(1, 0));
    assertEquals(13, sums.product(1, 1));
    // Three variables: rows of 3, 2 and 1 products.
    MomentSums three = MomentSums.of(1, new long[] {1, 2, 3},
        new long[][] {{1, 2, 3}, {4, 6}, {9}});
    assertArrayEquals(new long[][] {{1, 2, 3}, {4, 6}, {9}}, three.products());
    assertEquals(6, three.product(2, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MomentSums.of(1, new long[] {1, 2, 3}, new long[][] {{1, 2, 3}, {4, 6, 0}, {9}}));
    assertEquals("row 1 of products must have 2 sums (x1 times x1 to x2), got 3", e.getMessage());
  }

  private static DriverAccumulator accumulator(CsatScale outcome, List<String> dimensions,
      List<CsatScale> scales, int... extraOutcome) {
    DriverAccumulator accumulator = new DriverAccumulator(outcome, dimensions, scales);
    accumulator.add(9, 4, 5);
    accumulator.add(3, 2, DriverAccumulator.MISSING);
    accumulator.add(6, 3, 3);
    for (int answer : extraOutcome) {
      accumulator.add(answer, 1, 1);
    }
    return accumulator;
  }

  private static DriverMoments moments(CsatScale outcome, List<String> dimensions,
      List<CsatScale> scales, int... extraOutcome) {
    return accumulator(outcome, dimensions, scales, extraOutcome).snapshot();
  }

  @Test
  void driverMoments() {
    List<CsatScale> fives = List.of(CsatScale.ONE_TO_FIVE, CsatScale.ONE_TO_FIVE);
    DriverMoments moments = moments(CsatScale.ZERO_TO_TEN, TWO, fives);
    assertValue(moments, moments(CsatScale.ZERO_TO_TEN, TWO, fives),
        moments(CsatScale.ZERO_TO_TEN, TWO, fives, 5),
        moments(CsatScale.ONE_TO_TEN, TWO, fives),
        moments(CsatScale.ZERO_TO_TEN, List.of("business", "hidden"), fives),
        moments(CsatScale.ZERO_TO_TEN, TWO,
            List.of(CsatScale.ONE_TO_FIVE, CsatScale.ONE_TO_SEVEN)));
    assertEquals(fives, moments.dimensionScales());
    assertEquals(TWO, moments.dimensions());
    assertEquals(3, moments.respondents());
    // Answers of "human": 5 and 3; the second response skipped it.
    assertEquals(Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 3), moments.answers("human"));
    assertEquals(Csat.ofAnswers(CsatScale.ZERO_TO_TEN, 9, 3, 6), moments.outcome());
    // Moments of other dimensions do not merge.
    DriverMoments hidden = moments(CsatScale.ZERO_TO_TEN, List.of("business", "hidden"), fives);
    assertThrows(IllegalArgumentException.class, () -> moments.plus(hidden));
    assertThrows(IllegalArgumentException.class,
        () -> moments.plus(moments(CsatScale.ONE_TO_TEN, TWO, fives)));
    DriverMoments doubled = moments.plus(moments);
    assertEquals(6, doubled.respondents());
  }

  @Test
  void accumulatorsGiveTheirLayoutBack() {
    List<CsatScale> scales = List.of(CsatScale.ONE_TO_FIVE, CsatScale.ONE_TO_SEVEN);
    DriverAccumulator accumulator = accumulator(CsatScale.ONE_TO_TEN, TWO, scales);
    assertSame(CsatScale.ONE_TO_TEN, accumulator.outcomeScale());
    assertEquals(TWO, accumulator.dimensions());
    assertEquals(scales, accumulator.dimensionScales());
    assertEquals(3, accumulator.respondents());
  }

  @Test
  void driverAnalyses() {
    DriverFixtures fixtures = new DriverFixtures();
    DriverMoments moments = fixtures.moments();
    DriverAnalysis analysis = moments.analyze(MissingAnswers.LISTWISE, ImportanceMethod.SHAPLEY);
    assertValue(analysis, fixtures.moments().analyze(MissingAnswers.LISTWISE,
            ImportanceMethod.SHAPLEY),
        moments.analyze(MissingAnswers.PAIRWISE, ImportanceMethod.SHAPLEY),
        moments.analyze(MissingAnswers.LISTWISE, ImportanceMethod.RELATIVE_WEIGHTS),
        fixtures.accumulate(0, 2000).snapshot()
            .analyze(MissingAnswers.LISTWISE, ImportanceMethod.SHAPLEY));
    assertSame(moments, analysis.moments());
    assertEquals(moments.outcome(), analysis.outcome());
    assertTrue(analysis.toString().startsWith("DriverAnalysis"), analysis.toString());
  }
}

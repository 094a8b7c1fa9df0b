package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CSAT differences are values, and CES has the result vocabulary of CSAT. */
class CsatResultEqualityTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final Csat A = Csat.ofHistogram(SCALE, 1, 0, 2, 3, 4);
  private static final Csat B = Csat.ofHistogram(SCALE, 3, 4, 5, 2, 1);

  @Test
  void meanDifferencesAreEqualOnTheirResults() {
    MeanDifference difference = MeanDifference.of(A, B);
    MeanDifference same = MeanDifference.of(Csat.ofHistogram(SCALE, 1, 0, 2, 3, 4), B);
    assertEquals(difference, same);
    assertEquals(difference.hashCode(), same.hashCode());
    assertEquals(A, difference.a());
    assertEquals(B, difference.b());
    assertNotEquals(difference, MeanDifference.of(B, A));
    assertNotEquals(difference, MeanDifference.of(A, Csat.ofHistogram(SCALE, 3, 4, 5, 2, 2)));
    assertNotEquals(difference, MeanDifference.of(Csat.ofHistogram(SCALE, 1, 0, 2, 4, 3), B));
    // Same answers on another scale (1-5 with 5 satisfied): different inputs.
    CsatScale topBox = CsatScale.of(1, 5, 5);
    assertNotEquals(difference, MeanDifference.of(Csat.ofHistogram(topBox, 1, 0, 2, 3, 4),
        Csat.ofHistogram(topBox, 3, 4, 5, 2, 1)));
    assertNotEquals(difference, CsatDifference.of(A, B));
  }

  @Test
  void csatDifferencesAreEqualOnTheirResults() {
    CsatDifference difference = CsatDifference.of(A, B);
    CsatDifference same = CsatDifference.of(A, Csat.ofHistogram(SCALE, 3, 4, 5, 2, 1));
    assertEquals(difference, same);
    assertEquals(difference.hashCode(), same.hashCode());
    assertNotEquals(difference, CsatDifference.of(B, A));
    assertNotEquals(difference, CsatDifference.of(A, A));
    assertNotEquals(difference, CsatDifference.of(B, B));
    assertNotEquals(difference, difference.mean());
  }

  @Test
  void cesSpeaksTheVocabularyOfCsat() {
    // Answers 1..7 with counts (0, 1, 1, 2, 3, 2, 1): 10 answers, 6 agreeing (5 to 7).
    Ces ces = Ces.ofHistogram(CsatScale.CES_ONE_TO_SEVEN, 0, 1, 1, 2, 3, 2, 1);
    assertFalse(ces.isEmpty());
    assertTrue(Ces.ofHistogram(CsatScale.CES_ONE_TO_SEVEN, new long[7]).isEmpty());
    assertEquals(3, ces.count(5));
    assertEquals(0, ces.count(1));
    assertThrows(IllegalArgumentException.class, () -> ces.count(8));
    assertArrayEquals(new long[] {0, 1, 1, 2, 3, 2, 1}, ces.histogram());
    // Sum 2 + 3 + 8 + 15 + 12 + 7 = 47, sum of squares 4 + 9 + 32 + 75 + 72 + 49 = 241:
    // variance (10 * 241 - 47^2) / 90 = 201 / 90.
    assertEquals(201.0 / 90.0, ces.variance(), 1e-15);
    Ces doubled = ces.plus(ces);
    assertArrayEquals(new long[] {0, 2, 2, 4, 6, 4, 2}, doubled.histogram());
    assertEquals(12, doubled.agreeing());
    assertThrows(IllegalArgumentException.class,
        () -> ces.plus(Ces.ofHistogram(CsatScale.CES_ONE_TO_FIVE, 1, 1, 1, 1, 1)));
  }
}

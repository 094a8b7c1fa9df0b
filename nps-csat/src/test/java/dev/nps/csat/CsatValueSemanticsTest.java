package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.stats.ProportionInterval;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality of the CSAT value types: equal to an equal copy with the same hash code, unequal to a
 * value that differs in any one input. The hash codes of the differing values are distinct too:
 * not a contract, but a hash code that ignores an input makes hashed collections slow.
 */
class CsatValueSemanticsTest {

  @SafeVarargs
  static <T> void assertValue(T value, T equalCopy, T... different) {
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

  @Test
  void scales() {
    assertValue(CsatScale.of(1, 5, 4), CsatScale.ONE_TO_FIVE,
        CsatScale.of(0, 5, 4), CsatScale.of(1, 6, 4), CsatScale.of(1, 5, 5),
        CsatScale.ONE_TO_SEVEN, CsatScale.GOOD_BAD);
    assertEquals(CsatScale.ONE_TO_FIVE, CsatScale.parse("1-5:4"));
    assertEquals(CsatScale.of(2, 6, 5), CsatScale.parse(" 2 - 6 : 5 "));
  }

  @Test
  void csatResults() {
    CsatScale scale = CsatScale.ONE_TO_FIVE;
    assertValue(Csat.ofHistogram(scale, 1, 0, 2, 3, 4), Csat.ofAnswers(scale, 5, 4, 3, 5, 4, 1,
            5, 4, 3, 5),
        Csat.ofHistogram(scale, 1, 0, 2, 4, 3),
        Csat.ofHistogram(scale, 0, 1, 2, 3, 4),
        // The same answers on a scale whose top box alone is satisfied.
        Csat.ofHistogram(CsatScale.of(1, 5, 5), 1, 0, 2, 3, 4),
        Csat.empty(scale));
  }

  @Test
  void cesResults() {
    CsatScale scale = CsatScale.CES_ONE_TO_SEVEN;
    Ces ces = Ces.ofHistogram(scale, 0, 1, 1, 2, 3, 2, 1);
    assertValue(ces, Ces.ofHistogram(scale, 0, 1, 1, 2, 3, 2, 1),
        Ces.ofHistogram(scale, 0, 1, 1, 2, 3, 1, 2),
        Ces.ofHistogram(scale, 1, 1, 1, 2, 3, 2, 1),
        // Same counts, another reading of agreement.
        Ces.ofHistogram(CsatScale.of(1, 7, 6), 0, 1, 1, 2, 3, 2, 1));
    assertNotEquals(ces, Csat.ofHistogram(scale, 0, 1, 1, 2, 3, 2, 1));
  }

  @Test
  void anEmptyResultHasNoInterval() {
    Csat empty = Csat.empty(CsatScale.ONE_TO_FIVE);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> empty.confidenceInterval(0.95, ProportionInterval.WILSON));
    assertEquals("CSAT is undefined without answers: this result is empty (total is 0)",
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> empty.confidenceInterval(0.95));
    assertEquals("CSAT is undefined without answers: this result is empty (total is 0)",
        e.getMessage());
  }
}

package dev.nps.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nps.Nps;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks and the merge behind every function, without Spark: properties over answers and
 * counts, fast enough to try thousands of cases.
 */
class HistogramsTest {
  @Test
  void everyIntegerFromZeroToTenIsItsOwnSlot() {
    qt().forAll(integers().between(0, 10)).checkAssert(score -> {
      assertEquals(score, Histograms.Kind.NPS.answer(score));
      assertEquals(score, Histograms.Kind.NPS.answer((double) score));
      assertEquals(score, Histograms.Kind.CSAT.answer((long) score));
    });
  }

  @Test
  void integersOutsideTheRangeFailNamingTheValue() {
    qt().forAll(integers().all()).assuming(n -> n < 0 || n > 10).checkAssert(n -> {
      IllegalArgumentException nps = assertThrows(IllegalArgumentException.class,
          () -> Histograms.Kind.NPS.answer((double) n));
      // The library's wording, with the value as an integer.
      assertEquals("score must be in [0, 10], was " + n, nps.getMessage());
      IllegalArgumentException csat = assertThrows(IllegalArgumentException.class,
          () -> Histograms.Kind.CSAT.answer(n));
      assertEquals("answer must be an integer in [0, 10], was " + n, csat.getMessage());
    });
  }

  @Test
  void fractionsAreNeverTruncatedIntoScores() {
    qt().forAll(doubles().between(-1.0, 11.0))
        .assuming(x -> x != Math.rint(x))
        .checkAssert(x -> {
          IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
              () -> Histograms.Kind.NPS.answer(x));
          assertTrue(e.getMessage().endsWith("was " + x), e.getMessage());
        });
    assertThrows(IllegalArgumentException.class, () -> Histograms.Kind.NPS.answer(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Histograms.Kind.NPS.answer(4294967305L)); // 2^32 + 9 does not wrap to 9
  }

  @Test
  void mergingCountsIsTheLibrarysPlus() {
    qt().forAll(
            lists().of(longs().between(0, 1L << 40)).ofSize(11),
            lists().of(longs().between(0, 1L << 40)).ofSize(11))
        .checkAssert((a, b) -> {
          long[] sum = Histograms.addInto(toArray(a), toArray(b));
          assertEquals(Nps.ofHistogram(toArray(a)).plus(Nps.ofHistogram(toArray(b))),
              Histograms.nps(sum));
        });
  }

  @Test
  void overflowLeavesTheBufferAsItWas() {
    long[] into = {Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    long[] from = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assertThrows(ArithmeticException.class, () -> Histograms.addInto(into, from));
    assertArrayEquals(new long[] {Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, into);
  }

  @Test
  void csatSlotsRoundTripOnEveryScale() {
    int scales = 0;
    for (int min = 0; min <= 9; min++) {
      for (int max = min + 1; max <= 10; max++) {
        for (int from = min + 1; from <= max; from++) {
          CsatScale scale = CsatScale.of(min, max, from);
          long[] perAnswer = new long[scale.size()];
          for (int i = 0; i < perAnswer.length; i++) {
            perAnswer[i] = 3L * i + 1;
          }
          Csat csat = Csat.ofHistogram(scale, perAnswer);
          long[] slots = Histograms.slots(csat);
          assertEquals(csat, Histograms.csat(slots, scale), scale::toString);
          if (max < 10) {
            slots[max + 1] = 1;
            assertThrows(IllegalArgumentException.class, () -> Histograms.csat(slots, scale));
          }
          scales++;
        }
      }
    }
    // Sum over min of sum over max of (max - min) = sum over k = 10 - min of k (k + 1) / 2.
    assertEquals(220, scales);
  }

  @Test
  void countsAcceptListsAndRejectMalformedOnes() {
    assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        Histograms.Kind.NPS.counts(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));
    assertEquals("NPS histogram must have 11 counts (scores 0 to 10), had 2",
        assertThrows(IllegalArgumentException.class,
            () -> Histograms.Kind.NPS.counts(List.of(1L, 2L))).getMessage());
    assertEquals("CSAT histogram must be an ARRAY<BIGINT> of 11 counts, was a java.lang.String",
        assertThrows(IllegalArgumentException.class,
            () -> Histograms.Kind.CSAT.counts("1,2,3")).getMessage());
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}

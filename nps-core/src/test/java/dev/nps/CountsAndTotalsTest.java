package dev.nps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Totals and per-category counts stated on their own: {@link Nps#equals} compares the counts
 * only, so a wrong {@code total()} next to the right counts would pass every equality check.
 */
class CountsAndTotalsTest {
  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");

  @Test
  void addCategoriesCountsOnlyTheRangeGiven() {
    byte[] scores = {10, 0, 7, 9, 3, 8};
    NpsAccumulator accumulator = new NpsAccumulator();
    // Indexes 2 to 4 hold 7, 9 and 3: one passive, one promoter, one detractor.
    accumulator.addCategories(scores, 2, 5);
    assertEquals(3, accumulator.total());
    Nps nps = accumulator.snapshot();
    assertEquals(3, nps.total());
    assertEquals(1, nps.detractors());
    assertEquals(1, nps.passives());
    assertEquals(1, nps.promoters());
    assertFalse(nps.hasHistogram());
    assertEquals(Nps.ofCategories(1, 1, 1), nps);

    NpsAccumulator scored = new NpsAccumulator();
    // Indexes 1 to 3 hold 0, 7 and 9.
    scored.addAll(scores, 1, 4);
    assertEquals(3, scored.total());
    assertEquals(3, scored.snapshot().total());
    assertEquals(Nps.ofAnswers(0, 7, 9), scored.snapshot());
    // Empty ranges anywhere add nothing.
    scored.addCategories(scores, 6, 6);
    scored.addAll(scores, 4, 4);
    assertEquals(3, scored.total());
    assertTrue(scored.snapshot().hasHistogram());
  }

  @Test
  void mergedAccumulatorsAddTheirTotals() {
    NpsAccumulator left = new NpsAccumulator();
    left.add(10);
    left.add(2);
    NpsAccumulator right = new NpsAccumulator();
    right.addCategories(new byte[] {9, 9, 7}, 0, 3);
    left.addAll(right);
    left.addAll(Nps.ofCategories(4, 0, 0));
    // 2 + 3 + 4 answers; detractors 1 + 0 + 4, passives 0 + 1 + 0, promoters 1 + 2 + 0.
    assertEquals(9, left.total());
    Nps nps = left.snapshot();
    assertEquals(9, nps.total());
    assertEquals(5, nps.count(Category.DETRACTOR));
    assertEquals(1, nps.count(Category.PASSIVE));
    assertEquals(3, nps.count(Category.PROMOTER));
  }

  /**
   * Scores 10, 9, 9, 0 and 7 plus category counts of 4 detractors and 1 passive: detractors 1 + 4
   * = 5, passives 1 + 1 = 2, promoters 3, total 10, NPS 100 (3 - 5) / 10 = -20.
   */
  @Test
  void partlyUnscoredResultsKeepBothParts() {
    Nps mixed = Nps.ofAnswers(10, 9, 9, 0, 7).plus(Nps.ofCategories(4, 1, 0));
    assertEquals(10, mixed.total());
    assertEquals(5, mixed.count(Category.DETRACTOR));
    assertEquals(2, mixed.count(Category.PASSIVE));
    assertEquals(3, mixed.count(Category.PROMOTER));
    assertEquals(-20.0, mixed.score(), 1e-12);
    assertFalse(mixed.hasHistogram());
    assertArrayEquals(new long[] {1, 0, 0, 0, 0, 0, 0, 1, 0, 2, 1}, mixed.scoredHistogram());
    assertEquals(4, mixed.unscored(Category.DETRACTOR));
    assertEquals(1, mixed.unscored(Category.PASSIVE));
    assertEquals(0, mixed.unscored(Category.PROMOTER));
    assertThrows(IllegalStateException.class, mixed::histogram);
    assertThrows(IllegalStateException.class, () -> mixed.count(9));

    // The copy must not share the result's array.
    long[] copy = mixed.scoredHistogram();
    copy[9] = 100;
    assertEquals(2, mixed.scoredHistogram()[9]);

    Nps categories = mixed.categoriesOnly();
    assertEquals(10, categories.total());
    assertArrayEquals(new long[11], categories.scoredHistogram());
    assertEquals(5, categories.unscored(Category.DETRACTOR));
    assertEquals(2, categories.unscored(Category.PASSIVE));
    assertEquals(3, categories.unscored(Category.PROMOTER));

    Nps scored = Nps.ofAnswers(10, 9, 9, 0, 7);
    assertTrue(scored.hasHistogram());
    assertArrayEquals(scored.histogram(), scored.scoredHistogram());
    for (Category category : Category.values()) {
      assertEquals(0, scored.unscored(category));
    }
  }

  @Test
  void anyUnscoredCategoryMeansNoHistogram() {
    assertFalse(Nps.ofCategories(1, 0, 0).hasHistogram());
    assertFalse(Nps.ofCategories(0, 1, 0).hasHistogram());
    assertFalse(Nps.ofCategories(0, 0, 1).hasHistogram());
    // Nothing unscored: the (empty) histogram is known.
    assertTrue(Nps.ofCategories(0, 0, 0).hasHistogram());
    assertArrayEquals(new long[11], Nps.ofCategories(0, 0, 0).histogram());
  }

  @Test
  void scoredAndUnscoredAnswersOfOneCategoryDiffer() {
    // One detractor either way, but only one of them knows the score.
    Nps scored = Nps.ofAnswers(0);
    Nps unscored = Nps.ofCategories(1, 0, 0);
    assertEquals(scored.detractors(), unscored.detractors());
    assertNotEquals(scored, unscored);
    assertNotEquals(unscored, scored);
    assertNotEquals(Nps.ofAnswers(0), Nps.ofAnswers(1));
    assertNotEquals(Nps.ofAnswers(9), Nps.ofAnswers(10));
    assertNotEquals(Nps.ofAnswers(9), "Nps[9]");
    assertEquals(Nps.ofAnswers(3, 9), Nps.ofAnswers(9, 3));
    assertEquals(Nps.ofAnswers(3, 9).hashCode(), Nps.ofAnswers(9, 3).hashCode());
  }

  /** Every answer a promoter: NPS 100, no detractors or passives, zero variance. */
  @Test
  void segmentsWhoseAnswersAllFallInOneCategory() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.addAll(List.of(
        Response.of(9, EU), Response.of(10, EU), Response.of(10, EU),
        Response.of(0, US), Response.of(6, US)));
    Nps eu = accumulator.get(EU);
    assertEquals(3, eu.total());
    assertEquals(3, eu.promoters());
    assertEquals(0, eu.detractors());
    assertEquals(0, eu.passives());
    assertEquals(100.0, eu.score());
    assertEquals(0.0, eu.variance());
    Nps us = accumulator.get(US);
    assertEquals(2, us.total());
    assertEquals(-100.0, us.score());
    assertEquals(0.0, us.variance());
    assertEquals(5, accumulator.overall().total());
    // 3 promoters, 2 detractors of 5: 100 (3 - 2) / 5 = 20.
    assertEquals(20.0, accumulator.overall().score(), 1e-12);
  }

  @Test
  void perSegmentTotalsAfterEveryPath() {
    Segment euPro = EU.and("plan", "pro");
    Segment euFree = EU.and("plan", "free");
    Segment usPro = US.and("plan", "pro");
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.add(euPro, 10);
    accumulator.add(Response.of(3, usPro));
    int euFreeRow = accumulator.indexOf(euFree);
    accumulator.add(euFreeRow, 7);
    accumulator.addAll(List.of(Response.of(8, euPro), Response.of(0, euFree)));
    // Rows: euPro 0, usPro 1, euFree 2; scores 9, 9, 1 by row.
    accumulator.addAll(new byte[] {9, 9, 1}, new int[] {0, 1, 2}, 0, 3);
    accumulator.addAll(euPro, Nps.ofAnswers(6, 6));
    // euPro: 10, 8, 9, 6, 6 (5); usPro: 3, 9 (2); euFree: 7, 0, 1 (3).
    assertTotals(Map.of(euPro, 5L, usPro, 2L, euFree, 3L), accumulator);
    assertEquals(10, accumulator.overall().total());

    SegmentedNpsAccumulator other = new SegmentedNpsAccumulator();
    Segment apac = Segment.of("region", "APAC").and("plan", "pro");
    other.add(apac, 5);
    other.add(usPro, 4);
    other.add(usPro, 10);
    accumulator.addAll(other);
    // usPro gains 2 (4 answers), apac is new with 1.
    assertTotals(Map.of(euPro, 5L, usPro, 4L, euFree, 3L, apac, 1L), accumulator);
    assertEquals(1, other.get(apac).total());

    SegmentedNpsAccumulator byRegion = accumulator.rollUp("region");
    // EU: 5 + 3, US: 4, APAC: 1.
    assertTotals(Map.of(EU, 8L, US, 4L, Segment.of("region", "APAC"), 1L), byRegion);
    SegmentedNpsAccumulator byPlan = accumulator.rollUp("plan");
    Segment pro = Segment.of("plan", "pro");
    // pro: 5 + 4 + 1, free: 3.
    assertTotals(Map.of(pro, 10L, Segment.of("plan", "free"), 3L), byPlan);
    assertTotals(Map.of(Segment.ALL, 13L), accumulator.rollUp());
    assertEquals(0, accumulator.get(Segment.of("region", "nowhere")).total());
  }

  private static void assertTotals(Map<Segment, Long> expected, SegmentedNpsAccumulator actual) {
    assertEquals(expected.size(), actual.segmentCount());
    Map<Segment, Nps> snapshot = actual.snapshot();
    for (Map.Entry<Segment, Long> entry : expected.entrySet()) {
      Segment segment = entry.getKey();
      long total = entry.getValue();
      assertEquals(total, actual.get(segment).total(), segment.toString());
      assertEquals(total, snapshot.get(segment).total(), segment.toString());
      long[] histogram = snapshot.get(segment).histogram();
      assertEquals(total, Arrays.stream(histogram).sum(), segment.toString());
    }
  }

  /** The remembered last segment must stay bound to its own row. */
  @Test
  void theSameInstanceKeepsItsRow() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.add(EU, 10);
    accumulator.add(US, 0);
    accumulator.add(EU, 9);
    accumulator.add(US, 1);
    accumulator.add(US, 2);
    assertEquals(Nps.ofAnswers(10, 9), accumulator.get(EU));
    assertEquals(Nps.ofAnswers(0, 1, 2), accumulator.get(US));
    assertEquals(2, accumulator.get(EU).total());
    assertEquals(3, accumulator.get(US).total());
    assertEquals(0, accumulator.indexOf(EU));
    assertEquals(1, accumulator.indexOf(US));
    assertEquals(0, accumulator.indexOf(Segment.of("region", "EU")));
  }

  /**
   * A failed bulk addition that registered a segment forgets it, and with it the remembered last
   * segment: adding to that instance again registers it anew, and the next segment gets the row
   * after it.
   */
  @Test
  void aFailedAdditionForgetsTheRememberedSegment() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.add(EU, 5);
    Segment late = Segment.of("region", "late");
    long[] full = new long[11];
    full[0] = Long.MAX_VALUE;
    SegmentedNpsAccumulator other = new SegmentedNpsAccumulator();
    other.addAll(EU, Nps.ofHistogram(full));
    other.add(late, 9);
    // EU would hold Long.MAX_VALUE + 1 answers; late was registered before the check failed.
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(other));
    assertEquals(1, accumulator.segmentCount());
    accumulator.add(late, 9);
    accumulator.add(US, 7);
    assertEquals(3, accumulator.segmentCount());
    assertEquals(Nps.ofAnswers(7), accumulator.get(US));
    assertEquals(Nps.ofAnswers(9), accumulator.get(late));
    assertEquals(1, accumulator.get(US).total());
    assertEquals(1, accumulator.get(late).total());
  }

  @Test
  void rollUpChecksItsNamesEvenWithoutSegments() {
    SegmentedNpsAccumulator empty = new SegmentedNpsAccumulator();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> empty.rollUp("region", "region"));
    assertEquals("dimension 'region' is named twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> empty.rollUp(" "));
    assertEquals("dimension name must not be blank, was ' '", e.getMessage());
    assertThrows(NullPointerException.class, () -> empty.rollUp("region", null));
    assertThrows(IllegalArgumentException.class, () -> EU.keep(""));
    assertThrows(NullPointerException.class, () -> EU.keep((String) null));
  }
}

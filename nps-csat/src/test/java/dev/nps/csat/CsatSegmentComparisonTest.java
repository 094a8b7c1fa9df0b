package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Segment;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsatSegmentComparisonTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final Segment SIMPLE = Segment.of("complexity", "simple");
  private static final Segment COMPLEX = Segment.of("complexity", "complex");
  private static final Segment OTHER = Segment.of("complexity", "other");

  /** simple: 90 of 100 satisfied; complex: 50 of 100; other: 70 of 100. */
  private static Map<Segment, Csat> sample() {
    Map<Segment, Csat> bySegment = new LinkedHashMap<>();
    bySegment.put(SIMPLE, Csat.ofHistogram(SCALE, 5, 0, 5, 40, 50));
    bySegment.put(COMPLEX, Csat.ofHistogram(SCALE, 20, 10, 20, 30, 20));
    bySegment.put(OTHER, Csat.ofHistogram(SCALE, 10, 10, 10, 35, 35));
    return bySegment;
  }

  /**
   * Each segment against the other two combined. simple: 90/100 against (50 + 70)/200 = 60%, +30
   * points; complex: 50/100 against 160/200 = 80%, -30 points; other: 70/100 against 140/200, 0
   * points, p = 1. Holm multiplies the smallest of the three p-values by 3, the next by 2 (keeping
   * the order), the largest by 1.
   */
  @Test
  void comparesEachSegmentWithTheRestAndAdjustsWithHolm() {
    SegmentComparison<Csat> report = CsatSegmentComparison.compare(sample());
    List<SegmentComparison.Entry<Csat>> rows = report.entries();
    assertEquals(3, rows.size());
    SegmentComparison.Entry<Csat> simple = rows.get(0);
    SegmentComparison.Entry<Csat> complex = rows.get(1);
    SegmentComparison.Entry<Csat> other = rows.get(2);
    assertEquals(SIMPLE, simple.segment());
    assertEquals(30.0, simple.estimate(), 1e-12);
    assertEquals(-30.0, complex.estimate(), 1e-12);
    assertEquals(0.0, other.estimate(), 1e-12);
    assertEquals(Csat.ofHistogram(SCALE, 30, 20, 30, 65, 55), simple.rest());
    assertEquals(RateDifference.of(Rate.of(90, 100), Rate.of(120, 200)), simple.test());
    assertEquals(
        RateDifference.of(Rate.of(90, 100), Rate.of(120, 200)).pValue(), simple.pValue(), 0);
    assertEquals(
        RateDifference.of(Rate.of(90, 100), Rate.of(120, 200)).z(), simple.statistic(), 0);
    assertEquals(1.0, other.pValue(), 1e-15);
    double smallest = Math.min(simple.pValue(), complex.pValue());
    double larger = Math.max(simple.pValue(), complex.pValue());
    assertEquals(3 * smallest,
        Math.min(simple.adjustedPValue(), complex.adjustedPValue()), 1e-15);
    assertEquals(Math.max(3 * smallest, 2 * larger),
        Math.max(simple.adjustedPValue(), complex.adjustedPValue()), 1e-15);
    assertTrue(simple.isFlagged());
    assertTrue(complex.isFlagged());
    assertFalse(other.isFlagged());
    assertEquals(CsatSegmentComparison.Measure.SHARE, report.method());
    assertEquals(Csat.ofHistogram(SCALE, 35, 20, 35, 105, 105), report.overall());
    assertTrue(simple.toString().startsWith("Entry[segment=complexity=simple, estimate=30.00"),
        simple.toString());
    assertEquals("SegmentComparison[SHARE, segments=3, untestable=0, flagged=2,"
        + " adjustment=HOLM, significanceLevel=0.05]", report.toString());
    // The same report through nps-core's generic factory.
    assertEquals(report, SegmentComparison.of(sample(), CsatSegmentComparison.Measure.SHARE));
  }

  /**
   * By mean: simple has mean (5 + 15 + 160 + 250) / 100 = 4.3, the rest (30 + 40 + 90 + 260 + 275)
   * / 200 = 3.475; Welch's p-value equals that of MeanDifference between the two.
   */
  @Test
  void comparesMeansWithWelch() {
    SegmentComparison<Csat> report = CsatSegmentComparison.compare(sample(),
        CsatSegmentComparison.Measure.MEAN, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05);
    SegmentComparison.Entry<Csat> simple = report.entries().get(0);
    assertEquals(4.3 - 3.475, simple.estimate(), 1e-12);
    assertEquals(MeanDifference.of(simple.result(), simple.rest()), simple.test());
    assertEquals(MeanDifference.of(simple.result(), simple.rest()).pValue(), simple.pValue(), 0);
    assertEquals(MeanDifference.of(simple.result(), simple.rest()).t(), simple.statistic(), 0);
    assertTrue(simple.isFlagged());
    assertEquals(CsatSegmentComparison.Measure.MEAN, report.method());
    assertEquals(PValueAdjustment.BENJAMINI_HOCHBERG, report.adjustment());
  }

  /**
   * Two hundred segments of pure noise: 40 answers each, drawn from one distribution (seeded).
   * About 5% of the raw p-values fall below 0.05 by chance; after Holm's adjustment at a
   * family-wise level of 0.05, the chance that any segment is flagged is at most 5%, and none is.
   */
  @Test
  void pureNoiseIsNotFlagged() {
    Random random = new Random(20261122L);
    Map<Segment, Csat> bySegment = new LinkedHashMap<>();
    for (int s = 0; s < 200; s++) {
      CsatAccumulator accumulator = new CsatAccumulator(SCALE);
      for (int i = 0; i < 40; i++) {
        accumulator.add(1 + random.nextInt(5));
      }
      bySegment.put(Segment.of("agent", "a" + s), accumulator.snapshot());
    }
    List<SegmentComparison.Entry<Csat>> rows = CsatSegmentComparison.compare(bySegment).entries();
    long rawSignificant = rows.stream().filter(row -> row.pValue() < 0.05).count();
    long flagged = rows.stream().filter(SegmentComparison.Entry::isFlagged).count();
    assertTrue(rawSignificant >= 3, "raw p-values below 0.05: " + rawSignificant);
    assertEquals(0, flagged);
    long flaggedByFdr = CsatSegmentComparison.compare(bySegment,
        CsatSegmentComparison.Measure.SHARE, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05)
        .flagged().size();
    assertTrue(flaggedByFdr <= 1, "flagged by Benjamini-Hochberg: " + flaggedByFdr);
  }

  @Test
  void untestableSegmentsAreListedButNotCounted() {
    Map<Segment, Csat> bySegment = new LinkedHashMap<>(sample());
    Segment empty = Segment.of("complexity", "unknown");
    bySegment.put(empty, Csat.empty(SCALE));
    List<SegmentComparison.Entry<Csat>> rows = CsatSegmentComparison.compare(bySegment).entries();
    SegmentComparison.Entry<Csat> none = rows.get(3);
    assertFalse(none.isTestable());
    assertFalse(none.isFlagged());
    IllegalStateException e = assertThrows(IllegalStateException.class, none::pValue);
    assertEquals("segment complexity=unknown cannot be compared with the rest by SHARE: it has 0"
        + " answers and the rest 300; the test needs at least 1 in each", e.getMessage());
    assertEquals("Entry[segment=complexity=unknown, untestable: it has 0 answers and the rest"
        + " 300; the test needs at least 1 in each]", none.toString());
    // The family is still the three testable segments.
    assertEquals(CsatSegmentComparison.compare(sample()).entries().get(0).adjustedPValue(),
        rows.get(0).adjustedPValue(), 0);

    SegmentComparison.Entry<Csat> alone =
        CsatSegmentComparison.compare(Map.of(SIMPLE, Csat.ofAnswers(SCALE, 5, 4))).entries()
            .get(0);
    assertFalse(alone.isTestable());
    assertEquals(Csat.empty(SCALE), alone.rest());
    assertTrue(assertThrows(IllegalStateException.class, alone::test).getMessage()
        .endsWith("by SHARE: the rest has 0 answers and the segment 2; the test needs at least 1"
            + " in each"));
  }

  @Test
  void theMeanNeedsTwoAnswersOnEachSide() {
    // complex has one answer: Welch's test needs n - 1 > 0 in each group; the share is testable.
    Map<Segment, Csat> bySegment = new LinkedHashMap<>();
    bySegment.put(SIMPLE, Csat.ofAnswers(SCALE, 5, 4, 2, 5));
    bySegment.put(COMPLEX, Csat.ofAnswers(SCALE, 3));
    SegmentComparison<Csat> byMean = CsatSegmentComparison.compare(bySegment,
        CsatSegmentComparison.Measure.MEAN, PValueAdjustment.HOLM, 0.05);
    assertFalse(byMean.entries().get(0).isTestable());
    assertFalse(byMean.entries().get(1).isTestable());
    assertTrue(CsatSegmentComparison.compare(bySegment).entries().get(1).isTestable());
  }

  @Test
  void noVarianceIsUntestable() {
    // Every answer satisfied: the pooled share is 1, so the score test has nothing to test
    // against (its z would be 0/0).
    Map<Segment, Csat> allSatisfied = new LinkedHashMap<>();
    allSatisfied.put(SIMPLE, Csat.ofAnswers(SCALE, 5, 4, 5));
    allSatisfied.put(COMPLEX, Csat.ofAnswers(SCALE, 4, 4));
    for (SegmentComparison.Entry<Csat> entry : CsatSegmentComparison.compare(allSatisfied)
        .entries()) {
      assertFalse(entry.isTestable());
      assertTrue(entry.toString().endsWith("all satisfied, so there is no variance to test"
          + " against]"), entry.toString());
    }
    Map<Segment, Csat> noneSatisfied = new LinkedHashMap<>();
    noneSatisfied.put(SIMPLE, Csat.ofAnswers(SCALE, 1, 3));
    noneSatisfied.put(COMPLEX, Csat.ofAnswers(SCALE, 2));
    assertFalse(CsatSegmentComparison.compare(noneSatisfied).entries().get(0).isTestable());
    // By mean: the segment all 5 and the rest all 4 have standard error 0, where Welch's t would
    // be infinite and p 0 on no evidence. A third segment with one 3 gives each rest some
    // variance: simple's rest is {4, 4, 3}, complex's {5, 5, 3}.
    Map<Segment, Csat> constant = new LinkedHashMap<>();
    constant.put(SIMPLE, Csat.ofAnswers(SCALE, 5, 5));
    constant.put(COMPLEX, Csat.ofAnswers(SCALE, 4, 4));
    SegmentComparison<Csat> byMean = CsatSegmentComparison.compare(constant,
        CsatSegmentComparison.Measure.MEAN, PValueAdjustment.HOLM, 0.05);
    assertFalse(byMean.entries().get(0).isTestable());
    assertTrue(byMean.flagged().isEmpty());
    constant.put(OTHER, Csat.ofAnswers(SCALE, 3));
    byMean = CsatSegmentComparison.compare(constant, CsatSegmentComparison.Measure.MEAN,
        PValueAdjustment.HOLM, 0.05);
    assertTrue(byMean.entries().get(0).isTestable());
    assertTrue(byMean.entries().get(1).isTestable());
    // OTHER has one answer: too few for the mean.
    assertFalse(byMean.entries().get(2).isTestable());
  }

  @Test
  void measuresPoolAndSubtractOnOneScale() {
    Csat a = Csat.ofHistogram(SCALE, 1, 2, 3, 4, 5);
    Csat b = Csat.ofHistogram(SCALE, 0, 2, 0, 1, 5);
    for (CsatSegmentComparison.Measure measure : CsatSegmentComparison.Measure.values()) {
      assertEquals(Csat.ofHistogram(SCALE, 1, 4, 3, 5, 10), measure.plus(a, b));
      assertEquals(Csat.ofHistogram(SCALE, 1, 0, 3, 3, 0), measure.minus(a, b));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> measure.minus(b, a));
      assertEquals("cannot take 1 answers 1 from a result that has 0", e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> measure.minus(a, Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 1)));
    }
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsatSegmentComparison.compare(sample(), CsatSegmentComparison.Measure.SHARE,
            PValueAdjustment.HOLM, 1.0));
    assertEquals("significance level must be in (0, 1), was 1.0", e.getMessage());
    Map<Segment, Csat> mixed = new LinkedHashMap<>(sample());
    mixed.put(Segment.of("x", "y"), Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7));
    assertThrows(IllegalArgumentException.class, () -> CsatSegmentComparison.compare(mixed));
    assertThrows(NullPointerException.class, () -> CsatSegmentComparison.compare(sample(), null,
        PValueAdjustment.HOLM, 0.05));
  }
}

package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Segment;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
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
    List<CsatSegmentComparison> rows = CsatSegmentComparison.compare(sample());
    assertEquals(3, rows.size());
    CsatSegmentComparison simple = rows.get(0);
    CsatSegmentComparison complex = rows.get(1);
    CsatSegmentComparison other = rows.get(2);
    assertEquals(SIMPLE, simple.segment());
    assertEquals(30.0, simple.estimate(), 1e-12);
    assertEquals(-30.0, complex.estimate(), 1e-12);
    assertEquals(0.0, other.estimate(), 1e-12);
    assertEquals(Csat.ofHistogram(SCALE, 30, 20, 30, 65, 55), simple.rest());
    assertEquals(
        RateDifference.of(Rate.of(90, 100), Rate.of(120, 200)).pValue(), simple.pValue(), 0);
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
    assertEquals(CsatSegmentComparison.Measure.SHARE, simple.measure());
    assertTrue(simple.toString().startsWith("CsatSegmentComparison[complexity=simple, SHARE,"
        + " estimate=30.00"), simple.toString());
  }

  /**
   * By mean: simple has mean (5 + 15 + 160 + 250) / 100 = 4.3, the rest (30 + 40 + 90 + 260 + 275)
   * / 200 = 3.475; Welch's p-value equals that of MeanDifference between the two.
   */
  @Test
  void comparesMeansWithWelch() {
    List<CsatSegmentComparison> rows = CsatSegmentComparison.compare(sample(),
        CsatSegmentComparison.Measure.MEAN, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05);
    CsatSegmentComparison simple = rows.get(0);
    assertEquals(4.3 - 3.475, simple.estimate(), 1e-12);
    assertEquals(MeanDifference.of(simple.csat(), simple.rest()).pValue(), simple.pValue(), 0);
    assertTrue(simple.isFlagged());
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
    List<CsatSegmentComparison> rows = CsatSegmentComparison.compare(bySegment);
    long rawSignificant = rows.stream().filter(row -> row.pValue() < 0.05).count();
    long flagged = rows.stream().filter(CsatSegmentComparison::isFlagged).count();
    assertTrue(rawSignificant >= 3, "raw p-values below 0.05: " + rawSignificant);
    assertEquals(0, flagged);
    long flaggedByFdr = CsatSegmentComparison.compare(bySegment,
        CsatSegmentComparison.Measure.SHARE, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05)
        .stream().filter(CsatSegmentComparison::isFlagged).count();
    assertTrue(flaggedByFdr <= 1, "flagged by Benjamini-Hochberg: " + flaggedByFdr);
  }

  @Test
  void untestableSegmentsAreListedButNotCounted() {
    Map<Segment, Csat> bySegment = new LinkedHashMap<>(sample());
    Segment empty = Segment.of("complexity", "unknown");
    bySegment.put(empty, Csat.empty(SCALE));
    List<CsatSegmentComparison> rows = CsatSegmentComparison.compare(bySegment);
    CsatSegmentComparison none = rows.get(3);
    assertFalse(none.isTestable());
    assertFalse(none.isFlagged());
    IllegalStateException e = assertThrows(IllegalStateException.class, none::pValue);
    assertEquals("segment complexity=unknown cannot be compared with the rest by SHARE: it has 0"
        + " answers and the rest 300", e.getMessage());
    assertEquals("CsatSegmentComparison[complexity=unknown, SHARE, not testable]",
        none.toString());
    // The family is still the three testable segments.
    assertEquals(CsatSegmentComparison.compare(sample()).get(0).adjustedPValue(),
        rows.get(0).adjustedPValue(), 0);

    CsatSegmentComparison alone =
        CsatSegmentComparison.compare(Map.of(SIMPLE, Csat.ofAnswers(SCALE, 5, 4))).get(0);
    assertFalse(alone.isTestable());
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsatSegmentComparison.compare(sample(), CsatSegmentComparison.Measure.SHARE,
            PValueAdjustment.HOLM, 1.0));
    assertEquals("family level must be in (0, 1), was 1.0", e.getMessage());
    Map<Segment, Csat> mixed = new LinkedHashMap<>(sample());
    mixed.put(Segment.of("x", "y"), Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7));
    assertThrows(IllegalArgumentException.class, () -> CsatSegmentComparison.compare(mixed));
  }
}

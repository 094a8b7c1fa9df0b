package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentComparisonTest {
  private static final double EPS = 1e-9;

  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");

  @Test
  void twoSegmentsEachAgainstTheOther() {
    // EU (10, 20, 70): NPS 60; US (20, 30, 50): NPS 30. Pooled (30, 50, 120), n = 200:
    // p = 0.6, d = 0.15, V = 0.75 - 0.45^2 = 0.5475; SE0 = 100 sqrt(0.5475 (1/100 + 1/100))
    // = 10.464224768228; z = 30 / SE0 = 2.866910895405; p = 0.0041449969699431 (mpmath);
    // Holm with m = 2: both p-values are equal, so both adjust to 2p = 0.0082899939398862.
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    segments.put(EU, Nps.ofCategories(10, 20, 70));
    segments.put(US, Nps.ofCategories(20, 30, 50));
    SegmentComparison report = SegmentComparison.of(segments);
    assertEquals(PValueAdjustment.HOLM, report.adjustment());
    assertEquals(0.05, report.significanceLevel());
    assertEquals(Nps.ofCategories(30, 50, 120), report.overall());
    SegmentComparison.Entry eu = report.entries().get(0);
    SegmentComparison.Entry us = report.entries().get(1);
    assertEquals(EU, eu.segment());
    assertEquals(Nps.ofCategories(10, 20, 70), eu.nps());
    assertEquals(Nps.ofCategories(20, 30, 50), eu.rest());
    assertEquals(30.0, eu.difference(), EPS);
    assertEquals(-30.0, us.difference(), EPS);
    assertEquals(100 * Math.sqrt(0.5475 * 0.02), eu.standardError(), EPS);
    assertEquals(2.866910895404979, eu.z(), EPS);
    assertEquals(-2.866910895404979, us.z(), EPS);
    assertEquals(0.004144996969943091, eu.pValue(), 1e-13);
    assertEquals(0.008289993939886181, eu.adjustedPValue(), 1e-13);
    assertEquals(0.008289993939886181, us.adjustedPValue(), 1e-13);
    assertTrue(eu.isFlagged() && us.isFlagged());
    assertEquals(2, report.flagged().size());
    // At a family-wise level below the adjusted p-values nothing is flagged.
    assertTrue(
        SegmentComparison.of(segments, PValueAdjustment.HOLM, 0.008).flagged().isEmpty());
  }

  @Test
  void pureNoiseFlagsAlmostNothing() {
    // 200 segments drawn from one distribution: every difference is noise. Holm controls the
    // chance of any flag at 5%, so a report should flag none; without adjustment about 5% of
    // the segments (10) would be flagged.
    Map<Segment, Nps> noise = noiseSegments(new Random(20261122L), 200);
    assertEquals(0, SegmentComparison.of(noise).flagged().size());
    assertEquals(
        0,
        SegmentComparison.of(noise, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05).flagged().size());
    int unadjusted = SegmentComparison.of(noise, PValueAdjustment.NONE, 0.05).flagged().size();
    assertTrue(unadjusted >= 3, "unadjusted flags: " + unadjusted);
  }

  @Test
  void pureNoiseAcrossManySeeds() {
    // 25 independent reports of 200 noise segments: with family-wise control at 5% we expect
    // about one report with a flag; allow up to three flags in all.
    int holm = 0;
    int bh = 0;
    Random random = new Random(7L);
    for (int report = 0; report < 25; report++) {
      Map<Segment, Nps> noise = noiseSegments(random, 200);
      holm += SegmentComparison.of(noise).flagged().size();
      bh += SegmentComparison.of(noise, PValueAdjustment.BENJAMINI_HOCHBERG, 0.05).flagged().size();
    }
    assertTrue(holm <= 3, "Holm flags: " + holm);
    assertTrue(bh <= 3, "Benjamini-Hochberg flags: " + bh);
  }

  @Test
  void aRealDifferenceIsFlaggedAmongNoise() {
    Map<Segment, Nps> segments = noiseSegments(new Random(99L), 200);
    Segment unhappy = Segment.of("store", "unhappy");
    // 150 answers, 60% detractors where the others have 30%.
    segments.put(unhappy, Nps.ofCategories(90, 30, 30));
    SegmentComparison report = SegmentComparison.of(segments);
    List<SegmentComparison.Entry> flagged = report.flagged();
    assertEquals(1, flagged.size());
    assertEquals(unhappy, flagged.get(0).segment());
    assertTrue(flagged.get(0).difference() < -30);
  }

  @Test
  void tinySegmentsAreNotFlaggedOnNoEvidence() {
    // A segment of two promoters has a Wald SE of 0; the pooled SE keeps it from being flagged.
    Map<Segment, Nps> segments = noiseSegments(new Random(5L), 50);
    segments.put(Segment.of("store", "tiny"), Nps.ofAnswers(10, 10));
    SegmentComparison report = SegmentComparison.of(segments);
    SegmentComparison.Entry tiny = report.entries().get(report.entries().size() - 1);
    assertFalse(tiny.isFlagged());
    assertTrue(tiny.pValue() > 0.05, tiny.toString());
  }

  @Test
  void emptySegmentsAreLeftOut() {
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    segments.put(EU, Nps.ofAnswers(9, 10, 3));
    segments.put(Segment.of("region", "APAC"), Nps.empty());
    segments.put(US, Nps.ofAnswers(9, 0));
    SegmentComparison report = SegmentComparison.of(segments);
    assertEquals(2, report.entries().size());
    assertEquals(US, report.entries().get(1).segment());
  }

  @Test
  void worksOnBySegment() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      responses.add(Response.of(i % 2 == 0 ? 10 : 9, EU));
      responses.add(Response.of(i % 3 == 0 ? 8 : 2, US));
    }
    SegmentComparison report = SegmentComparison.of(Nps.bySegment(responses));
    assertEquals(2, report.flagged().size());
    assertEquals(
        "SegmentComparison[segments=2, flagged=2, adjustment=HOLM, significanceLevel=0.05]",
        report.toString());
  }

  @Test
  void invalidInputIsRejected() {
    Map<Segment, Nps> one = Map.of(EU, Nps.ofAnswers(9));
    IllegalArgumentException tooFew =
        assertThrows(IllegalArgumentException.class, () -> SegmentComparison.of(one));
    assertEquals(
        "need at least two segments with answers to compare each with the rest, had 1",
        tooFew.getMessage());
    Map<Segment, Nps> two = Map.of(EU, Nps.ofAnswers(9), US, Nps.ofAnswers(3));
    IllegalArgumentException level =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentComparison.of(two, PValueAdjustment.HOLM, 1.5));
    assertEquals("significance level must be in (0, 1), was 1.5", level.getMessage());
    assertThrows(NullPointerException.class, () -> SegmentComparison.of(two, null, 0.05));
  }

  /** Segments of 5 to 120 answers, each score drawn from the same distribution. */
  private static Map<Segment, Nps> noiseSegments(Random random, int count) {
    // Category shares 30% / 30% / 40%, spread over the scores of each category.
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    for (int s = 0; s < count; s++) {
      NpsAccumulator accumulator = new NpsAccumulator();
      int size = 5 + random.nextInt(116);
      for (int i = 0; i < size; i++) {
        double u = random.nextDouble();
        int score = u < 0.3 ? random.nextInt(7) : u < 0.6 ? 7 + random.nextInt(2)
            : 9 + random.nextInt(2);
        accumulator.add(score);
      }
      segments.put(Segment.of("store", "s" + s), accumulator.snapshot());
    }
    return segments;
  }
}

package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentComparisonTest {
  private static final double EPS = 1e-9;

  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");

  @Test
  void twoSegmentsEachAgainstTheOther() {
    // EU (10, 20, 70): NPS 60; US (20, 30, 50): NPS 30; each the other's rest. The score test
    // (score_reference.py, "a = (10, 20, 70), b = (20, 30, 50)"): SE0 = 10.56047439142292556
    // points, z = 2.84078147326085977, p = 0.00450031388040215; Holm with m = 2: both p-values
    // are equal, so both adjust to 2p = 0.0090006277608043.
    Map<Segment, Nps> segments = twoSegments();
    SegmentComparison<Nps> report = SegmentComparison.of(segments);
    assertEquals(PValueAdjustment.HOLM, report.adjustment());
    assertEquals(0.05, report.significanceLevel());
    assertEquals(SegmentComparison.NPS, report.method());
    assertEquals(Nps.ofCategories(30, 50, 120), report.overall());
    SegmentComparison.Entry<Nps> eu = report.entries().get(0);
    SegmentComparison.Entry<Nps> us = report.entries().get(1);
    assertEquals(EU, eu.segment());
    assertEquals(Nps.ofCategories(10, 20, 70), eu.result());
    assertEquals(Nps.ofCategories(20, 30, 50), eu.rest());
    assertTrue(eu.isTestable() && us.isTestable());
    assertEquals(30.0, eu.estimate(), EPS);
    assertEquals(-30.0, us.estimate(), EPS);
    NpsDifference test = (NpsDifference) eu.test();
    assertEquals(NpsDifference.of(eu.result(), eu.rest()), test);
    assertEquals(10.560474391422926, test.nullStandardError(), 1e-11);
    assertEquals(2.8407814732608598, eu.statistic(), 1e-12);
    assertEquals(-2.8407814732608598, us.statistic(), 1e-12);
    assertEquals(0.00450031388040215, eu.pValue(), 1e-15);
    assertEquals(0.0090006277608043, eu.adjustedPValue(), 1e-15);
    assertEquals(0.0090006277608043, us.adjustedPValue(), 1e-15);
    assertTrue(eu.isFlagged() && us.isFlagged());
    // rejects() is the single test on the raw p-value; flags use the adjusted one.
    assertTrue(eu.rejects(0.005));
    assertEquals(2, report.flagged().size());
    // At a family-wise level below the adjusted p-values nothing is flagged, though each raw
    // p-value (0.0045) is below it.
    SegmentComparison<Nps> strict = SegmentComparison.of(segments, PValueAdjustment.HOLM, 0.008);
    assertTrue(strict.flagged().isEmpty());
    assertTrue(strict.entries().get(0).rejects(0.008));
  }

  /** EU (10, 20, 70) and US (20, 30, 50). */
  private static Map<Segment, Nps> twoSegments() {
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    segments.put(EU, Nps.ofCategories(10, 20, 70));
    segments.put(US, Nps.ofCategories(20, 30, 50));
    return segments;
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
    SegmentComparison<Nps> report = SegmentComparison.of(segments);
    List<SegmentComparison.Entry<Nps>> flagged = report.flagged();
    assertEquals(1, flagged.size());
    assertEquals(unhappy, flagged.get(0).segment());
    assertTrue(flagged.get(0).estimate() < -30);
  }

  @Test
  void tinySegmentsAreNotFlaggedOnNoEvidence() {
    // A segment of two promoters has a Wald SE of 0; the score test's SE, estimated under "same
    // NPS as the rest", keeps it from being flagged.
    Map<Segment, Nps> segments = noiseSegments(new Random(5L), 50);
    segments.put(Segment.of("store", "tiny"), Nps.ofAnswers(10, 10));
    SegmentComparison<Nps> report = SegmentComparison.of(segments);
    SegmentComparison.Entry<Nps> tiny = report.entries().get(report.entries().size() - 1);
    assertFalse(tiny.isFlagged());
    assertTrue(tiny.pValue() > 0.05, tiny.toString());
  }

  @Test
  void emptySegmentsAreListedUntestableAndLeftOutOfTheFamily() {
    Map<Segment, Nps> segments = new LinkedHashMap<>(twoSegments());
    Segment apac = Segment.of("region", "APAC");
    segments.put(apac, Nps.empty());
    SegmentComparison<Nps> report = SegmentComparison.of(segments);
    assertEquals(3, report.entries().size());
    SegmentComparison.Entry<Nps> empty = report.entries().get(2);
    assertEquals(apac, empty.segment());
    assertFalse(empty.isTestable());
    assertFalse(empty.isFlagged());
    assertEquals(Nps.ofCategories(30, 50, 120), empty.rest());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::pValue);
    assertEquals("segment region=APAC cannot be compared with the rest by NPS: it has no answers",
        e.getMessage());
    assertThrows(IllegalStateException.class, empty::estimate);
    assertThrows(IllegalStateException.class, empty::statistic);
    assertThrows(IllegalStateException.class, empty::adjustedPValue);
    assertThrows(IllegalStateException.class, empty::test);
    assertThrows(IllegalStateException.class, () -> empty.rejects(0.05));
    assertEquals("Entry[segment=region=APAC, untestable: it has no answers]", empty.toString());
    assertEquals(Optional.of("it has no answers"), empty.untestableReason());
    assertEquals(Optional.empty(), report.entries().get(0).untestableReason());
    // The family is still EU and US: Holm with m = 2 gives 2p = 0.0090006277608043 as above.
    assertEquals(0.0090006277608043, report.entries().get(0).adjustedPValue(), 1e-15);
    assertEquals(
        "SegmentComparison[NPS, segments=3, untestable=1, flagged=2, adjustment=HOLM,"
            + " significanceLevel=0.05]",
        report.toString());
  }

  @Test
  void aSingleSegmentIsListedUntestable() {
    SegmentComparison<Nps> report = SegmentComparison.of(Map.of(EU, Nps.ofAnswers(9, 3)));
    assertEquals(1, report.entries().size());
    SegmentComparison.Entry<Nps> alone = report.entries().get(0);
    assertFalse(alone.isTestable());
    assertFalse(alone.isFlagged());
    assertTrue(alone.rest().isEmpty());
    assertEquals(Nps.ofCategories(1, 0, 1), report.overall());
    assertEquals("segment region=EU cannot be compared with the rest by NPS: the rest has no"
        + " answers", assertThrows(IllegalStateException.class, alone::pValue).getMessage());
    assertTrue(report.flagged().isEmpty());
  }

  @Test
  void noSegmentsGiveAnEmptyReport() {
    SegmentComparison<Nps> report = SegmentComparison.of(Map.of());
    assertTrue(report.entries().isEmpty());
    assertTrue(report.flagged().isEmpty());
    assertThrows(IllegalStateException.class, report::overall);
  }

  @Test
  void answersAllInOneCategoryHaveNoVarianceToTest() {
    // Every answer a promoter: both scores are 100 and the pooled variance is 0, so there is
    // nothing to test against; the segments are listed, not flagged, and not counted.
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    segments.put(EU, Nps.ofAnswers(9, 10, 10));
    segments.put(US, Nps.ofAnswers(9, 9));
    SegmentComparison<Nps> report = SegmentComparison.of(segments);
    for (SegmentComparison.Entry<Nps> entry : report.entries()) {
      assertFalse(entry.isTestable(), entry.toString());
      assertFalse(entry.isFlagged());
    }
    assertEquals("segment region=US cannot be compared with the rest by NPS: every answer of the"
            + " segment and the rest is in one category, so there is no variance to test against",
        assertThrows(IllegalStateException.class, () -> report.entries().get(1).test())
            .getMessage());
    // One passive elsewhere gives both some variance.
    segments.put(Segment.of("region", "APAC"), Nps.ofAnswers(7));
    assertTrue(SegmentComparison.of(segments).entries().get(0).isTestable());
  }

  @Test
  void oneRoutineAdjustsTheTestableAndFlags() {
    // NaN marks an untestable comparison: the family is {0.01, 0.04, 0.03}, which Holm adjusts
    // to {0.03, 0.06, 0.06} (3 x 0.01; max(2 x 0.03, 0.04) = 0.06 for the other two).
    double[] adjusted = SegmentComparison.adjustTestable(
        new double[] {0.01, Double.NaN, 0.04, 0.03}, PValueAdjustment.HOLM);
    assertEquals(0.03, adjusted[0], 1e-15);
    assertTrue(Double.isNaN(adjusted[1]));
    assertEquals(0.06, adjusted[2], 1e-15);
    assertEquals(0.06, adjusted[3], 1e-15);
    // A family of one: no adjustment for Benjamini-Hochberg (m / j = 1), NaN untouched.
    double[] one = SegmentComparison.adjustTestable(
        new double[] {Double.NaN, 0.2}, PValueAdjustment.BENJAMINI_HOCHBERG);
    assertTrue(Double.isNaN(one[0]));
    assertEquals(0.2, one[1], 0.0);
    assertTrue(SegmentComparison.isFlagged(0.05, 0.05));
    assertFalse(SegmentComparison.isFlagged(Math.nextUp(0.05), 0.05));
    assertFalse(SegmentComparison.isFlagged(Double.NaN, 0.05));
  }

  @Test
  void worksOnBySegment() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      responses.add(Response.of(i % 2 == 0 ? 10 : 9, EU));
      responses.add(Response.of(i % 3 == 0 ? 8 : 2, US));
    }
    SegmentComparison<Nps> report = SegmentComparison.of(Nps.bySegment(responses));
    assertEquals(2, report.flagged().size());
    assertEquals(
        "SegmentComparison[NPS, segments=2, untestable=0, flagged=2, adjustment=HOLM,"
            + " significanceLevel=0.05]",
        report.toString());
  }

  @Test
  void reportsAreEqualOnTheirInputs() {
    SegmentComparison<Nps> report = SegmentComparison.of(twoSegments());
    SegmentComparison<Nps> same =
        SegmentComparison.of(twoSegments(), PValueAdjustment.HOLM, 0.05);
    assertEquals(report, same);
    assertEquals(report.hashCode(), same.hashCode());
    assertNotEquals(report, SegmentComparison.of(twoSegments(), PValueAdjustment.NONE, 0.05));
    assertNotEquals(report, SegmentComparison.of(twoSegments(), PValueAdjustment.HOLM, 0.01));
    Map<Segment, Nps> reversed = new LinkedHashMap<>();
    reversed.put(US, twoSegments().get(US));
    reversed.put(EU, twoSegments().get(EU));
    assertNotEquals(report, SegmentComparison.of(reversed));
    Map<Segment, Nps> changed = new LinkedHashMap<>(twoSegments());
    changed.put(US, Nps.ofCategories(20, 30, 51));
    assertNotEquals(report, SegmentComparison.of(changed));
    Map<Segment, Nps> renamed = new LinkedHashMap<>();
    renamed.put(EU, twoSegments().get(EU));
    renamed.put(Segment.of("region", "APAC"), twoSegments().get(US));
    assertNotEquals(report, SegmentComparison.of(renamed));
    Map<Segment, Nps> more = new LinkedHashMap<>(twoSegments());
    more.put(Segment.of("region", "APAC"), Nps.empty());
    assertNotEquals(report, SegmentComparison.of(more));
    assertNotEquals(report, "SegmentComparison");
    // Entries compare by identity.
    assertNotEquals(report.entries().get(0), same.entries().get(0));
  }

  @Test
  void invalidInputIsRejected() {
    Map<Segment, Nps> two = Map.of(EU, Nps.ofAnswers(9), US, Nps.ofAnswers(3));
    IllegalArgumentException level =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentComparison.of(two, PValueAdjustment.HOLM, 1.5));
    assertEquals("significance level must be in (0, 1), was 1.5", level.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SegmentComparison.of(two, PValueAdjustment.HOLM, Double.NaN));
    assertThrows(NullPointerException.class, () -> SegmentComparison.of(two, null, 0.05));
    assertThrows(NullPointerException.class, () -> SegmentComparison.of(two, null));
    Map<Segment, Nps> withNull = new LinkedHashMap<>();
    withNull.put(EU, null);
    assertThrows(NullPointerException.class, () -> SegmentComparison.of(withNull));
    Map<Segment, Nps> overflowing = new LinkedHashMap<>();
    overflowing.put(EU, Nps.ofCategories(Long.MAX_VALUE, 0, 0));
    overflowing.put(US, Nps.ofCategories(1, 0, 0));
    assertThrows(ArithmeticException.class, () -> SegmentComparison.of(overflowing));
    IllegalArgumentException alpha =
        assertThrows(IllegalArgumentException.class,
            () -> NpsDifference.of(Nps.ofAnswers(9), Nps.ofAnswers(3)).rejects(0.0));
    assertEquals("significance level must be in (0, 1), was 0.0", alpha.getMessage());
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

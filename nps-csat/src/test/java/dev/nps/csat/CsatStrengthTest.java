package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Response;
import dev.nps.Segment;
import org.junit.jupiter.api.Test;

/** Totals, accessors, descriptions and argument checks of the CSAT types, each stated once. */
class CsatStrengthTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;

  @Test
  void rangedAdditionsCountOnlyTheirRange() {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    // Indexes 2 to 4 hold 3, 5 and 1.
    accumulator.addAll(new byte[] {4, 4, 3, 5, 1, 2}, 2, 5);
    assertEquals(3, accumulator.total());
    assertEquals(3, accumulator.snapshot().total());
    assertEquals(Csat.ofAnswers(SCALE, 3, 5, 1), accumulator.snapshot());
  }

  @Test
  void resultsByDimension() {
    CsatByDimensionAccumulator accumulator = new CsatByDimensionAccumulator(SCALE, "speed", "tone");
    accumulator.add(5, 4);
    accumulator.add(3, CsatByDimensionAccumulator.MISSING);
    assertSame(SCALE, accumulator.scale());
    assertEquals(java.util.List.of("speed", "tone"), accumulator.dimensions());
    assertEquals(2, accumulator.respondents());
    CsatByDimension result = accumulator.snapshot();
    assertEquals(Csat.ofAnswers(SCALE, 5, 3), result.get("speed"));
    assertEquals(Csat.ofAnswers(SCALE, 4), result.get("tone"));
    assertTrue(result.toString().startsWith("CsatByDimension[respondents=2, {speed=Csat"),
        result.toString());
    assertTrue(accumulator.toString().startsWith("CsatByDimensionAccumulator[respondents=2, "),
        accumulator.toString());

    CsatByDimensionAccumulator same = new CsatByDimensionAccumulator(SCALE, "speed", "tone");
    same.add(5, 4);
    same.add(3, CsatByDimensionAccumulator.MISSING);
    CsatByDimensionAccumulator moreRespondents =
        new CsatByDimensionAccumulator(SCALE, "speed", "tone");
    moreRespondents.addAll(result);
    // A respondent who answered nothing still counts as a respondent.
    moreRespondents.add(CsatByDimensionAccumulator.MISSING, CsatByDimensionAccumulator.MISSING);
    CsatByDimensionAccumulator otherAnswer = new CsatByDimensionAccumulator(SCALE, "speed", "tone");
    otherAnswer.add(5, 4);
    otherAnswer.add(2, CsatByDimensionAccumulator.MISSING);
    CsatByDimensionAccumulator otherNames = new CsatByDimensionAccumulator(SCALE, "speed", "care");
    otherNames.add(5, 4);
    otherNames.add(3, CsatByDimensionAccumulator.MISSING);
    CsatByDimensionAccumulator otherScale =
        new CsatByDimensionAccumulator(CsatScale.of(1, 5, 5), "speed", "tone");
    otherScale.add(5, 4);
    otherScale.add(3, CsatByDimensionAccumulator.MISSING);
    CsatValueSemanticsTest.assertValue(result, same.snapshot(), moreRespondents.snapshot(),
        otherAnswer.snapshot(), otherNames.snapshot(), otherScale.snapshot());
    assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(otherNames.snapshot()));
    assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(otherScale.snapshot()));
    assertEquals(2, accumulator.respondents());
  }

  /**
   * Means: a = (1 + 3 * 2 + 4 * 3 + 5 * 4) / 10 = 3.9 and b = (3 + 2 * 4 + 3 * 5 + 4 * 2 + 5) / 15
   * = 2.6, so the estimate is 1.3.
   */
  @Test
  void meanDifferencesCheckTheirInputs() {
    Csat a = Csat.ofHistogram(SCALE, 1, 0, 2, 3, 4);
    Csat b = Csat.ofHistogram(SCALE, 3, 4, 5, 2, 1);
    MeanDifference difference = MeanDifference.of(a, b);
    assertEquals(1.3, difference.estimate(), 1e-12);
    assertTrue(difference.toString().startsWith("MeanDifference[estimate=1.300, se="),
        difference.toString());
    assertEquals(difference, difference);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeanDifference.of(a, Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 1, 7)));
    assertEquals("results must share a scale, were 1-5 (satisfied 4-5) and 1-7 (satisfied 6-7)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MeanDifference.of(Csat.ofAnswers(SCALE, 4), b));
    assertEquals("result a must have at least 2 answers to compare means, had 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MeanDifference.of(a, Csat.ofAnswers(SCALE, 4)));
    assertEquals("result b must have at least 2 answers to compare means, had 1", e.getMessage());
    CsatDifference shares = CsatDifference.of(a, b);
    assertEquals(shares, shares);
    assertTrue(shares.toString().startsWith("CsatDifference"), shares.toString());
  }

  @Test
  void segmentedAccumulatorsOfOtherScalesDoNotMerge() {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(SCALE);
    accumulator.add(Segment.of("region", "EU"), 5);
    SegmentedCsatAccumulator topBox = new SegmentedCsatAccumulator(CsatScale.of(1, 5, 5));
    topBox.add(Segment.of("region", "US"), 4);
    assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(topBox));
    assertEquals(1, accumulator.segmentCount());
    assertTrue(accumulator.toString().startsWith("SegmentedCsatAccumulator{region=EU=Csat"),
        accumulator.toString());
  }

  @Test
  void followUpCountsAnonymousAnswersAndChains() {
    Response unhappy = Response.builder().score(2).respondentId("c-1").build();
    Response anonymous = Response.builder().score(5).comment("great").build();
    CsatFollowUp.Builder builder = CsatFollowUp.builder(SCALE);
    assertSame(builder, builder.add(unhappy));
    CsatFollowUp followUp = builder.add(anonymous).build();
    assertEquals(1, followUp.anonymous());
    assertEquals(2, followUp.total());
    assertSame(SCALE, followUp.scale());
    assertEquals("CsatFollowUp{scale=1-5 (satisfied 4-5), toCallBack=1, toThank=1, total=2}",
        followUp.toString());
    CsatFollowUp perPerson = CsatFollowUp.onePerRespondent(SCALE).add(unhappy).add(anonymous)
        .build();
    assertEquals(java.util.List.of(unhappy), perPerson.toCallBack());
    assertEquals(java.util.List.of(anonymous), perPerson.toThank());
  }
}

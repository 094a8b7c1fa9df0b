package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Segment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SegmentComparison#RATE}: rates per segment, each against the rest. */
class SegmentComparisonRateTest {
  private static final Segment LOW = Segment.of("complexity", "low");
  private static final Segment MID = Segment.of("complexity", "mid");
  private static final Segment HIGH = Segment.of("complexity", "high");
  private static final Segment NONE = Segment.of("complexity", "none");

  @Test
  void eachSegmentIsTestedAgainstTheRestOfTheTrials() {
    // Escalated tickets: low 2 of 40, mid 6 of 40, high 18 of 40; together 26 of 120.
    // The rests: low 24 of 80, mid 20 of 80, high 8 of 80.
    Map<Segment, Rate> rates = new LinkedHashMap<>();
    rates.put(LOW, Rate.of(2, 40));
    rates.put(MID, Rate.of(6, 40));
    rates.put(HIGH, Rate.of(18, 40));
    SegmentComparison<Rate> report = SegmentComparison.of(rates, SegmentComparison.RATE);
    assertEquals(Rate.of(26, 120), report.overall());
    assertEquals("RATE", report.method().name());
    Rate[] rests = {Rate.of(24, 80), Rate.of(20, 80), Rate.of(8, 80)};
    for (int i = 0; i < 3; i++) {
      SegmentComparison.Entry<Rate> entry = report.entries().get(i);
      assertTrue(entry.isTestable());
      assertEquals(rests[i], entry.rest());
      // The test is the library's difference of the two rates, whatever its method.
      RateDifference expected = RateDifference.of(entry.result(), rests[i]);
      assertEquals(expected, entry.test());
      assertEquals(expected.pValue(), entry.pValue());
    }
    // low: 100 (2/40 - 24/80) = 5 - 30 = -25 points; high: 45 - 10 = +35 points.
    assertEquals(-25.0, report.entries().get(0).estimate(), 1e-9);
    assertEquals(35.0, report.entries().get(2).estimate(), 1e-9);
  }

  @Test
  void holmAdjustsOverTheTestableSegmentsOnly() {
    Map<Segment, Rate> rates = new LinkedHashMap<>();
    rates.put(LOW, Rate.of(2, 40));
    rates.put(NONE, Rate.empty());
    rates.put(HIGH, Rate.of(18, 40));
    SegmentComparison<Rate> report = SegmentComparison.of(rates, SegmentComparison.RATE);
    SegmentComparison.Entry<Rate> none = report.entries().get(1);
    assertFalse(none.isTestable());
    assertFalse(none.isFlagged());
    double p1 = report.entries().get(0).pValue();
    double p3 = report.entries().get(2).pValue();
    // Two segments with equal and opposite evidence (low 2/40 vs high 18/40 is the same 2x2
    // table either way): Holm multiplies the smaller p-value by m = 2, and the larger one's
    // adjusted value is the maximum of 2 p(1) and 1 p(2), so both are 2p here.
    assertEquals(p1, p3, 1e-15);
    assertEquals(Math.min(1.0, 2 * p1), report.entries().get(0).adjustedPValue(), 1e-15);
    assertEquals(Math.min(1.0, 2 * p3), report.entries().get(2).adjustedPValue(), 1e-15);
  }

  @Test
  void allSuccessesOrAllFailuresCannotBeTested() {
    Map<Segment, Rate> rates = new LinkedHashMap<>();
    rates.put(LOW, Rate.of(0, 10));
    rates.put(HIGH, Rate.of(0, 30));
    SegmentComparison<Rate> report = SegmentComparison.of(rates, SegmentComparison.RATE);
    for (SegmentComparison.Entry<Rate> entry : report.entries()) {
      assertFalse(entry.isTestable());
    }
    Map<Segment, Rate> single = Map.of(LOW, Rate.of(3, 10));
    assertFalse(SegmentComparison.of(single, SegmentComparison.RATE).entries().get(0)
        .isTestable());
  }

  @Test
  void minusRejectsAPartThatIsNotContained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentComparison.RATE.minus(Rate.of(2, 10), Rate.of(3, 5)));
    assertTrue(e.getMessage().contains("successes"), e.getMessage());
    assertEquals(Rate.of(1, 7), SegmentComparison.RATE.minus(Rate.of(3, 10), Rate.of(2, 3)));
  }
}

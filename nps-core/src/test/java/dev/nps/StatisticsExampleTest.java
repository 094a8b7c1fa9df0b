package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.SampleSize;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics example of the README, kept compiling and running. */
class StatisticsExampleTest {
  @Test
  void readmeExample() {
    // --- README example starts here ---
    Segment eu = Segment.of("region", "EU");
    Segment us = Segment.of("region", "US");
    List<Response> responses = new ArrayList<>();
    List<Response> lastQuarterResponses = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      responses.add(Response.of(new int[] {10, 9, 8, 3}[i % 4], eu));
      responses.add(Response.of(new int[] {0, 9, 4, 7}[i % 4], us));
      lastQuarterResponses.add(Response.of(new int[] {6, 5, 8, 3}[i % 4]));
    }

    Nps nps = Nps.of(responses);
    Interval ci = nps.confidenceInterval(0.95);             // adjusted Wald (the default)
    Interval score = nps.confidenceInterval(0.95, IntervalMethod.SCORE);
    double margin = nps.marginOfError(0.95);                // half-width of ci, in points

    NpsDifference change = NpsDifference.of(nps, Nps.of(lastQuarterResponses));
    double points = change.estimate();                      // signed: this quarter - last
    double p = change.pValue();

    SegmentComparison<Nps> report = SegmentComparison.of(Nps.bySegment(responses));   // Holm
    List<String> findings = new ArrayList<>();
    for (SegmentComparison.Entry<Nps> entry : report.flagged()) {
      findings.add(entry.segment() + ": " + entry.estimate() + " points vs the rest");
    }
    long needed = SampleSize.forMarginOfError(5, 0.95);     // 1537 answers for +-5 points
    // --- README example ends here ---

    // EU: 2 promoters, 1 passive, 1 detractor per 4 (NPS 25); US: 1, 1, 2 (NPS -25); overall 0.
    assertEquals(0.0, nps.score(), 1e-12);
    assertTrue(ci.contains(0.0) && score.contains(0.0));
    assertEquals(ci.width() / 2, margin, 1e-12);
    // Last quarter: 1 passive, 3 detractors per 4 -> NPS -75; change +75, SE = 100 sqrt(0.75/120
    // + 0.1875/60) = 9.68, z = 7.7.
    assertEquals(75.0, points, 1e-12);
    assertTrue(p < 0.05);
    assertEquals(
        List.of("region=EU: 50.0 points vs the rest", "region=US: -50.0 points vs the rest"),
        findings);
    assertEquals(1537, needed);
  }
}

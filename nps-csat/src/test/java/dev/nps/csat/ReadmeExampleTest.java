package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of the README's nps-csat section, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void readmeExample() {
    // --- README begins
    List<Response> responses = new ArrayList<>();
    int[] answers = {5, 5, 4, 4, 4, 3, 2, 1, 5, 4};
    for (int i = 0; i < answers.length; i++) {
      responses.add(Response.of(answers[i],
          Segment.of("complexity", i % 2 == 0 ? "simple" : "complex")));
    }

    Csat csat = Csat.of(CsatScale.ONE_TO_FIVE, responses);
    double score = csat.score();                               // 70.0: 7 of 10 answered 4 or 5
    Interval share = csat.confidenceInterval(0.95);            // Wilson, in percent
    Interval mean = csat.meanConfidenceInterval(0.95);         // Student t, within [1, 5]
    Map<Segment, Csat> bySegment = Csat.bySegment(CsatScale.ONE_TO_FIVE, responses);
    SegmentComparison<Csat> flags = CsatSegmentComparison.compare(bySegment);   // Holm

    RateDifference escalations = RateDifference.of(Rate.of(12, 240), Rate.of(25, 260));
    Interval change = escalations.confidenceInterval(0.95);    // score interval, in points
    // --- README ends

    assertEquals(70.0, score);
    assertTrue(share.contains(70.0));
    assertTrue(mean.contains(csat.mean()));
    assertEquals(2, flags.entries().size());
    // 12/240 = 5%, 25/260 = 9.615%: -4.615 points.
    assertEquals(100.0 * 12 / 240 - 100.0 * 25 / 260, escalations.estimate(), 1e-12);
    assertTrue(change.contains(escalations.estimate()));
  }
}

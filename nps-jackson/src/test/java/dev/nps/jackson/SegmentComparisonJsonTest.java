package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

/** Per-segment comparisons of NPS and CSAT results, untestable segments included. */
class SegmentComparisonJsonTest extends NpsJsonTestBase {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");

  /**
   * The golden document's figures, computed independently: simple has 90 of 100 satisfied against
   * 120 of 200 in the rest, so the estimate is 30 points and, with the pooled share 0.7 (the
   * restricted estimate of both rates under "no difference"), the Miettinen-Nurminen z = 0.3 /
   * sqrt(0.21 (1/100 + 1/200) 300/299) = 5.33630869386231; complex is its mirror image; other is
   * 70 of 100 against 140 of 200, 0 points and p = 1; unknown has no answers. Two-sided p = 2 Q(z)
   * = 9.48578540290697e-8 (Python math.erfc), Holm with three tested: 3p =
   * 2.845735620872091e-7 for the two smallest, 1 for the largest. The document was written when
   * the test was Pearson's (z = 5.3452248, without the factor 300/299); its statistics are only
   * type-checked on reading.
   */
  @Test
  void goldenCsatComparison() {
    String json = resource("format1/csat-segment-comparison.json");
    Map<Segment, Csat> bySegment = new LinkedHashMap<>();
    bySegment.put(Segment.of("complexity", "simple"), Csat.ofHistogram(SCALE, 5, 0, 5, 40, 50));
    bySegment.put(Segment.of("complexity", "complex"),
        Csat.ofHistogram(SCALE, 20, 10, 20, 30, 20));
    bySegment.put(Segment.of("complexity", "other"), Csat.ofHistogram(SCALE, 10, 10, 10, 35, 35));
    bySegment.put(Segment.of("complexity", "unknown"), Csat.empty(SCALE));
    SegmentComparison<Csat> expected = CsatSegmentComparison.compare(bySegment);
    SegmentComparison<?> read = read(json, SegmentComparison.class);
    assertEquals(expected, read);
    assertEquals(CsatSegmentComparison.Measure.SHARE, read.method());
    assertEquals(2, read.flagged().size());
    assertFalse(read.entries().get(3).isTestable());
    assertEquals(2.845735620872091e-07, read.entries().get(0).adjustedPValue(), 1e-19);
    assertSameJson(json, write(expected), TEST_STATISTICS);
    assertSameJson(json, write(read), TEST_STATISTICS);
  }

  @Test
  void csatComparisonsRoundTrip() {
    qt().withExamples(100)
        .forAll(lists().of(lists().of(integers().between(0, 30)).ofSize(5)).ofSizeBetween(0, 5),
            arbitrary().enumValues(CsatSegmentComparison.Measure.class),
            arbitrary().enumValues(PValueAdjustment.class))
        .checkAssert((histograms, measure, adjustment) -> {
          Map<Segment, Csat> bySegment = new LinkedHashMap<>();
          for (int i = 0; i < histograms.size(); i++) {
            long[] counts = histograms.get(i).stream().mapToLong(Integer::longValue).toArray();
            bySegment.put(Segment.of("id", Integer.toString(i)), Csat.ofHistogram(SCALE, counts));
          }
          SegmentComparison<Csat> comparison =
              CsatSegmentComparison.compare(bySegment, measure, adjustment, 0.05);
          String json = write(comparison);
          SegmentComparison<?> back = read(json, SegmentComparison.class);
          assertEquals(comparison, back);
          assertEquals(json, write(back));
        });
  }

  @Test
  void untestableSegmentsAreWrittenWithoutFigures() {
    SegmentComparison<Nps> single = SegmentComparison.of(Map.of(EU, Nps.ofAnswers(9, 3)));
    String json = write(single);
    assertEquals(json("{'adjustment':'holm','significanceLevel':0.05,'segments':[{'segment':"
        + "{'region':'EU'},'nps':" + write(Nps.ofAnswers(9, 3)) + ",'flagged':false}]}"), json);
    SegmentComparison<?> back = read(json, SegmentComparison.class);
    assertEquals(single, back);
    assertFalse(back.entries().get(0).isTestable());

    // Documents of one segment, or with empty segments, were rejected before segments could be
    // untestable; they read now.
    Map<Segment, Nps> withEmpty = new LinkedHashMap<>();
    withEmpty.put(EU, Nps.ofAnswers(9, 3, 7));
    withEmpty.put(Segment.of("region", "APAC"), Nps.empty());
    withEmpty.put(US, Nps.ofAnswers(10, 0));
    SegmentComparison<Nps> comparison = SegmentComparison.of(withEmpty);
    SegmentComparison<?> read = read(write(comparison), SegmentComparison.class);
    assertEquals(comparison, read);
    assertEquals(List.of(true, false, true),
        read.entries().stream().map(SegmentComparison.Entry::isTestable).toList());
  }

  @Test
  void figuresOfASegmentThisVersionCannotTestAreReadForTheirTypeOnly() {
    // Written when a report of answers all in one category still gave z = 0 and p = 1: the
    // segments are untestable now, and the document still reads.
    String promoters = write(Nps.ofAnswers(9, 10));
    String json = json("{'adjustment':'holm','significanceLevel':0.05,'segments':["
        + "{'segment':{'region':'EU'},'nps':" + promoters + ",'difference':0.0,"
        + "'standardError':0.0,'z':0.0,'pValue':1.0,'adjustedPValue':1.0,'flagged':false},"
        + "{'segment':{'region':'US'},'nps':" + promoters + ",'difference':0.0,"
        + "'standardError':0.0,'z':0.0,'pValue':1.0,'adjustedPValue':1.0,'flagged':false}]}");
    SegmentComparison<?> read = read(json, SegmentComparison.class);
    assertFalse(read.entries().get(0).isTestable());
    assertFalse(read.entries().get(1).isTestable());
  }

  @Test
  void reportsByAnotherMethodHaveNoJson() {
    SegmentComparison.Method<Nps> other = new SegmentComparison.Method<>() {
      @Override
      public String name() {
        return "OTHER";
      }

      @Override
      public Nps plus(Nps a, Nps b) {
        return a.plus(b);
      }

      @Override
      public Nps minus(Nps whole, Nps part) {
        return SegmentComparison.NPS.minus(whole, part);
      }

      @Override
      public Optional<String> untestable(Nps segment, Nps rest) {
        return SegmentComparison.NPS.untestable(segment, rest);
      }

      @Override
      public SignificanceResult compare(Nps segment, Nps rest) {
        return SegmentComparison.NPS.compare(segment, rest);
      }
    };
    SegmentComparison<Nps> report =
        SegmentComparison.of(Map.of(EU, Nps.ofAnswers(9, 3)), other);
    DatabindException e = assertThrows(DatabindException.class, () -> write(report));
    assertTrue(e.getMessage().contains("a segment comparison by OTHER has no JSON form"),
        e.getMessage());
  }
}

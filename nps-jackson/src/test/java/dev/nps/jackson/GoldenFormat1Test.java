package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.stats.DifferenceMethod;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.SegmentComparison;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The format-1 documents in {@code src/test/resources/format1} are the wire format: they must keep
 * reading back as the same values, and today's writer must produce the same JSON: the same
 * properties in the same order and the same values (whitespace and layout aside, and derived
 * floating-point figures to a relative 1e-9).
 */
class GoldenFormat1Test extends NpsJsonTestBase {
  private static final long[] COUNTS = {3, 1, 2, 4, 5, 10, 15, 30, 40, 50, 40};

  private static void assertGolden(String fixture, Object expected, Class<?> type) {
    String json = resource("format1/" + fixture);
    assertEquals(expected, read(json, type), fixture);
    assertSameJson(json, write(expected));
  }

  private static Map<Segment, Nps> bySegment() {
    Map<Segment, Nps> results = new LinkedHashMap<>();
    results.put(Segment.of("region", "EU").and("plan", "pro"), Nps.ofAnswers(6, 8, 8, 10, 10, 10));
    results.put(Segment.of("region", "US").and("plan", "free"), Nps.ofAnswers(0, 10));
    results.put(Segment.of("region", "APAC").and("plan", "pro"), Nps.empty());
    return results;
  }

  @Test
  void result() {
    assertGolden("nps.json", Nps.ofHistogram(COUNTS), Nps.class);
    assertEquals(25.0, read(resource("format1/nps.json"), Nps.class).score());
  }

  @Test
  void emptyResult() {
    assertGolden("nps-empty.json", Nps.empty(), Nps.class);
  }

  @Test
  void categoriesOnly() {
    assertGolden("nps-category-counts.json", Nps.ofCategories(5, 3, 12), Nps.class);
  }

  @Test
  void countsAloneAreEnough() {
    assertEquals(Nps.ofHistogram(COUNTS),
        read(resource("format1/nps-counts-only.json"), Nps.class));
  }

  @Test
  void accumulatorReadsAsItsResult() {
    NpsAccumulator accumulator = read(resource("format1/nps.json"), NpsAccumulator.class);
    assertEquals(Nps.ofHistogram(COUNTS), accumulator.snapshot());
    assertSameJson(resource("format1/nps.json"), write(accumulator));
  }

  @Test
  void resultsBySegment() {
    String json = resource("format1/nps-by-segment.json");
    Map<Segment, Nps> read = read(json, NpsModule.NPS_BY_SEGMENT);
    assertEquals(List.copyOf(bySegment().entrySet()), List.copyOf(read.entrySet()));
    assertSameJson(json, MAPPER.writerFor(NpsModule.NPS_BY_SEGMENT).writeValueAsString(read));
  }

  @Test
  void segmentedAccumulator() {
    String json = resource("format1/nps-by-segment.json");
    SegmentedNpsAccumulator accumulator = read(json, SegmentedNpsAccumulator.class);
    assertEquals(List.copyOf(bySegment().entrySet()),
        List.copyOf(accumulator.snapshot().entrySet()));
    assertSameJson(json, write(accumulator));
  }

  @Test
  void response() {
    assertGolden("response.json", Response.builder()
        .score(3)
        .segment(Segment.of("plan", "pro").and("region", "EU"))
        .answeredAt(Instant.parse("2026-03-01T10:15:30Z"))
        .respondentId("c-1042")
        .comment("Support never called back.")
        .build(), Response.class);
    assertGolden("response-minimal.json", Response.of(10), Response.class);
    assertGolden("response-weighted.json",
        Response.builder().score(9).segment(Segment.of("region", "EU")).weight(1.75).build(),
        Response.class);
  }

  @Test
  void segment() {
    assertGolden("segment.json",
        Segment.of("region", "EU").and("plan", "pro").and("channel", "email"), Segment.class);
  }

  @Test
  void difference() {
    String json = resource("format1/nps-difference-score.json");
    NpsDifference read = read(json, NpsDifference.class);
    assertEquals(Nps.ofAnswers(10, 10, 9, 8, 3), read.a());
    assertEquals(Nps.ofAnswers(9, 5, 6, 7), read.b());
    assertEquals(DifferenceMethod.SCORE, read.method());
    assertEquals(NpsDifference.of(read.a(), read.b()), read);
    assertEquals(65.0, read.estimate());
    assertSameJson(json, write(read), TEST_STATISTICS);
  }

  @Test
  void differenceWrittenBeforeTheScoreMethod() {
    // Written with "adjusted": false, when the only comparison was the pooled test beside a Wald
    // interval: it reads as the Wald comparison, and is written back with its method.
    String json = resource("format1/nps-difference.json");
    NpsDifference read = read(json, NpsDifference.class);
    assertEquals(DifferenceMethod.WALD, read.method());
    assertEquals(
        NpsDifference.of(Nps.ofAnswers(10, 10, 9, 8, 3), Nps.ofAnswers(9, 5, 6, 7),
            DifferenceMethod.WALD),
        read);
    assertEquals(65.0, read.estimate());
    assertEquals(read, read(write(read), NpsDifference.class));
  }

  @Test
  void differenceWrittenWithAnInfiniteStatistic() {
    // Written when this comparison's z was infinite ("Infinity"); the test has since been refined,
    // and the document still reads, with this version's statistics.
    String infinite = resource("format1/nps-difference-infinite-z.json");
    NpsDifference extreme = read(infinite, NpsDifference.class);
    assertEquals(Nps.ofAnswers(10, 10), extreme.a());
    assertEquals(Nps.ofAnswers(1, 2), extreme.b());
    assertEquals(200.0, extreme.estimate());
    assertEquals(DifferenceMethod.WALD, extreme.method());
    assertEquals(
        NpsDifference.of(Nps.ofAnswers(10, 10), Nps.ofAnswers(1, 2), DifferenceMethod.WALD).z(),
        extreme.z());
  }

  @Test
  void segmentComparison() {
    String json = resource("format1/segment-comparison.json");
    SegmentComparison<?> read = read(json, SegmentComparison.class);
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    segments.put(Segment.of("region", "EU"),
        Nps.ofHistogram(new long[] {1, 1, 1, 1, 1, 1, 2, 5, 5, 10, 12}));
    segments.put(Segment.of("region", "US"),
        Nps.ofHistogram(new long[] {3, 2, 2, 3, 3, 3, 4, 5, 5, 4, 6}));
    segments.put(Segment.of("region", "APAC"),
        Nps.ofHistogram(new long[] {0, 0, 1, 1, 1, 1, 2, 5, 5, 8, 8}));
    SegmentComparison<Nps> expected = SegmentComparison.of(segments);
    assertEquals(expected, read);
    assertEquals(PValueAdjustment.HOLM, read.adjustment());
    assertEquals(0.05, read.significanceLevel());
    assertEquals(List.of(Segment.of("region", "US")),
        read.flagged().stream().map(SegmentComparison.Entry::segment).toList());
    assertSameJson(json, write(expected), TEST_STATISTICS);
    assertSameJson(json, write(read), TEST_STATISTICS);
  }

  @Test
  void weightedResult() {
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
    accumulator.add(6, 2.0);
    accumulator.add(8, 0.5);
    accumulator.add(8, 1.0);
    accumulator.add(10, 1.5);
    accumulator.add(10, 1.0);
    accumulator.add(10, 0.5);
    String json = resource("format1/weighted-nps-design-effect.json");
    assertSameJson(json, write(accumulator.snapshot()), TEST_STATISTICS);
    assertSameJson(json, write(accumulator), TEST_STATISTICS);
    assertEquals(accumulator.snapshot(), read(json, WeightedNps.class));
    assertEquals(accumulator.snapshot(), read(json, WeightedNpsAccumulator.class).snapshot());
    assertEquals(15.384615384615385, read(json, WeightedNps.class).score());
    // Written when effectiveSampleSize and designEffect were Kish's figures (4.83 and 1.24) and
    // the standard error lacked n / (n - 1): the same sums, so the same result.
    String kish = resource("format1/weighted-nps.json");
    assertEquals(accumulator.snapshot(), read(kish, WeightedNps.class));
  }

  @Test
  void enums() {
    assertEquals("\"adjusted_wald\"", write(IntervalMethod.ADJUSTED_WALD));
    assertEquals(IntervalMethod.SCORE, read("\"score\"", IntervalMethod.class));
    assertEquals("\"benjamini_hochberg\"", write(PValueAdjustment.BENJAMINI_HOCHBERG));
    assertEquals(PValueAdjustment.NONE, read("\"none\"", PValueAdjustment.class));
    assertEquals("\"detractor\"", write(Category.DETRACTOR));
  }

  @Test
  void interval() {
    assertGolden("interval.json", Interval.of(-12.5, 30.0), Interval.class);
    assertGolden("interval-unbounded.json",
        Interval.of(Double.NEGATIVE_INFINITY, 4.25), Interval.class);
  }
}

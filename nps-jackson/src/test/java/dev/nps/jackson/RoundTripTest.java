package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Score;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/** Value to JSON to value gives an equal value, for every type the module handles. */
class RoundTripTest extends NpsJsonTestBase {
  private static final int EXAMPLES = 300;

  /** A bean holding the module's types as properties, as user code would. */
  record Report(Score best, Category worst, Segment segment, Nps overall,
      Map<Segment, Nps> perSegment, Interval interval, List<Response> responses) {}

  @Test
  void scores() {
    qt().forAll(integers().between(0, 10)).checkAssert(value -> {
      Score score = Score.of(value);
      assertEquals(Integer.toString(value), write(score));
      assertRoundTrip(score, Score.class);
    });
  }

  @Test
  void categories() {
    qt().forAll(arbitrary().enumValues(Category.class))
        .checkAssert(category -> assertRoundTrip(category, Category.class));
    assertEquals("\"passive\"", write(Category.PASSIVE));
  }

  @Test
  void segmentsKeepTheirOrder() {
    qt().withExamples(EXAMPLES).forAll(Generators.segments())
        .checkAssert(segment -> assertRoundTrip(segment, Segment.class));
    assertEquals(json("{'plan':'pro','region':'EU'}"),
        write(Segment.of("plan", "pro").and("region", "EU")));
  }

  @Test
  void responses() {
    qt().withExamples(EXAMPLES).forAll(Generators.responses())
        .checkAssert(response -> assertRoundTrip(response, Response.class));
  }

  @Test
  void intervals() {
    qt().withExamples(EXAMPLES).forAll(Generators.intervals())
        .checkAssert(interval -> assertRoundTrip(interval, Interval.class));
  }

  @Test
  void results() {
    qt().withExamples(EXAMPLES).forAll(Generators.results())
        .checkAssert(nps -> assertRoundTrip(nps, Nps.class));
    assertRoundTrip(Nps.empty(), Nps.class);
  }

  @Test
  void accumulators() {
    qt().withExamples(EXAMPLES).forAll(Generators.results()).checkAssert(nps -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      accumulator.addAll(nps);
      String json = write(accumulator);
      assertEquals(write(nps), json);
      assertEquals(nps, read(json, NpsAccumulator.class).snapshot());
    });
  }

  @Test
  void resultsBySegment() {
    qt().withExamples(EXAMPLES).forAll(Generators.resultsBySegment(Generators.results()))
        .checkAssert(map -> {
          String json = MAPPER.writerFor(NpsModule.NPS_BY_SEGMENT).writeValueAsString(map);
          Map<Segment, Nps> back = read(json, NpsModule.NPS_BY_SEGMENT);
          assertEquals(map, back);
          assertEquals(List.copyOf(map.keySet()), List.copyOf(back.keySet()));
        });
  }

  @Test
  void segmentedAccumulators() {
    qt().withExamples(EXAMPLES).forAll(Generators.resultsBySegment(Generators.histograms()))
        .checkAssert(map -> {
          SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
          map.forEach(accumulator::addAll);
          SegmentedNpsAccumulator back =
              read(write(accumulator), SegmentedNpsAccumulator.class);
          assertEquals(List.copyOf(accumulator.snapshot().entrySet()),
              List.copyOf(back.snapshot().entrySet()));
        });
  }

  @Test
  void weightedResults() {
    qt().withExamples(EXAMPLES).forAll(Generators.weightedResults()).checkAssert(weighted -> {
      assertRoundTrip(weighted, WeightedNps.class);
      WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
      accumulator.addAll(weighted);
      assertEquals(weighted, read(write(accumulator), WeightedNpsAccumulator.class).snapshot());
    });
    assertRoundTrip(WeightedNps.empty(), WeightedNps.class);
  }

  @Test
  void differences() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.nonEmptyResults(), Generators.nonEmptyResults(),
            arbitrary().enumValues(DifferenceMethod.class))
        .checkAssert((a, b, method) -> {
          NpsDifference difference = NpsDifference.of(a, b, method);
          String json = write(difference);
          NpsDifference back = read(json, NpsDifference.class);
          assertEquals(a, back.a());
          assertEquals(b, back.b());
          assertEquals(method, back.method());
          assertEquals(difference, back);
          assertEquals(difference.z(), back.z());
          assertEquals(json, write(back));
        });
  }

  @Test
  void segmentComparisons() {
    qt().withExamples(100)
        .forAll(Generators.comparableSegments(),
            arbitrary().enumValues(PValueAdjustment.class),
            doubles().between(0.001, 0.5))
        .checkAssert((segments, adjustment, level) -> {
          SegmentComparison<Nps> comparison = SegmentComparison.of(segments, adjustment, level);
          String json = write(comparison);
          SegmentComparison<?> back = read(json, SegmentComparison.class);
          assertEquals(adjustment, back.adjustment());
          assertEquals(level, back.significanceLevel());
          assertEquals(
              comparison.entries().stream().map(e -> List.of(e.segment(), e.result())).toList(),
              back.entries().stream().map(e -> List.of(e.segment(), e.result())).toList());
          assertEquals(comparison, back);
          assertEquals(json, write(back));
        });
  }

  @Test
  void statisticsEnums() {
    qt().forAll(arbitrary().enumValues(IntervalMethod.class))
        .checkAssert(method -> assertRoundTrip(method, IntervalMethod.class));
    qt().forAll(arbitrary().enumValues(PValueAdjustment.class))
        .checkAssert(adjustment -> assertRoundTrip(adjustment, PValueAdjustment.class));
  }

  @Test
  void propertiesOfABean() {
    qt().withExamples(100)
        .forAll(Generators.segments(), Generators.results(),
            Generators.resultsBySegment(Generators.results()), Generators.intervals())
        .checkAssert((segment, nps, perSegment, interval) -> {
          Report report = new Report(Score.of(10), Category.DETRACTOR, segment, nps, perSegment,
              interval, List.of(Response.of(3, segment), Response.of(9)));
          assertEquals(report, read(write(report), Report.class));
        });
  }

  @Test
  void readsFromATreeWhoseSmallIntegersAreBigIntegers() {
    tools.jackson.databind.node.ObjectNode tree = MAPPER.createObjectNode();
    tree.put("format", java.math.BigInteger.ONE);
    tools.jackson.databind.node.ArrayNode counts = tree.putArray("counts");
    for (int score = 0; score <= 10; score++) {
      counts.add(java.math.BigInteger.valueOf(score));
    }
    tree.put("total", java.math.BigInteger.valueOf(55));
    long[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(Nps.ofHistogram(expected), MAPPER.treeToValue(tree, Nps.class));
    tree.put("total", java.math.BigInteger.ONE.shiftLeft(64).add(java.math.BigInteger.valueOf(55)));
    assertInvalid(() -> MAPPER.treeToValue(tree, Nps.class), "$.total", "does not fit in 64 bits");
  }

  @Test
  void anEmbeddedObjectWhereANumberBelongsIsRejected() {
    tools.jackson.databind.node.ObjectNode tree = MAPPER.createObjectNode();
    tree.put("format", 1);
    tree.putPOJO("counts", new Object());
    assertInvalid(() -> MAPPER.treeToValue(tree, Nps.class), "$.counts", "counts must be an array");
    tree.putPOJO("counts", null);
    assertInvalid(() -> MAPPER.treeToValue(tree, Nps.class), "$.counts", "counts must be an array");
  }

  @Test
  void nullPropertiesStayNull() {
    Report empty = new Report(null, null, null, null, null, null, null);
    assertEquals(empty, read(write(empty), Report.class));
  }

  @Test
  void aResultMixingScoredAndCategoryCountsRoundTripsExactly() {
    Nps mixed = Nps.ofAnswers(3, 9).plus(Nps.ofCategories(1, 0, 2));
    assertFalse(mixed.hasHistogram());
    String json = write(mixed);
    assertEquals(true, json.contains("\"unscored\":{\"detractors\":1,\"passives\":0,\"promoters\":2}"),
        json);
    assertEquals(mixed, read(json, Nps.class));
  }

  @Test
  void aSegmentIsNeverWrittenAsAnAmbiguousObjectKey() {
    Map<Segment, Nps> results = Nps.bySegment(List.of(Response.of(9, Segment.of("region", "EU"))));
    DatabindException e = assertFailure(DatabindException.class, () -> write(results));
    assertEquals(true, e.getMessage().contains("NPS_BY_SEGMENT"), e.getMessage());
    assertFailure(DatabindException.class, () -> write(Map.of(Segment.ALL, 1L)));
  }

  @Test
  void typeReferenceConstantIsTheMapType() {
    assertEquals(new TypeReference<Map<Segment, Nps>>() {}.getType(),
        NpsModule.NPS_BY_SEGMENT.getType());
  }
}

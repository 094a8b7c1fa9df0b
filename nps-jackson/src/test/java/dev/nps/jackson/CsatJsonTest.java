package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.csat.Ces;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatAccumulator;
import dev.nps.csat.CsatDifference;
import dev.nps.csat.CsatScale;
import dev.nps.csat.SegmentedCsatAccumulator;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;

/** The CSAT types: round trips, golden format-1 documents, merging after transport, bad input. */
class CsatJsonTest extends NpsJsonTestBase {
  private static final int EXAMPLES = 200;

  static Gen<CsatScale> scales() {
    Gen<CsatScale> any = integers().between(0, 9).flatMap(min ->
        integers().between(min + 1, 10).flatMap(max ->
            integers().between(min + 1, max).map(from -> CsatScale.of(min, max, from))));
    return arbitrary().pick(List.of(CsatScale.ONE_TO_FIVE, CsatScale.ONE_TO_SEVEN,
        CsatScale.ONE_TO_TEN, CsatScale.ZERO_TO_TEN, CsatScale.GOOD_BAD,
        CsatScale.CES_ONE_TO_SEVEN)).mix(any, 50);
  }

  static Gen<Csat> results() {
    return scales().flatMap(scale -> lists().of(Generators.counts()).ofSize(scale.size())
        .map(counts -> Csat.ofHistogram(scale,
            counts.stream().mapToLong(Long::longValue).toArray())));
  }

  static Gen<Rate> rates() {
    return longs().between(0, Long.MAX_VALUE / 2).flatMap(total ->
        longs().between(0, total).map(successes -> Rate.of(successes, total)));
  }

  @Test
  void roundTrips() {
    qt().withExamples(EXAMPLES).forAll(scales())
        .checkAssert(scale -> assertRoundTrip(scale, CsatScale.class));
    qt().withExamples(EXAMPLES).forAll(results()).checkAssert(csat -> {
      assertRoundTrip(csat, Csat.class);
      assertRoundTrip(Ces.of(csat), Ces.class);
      CsatAccumulator accumulator = new CsatAccumulator(csat.scale());
      accumulator.addAll(csat);
      assertEquals(write(csat), write(accumulator));
      assertEquals(csat, read(write(accumulator), CsatAccumulator.class).snapshot());
    });
    qt().withExamples(EXAMPLES).forAll(rates())
        .checkAssert(rate -> assertRoundTrip(rate, Rate.class));
    qt().withExamples(EXAMPLES)
        .forAll(rates().assuming(r -> !r.isEmpty()), rates().assuming(r -> !r.isEmpty()))
        .checkAssert((a, b) -> {
          RateDifference difference = RateDifference.of(a, b);
          String json = write(difference);
          RateDifference back = read(json, RateDifference.class);
          assertEquals(List.of(a, b), List.of(back.a(), back.b()));
          assertEquals(json, write(back));
        });
    for (ProportionInterval method : ProportionInterval.values()) {
      assertRoundTrip(method, ProportionInterval.class);
    }
    assertEquals("\"wilson\"", write(ProportionInterval.WILSON));
  }

  @Test
  void differenceRoundTrips() {
    Gen<Csat> onFive = lists().of(longs().between(0, 1_000_000)).ofSize(5)
        .zip(integers().between(0, 4), (counts, answered) -> {
          long[] array = counts.stream().mapToLong(Long::longValue).toArray();
          array[answered]++;
          return Csat.ofHistogram(CsatScale.ONE_TO_FIVE, array);
        });
    qt().withExamples(EXAMPLES).forAll(onFive, onFive).checkAssert((a, b) -> {
      CsatDifference difference = CsatDifference.of(a, b);
      String json = write(difference);
      CsatDifference back = read(json, CsatDifference.class);
      assertEquals(List.of(a, b), List.of(back.a(), back.b()));
      assertEquals(json, write(back));
    });
  }

  @Test
  void perSegmentRoundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(scales(), lists().of(Generators.segments()).ofSizeBetween(0, 5),
            lists().of(integers().between(0, 10)).ofSizeBetween(0, 60))
        .checkAssert((scale, segments, answers) -> {
          SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(scale);
          for (int i = 0; i < answers.size() && !segments.isEmpty(); i++) {
            int answer = answers.get(i);
            if (scale.contains(answer)) {
              accumulator.add(segments.get(i % segments.size()), answer);
            }
          }
          String json = write(accumulator);
          SegmentedCsatAccumulator back = read(json, SegmentedCsatAccumulator.class);
          assertEquals(scale, back.scale());
          assertEquals(List.copyOf(accumulator.snapshot().entrySet()),
              List.copyOf(back.snapshot().entrySet()));
          Map<Segment, Csat> map = accumulator.snapshot();
          String mapJson = MAPPER.writerFor(NpsModule.CSAT_BY_SEGMENT).writeValueAsString(map);
          assertEquals(List.copyOf(map.entrySet()),
              List.copyOf(read(mapJson, NpsModule.CSAT_BY_SEGMENT).entrySet()));
        });
  }

  @Test
  void mergingTransportedAccumulatorsEqualsAggregatingDirectly() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(1, 5).zip(integers().between(0, 3),
            (answer, group) -> Response.of(answer, Segment.of("team", "t" + group))))
            .ofSizeBetween(0, 200), integers().between(1, 5))
        .checkAssert((responses, parts) -> {
          CsatAccumulator merged = new CsatAccumulator(CsatScale.ONE_TO_FIVE);
          SegmentedCsatAccumulator mergedBySegment =
              new SegmentedCsatAccumulator(CsatScale.ONE_TO_FIVE);
          int size = (responses.size() + parts - 1) / parts;
          for (int from = 0; from < responses.size(); from += Math.max(1, size)) {
            List<Response> part = responses.subList(from, Math.min(responses.size(), from + size));
            CsatAccumulator one = new CsatAccumulator(CsatScale.ONE_TO_FIVE);
            one.addAll(part);
            merged.addAll(read(write(one), CsatAccumulator.class));
            SegmentedCsatAccumulator bySegment =
                new SegmentedCsatAccumulator(CsatScale.ONE_TO_FIVE);
            bySegment.addAll(part);
            mergedBySegment.addAll(read(write(bySegment), SegmentedCsatAccumulator.class));
          }
          assertEquals(Csat.of(CsatScale.ONE_TO_FIVE, responses), merged.snapshot());
          assertEquals(List.copyOf(Csat.bySegment(CsatScale.ONE_TO_FIVE, responses).entrySet()),
              List.copyOf(mergedBySegment.snapshot().entrySet()));
        });
  }

  @Test
  void goldenFormat1() {
    String csat = resource("format1/csat.json");
    Csat expected = Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 1, 1, 1, 3, 4);
    assertEquals(expected, read(csat, Csat.class));
    assertEquals(70.0, read(csat, Csat.class).score());
    assertSameJson(csat, write(expected));

    String ces = resource("format1/ces.json");
    Ces expectedCes = Ces.ofHistogram(CsatScale.CES_ONE_TO_SEVEN, 0, 1, 1, 2, 3, 2, 1);
    assertEquals(expectedCes, read(ces, Ces.class));
    assertSameJson(ces, write(expectedCes));

    String bySegment = resource("format1/csat-by-segment.json");
    Map<Segment, Csat> expectedMap = new LinkedHashMap<>();
    expectedMap.put(Segment.of("channel", "chat"), Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 4));
    expectedMap.put(Segment.of("channel", "email"), Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 2));
    assertEquals(List.copyOf(expectedMap.entrySet()),
        List.copyOf(read(bySegment, NpsModule.CSAT_BY_SEGMENT).entrySet()));
    assertSameJson(bySegment,
        MAPPER.writerFor(NpsModule.CSAT_BY_SEGMENT).writeValueAsString(expectedMap));
    SegmentedCsatAccumulator accumulator = read(bySegment, SegmentedCsatAccumulator.class);
    assertSameJson(bySegment, write(accumulator));

    String csatDifference = resource("format1/csat-difference.json");
    CsatDifference expectedDifference = CsatDifference.of(expected,
        Csat.ofHistogram(CsatScale.ONE_TO_FIVE, 2, 2, 3, 2, 1));
    assertEquals(expectedDifference.b(), read(csatDifference, CsatDifference.class).b());
    assertSameJson(csatDifference, write(expectedDifference), TEST_STATISTICS);

    String rate = resource("format1/rate.json");
    assertEquals(Rate.of(12, 80), read(rate, Rate.class));
    assertSameJson(rate, write(Rate.of(12, 80)));

    String difference = resource("format1/rate-difference.json");
    RateDifference readDifference = read(difference, RateDifference.class);
    assertEquals(List.of(Rate.of(12, 80), Rate.of(20, 90)),
        List.of(readDifference.a(), readDifference.b()));
    assertSameJson(difference, write(RateDifference.of(Rate.of(12, 80), Rate.of(20, 90))),
        TEST_STATISTICS);
  }

  @Test
  void mapsOfResultsOnDifferentScalesAreNotWritten() {
    Map<Segment, Csat> mixed = new LinkedHashMap<>();
    mixed.put(Segment.of("a", "1"), Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5));
    mixed.put(Segment.of("a", "2"), Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7));
    assertFailure(DatabindException.class,
        () -> MAPPER.writerFor(NpsModule.CSAT_BY_SEGMENT).writeValueAsString(mixed));
    assertEquals(Map.of(), read(json("{'format':1,'segments':[]}"), NpsModule.CSAT_BY_SEGMENT));
  }

  private static final String SCALE = "{'min':1,'max':5,'satisfiedFrom':4}";
  private static final String COUNTS = "[0,1,1,1,3,4,0,0,0,0,0]";
  private static final String CSAT = "{'format':1,'scale':" + SCALE + ",'counts':" + COUNTS + "}";
  private static final String CSAT_SEVEN = "{'format':1,'scale':{'min':1,'max':7,"
      + "'satisfiedFrom':6},'counts':" + COUNTS + "}";

  private static Arguments reject(Object type, String json, String path, String fragment) {
    return Arguments.of(type, json(json), path, fragment);
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        reject(CsatScale.class, "{'min':5,'max':1,'satisfiedFrom':4}", "$.max",
            "greater than min 5, was 1"),
        reject(CsatScale.class, "{'min':1,'max':5,'satisfiedFrom':1}", "$.satisfiedFrom",
            "must be in [2, 5], was 1"),
        reject(CsatScale.class, "{'min':1,'max':11,'satisfiedFrom':4}", "$.max",
            "must be in [0, 10], was 11"),
        reject(CsatScale.class, "{'min':1,'max':5}", "$", "needs \"min\", \"max\""),
        reject(Csat.class, "{'format':1,'counts':" + COUNTS + "}", "$", "missing \"scale\""),
        reject(Csat.class, "{'scale':" + SCALE + ",'counts':" + COUNTS + "}", "$",
            "missing \"format\""),
        reject(Csat.class, "{'format':1,'scale':" + SCALE + ",'counts':[2,1,1,1,3,4,0,0,0,0,0]}",
            "$.counts[0]", "answer 0 is not on scale"),
        reject(Csat.class, "{'format':1,'scale':" + SCALE + ",'counts':[0,1,1,1,3,4,0,0,0,0]}",
            "$.counts", "found 10"),
        reject(Csat.class, "{'format':1,'scale':" + SCALE + ",'counts':" + COUNTS
            + ",'score':80}", "$.score", "score is 80.0 but the counts give 70.0"),
        reject(Csat.class, "{'format':1,'scale':" + SCALE + ",'counts':" + COUNTS
            + ",'satisfied':8}", "$.satisfied", "satisfied is 8 but the counts give 7"),
        reject(Csat.class, "{'format':1,'scale':" + SCALE + ",'counts':" + COUNTS
            + ",'mean':4}", "$.mean", "mean is 4.0 but the counts give 3.8"),
        reject(Ces.class, "{'format':1,'scale':" + SCALE + ",'counts':" + COUNTS
            + ",'satisfied':7}", "$.satisfied", "unknown property 'satisfied'"),
        reject(CsatAccumulator.class, "{'format':1,'scale':" + SCALE
            + ",'counts':[0,1,1,-1,3,4,0,0,0,0,0]}", "$.counts[3]", "must not be negative"),
        reject(SegmentedCsatAccumulator.class, "{'format':1,'segments':[]}", "$",
            "missing \"scale\""),
        reject(SegmentedCsatAccumulator.class, "{'format':1,'scale':" + SCALE + ",'segments':"
            + "[{'segment':{'a':'1'},'counts':" + COUNTS + "},{'segment':{'a':'1'},'counts':"
            + COUNTS + "}]}", "$.segments[1].segment", "appears twice"),
        reject("by segment", "{'format':1,'scale':" + SCALE + ",'segments':"
            + "[{'segment':{'a':'1'},'counts':[0,0,0,0,0,0,0,0,0,0,1]}]}",
            "$.segments[0].counts[10]", "answer 10 is not on scale"),
        reject(Rate.class, "{'format':1,'successes':5,'total':4}", "$.successes",
            "must be in [0, 4], was 5"),
        reject(Rate.class, "{'format':1,'successes':1,'total':4,'percent':20}", "$.percent",
            "percent is 20.0 but the counts give 25.0"),
        reject(Rate.class, "{'format':1,'successes':0,'total':0,'percent':0}", "$.percent",
            "undefined"),
        reject(Rate.class, "{'successes':1,'total':4}", "$", "missing \"format\""),
        reject(RateDifference.class, "{'a':{'format':1,'successes':1,'total':4},"
            + "'b':{'format':1,'successes':0,'total':0}}", "$.b", "must have trials"),
        reject(RateDifference.class, "{'a':{'format':1,'successes':1,'total':4},"
            + "'b':{'format':1,'successes':1,'total':4},'estimate':0.5}", "$.estimate",
            "estimate is 0.5 but a and b give 0.0"),
        reject(RateDifference.class, "{'a':{'format':1,'successes':1,'total':4},"
            + "'b':{'format':1,'successes':1,'total':4},'pValue':true}", "$.pValue",
            "expected a number"),
        reject(ProportionInterval.class, "'WILSON'", "$", "\"wilson\", \"wald\""),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':" + CSAT_SEVEN + "}", "$.b.scale",
            "must share a scale"),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':{'format':1,'scale':" + SCALE
            + ",'counts':[0,0,0,0,0,0,0,0,0,0,0]}}", "$.b", "must have answers"),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':" + CSAT
            + ",'share':{'estimate':1}}", "$.share.estimate",
            "estimate is 1.0 but a and b give 0.0"),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':" + CSAT + ",'mean':{'estimate':1}}",
            "$.mean.estimate", "estimate is 1.0 but a and b give 0.0"),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':" + CSAT + ",'mean':{'t':'x'}}",
            "$.mean.t", "was 'x'"),
        reject(CsatDifference.class, "{'a':" + CSAT + ",'b':{'format':1,'scale':" + SCALE
            + ",'counts':[0,1,0,0,0,0,0,0,0,0,0]},'mean':{}}", "$.mean", "must be left out"),
        reject(CsatDifference.class, "{'a':" + CSAT + "}", "$", "needs \"a\" and \"b\""));
  }

  private static JavaType type(Object type) {
    return type instanceof Class
        ? MAPPER.constructType((Class<?>) type)
        : MAPPER.getTypeFactory().constructType(NpsModule.CSAT_BY_SEGMENT);
  }

  @ParameterizedTest(name = "[{index}] {2}: {3}")
  @MethodSource("corpus")
  void rejectedWithPathAndValue(Object type, String json, String path, String fragment) {
    assertInvalid(() -> read(json, type(type)), path, fragment);
  }

  static List<Arguments> fuzzDocuments() {
    List<Arguments> documents = new ArrayList<>();
    documents.add(Arguments.of("csat.json", type(Csat.class)));
    documents.add(Arguments.of("ces.json", type(Ces.class)));
    documents.add(Arguments.of("csat-by-segment.json", type(SegmentedCsatAccumulator.class)));
    documents.add(Arguments.of("csat-by-segment.json", type("by segment")));
    documents.add(Arguments.of("rate.json", type(Rate.class)));
    documents.add(Arguments.of("rate-difference.json", type(RateDifference.class)));
    documents.add(Arguments.of("csat-difference.json", type(CsatDifference.class)));
    documents.add(Arguments.of("csat-segment-comparison.json", type(SegmentComparison.class)));
    return documents;
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("fuzzDocuments")
  void mutantsAreReadOrRejectedWithAJacksonException(String fixture, JavaType type) {
    MutationFuzzTest.fuzz(fixture, type, (value, mutant) -> {
      String json = MAPPER.writerFor(type).writeValueAsString(value);
      assertEquals(json, MAPPER.writerFor(type).writeValueAsString(read(json, type)), mutant);
    });
  }
}

package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.csat.CsatScale;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.csat.drivers.DriverMoments;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JavaType;

/**
 * The key-driver partial aggregate: golden document, round trips, merging after transport, bad
 * input.
 */
class DriverJsonTest extends NpsJsonTestBase {
  private static final int EXAMPLES = 200;
  private static final int MISSING = DriverAccumulator.MISSING;

  /**
   * The golden document's responses: outcome, business, human.
   *
   * <pre>
   *   9  5  4      outcome counts: 3, 7, 9 and 10 once; 2 of 4 in 9-10 (50%), mean 29/4
   *   3  2  -      business 5, 2, 4: 2 of 3 in 4-5, mean 11/3; human 4, 3, 5: mean 4
   *   7  -  3      complete (rows 1 and 4): sums 19, 9, 9; products 81+100, 45+40, 36+50,
   *  10  4  5        25+16, 20+20, 16+25
   * </pre>
   *
   * <p>Pairs: (outcome, business) over rows 1, 2, 4: sums 22, 11, products 190, 91, 45;
   * (outcome, human) over rows 1, 3, 4: 26, 12, 230, 107, 50; (business, human) over rows 1, 4.
   */
  private static DriverMoments golden() {
    DriverAccumulator accumulator = new DriverAccumulator(CsatScale.ZERO_TO_TEN,
        CsatScale.ONE_TO_FIVE, "business", "human");
    accumulator.add(9, 5, 4);
    accumulator.add(3, 2, MISSING);
    accumulator.add(7, MISSING, 3);
    accumulator.add(10, 4, 5);
    return accumulator.snapshot();
  }

  @Test
  void goldenFormat1() {
    String json = resource("format1/driver-moments.json");
    DriverMoments expected = golden();
    assertEquals(expected, read(json, DriverMoments.class));
    assertSameJson(json, write(expected));
    DriverAccumulator accumulator = read(json, DriverAccumulator.class);
    assertEquals(expected, accumulator.snapshot());
    assertSameJson(json, write(accumulator));
  }

  private static Gen<List<int[]>> responses() {
    Gen<Integer> five = integers().between(0, 5).map(r -> r == 0 ? MISSING : r);
    Gen<Integer> seven = integers().between(0, 7).map(r -> r == 0 ? MISSING : r);
    return lists().of(integers().between(1, 5).zip(five, seven,
        (y, a, b) -> new int[] {y, a, b})).ofSizeBetween(0, 150);
  }

  /** Outcome on 1-5, dimensions on 1-5 and 1-7: scales of their own. */
  private static DriverAccumulator accumulate(List<int[]> responses) {
    DriverAccumulator accumulator = new DriverAccumulator(CsatScale.ONE_TO_FIVE,
        List.of("a", "b"), List.of(CsatScale.ONE_TO_FIVE, CsatScale.ONE_TO_SEVEN));
    for (int[] response : responses) {
      accumulator.add(response[0], response[1], response[2]);
    }
    return accumulator;
  }

  @Test
  void roundTrips() {
    qt().withExamples(EXAMPLES).forAll(responses()).checkAssert(responses -> {
      DriverAccumulator accumulator = accumulate(responses);
      DriverMoments moments = accumulator.snapshot();
      assertRoundTrip(moments, DriverMoments.class);
      assertEquals(write(moments), write(accumulator));
      assertEquals(moments, read(write(accumulator), DriverAccumulator.class).snapshot());
    });
  }

  @Test
  void mergingTransportedPartsEqualsAggregatingDirectly() {
    qt().withExamples(EXAMPLES).forAll(responses(), integers().between(1, 5))
        .checkAssert((responses, parts) -> {
          DriverAccumulator merged = accumulate(List.of());
          int size = Math.max(1, (responses.size() + parts - 1) / parts);
          for (int from = 0; from < responses.size(); from += size) {
            List<int[]> part = responses.subList(from, Math.min(responses.size(), from + size));
            merged.addAll(read(write(accumulate(part)), DriverAccumulator.class));
          }
          assertEquals(accumulate(responses).snapshot(), merged.snapshot());
        });
  }

  private static final String OUTCOME = "{'scale':{'min':0,'max':10,'satisfiedFrom':9},"
      + "'counts':[0,0,0,1,0,0,0,1,0,1,1]}";
  private static final String FIVE = "{'min':1,'max':5,'satisfiedFrom':4}";
  private static final String A = "{'name':'a','scale':" + FIVE
      + ",'counts':[0,0,1,0,1,1,0,0,0,0,0]}";
  private static final String B = "{'name':'b','scale':" + FIVE
      + ",'counts':[0,0,0,1,1,1,0,0,0,0,0]}";
  private static final String COMPLETE =
      "{'count':2,'sums':[19,9,9],'products':[[181,85,86],[41,40],[41]]}";
  private static final String P01 =
      "{'of':[0,1],'count':3,'sums':[22,11],'products':[[190,91],[45]]}";
  private static final String P02 =
      "{'of':[0,2],'count':3,'sums':[26,12],'products':[[230,107],[50]]}";
  private static final String P12 =
      "{'of':[1,2],'count':2,'sums':[9,9],'products':[[41,40],[41]]}";

  private static String document(String outcome, String dimensions, String complete,
      String pairs) {
    return "{'format':1,'outcome':" + outcome + ",'dimensions':[" + dimensions + "],'complete':"
        + complete + ",'pairs':[" + pairs + "]}";
  }

  private static String valid() {
    return document(OUTCOME, A + "," + B, COMPLETE, P01 + "," + P02 + "," + P12);
  }

  private static Arguments reject(String json, String path, String fragment) {
    return Arguments.of(json(json), path, fragment);
  }

  private static String manyDimensions(int count) {
    List<String> entries = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      entries.add(A.replace("'a'", "'d" + j + "'"));
    }
    return String.join(",", entries);
  }

  static Stream<Arguments> corpus() {
    String pairs = P01 + "," + P02 + "," + P12;
    return Stream.of(
        reject(valid().replace("'format':1,", ""), "$", "missing \"format\""),
        reject(valid().replace("'format':1", "'format':2"), "$.format", "unsupported format 2"),
        reject(valid().replace("'format':1", "'format':1,'@class':'x'"), "$['@class']",
            "unknown property '@class'"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, pairs).replace(",'complete':"
            + COMPLETE, ""), "$", "missing \"complete\""),
        reject(document(OUTCOME, "", COMPLETE, pairs), "$.dimensions",
            "at least one dimension"),
        reject(document(OUTCOME, manyDimensions(31), COMPLETE, pairs), "$.dimensions[30]",
            "too many dimensions: at most 30"),
        reject(document(OUTCOME, A + "," + A, COMPLETE, pairs), "$.dimensions[1].name",
            "dimension 'a' appears twice, first at $.dimensions[0].name"),
        reject(document(OUTCOME, A.replace("'a'", "' '") + "," + B, COMPLETE, pairs),
            "$.dimensions[0].name", "must not be blank"),
        reject(document(OUTCOME, A.replace("'name':'a',", "") + "," + B, COMPLETE, pairs),
            "$.dimensions[0]", "missing \"name\""),
        reject(document(OUTCOME, A.replace("[0,0,1,0,", "[1,0,1,0,") + "," + B, COMPLETE,
            pairs), "$.dimensions[0].counts[0]", "answer 0 is not on scale"),
        reject(document(OUTCOME, A.replace("]}", "],'score':50}") + "," + B, COMPLETE, pairs),
            "$.dimensions[0].score", "score is 50.0 but the counts give 66.6"),
        reject(document(OUTCOME.replace("[0,0,0,1,", "[0,0,0,-1,"), A + "," + B, COMPLETE,
            pairs), "$.outcome.counts[3]", "must not be negative, was -1"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("[19,", "[-19,"), pairs),
            "$.complete.sums[0]", "a sum of answers must not be negative, was -19"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("[19,9,9]", "[19,9]"), pairs),
            "$.complete.sums", "expected 3 sums (the outcome and 2 dimensions), found 2"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("[41,40]", "[41]"), pairs),
            "$.complete.products[1]", "row 1 of products must have 2 sums, found 1"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("[19,9,9]",
            "[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]"), pairs),
            "$.complete.sums[31]", "sums may have at most 31 elements"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("'count':2",
            "'count':18446744073709551617"), pairs), "$.complete.count",
            "does not fit in 64 bits"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01 + "," + P02), "$.pairs",
            "expected 3 pairs of the outcome and 2 dimensions, found 2"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P02 + "," + P01 + "," + P12),
            "$.pairs[0].of", "pair 0 must be of [0, 1], was [0, 2]"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01.replace("'of':[0,1],", "") + ","
            + P02 + "," + P12), "$.pairs[0]", "missing \"of\""),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01.replace("[0,1]", "[0,1,2]") + ","
            + P02 + "," + P12), "$.pairs[0].of[2]", "of may have at most 2 elements"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01.replace("[0,1]", "[0,-1]") + ","
            + P02 + "," + P12), "$.pairs[0].of[1]", "a variable's index must not be negative"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01.replace("'count':3", "'count':4")
            + "," + P02 + "," + P12), "$", "the parts do not fit together: pair 0 (the"
            + " outcome, dimension 'a') counts 4 responses, more than the 3"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01 + "," + P02 + ","
            + P12.replace("[41,40]", "[41,45]")), "$", "correlation beyond -1 or 1"),
        reject(document(OUTCOME, A + "," + B, COMPLETE.replace("[181,", "[1181,"), pairs),
            "$", "the complete block: sum of the outcome times the outcome over 2 responses"
            + " must be in [0, 200], was 1181"),
        reject(valid().replace("'format':1", "'format':1,'respondents':5"), "$.respondents",
            "respondents is 5 but the outcome's counts give 4"),
        reject(document(OUTCOME, A + "," + B, "[]", pairs), "$.complete",
            "must be a JSON object, was an array"),
        reject(document(OUTCOME, A + "," + B, COMPLETE, P01.replace("'count':3,",
            "'count':3,'extra':[[[[1]]]],") + "," + P02 + "," + P12), "$.pairs[0].extra",
            "unknown property 'extra'"));
  }

  @ParameterizedTest(name = "[{index}] {1}: {2}")
  @MethodSource("corpus")
  void rejectedWithPathAndValue(String json, String path, String fragment) {
    assertInvalid(() -> read(json, DriverMoments.class), path, fragment);
    assertInvalid(() -> read(json, DriverAccumulator.class), path, fragment);
  }

  @Test
  void theCorpusStartsFromAValidDocument() {
    assertEquals(golden().dimensions().size(), read(json(valid()), DriverMoments.class)
        .dimensions().size());
  }

  @ParameterizedTest(name = "as {0}")
  @MethodSource("types")
  void mutantsAreReadOrRejectedWithAJacksonException(JavaType type) {
    MutationFuzzTest.fuzz("driver-moments.json", type, (value, mutant) -> {
      String json = MAPPER.writerFor(type).writeValueAsString(value);
      assertEquals(json, MAPPER.writerFor(type).writeValueAsString(read(json, type)), mutant);
    });
  }

  static Stream<JavaType> types() {
    return Stream.of(MAPPER.constructType(DriverMoments.class),
        MAPPER.constructType(DriverAccumulator.class));
  }
}

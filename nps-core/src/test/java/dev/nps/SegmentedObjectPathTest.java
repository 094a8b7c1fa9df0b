package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentedNpsAccumulator#addAll(Iterable)}, which counts a collection into the table first
 * and sets the segment totals afterwards, against adding the same responses one at a time.
 */
class SegmentedObjectPathTest {

  private static List<Response> responses(long seed, int count, int segmentCount) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Equal but distinct segment instances, so lookups cannot rely on identity alone.
      Segment segment = Segment.of("region", "r" + random.nextInt(segmentCount))
          .and("plan", "p" + random.nextInt(3));
      responses.add(Response.of(random.nextInt(11), segment));
    }
    return responses;
  }

  @Test
  void addingAListEqualsAddingOneByOne() {
    qt().forAll(longs().all(), integers().between(0, 3_000), integers().between(1, 200),
            integers().between(0, 100))
        .checkAssert((seed, count, segmentCount, alreadySeen) -> {
          List<Response> responses = responses(seed, count, segmentCount);
          SegmentedNpsAccumulator bulk = new SegmentedNpsAccumulator();
          SegmentedNpsAccumulator single = new SegmentedNpsAccumulator();
          // Some answers first, so that the list meets existing rows as well as new ones.
          for (Response response : responses(~seed, alreadySeen, segmentCount)) {
            bulk.add(response);
            single.add(response);
          }
          bulk.addAll(responses);
          for (Response response : responses) {
            single.add(response);
          }
          Map<Segment, Nps> expected = single.snapshot();
          assertEquals(expected, bulk.snapshot());
          for (Map.Entry<Segment, Nps> entry : expected.entrySet()) {
            assertEquals(entry.getValue().total(), bulk.get(entry.getKey()).total());
          }
        });
  }

  @Test
  void aNullResponseIsNamedAndTheResponsesBeforeItAreCounted() {
    Segment eu = Segment.of("region", "EU");
    List<Response> responses =
        new ArrayList<>(Arrays.asList(Response.of(9, eu), Response.of(3, eu), null,
            Response.of(10, eu)));
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> accumulator.addAll(responses));
    assertEquals("response at position 2 is null", e.getMessage());
    assertEquals(Nps.ofAnswers(9, 3), accumulator.get(eu));
    // The totals were brought up to date: merging again checks and sums them.
    accumulator.add(eu, 7);
    assertEquals(3, accumulator.get(eu).total());
  }

  @Test
  void aTotalThatWouldOverflowThrowsAfterTheResponsesThatFit() {
    Segment eu = Segment.of("region", "EU");
    long[] nearlyFull = new long[11];
    nearlyFull[10] = Long.MAX_VALUE - 2;
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.addAll(eu, Nps.ofHistogram(nearlyFull));
    List<Response> responses = List.of(
        Response.of(0, eu), Response.of(1, eu), Response.of(2, eu), Response.of(3, eu));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(responses));
    Nps nps = accumulator.get(eu);
    assertEquals(Long.MAX_VALUE, nps.total());
    assertEquals(1, nps.count(0));
    assertEquals(1, nps.count(1));
    assertEquals(0, nps.count(2));
  }
}

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentedNpsAccumulator#addAll(Iterable)}, which counts into a batch and merges it at the
 * end, against adding the same responses one at a time. What a failing call leaves behind is
 * stated for both segmented accumulators in nps-csat's {@code SegmentedAccumulatorContractTest}.
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
}

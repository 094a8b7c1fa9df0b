package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Partial aggregates written on one machine and merged on another give exactly the result of
 * aggregating everything in one place.
 */
class MergeAfterTransportTest extends NpsJsonTestBase {
  private static final int EXAMPLES = 200;

  private static Gen<List<Response>> responses() {
    return lists().of(integers().between(0, 10).zip(integers().between(0, 7), (score, id) ->
        Response.of(score, Segment.of("region", "r" + id % 3).and("plan", "p" + id / 3))))
        .ofSizeBetween(0, 300);
  }

  private static Gen<List<Integer>> cuts() {
    return lists().of(integers().between(0, 300)).ofSizeBetween(0, 5);
  }

  /** Splits a list at the given positions (clipped and sorted), giving cuts + 1 parts. */
  private static List<List<Response>> split(List<Response> all, List<Integer> cuts) {
    List<Integer> positions = new ArrayList<>();
    cuts.forEach(cut -> positions.add(Math.min(cut, all.size())));
    positions.sort(null);
    List<List<Response>> parts = new ArrayList<>();
    int from = 0;
    for (int to : positions) {
      parts.add(all.subList(from, to));
      from = to;
    }
    parts.add(all.subList(from, all.size()));
    return parts;
  }

  @Test
  void mergingTransportedAccumulatorsEqualsAggregatingDirectly() {
    qt().withExamples(EXAMPLES).forAll(responses(), cuts()).checkAssert((all, cuts) -> {
      List<String> wire = new ArrayList<>();
      for (List<Response> part : split(all, cuts)) {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.addAll(part);
        wire.add(write(accumulator));
      }
      NpsAccumulator merged = new NpsAccumulator();
      Nps summed = Nps.empty();
      for (String json : wire) {
        merged.addAll(read(json, NpsAccumulator.class));
        summed = summed.plus(read(json, Nps.class));
      }
      assertEquals(Nps.of(all), merged.snapshot());
      assertEquals(Nps.of(all), summed);
    });
  }

  @Test
  void mergingTransportedSegmentedAccumulatorsEqualsAggregatingDirectly() {
    qt().withExamples(EXAMPLES).forAll(responses(), cuts()).checkAssert((all, cuts) -> {
      List<String> wire = new ArrayList<>();
      for (List<Response> part : split(all, cuts)) {
        SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
        accumulator.addAll(part);
        wire.add(write(accumulator));
      }
      SegmentedNpsAccumulator merged = new SegmentedNpsAccumulator();
      SegmentedNpsAccumulator fromMaps = new SegmentedNpsAccumulator();
      for (String json : wire) {
        merged.addAll(read(json, SegmentedNpsAccumulator.class));
        read(json, NpsModule.NPS_BY_SEGMENT).forEach(fromMaps::addAll);
      }
      Map<Segment, Nps> direct = Nps.bySegment(all);
      assertEquals(List.copyOf(direct.entrySet()), List.copyOf(merged.snapshot().entrySet()));
      assertEquals(List.copyOf(direct.entrySet()), List.copyOf(fromMaps.snapshot().entrySet()));
      assertEquals(Nps.of(all), merged.overall());
    });
  }

  @Test
  void categoryCountsMergeAfterTransportToo() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(Generators.smallCategoryOnly()).ofSizeBetween(0, 6))
        .checkAssert(parts -> {
          Nps direct = Nps.empty();
          NpsAccumulator merged = new NpsAccumulator();
          for (Nps part : parts) {
            direct = direct.plus(part);
            merged.addAll(read(write(part), NpsAccumulator.class));
          }
          assertEquals(direct, merged.snapshot());
        });
  }
}

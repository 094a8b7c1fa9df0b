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
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
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
  void mergingTransportedWeightedAccumulatorsEqualsAggregatingDirectly() {
    Gen<List<Response>> weighted = lists().of(integers().between(0, 10)
        .zip(Generators.weights().toOptionals(20), (score, weight) -> {
          Response.Builder builder = Response.builder().score(score);
          weight.filter(w -> w < 1e6 && w > 1e-6).ifPresent(builder::weight);
          return builder.build();
        })).ofSizeBetween(0, 300);
    qt().withExamples(EXAMPLES).forAll(weighted, cuts()).checkAssert((all, cuts) -> {
      List<List<Response>> parts = split(all, cuts);
      WeightedNpsAccumulator merged = new WeightedNpsAccumulator();
      WeightedNpsAccumulator sameOrder = new WeightedNpsAccumulator();
      for (List<Response> part : parts) {
        WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
        accumulator.addAll(part);
        String json = write(accumulator);
        merged.addAll(read(json, WeightedNpsAccumulator.class));
        sameOrder.addAll(accumulator);
      }
      // Transport is exact: the merged state is bit for bit what merging in memory gives.
      assertEquals(sameOrder.snapshot(), merged.snapshot());
      // Against one pass over all answers, counts are exact and sums agree up to rounding.
      WeightedNps direct = WeightedNps.of(all);
      WeightedNps result = merged.snapshot();
      for (int score = 0; score <= 10; score++) {
        assertEquals(direct.count(score), result.count(score));
        assertEquals(direct.weightSum(score), result.weightSum(score),
            1e-12 * direct.weightSum(score));
        assertEquals(direct.squaredWeightSum(score), result.squaredWeightSum(score),
            1e-12 * direct.squaredWeightSum(score));
      }
      assertEquals(direct.unweighted(), result.unweighted());
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

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The algebra of merging and the agreement of every construction path, on random inputs. */
class NpsPropertiesTest {
  private static final int EXAMPLES = 300;

  private static Gen<List<Integer>> scoreLists() {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, 200);
  }

  private static NpsAccumulator accumulate(List<Integer> scores) {
    NpsAccumulator accumulator = new NpsAccumulator();
    scores.forEach(accumulator::add);
    return accumulator;
  }

  private static Nps naive(List<Integer> scores) {
    long[] histogram = new long[11];
    for (int score : scores) {
      histogram[score]++;
    }
    return Nps.ofHistogram(histogram);
  }

  private static List<Response> responses(List<Integer> scores, List<Integer> segmentIds) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      int segment = segmentIds.isEmpty() ? 0 : segmentIds.get(i % segmentIds.size());
      responses.add(Response.of(scores.get(i),
          Segment.of("region", "r" + (segment % 4)).and("plan", "p" + (segment / 4))));
    }
    return responses;
  }

  @Test
  void mergingTwoHalvesEqualsAccumulatingTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(scoreLists(), integers().between(0, 200))
        .checkAssert((scores, cut) -> {
          int split = Math.min(cut, scores.size());
          NpsAccumulator left = accumulate(scores.subList(0, split));
          left.addAll(accumulate(scores.subList(split, scores.size())));
          assertEquals(accumulate(scores).snapshot(), left.snapshot());
          assertEquals(naive(scores), left.snapshot());
        });
  }

  @Test
  void mergeIsCommutativeAndAssociativeWithEmptyAsIdentity() {
    qt().withExamples(EXAMPLES)
        .forAll(scoreLists(), scoreLists(), scoreLists())
        .checkAssert((a, b, c) -> {
          Nps x = naive(a);
          Nps y = naive(b);
          Nps z = naive(c);
          assertEquals(x.plus(y), y.plus(x));
          assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
          assertEquals(x, x.plus(Nps.empty()));
          assertEquals(x, Nps.empty().plus(x));

          NpsAccumulator viaAccumulators = new NpsAccumulator();
          viaAccumulators.addAll(accumulate(c));
          viaAccumulators.addAll(new NpsAccumulator());
          viaAccumulators.addAll(y);
          viaAccumulators.addAll(accumulate(a));
          assertEquals(x.plus(y).plus(z), viaAccumulators.snapshot());
        });
  }

  @Test
  void everyConstructionPathAgrees() {
    qt().withExamples(EXAMPLES)
        .forAll(scoreLists(), lists().of(integers().between(0, 11)).ofSizeBetween(0, 20))
        .checkAssert((scores, segmentIds) -> {
          Nps expected = naive(scores);
          List<Response> responses = responses(scores, segmentIds);

          assertEquals(expected, accumulate(scores).snapshot());
          assertEquals(expected, Nps.of(responses));
          assertEquals(expected, Nps.ofAnswers(scores.stream().mapToInt(i -> i).toArray()));

          byte[] bytes = new byte[scores.size() + 2];
          for (int i = 0; i < scores.size(); i++) {
            bytes[i + 1] = scores.get(i).byteValue();
          }
          bytes[0] = 99;
          bytes[bytes.length - 1] = -1;
          NpsAccumulator bulk = new NpsAccumulator();
          bulk.addAll(bytes, 1, bytes.length - 1);
          assertEquals(expected, bulk.snapshot());

          assertEquals(expected, responses.parallelStream().collect(Nps.collector()));
          assertEquals(expected, responses.stream().collect(Nps.collector()));

          Map<Segment, Nps> bySegment = Nps.bySegment(responses);
          assertEquals(expected,
              bySegment.values().stream().reduce(Nps.empty(), Nps::plus));
          SegmentedNpsAccumulator segmented = new SegmentedNpsAccumulator();
          segmented.addAll(responses);
          assertEquals(expected, segmented.overall());
          assertEquals(expected, segmented.rollUp().get(Segment.ALL));

          // Rolling region x plan up to region equals grouping by region directly.
          Map<Segment, Nps> byRegion = segmented.rollUp("region").snapshot();
          List<Response> regionOnly = new ArrayList<>();
          for (Response response : responses) {
            regionOnly.add(Response.of(response.score(), response.segment().keep("region")));
          }
          assertEquals(Nps.bySegment(regionOnly), byRegion);
        });
  }

  @Test
  void scoreLiesInRangeAndEqualsPromoterMinusDetractorPercent() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 200))
        .checkAssert(scores -> {
          Nps nps = naive(scores);
          double score = nps.score();
          assertTrue(score >= -100 && score <= 100, "score " + score);
          assertEquals(nps.promoterPercent() - nps.detractorPercent(), score, 1e-9);
          assertEquals(100,
              nps.detractorPercent() + nps.passivePercent() + nps.promoterPercent(), 1e-9);
          assertEquals(nps.total(), nps.detractors() + nps.passives() + nps.promoters());
        });
  }
}

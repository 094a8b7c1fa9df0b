package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Interval;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The algebra of merging and the agreement of every construction path, on random inputs. */
class CsatPropertiesTest {
  private static final int EXAMPLES = 300;
  private static final CsatScale SCALE = CsatScale.ONE_TO_SEVEN;

  private static Gen<List<Integer>> answerLists() {
    return answerLists(0);
  }

  private static Gen<List<Integer>> answerLists(int minimumSize) {
    return lists().of(integers().between(SCALE.min(), SCALE.max()))
        .ofSizeBetween(minimumSize, 200);
  }

  private static CsatAccumulator accumulate(List<Integer> answers) {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    answers.forEach(accumulator::add);
    return accumulator;
  }

  /** The histogram counted directly, independently of the accumulators. */
  private static Csat naive(List<Integer> answers) {
    long[] counts = new long[SCALE.size()];
    for (int answer : answers) {
      counts[answer - SCALE.min()]++;
    }
    return Csat.ofHistogram(SCALE, counts);
  }

  private static List<Response> responses(List<Integer> answers, List<Integer> segmentIds) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      int segment = segmentIds.isEmpty() ? 0 : segmentIds.get(i % segmentIds.size());
      responses.add(Response.of(answers.get(i),
          Segment.of("complexity", segment % 2 == 0 ? "simple" : "complex")
              .and("band", "b" + (segment / 2))));
    }
    return responses;
  }

  @Test
  void mergingTwoPartsEqualsAccumulatingTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(), integers().between(0, 200))
        .checkAssert((answers, cut) -> {
          int split = Math.min(cut, answers.size());
          CsatAccumulator left = accumulate(answers.subList(0, split));
          left.addAll(accumulate(answers.subList(split, answers.size())));
          assertEquals(accumulate(answers).snapshot(), left.snapshot());
          assertEquals(naive(answers), left.snapshot());
        });
  }

  @Test
  void mergeIsCommutativeAndAssociativeWithEmptyAsIdentity() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(), answerLists(), answerLists())
        .checkAssert((a, b, c) -> {
          Csat x = naive(a);
          Csat y = naive(b);
          Csat z = naive(c);
          assertEquals(x.plus(y), y.plus(x));
          assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
          assertEquals(x, x.plus(Csat.empty(SCALE)));
          assertEquals(x, Csat.empty(SCALE).plus(x));

          CsatAccumulator viaAccumulators = new CsatAccumulator(SCALE);
          viaAccumulators.addAll(accumulate(c));
          viaAccumulators.addAll(new CsatAccumulator(SCALE));
          viaAccumulators.addAll(y);
          viaAccumulators.addAll(accumulate(a));
          assertEquals(x.plus(y).plus(z), viaAccumulators.snapshot());

          Rate rates = x.satisfiedRate().plus(y.satisfiedRate());
          assertEquals(x.plus(y).satisfiedRate(), rates);
          assertEquals(rates, y.satisfiedRate().plus(x.satisfiedRate()));
        });
  }

  @Test
  void everyConstructionPathAgrees() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(), lists().of(integers().between(0, 7)).ofSizeBetween(0, 12))
        .checkAssert((answers, segmentIds) -> {
          Csat expected = naive(answers);
          List<Response> responses = responses(answers, segmentIds);
          int[] array = answers.stream().mapToInt(i -> i).toArray();

          assertEquals(expected, accumulate(answers).snapshot());
          assertEquals(expected, Csat.of(SCALE, responses));
          assertEquals(expected, Csat.ofAnswers(SCALE, array));

          // The columnar path reads only [from, to): the bytes around it are off the scale.
          byte[] bytes = new byte[answers.size() + 2];
          for (int i = 0; i < answers.size(); i++) {
            bytes[i + 1] = answers.get(i).byteValue();
          }
          bytes[0] = 99;
          bytes[bytes.length - 1] = 0;
          CsatAccumulator bulk = new CsatAccumulator(SCALE);
          bulk.addAll(bytes, 1, bytes.length - 1);
          assertEquals(expected, bulk.snapshot());

          assertEquals(expected, responses.parallelStream().collect(Csat.collector(SCALE)));
          assertEquals(expected, responses.stream().collect(Csat.collector(SCALE)));

          Map<Segment, Csat> bySegment = Csat.bySegment(SCALE, responses);
          assertEquals(expected,
              bySegment.values().stream().reduce(Csat.empty(SCALE), Csat::plus));
          SegmentedCsatAccumulator segmented = new SegmentedCsatAccumulator(SCALE);
          segmented.addAll(responses);
          assertEquals(expected, segmented.overall());
          assertEquals(expected, segmented.rollUp().get(Segment.ALL));

          // Rolling complexity x band up to complexity equals grouping by complexity directly.
          List<Response> complexityOnly = new ArrayList<>();
          for (Response response : responses) {
            complexityOnly.add(
                Response.of(response.score(), response.segment().keep("complexity")));
          }
          assertEquals(Csat.bySegment(SCALE, complexityOnly),
              segmented.rollUp("complexity").snapshot());

          // One dimension of a by-dimension accumulator, the other always missing.
          CsatByDimensionAccumulator byDimension =
              new CsatByDimensionAccumulator(SCALE, "business", "human");
          for (int answer : array) {
            byDimension.add(answer, CsatByDimensionAccumulator.MISSING);
          }
          assertEquals(expected, byDimension.snapshot().get("business"));
          assertEquals(answers.size(), byDimension.snapshot().missing("human"));

          assertEquals(Ces.of(expected), Ces.of(SCALE, responses));
        });
  }

  @Test
  void shareIntervalContainsTheScoreWithinZeroToHundred() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(1),
            doubles().between(0.5, 0.999))
        .checkAssert((answers, level) -> {
          Csat csat = naive(answers);
          for (ProportionInterval method : ProportionInterval.values()) {
            Interval interval = csat.confidenceInterval(level, method);
            assertTrue(interval.lower() >= 0 && interval.upper() <= 100, interval.toString());
            assertTrue(interval.contains(csat.score()), interval + " " + csat);
            Interval wider = csat.confidenceInterval(Math.min(0.9999, level + 0.0001), method);
            assertTrue(wider.lower() <= interval.lower() && interval.upper() <= wider.upper());
          }
          double score = csat.score();
          assertTrue(score >= 0 && score <= 100);
          assertEquals(100.0 * csat.satisfied() / csat.total(), score);
        });
  }

  @Test
  void meanIntervalContainsTheMeanWithinTheScale() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(2), doubles().between(0.5, 0.999))
        .checkAssert((answers, level) -> {
          Csat csat = naive(answers);
          double mean = csat.mean();
          double direct = answers.stream().mapToInt(i -> i).average().orElseThrow();
          assertEquals(direct, mean, 1e-12);
          assertTrue(mean >= SCALE.min() && mean <= SCALE.max());
          Interval interval = csat.meanConfidenceInterval(level);
          assertTrue(interval.lower() >= SCALE.min() && interval.upper() <= SCALE.max(),
              interval.toString());
          assertTrue(interval.contains(mean), interval + " " + mean);
        });
  }

  @Test
  void differenceIntervalsContainTheirEstimates() {
    qt().withExamples(EXAMPLES)
        .forAll(answerLists(2),
            answerLists(2))
        .checkAssert((a, b) -> {
          CsatDifference difference = CsatDifference.of(naive(a), naive(b));
          Interval share = difference.share().confidenceInterval(0.95);
          assertTrue(share.lower() >= -100 && share.upper() <= 100, share.toString());
          assertTrue(share.contains(difference.share().estimate()));
          double p = difference.share().pValue();
          assertTrue(p >= 0 && p <= 1);
          MeanDifference mean = difference.mean();
          assertTrue(mean.confidenceInterval(0.95).contains(mean.estimate()));
          assertTrue(mean.pValue() >= 0 && mean.pValue() <= 1);
          assertTrue(mean.degreesOfFreedom() >= Math.min(a.size(), b.size()) - 1 - 1e-9);
          assertTrue(mean.degreesOfFreedom() <= a.size() + b.size() - 2 + 1e-9);
        });
  }
}

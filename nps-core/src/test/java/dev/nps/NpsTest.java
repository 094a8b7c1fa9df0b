package dev.nps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.NpsFixtures.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NpsTest {

  /** Every way to build a result, each applied to every fixture. */
  static Stream<Arguments> constructionPaths() {
    Map<String, Function<Dataset, Nps>> paths = new java.util.LinkedHashMap<>();
    paths.put("ofScores", d -> Nps.ofAnswers(d.scores));
    paths.put("ofHistogram", d -> Nps.ofHistogram(d.histogram()));
    paths.put("of(responses)", d -> Nps.of(d.responses()));
    paths.put("add(int) one by one", d -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      for (int score : d.scores) {
        accumulator.add(score);
      }
      return accumulator.snapshot();
    });
    paths.put("add(Score) one by one", d -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      for (int score : d.scores) {
        accumulator.add(Score.of(score));
      }
      return accumulator.snapshot();
    });
    paths.put("add(Response) one by one", d -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      d.responses().forEach(accumulator::add);
      return accumulator.snapshot();
    });
    paths.put("addAll(byte[])", d -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      accumulator.addAll(d.bytes(), 0, d.scores.length);
      return accumulator.snapshot();
    });
    paths.put("merge of single answers", d -> {
      NpsAccumulator accumulator = new NpsAccumulator();
      for (int score : d.scores) {
        NpsAccumulator one = new NpsAccumulator();
        one.add(score);
        accumulator.addAll(one);
      }
      return accumulator.snapshot();
    });
    paths.put("plus of single answers", d -> {
      Nps sum = Nps.empty();
      for (int score : d.scores) {
        sum = sum.plus(Nps.ofAnswers(score));
      }
      return sum;
    });
    paths.put("collector", d -> d.responses().stream().collect(Nps.collector()));
    paths.put("collector, parallel", d -> d.responses().parallelStream().collect(Nps.collector()));
    paths.put("bySegment rolled up", d -> {
      SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
      accumulator.addAll(d.responses());
      return accumulator.rollUp().get(Segment.ALL);
    });
    paths.put("bySegment overall", d -> {
      SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
      accumulator.addAll(d.responses());
      return accumulator.overall();
    });
    List<Arguments> arguments = new ArrayList<>();
    for (Dataset dataset : NpsFixtures.all()) {
      paths.forEach((name, path) -> arguments.add(Arguments.of(dataset, name, path)));
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} via {1}")
  @MethodSource("constructionPaths")
  void everyConstructionPathGivesThePublishedValues(
      Dataset dataset, String pathName, Function<Dataset, Nps> path) {
    Nps nps = path.apply(dataset);

    assertEquals(dataset.total(), nps.total());
    assertEquals(dataset.detractors, nps.detractors());
    assertEquals(dataset.passives, nps.passives());
    assertEquals(dataset.promoters, nps.promoters());
    assertEquals(dataset.score, nps.score(), 1e-12);
    assertArrayEquals(dataset.histogram(), nps.histogram());
    assertEquals(Nps.ofAnswers(dataset.scores), nps);
  }

  @Test
  void publishedCategoryCountsGiveThePublishedScores() {
    // R package NPS tests: (detractors, passives, promoters) = (1, 2, 3) gives 33.333...
    assertEquals(33.333_333_333_333, Nps.ofCategories(1, 2, 3).score(), 1e-9);
    assertEquals(-100, Nps.ofCategories(1, 0, 0).score());
    assertEquals(0, Nps.ofCategories(0, 1, 0).score());
    assertEquals(100, Nps.ofCategories(0, 0, 1).score());
    // Delighted: 10 promoters, 5 passives, 5 detractors: (10 - 5) / 20 = 25.
    assertEquals(25, Nps.ofCategories(5, 5, 10).score(), 1e-12);
  }

  @Test
  void percentsAreSharesOfTheTotal() {
    Nps nps = Nps.ofCategories(5, 5, 10);
    assertEquals(25, nps.detractorPercent(), 1e-12);
    assertEquals(25, nps.passivePercent(), 1e-12);
    assertEquals(50, nps.promoterPercent(), 1e-12);
  }

  @Test
  void histogramKeepsAllElevenBuckets() {
    long[] histogram = {1, 0, 2, 0, 3, 0, 4, 5, 6, 7, 8};
    Nps nps = Nps.ofHistogram(histogram);
    assertArrayEquals(histogram, nps.histogram());
    assertEquals(7, nps.count(9));
    assertEquals(8, nps.count(10));
    assertEquals(15, nps.promoters());
    assertEquals(11, nps.passives());
    assertEquals(10, nps.detractors());
  }

  @Test
  void histogramIsACopyBothWays() {
    long[] histogram = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    Nps nps = Nps.ofHistogram(histogram);
    histogram[0] = 100;
    assertEquals(1, nps.count(0));
    nps.histogram()[0] = 100;
    assertEquals(1, nps.count(0));
  }

  @Test
  void emptyResultHasZeroTotalAndUndefinedScore() {
    Nps empty = Nps.empty();
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.total());
    assertEquals(empty, new NpsAccumulator().snapshot());
    assertEquals(empty, Nps.ofCategories(0, 0, 0));
    assertEquals(empty, Nps.ofAnswers());
    assertTrue(empty.hasHistogram());
    assertArrayEquals(new long[11], empty.histogram());

    IllegalStateException e = assertThrows(IllegalStateException.class, empty::score);
    assertTrue(e.getMessage().contains("NPS is undefined without responses"), e.getMessage());
    assertThrows(IllegalStateException.class, empty::detractorPercent);
    assertThrows(IllegalStateException.class, empty::passivePercent);
    assertThrows(IllegalStateException.class, empty::promoterPercent);
    assertTrue(empty.toString().contains("undefined"), empty.toString());
  }

  @Test
  void categoryCountsHaveNoHistogramAndSaySo() {
    Nps counts = Nps.ofCategories(1, 2, 3);
    assertFalse(counts.hasHistogram());
    IllegalStateException e = assertThrows(IllegalStateException.class, counts::histogram);
    assertTrue(e.getMessage().contains("per-score counts are unknown"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> counts.count(9));
    assertEquals(3, counts.count(Category.PROMOTER));
  }

  @Test
  void categoryCountsMergeWithHistograms() {
    Nps merged = Nps.ofCategories(1, 2, 3).plus(Nps.ofAnswers(0, 10));
    assertEquals(2, merged.detractors());
    assertEquals(2, merged.passives());
    assertEquals(4, merged.promoters());
    assertFalse(merged.hasHistogram());
    assertEquals(Nps.ofCategories(2, 2, 4), merged.categoriesOnly());
    // The same category counts with and without scores are different results...
    assertNotEquals(Nps.ofCategories(1, 2, 3), Nps.ofAnswers(0, 7, 7, 9, 9, 9));
    // ...that agree once the scores are dropped.
    assertEquals(Nps.ofCategories(1, 2, 3), Nps.ofAnswers(0, 7, 7, 9, 9, 9).categoriesOnly());
  }

  @Test
  void equalResultsHaveEqualHashCodes() {
    Nps a = Nps.ofAnswers(0, 9, 10);
    Nps b = Nps.ofAnswers(10, 0, 9);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Nps.ofAnswers(0, 9, 9));
    assertNotEquals(a, null);
    assertNotEquals(a, "Nps");
  }

  @Test
  void plusAddsCounts() {
    Nps sum = Nps.ofAnswers(0, 9).plus(Nps.ofAnswers(10, 7));
    assertEquals(Nps.ofAnswers(0, 7, 9, 10), sum);
    assertSame(Nps.empty(), Nps.empty());
    assertEquals(sum, sum.plus(Nps.empty()));
  }

  @Test
  void toStringShowsScoreAndCounts() {
    assertEquals(
        "Nps[score=33.33, total=6, detractors=1, passives=2, promoters=3]",
        Nps.ofAnswers(0, 7, 7, 9, 9, 9).toString());
  }

  @Test
  void bySegmentKeepsFirstSeenOrder() {
    Segment eu = Segment.of("region", "EU");
    Segment us = Segment.of("region", "US");
    Segment apac = Segment.of("region", "APAC");
    List<Response> responses = List.of(
        Response.of(9, us), Response.of(0, eu), Response.of(10, us),
        Response.of(7, apac), Response.of(6, eu));
    Map<Segment, Nps> bySegment = Nps.bySegment(responses);
    assertEquals(List.of(us, eu, apac), new ArrayList<>(bySegment.keySet()));
    assertEquals(Nps.ofAnswers(9, 10), bySegment.get(us));
    assertEquals(Nps.ofAnswers(0, 6), bySegment.get(eu));
    assertEquals(Nps.ofAnswers(7), bySegment.get(apac));
    assertThrows(UnsupportedOperationException.class, () -> bySegment.remove(us));
  }

  // Invalid input: every rejection names the bad value.

  @Test
  void ofScoresRejectsOutOfRangeAnswers() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nps.ofAnswers(3, 11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Nps.ofAnswers(-1));
    assertEquals("score must be in [0, 10], was -1", e.getMessage());
  }

  @Test
  void ofCountsRejectsNegativeCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nps.ofCategories(-1, 0, 0));
    assertEquals("detractors must not be negative, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Nps.ofCategories(0, -2, 0));
    assertEquals("passives must not be negative, was -2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Nps.ofCategories(0, 0, -3));
    assertEquals("promoters must not be negative, was -3", e.getMessage());
  }

  @Test
  void ofHistogramRejectsWrongLengthsAndNegativeCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nps.ofHistogram(new long[10]));
    assertEquals("histogram must have 11 counts (scores 0 to 10), had 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Nps.ofHistogram(new long[12]));
    assertEquals("histogram must have 11 counts (scores 0 to 10), had 12", e.getMessage());
    long[] negative = new long[11];
    negative[4] = -7;
    e = assertThrows(IllegalArgumentException.class, () -> Nps.ofHistogram(negative));
    assertEquals("count for score 4 must not be negative, was -7", e.getMessage());
    assertThrows(NullPointerException.class, () -> Nps.ofHistogram(null));
  }

  @Test
  void countRejectsOutOfRangeScores() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nps.ofAnswers(1).count(11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
  }

  @Test
  void overflowingTotalsThrowInsteadOfWrapping() {
    long[] full = new long[11];
    full[10] = Long.MAX_VALUE;
    assertEquals(Long.MAX_VALUE, Nps.ofHistogram(full).total());

    long[] tooMany = new long[11];
    tooMany[9] = Long.MAX_VALUE;
    tooMany[10] = 1;
    assertThrows(ArithmeticException.class, () -> Nps.ofHistogram(tooMany));
    assertThrows(ArithmeticException.class, () -> Nps.ofCategories(Long.MAX_VALUE, 1, 0));
    assertThrows(ArithmeticException.class,
        () -> Nps.ofHistogram(full).plus(Nps.ofAnswers(0)));
  }
}

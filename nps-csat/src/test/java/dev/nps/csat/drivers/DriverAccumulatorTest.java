package dev.nps.csat.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Construction, merging, missing answers, validation and overflow of the accumulator. */
class DriverAccumulatorTest {
  private static final int MISSING = DriverAccumulator.MISSING;
  private static final CsatScale NPS = CsatScale.ZERO_TO_TEN;
  private static final CsatScale FIVE = CsatScale.ONE_TO_FIVE;
  private static final int EXAMPLES = 200;

  /**
   * Four responses, an outcome on 0-10 and two ratings on 1-5:
   *
   * <pre>
   *        y   a   b
   *   r1   9   5   4
   *   r2   3   2   -
   *   r3   7   -   3
   *   r4  10   4   5
   * </pre>
   */
  private static DriverAccumulator sample() {
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a", "b");
    accumulator.add(9, 5, 4);
    accumulator.add(3, 2, MISSING);
    accumulator.add(7, MISSING, 3);
    accumulator.add(10, 4, 5);
    return accumulator;
  }

  private static MomentSums sums(long count, long[] sums, long[]... products) {
    return MomentSums.of(count, sums, products);
  }

  @Test
  void keepsExactSumsAndLeavesMissingAnswersOut() {
    DriverMoments moments = sample().snapshot();
    assertEquals(4, moments.respondents());
    assertEquals(Csat.ofAnswers(NPS, 9, 3, 7, 10), moments.outcome());
    // Missing ratings are left out, not counted as 0: a has 3 answers with mean 11/3.
    assertEquals(Csat.ofAnswers(FIVE, 5, 2, 4), moments.answers("a"));
    assertEquals(Csat.ofAnswers(FIVE, 4, 3, 5), moments.answers("b"));
    assertEquals(11.0 / 3, moments.answers("a").mean(), 1e-15);
    // Complete responses r1 and r4: sums y 9 + 10, a 5 + 4, b 4 + 5; products yy 81 + 100,
    // ya 45 + 40, yb 36 + 50, aa 25 + 16, ab 20 + 20, bb 16 + 25.
    assertEquals(sums(2, new long[] {19, 9, 9}, new long[] {181, 85, 86},
        new long[] {41, 40}, new long[] {41}), moments.complete());
    // Pairs: (y, a) over r1, r2, r4: 9 + 3 + 10, 5 + 2 + 4; 81 + 9 + 100, 45 + 6 + 40,
    // 25 + 4 + 16. (y, b) over r1, r3, r4: 9 + 7 + 10, 4 + 3 + 5; 81 + 49 + 100,
    // 36 + 21 + 50, 16 + 9 + 25. (a, b) over r1, r4: 9, 9; 41, 40, 41.
    assertEquals(List.of(
        sums(3, new long[] {22, 11}, new long[] {190, 91}, new long[] {45}),
        sums(3, new long[] {26, 12}, new long[] {230, 107}, new long[] {50}),
        sums(2, new long[] {9, 9}, new long[] {41, 40}, new long[] {41})), moments.pairs());
  }

  @Test
  void everyWayOfAddingGivesTheSameMoments() {
    DriverMoments expected = sample().snapshot();
    DriverAccumulator byName = new DriverAccumulator(NPS, FIVE, List.of("a", "b"));
    byName.add(9, Map.of("a", 5, "b", 4));
    byName.add(3, Map.of("a", 2));
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("a", null);
    withNull.put("b", 3);
    byName.add(7, withNull);
    byName.add(10, Map.of("b", 5, "a", 4));
    assertEquals(expected, byName.snapshot());

    DriverAccumulator columns = new DriverAccumulator(NPS, List.of("a", "b"), List.of(FIVE, FIVE));
    columns.addAll(new int[] {9, 3, 7, 10}, new int[] {5, 2, MISSING, 4},
        new int[] {4, MISSING, 3, 5});
    assertEquals(expected, columns.snapshot());

    DriverMoments rebuilt = DriverMoments.of(expected.outcome(), expected.dimensions(),
        List.of(expected.answers("a"), expected.answers("b")), expected.complete(),
        expected.pairs());
    assertEquals(expected, rebuilt);
    assertEquals(expected.hashCode(), rebuilt.hashCode());
  }

  /** A response as generated: the outcome, then three ratings on 1-5 or MISSING. */
  private static Gen<int[]> responses() {
    Gen<Integer> rating = integers().between(0, 5).map(r -> r == 0 ? MISSING : r);
    return integers().between(0, 10).zip(rating, rating, rating,
        (y, a, b, c) -> new int[] {y, a, b, c});
  }

  private static Gen<List<int[]>> responseLists() {
    return lists().of(responses()).ofSizeBetween(0, 120);
  }

  private static DriverAccumulator accumulate(List<int[]> responses) {
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a", "b", "c");
    for (int[] response : responses) {
      accumulator.add(response[0], Arrays.copyOfRange(response, 1, 4));
    }
    return accumulator;
  }

  /** The pair sums counted directly from the responses, independently of the layout. */
  private static MomentSums naivePair(List<int[]> responses, int a, int b) {
    long count = 0;
    long[] sums = new long[2];
    long[] products = new long[3];
    for (int[] response : responses) {
      int x = response[a];
      int y = response[b];
      if (x != MISSING && y != MISSING) {
        count++;
        sums[0] += x;
        sums[1] += y;
        products[0] += x * x;
        products[1] += x * y;
        products[2] += y * y;
      }
    }
    return sums(count, sums, new long[] {products[0], products[1]}, new long[] {products[2]});
  }

  @Test
  void mergingPartsSplitAnywhereEqualsTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(responseLists(), integers().between(0, 120))
        .checkAssert((responses, cut) -> {
          int split = Math.min(cut, responses.size());
          DriverAccumulator left = accumulate(responses.subList(0, split));
          DriverAccumulator right = accumulate(responses.subList(split, responses.size()));
          DriverMoments whole = accumulate(responses).snapshot();
          DriverMoments sum = left.snapshot().plus(right.snapshot());
          left.addAll(right);
          assertEquals(whole, left.snapshot());
          assertEquals(whole, sum);
          int pair = 0;
          for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
              assertEquals(naivePair(responses, a, b), whole.pairs().get(pair++));
            }
          }
        });
  }

  @Test
  void mergeIsCommutativeAndAssociativeWithEmptyAsIdentity() {
    qt().withExamples(EXAMPLES)
        .forAll(responseLists(), responseLists(), responseLists())
        .checkAssert((a, b, c) -> {
          DriverMoments x = accumulate(a).snapshot();
          DriverMoments y = accumulate(b).snapshot();
          DriverMoments z = accumulate(c).snapshot();
          DriverMoments empty = accumulate(List.of()).snapshot();
          assertEquals(x.plus(y), y.plus(x));
          assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
          assertEquals(x, x.plus(empty));
          List<int[]> all = new ArrayList<>(a);
          all.addAll(b);
          all.addAll(c);
          assertEquals(accumulate(all).snapshot(), x.plus(y).plus(z));
        });
  }

  @Test
  void bulkAddingEqualsAddingOneByOneAndTheAnalysisOfPartsEqualsTheWhole() {
    DriverFixtures data = new DriverFixtures();
    DriverMoments whole = data.moments();
    int k = DriverFixtures.DIMENSIONS.size();
    int[][] columns = new int[k][DriverFixtures.RESPONSES];
    for (int i = 0; i < DriverFixtures.RESPONSES; i++) {
      for (int j = 0; j < k; j++) {
        columns[j][i] = data.ratings[i][j];
      }
    }
    DriverAccumulator bulk = DriverFixtures.empty();
    bulk.addAll(data.outcomes, columns);
    assertEquals(whole, bulk.snapshot());
    for (int cut : new int[] {0, 1, 999, 1500, 2999, 3000}) {
      DriverAccumulator left = data.accumulate(0, cut);
      left.addAll(data.accumulate(cut, DriverFixtures.RESPONSES));
      assertEquals(whole, left.snapshot());
      assertEquals(whole.analyze(), left.analyze());
      assertEquals(whole.analyze().rSquared(), left.analyze().rSquared());
    }
  }

  @Test
  void badInputIsRejectedWithItsValueAndAddsNothing() {
    DriverAccumulator accumulator = sample();
    DriverMoments before = accumulator.snapshot();
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(11, 1, 1),
        "outcome must be in [0, 10]", "was 11");
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(5, 6, 1),
        "rating of dimension 'a' must be in [1, 5]", "was 6");
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(5, 1, 0),
        "dimension 'b'", "was 0");
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(5, 1),
        "expected 2 ratings", "got 1");
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(5, Map.of("c", 1)),
        "unknown dimension 'c'");
    assertMessage(IllegalArgumentException.class, () -> accumulator.add(5, Map.of("a", -1)),
        "was -1");
    assertMessage(IllegalArgumentException.class,
        () -> accumulator.addAll(new int[] {1, 2, 3}, new int[] {1, 2, 3}, new int[] {1, 9, 3}),
        "response 1: rating of dimension 'b'", "was 9");
    assertMessage(IllegalArgumentException.class,
        () -> accumulator.addAll(new int[] {1, 2}, new int[] {1, 2}, new int[] {1}),
        "column of dimension 'b' has 1 ratings for 2 outcomes");
    assertMessage(IllegalArgumentException.class,
        () -> accumulator.addAll(new int[] {1, 12}, new int[] {1, 2}, new int[] {1, 2}),
        "response 1: outcome", "was 12");
    DriverAccumulator other = new DriverAccumulator(NPS, CsatScale.ONE_TO_SEVEN, "a", "b");
    assertMessage(IllegalArgumentException.class, () -> accumulator.addAll(other),
        "cannot merge");
    assertEquals(before, accumulator.snapshot());
  }

  @Test
  void dimensionNamesAreChecked() {
    assertMessage(IllegalArgumentException.class,
        () -> new DriverAccumulator(NPS, FIVE, "a", "a"), "dimension 'a' is named twice");
    assertMessage(IllegalArgumentException.class, () -> new DriverAccumulator(NPS, FIVE, " "),
        "must not be blank");
    assertMessage(IllegalArgumentException.class, () -> new DriverAccumulator(NPS, FIVE),
        "at least one dimension");
    String[] many = new String[31];
    Arrays.setAll(many, i -> "d" + i);
    assertMessage(IllegalArgumentException.class, () -> new DriverAccumulator(NPS, FIVE, many),
        "at most 30 dimensions", "got 31");
    assertMessage(IllegalArgumentException.class,
        () -> new DriverAccumulator(NPS, List.of("a", "b"), List.of(FIVE)),
        "one scale per dimension");
    assertThrows(NullPointerException.class,
        () -> new DriverAccumulator(NPS, FIVE, "a", null));
  }

  /**
   * Moments of {@code count} responses that all answered {@code outcome} and {@code rating}, on a
   * single dimension on 1-5.
   */
  private static DriverMoments uniform(long count, int outcome, int rating) {
    long[] outcomes = new long[11];
    outcomes[outcome] = count;
    long[] ratings = new long[5];
    ratings[rating - 1] = count;
    MomentSums block = sums(count, new long[] {outcome * count, rating * count},
        new long[] {outcome * outcome * count, outcome * rating * count},
        new long[] {rating * rating * count});
    return DriverMoments.of(Csat.ofHistogram(NPS, outcomes), List.of("a"),
        List.of(Csat.ofHistogram(FIVE, ratings)), block, List.of(block));
  }

  @Test
  void overflowThrowsAndChangesNothing() {
    // floor((2^63 - 1) / 100) responses that answered 10 and 5: the sum of squared outcomes is
    // 100 times that, 9223372036854775800, and one more answer of 10 passes 2^63 - 1.
    long count = Long.MAX_VALUE / 100;
    DriverMoments full = uniform(count, 10, 5);
    DriverAccumulator accumulator = new DriverAccumulator(NPS, FIVE, "a");
    accumulator.addAll(full);
    assertThrows(ArithmeticException.class, () -> accumulator.add(10, 5));
    assertThrows(ArithmeticException.class,
        () -> accumulator.addAll(new int[] {0, 10}, new int[] {1, 5}));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(full));
    assertThrows(ArithmeticException.class, () -> full.plus(full));
    assertEquals(full, accumulator.snapshot());
    // Beyond the safe count, additions that do not overflow are still exact.
    accumulator.add(0, 1);
    assertEquals(count + 1, accumulator.respondents());
    assertEquals(full.plus(uniform(1, 0, 1)), accumulator.snapshot());
    assertEquals(100 * count, accumulator.snapshot().complete().product(0, 0));

    // The number of responses itself.
    DriverMoments most = DriverMoments.of(Csat.ofHistogram(NPS, Long.MAX_VALUE, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0), List.of("a"), List.of(Csat.empty(FIVE)),
        sums(0, new long[2], new long[2], new long[1]),
        List.of(sums(0, new long[2], new long[2], new long[1])));
    DriverAccumulator crowded = new DriverAccumulator(NPS, FIVE, "a");
    crowded.addAll(most);
    assertThrows(ArithmeticException.class, () -> crowded.add(0, MISSING));
    assertEquals(most, crowded.snapshot());
  }

  @Test
  void momentsAreValidatedAgainstEachOther() {
    DriverMoments sample = sample().snapshot();
    List<Csat> answers = List.of(sample.answers("a"), sample.answers("b"));
    List<MomentSums> pairs = new ArrayList<>(sample.pairs());
    // (a, b) claims 3 responses, but the complete block says only 2 answered everything and a
    // pair may not exceed the 3 answers of each.
    pairs.set(2, sums(4, new long[] {9, 9}, new long[] {41, 40}, new long[] {41}));
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), pairs), "pair 2 (dimension 'a',"
        + " dimension 'b') counts 4 responses, more than the 3");
    // Ratings on 1-5 over 2 responses sum to at most 10.
    pairs.set(2, sums(2, new long[] {11, 9}, new long[] {41, 40}, new long[] {41}));
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), pairs),
        "sum of dimension 'a' over 2 responses must be in [2, 10], was 11");
    // Sums a 9, squares 41 but product 45: |covariance| above the standard deviations'.
    pairs.set(2, sums(2, new long[] {9, 9}, new long[] {41, 45}, new long[] {41}));
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), pairs), "correlation beyond -1 or 1");
    // Sum 9 of 2 answers but squares 40: 2 * 40 - 81 < 0.
    pairs.set(2, sums(2, new long[] {9, 9}, new long[] {40, 40}, new long[] {41}));
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), pairs), "negative variance");
    // The pair of the outcome and a must cover exactly a's answers.
    List<MomentSums> shifted = new ArrayList<>(sample.pairs());
    shifted.set(0, sums(3, new long[] {22, 10}, new long[] {190, 91}, new long[] {45}));
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), shifted),
        "sum of the dimension is 10 but the dimension's answers give 11");
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.complete(), sample.pairs().subList(0, 2)),
        "expected 3 pairs");
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(sample.outcome(),
        sample.dimensions(), answers, sample.pairs().get(0), sample.pairs()),
        "must have 3 variables");
    assertMessage(IllegalArgumentException.class, () -> DriverMoments.of(
        Csat.ofAnswers(NPS, 1, 2), sample.dimensions(), answers, sample.complete(),
        sample.pairs()), "dimension 'a' has 3 answers, more than the 2 responses");
    assertMessage(IllegalArgumentException.class,
        () -> MomentSums.of(2, new long[] {1, 2}, new long[][] {{1, 2}, {3, 4}}),
        "row 1 of products must have 1 sums");
    assertNotEquals(sample, uniform(2, 5, 5));
  }

  @Test
  void momentSumsReadAsTheyWereGiven() {
    // The answers (4, 9) and (2, 5): sums 6 and 14, squares 16 + 4 and 81 + 25, products
    // 36 + 10.
    MomentSums sums = MomentSums.of(2, new long[] {6, 14}, new long[][] {{20, 46}, {106}});
    assertEquals(2, sums.variables());
    assertEquals(46, sums.product(1, 0));
    assertEquals(106, sums.product(1, 1));
    assertEquals(14, sums.sum(1));
    assertTrue(Arrays.deepEquals(new long[][] {{20, 46}, {106}}, sums.products()));
    assertEquals("MomentSums[count=2, sums=[6, 14], products=[[20, 46], [106]]]",
        sums.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> sums.sum(2));
  }

  @Test
  void descriptionsNameSizesNotAnswers() {
    String text = sample().toString();
    assertEquals("DriverAccumulator[respondents=4, complete=2, outcome 0-10 (satisfied 9-10),"
        + " dimensions=[a 1-5 (satisfied 4-5), b 1-5 (satisfied 4-5)]]", text);
  }

  static <E extends Throwable> void assertMessage(Class<E> type,
      org.junit.jupiter.api.function.Executable call, String... fragments) {
    E e = assertThrows(type, call);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment),
          () -> "message should contain '" + fragment + "': " + e.getMessage());
    }
  }
}

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The word-at-a-time columnar paths against a naive count: {@link NpsAccumulator#addAll(byte[],
 * int, int)}, {@link NpsAccumulator#addCategories(byte[], int, int)} and {@link
 * SegmentedNpsAccumulator#addAll(byte[], int[], int, int)}, over random arrays, lengths and
 * unaligned offsets, valid and invalid.
 */
class ColumnarCountingTest {

  /** Lengths: mostly short (every remainder mod 8, around the small-run cut-off), some long. */
  private static Gen<Integer> lengths() {
    return integers().between(0, 20)
        .mix(integers().between(56, 140), 30)
        .mix(integers().between(1_000, 20_000), 15);
  }

  /** Row counts on both sides of the switch between a scratch table and direct counting. */
  private static Gen<Integer> rowCounts() {
    return integers().between(1, 3).mix(integers().between(60, 70), 40).mix(
        integers().between(100, 1_200), 20);
  }

  /** Random answers from 0 to 10, with a skew like real surveys' in half of the arrays. */
  private static byte[] answers(long seed, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] scores = new byte[length];
    boolean skewed = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      boolean promoter = skewed && random.nextInt(4) > 0;
      scores[i] = (byte) (promoter ? 9 + random.nextInt(2) : random.nextInt(11));
    }
    return scores;
  }

  private static int[] rows(long seed, int length, int rowCount) {
    SplittableRandom random = new SplittableRandom(~seed);
    int[] rows = new int[length];
    for (int i = 0; i < length; i++) {
      rows[i] = random.nextInt(rowCount);
    }
    return rows;
  }

  private static long[] naiveHistogram(byte[] scores, int from, int to) {
    long[] counts = new long[11];
    for (int i = from; i < to; i++) {
      counts[scores[i]]++;
    }
    return counts;
  }

  /** A sub-range [from, to) of an array of the given length, from two fractions. */
  private static int[] range(int length, int a, int b) {
    int from = (int) ((long) length * Math.min(a, b) / 1000);
    int to = (int) ((long) length * Math.max(a, b) / 1000);
    return new int[] {from, to};
  }

  @Test
  void histogramEqualsANaiveCount() {
    qt().forAll(longs().all(), lengths(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((seed, length, a, b) -> {
          byte[] scores = answers(seed, length);
          int[] range = range(length, a, b);
          NpsAccumulator accumulator = new NpsAccumulator();
          accumulator.addAll(scores, range[0], range[1]);
          Nps nps = accumulator.snapshot();
          assertArrayEquals(naiveHistogram(scores, range[0], range[1]), nps.histogram());
          assertEquals(range[1] - range[0], nps.total());
        });
  }

  @Test
  void categoriesEqualANaiveCount() {
    qt().forAll(longs().all(), lengths(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((seed, length, a, b) -> {
          byte[] scores = answers(seed, length);
          int[] range = range(length, a, b);
          NpsAccumulator accumulator = new NpsAccumulator();
          accumulator.addCategories(scores, range[0], range[1]);
          Nps expected =
              Nps.ofHistogram(naiveHistogram(scores, range[0], range[1])).categoriesOnly();
          assertEquals(expected, accumulator.snapshot());
        });
  }

  @Test
  void perRowCountsEqualANaiveCount() {
    qt().forAll(longs().all(), lengths(), rowCounts(), integers().between(0, 1000))
        .checkAssert((seed, length, rowCount, a) -> {
          byte[] scores = answers(seed, length);
          int[] rows = rows(seed, length, rowCount);
          int[] range = range(length, a, 1000 - a / 3);
          SegmentedNpsAccumulator accumulator = withRows(rowCount);
          accumulator.addAll(scores, rows, range[0], range[1]);
          long[][] expected = new long[rowCount][11];
          for (int i = range[0]; i < range[1]; i++) {
            expected[rows[i]][scores[i]]++;
          }
          for (int row = 0; row < rowCount; row++) {
            assertArrayEquals(expected[row], accumulator.get(accumulator.segment(row)).histogram());
          }
        });
  }

  private static SegmentedNpsAccumulator withRows(int rowCount) {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    for (int row = 0; row < rowCount; row++) {
      accumulator.indexOf(Segment.of("row", Integer.toString(row)));
    }
    return accumulator;
  }

  /** Invalid bytes: every value outside [0, 10], including the negative ones a byte can hold. */
  private static Gen<Integer> invalidBytes() {
    return integers().between(11, 127).mix(integers().between(-128, -1), 50);
  }

  @Test
  void everyInvalidBytePositionIsNamedAndNothingIsAdded() {
    qt().forAll(longs().all(), lengths(), integers().between(0, 1000), invalidBytes())
        .assuming((seed, length, position, bad) -> length > 0)
        .checkAssert((seed, length, position, bad) -> {
          byte[] scores = answers(seed, length);
          int index = (int) ((long) (length - 1) * position / 1000);
          scores[index] = (byte) (int) bad;
          String message = "score at index " + index + " must be in [0, 10], was " + bad;

          NpsAccumulator accumulator = new NpsAccumulator();
          accumulator.add(9);
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> accumulator.addAll(scores, 0, length)).getMessage());
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> accumulator.addCategories(scores, 0, length)).getMessage());
          assertEquals(Nps.ofAnswers(9), accumulator.snapshot());

          // Outside the range, the bad byte is never read.
          accumulator.addAll(scores, index + 1, length);
          accumulator.addCategories(scores, 0, index);
          assertEquals((long) length, accumulator.total());

          SegmentedNpsAccumulator segmented = withRows(3);
          int[] rows = rows(seed, length, 3);
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> segmented.addAll(scores, rows, 0, length)).getMessage());
          assertEquals(0, segmented.overall().total());
        });
  }

  @Test
  void theFirstOfSeveralInvalidBytesIsNamed() {
    qt().forAll(longs().all(), lengths(), integers().between(0, 1000), integers().between(0, 1000))
        .assuming((seed, length, a, b) -> length > 1 && a != b)
        .checkAssert((seed, length, a, b) -> {
          byte[] scores = answers(seed, length);
          int first = (int) ((long) (length - 1) * Math.min(a, b) / 1000);
          int second = (int) ((long) (length - 1) * Math.max(a, b) / 1000);
          scores[second] = -1;
          scores[first] = 12;
          String message = "score at index " + first + " must be in [0, 10], was 12";
          NpsAccumulator accumulator = new NpsAccumulator();
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> accumulator.addAll(scores)).getMessage());
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> accumulator.addCategories(scores, 0, length)).getMessage());
          SegmentedNpsAccumulator segmented = withRows(100);
          assertEquals(message, assertThrows(IllegalArgumentException.class,
              () -> segmented.addAll(scores, rows(seed, length, 100), 0, length)).getMessage());
        });
  }

  @Test
  void anInvalidRowOrAnEarlierInvalidScoreIsNamedInOrder() {
    qt().forAll(longs().all(), lengths(), rowCounts(), integers().between(0, 1000))
        .assuming((seed, length, rowCount, position) -> length > 0)
        .checkAssert((seed, length, rowCount, position) -> {
          byte[] scores = answers(seed, length);
          int[] rows = rows(seed, length, rowCount);
          int index = (int) ((long) (length - 1) * position / 1000);
          int badRow = position % 2 == 0 ? rowCount : -1 - position;
          rows[index] = badRow;
          SegmentedNpsAccumulator accumulator = withRows(rowCount);
          assertEquals(
              "segment row at index " + index + " must be in [0, " + rowCount + "), was " + badRow,
              assertThrows(IllegalArgumentException.class,
                  () -> accumulator.addAll(scores, rows, 0, length)).getMessage());

          // A bad score at or before the bad row comes first, as in a plain loop.
          int scoreIndex = index / 2;
          scores[scoreIndex] = 11;
          assertEquals("score at index " + scoreIndex + " must be in [0, 10], was 11",
              assertThrows(IllegalArgumentException.class,
                  () -> accumulator.addAll(scores, rows, 0, length)).getMessage());
          assertEquals(0, accumulator.overall().total());
        });
  }

  @Test
  void categoryCountsAreCategoryOnlyAndMergeWithHistograms() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(new byte[] {10, 0});
    accumulator.addCategories(new byte[] {9, 8, 7, 6, 0, 10}, 0, 6);
    Nps nps = accumulator.snapshot();
    assertFalse(nps.hasHistogram());
    assertEquals(Nps.ofAnswers(10, 0).plus(Nps.ofCategories(2, 2, 2)), nps);
    assertEquals(8, nps.total());
    assertEquals(100.0 * (3 - 3) / 8, nps.score());
  }

  @Test
  void overflowOnTheColumnarPathsThrowsAndAddsNothing() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(Nps.ofCategories(Long.MAX_VALUE - 100, 0, 0));
    byte[] scores = answers(1, 101);
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(scores));
    assertThrows(ArithmeticException.class, () -> accumulator.addCategories(scores, 0, 101));
    assertEquals(Long.MAX_VALUE - 100, accumulator.total());
    accumulator.addAll(scores, 0, 100);
    assertEquals(Long.MAX_VALUE, accumulator.total());
  }

  @Test
  void rangesOutsideTheArrayAreRejected() {
    byte[] scores = new byte[100];
    NpsAccumulator accumulator = new NpsAccumulator();
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addAll(scores, 10, 101));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addCategories(scores, -1, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addCategories(scores, 6, 5));
    SegmentedNpsAccumulator segmented = withRows(1);
    assertThrows(IndexOutOfBoundsException.class,
        () -> segmented.addAll(scores, new int[99], 0, 100));
  }
}

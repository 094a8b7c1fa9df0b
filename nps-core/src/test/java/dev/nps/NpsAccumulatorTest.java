package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

  @Test
  void snapshotIsIndependentOfLaterAdditions() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(9);
    Nps before = accumulator.snapshot();
    accumulator.add(0);
    assertEquals(Nps.ofAnswers(9), before);
    assertEquals(Nps.ofAnswers(9, 0), accumulator.snapshot());
    assertEquals(2, accumulator.total());
  }

  @Test
  void bulkPathReadsOnlyTheGivenRange() {
    byte[] scores = {0, 1, 9, 10, 7, 3};
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(scores, 2, 5);
    assertEquals(Nps.ofAnswers(9, 10, 7), accumulator.snapshot());
    accumulator.addAll(scores, 3, 3);
    assertEquals(3, accumulator.total());
    accumulator.addAll(new byte[] {5, 5});
    assertEquals(Nps.ofAnswers(9, 10, 7, 5, 5), accumulator.snapshot());
  }

  @Test
  void mergingWithItselfDoublesEveryCount() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(new byte[] {0, 7, 9});
    accumulator.addAll(accumulator);
    assertEquals(Nps.ofAnswers(0, 0, 7, 7, 9, 9), accumulator.snapshot());
  }

  @Test
  void mergesResultsIncludingCategoryCounts() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(10);
    accumulator.addAll(Nps.ofCategories(1, 2, 3));
    Nps nps = accumulator.snapshot();
    assertEquals(Nps.ofCategories(1, 2, 4), nps.categoriesOnly());
    assertEquals(Nps.ofAnswers(10).plus(Nps.ofCategories(1, 2, 3)), nps);
  }

  @Test
  void addRejectsOutOfRangeAnswers() {
    NpsAccumulator accumulator = new NpsAccumulator();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.add(-1));
    assertEquals("score must be in [0, 10], was -1", e.getMessage());
    assertEquals(0, accumulator.total());
  }

  @Test
  void bulkPathNamesTheIndexAndValueOfABadByteAndAddsNothing() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(9);
    byte[] scores = {9, 9, 10, 11, 0};
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> accumulator.addAll(scores, 0, scores.length));
    assertEquals("score at index 3 must be in [0, 10], was 11", e.getMessage());
    assertEquals(Nps.ofAnswers(9), accumulator.snapshot());

    byte[] negative = {0, (byte) 200};
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(negative));
    assertEquals("score at index 1 must be in [0, 10], was -56", e.getMessage());
    assertEquals(1, accumulator.total());
  }

  @Test
  void bulkPathIgnoresBadBytesOutsideTheRange() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(new byte[] {99, 5, 99}, 1, 2);
    assertEquals(Nps.ofAnswers(5), accumulator.snapshot());
  }

  @Test
  void bulkPathRejectsRangesOutsideTheArray() {
    NpsAccumulator accumulator = new NpsAccumulator();
    byte[] scores = new byte[4];
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addAll(scores, -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addAll(scores, 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addAll(scores, 0, 5));
    assertEquals(0, accumulator.total());
  }

  @Test
  void nullResponsesAreRejectedWithTheirPositionAndNothingIsAdded() {
    NpsAccumulator accumulator = new NpsAccumulator();
    List<Response> responses = Arrays.asList(Response.of(9), Response.of(3), null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> accumulator.addAll(responses));
    assertEquals("response at position 2 is null", e.getMessage());
    assertEquals(0, accumulator.total());
    assertThrows(NullPointerException.class, () -> accumulator.add((Response) null));
    assertThrows(NullPointerException.class, () -> accumulator.add((Score) null));
  }

  @Test
  void overflowThrowsAndLeavesTheAccumulatorUnchanged() {
    long[] almostFull = new long[11];
    almostFull[10] = Long.MAX_VALUE - 1;
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(Nps.ofHistogram(almostFull));
    accumulator.add(10);
    assertEquals(Long.MAX_VALUE, accumulator.total());

    assertThrows(ArithmeticException.class, () -> accumulator.add(0));
    assertThrows(ArithmeticException.class, () -> accumulator.add(Score.of(0)));
    assertThrows(ArithmeticException.class, () -> accumulator.add(Response.of(0)));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(new byte[] {1}));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(List.of(Response.of(1))));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(Nps.ofAnswers(1)));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(accumulator));

    long[] expected = new long[11];
    expected[10] = Long.MAX_VALUE;
    assertEquals(Nps.ofHistogram(expected), accumulator.snapshot());
  }

  @Test
  void toStringDescribesTheState() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(10);
    String text = accumulator.toString();
    assertTrue(text.startsWith("NpsAccumulator[score=100.00, total=1"), text);
  }
}

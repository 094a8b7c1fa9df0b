package dev.nps.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The segment table on a scale that does not start at 0 (answers 1 to 5, as CSAT uses it), where
 * an answer's column is answer - 1 and answers 0 and 6 to 10 are invalid though they are NPS
 * scores.
 */
class SegmentTableTest {
  private static final Segment A = Segment.of("region", "A");
  private static final Segment B = Segment.of("region", "B");

  private static SegmentTable oneToFive() {
    return new SegmentTable(1, 5, "answer", " for scale 1-5");
  }

  private static long[] row(SegmentTable table, int row) {
    long[] counts = new long[table.columns()];
    table.copyRow(row, counts, 0);
    return counts;
  }

  @Test
  void answersMustLieWithinZeroToTen() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegmentTable(-1, 3, "answer", ""));
    assertEquals("answers -1 to 1 must lie within 0 to 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SegmentTable(0, 0, "answer", ""));
    assertEquals("answers 0 to -1 must lie within 0 to 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SegmentTable(2, 10, "answer", ""));
    assertEquals("answers 2 to 11 must lie within 0 to 10", e.getMessage());
    // The widest tables: 0 to 10 and 1 to 10; the narrowest, one answer.
    assertEquals(11, new SegmentTable(0, 11, "score", "").columns());
    assertEquals(10, new SegmentTable(1, 10, "answer", "").columns());
    assertEquals(1, new SegmentTable(10, 1, "answer", "").columns());
  }

  @Test
  void answersLandInTheirColumn() {
    SegmentTable table = oneToFive();
    table.add(A, 1);
    table.add(A, 5);
    table.add(B, 3);
    table.add(table.find(B), 4);
    assertEquals(5, table.columns());
    assertArrayEquals(new long[] {1, 0, 0, 0, 1}, row(table, 0));
    assertArrayEquals(new long[] {0, 0, 1, 1, 0}, row(table, 1));
    assertEquals(2, table.total(0));
    assertEquals(2, table.total(1));
    assertArrayEquals(new long[] {1, 0, 1, 1, 1}, table.sums());
  }

  @Test
  void columnarAnswersLandInTheirColumn() {
    SegmentTable table = oneToFive();
    assertEquals(0, table.indexOf(A));
    assertEquals(1, table.indexOf(B));
    byte[] answers = {5, 1, 3, 5, 2, 4};
    int[] rows = {0, 1, 0, 0, 1, 1};
    // Indexes 1 to 4: 1 (B), 3 (A), 5 (A), 2 (B).
    table.addAll(answers, rows, 1, 5);
    assertArrayEquals(new long[] {0, 0, 1, 0, 1}, row(table, 0));
    assertArrayEquals(new long[] {1, 1, 0, 0, 0}, row(table, 1));
    assertEquals(2, table.total(0));
    assertEquals(2, table.total(1));
    // All six: A gains 5, 3, 5; B gains 1, 2, 4.
    table.addAll(answers, rows, 0, 6);
    assertArrayEquals(new long[] {0, 0, 2, 0, 3}, row(table, 0));
    assertArrayEquals(new long[] {2, 2, 0, 1, 0}, row(table, 1));
    assertEquals(5, table.total(0));
    assertEquals(5, table.total(1));
  }

  @Test
  void columnarAnswersOffTheScaleAreNamedAndNothingIsAdded() {
    SegmentTable table = oneToFive();
    table.add(A, 2);
    table.indexOf(B);
    // 0 is an NPS score but not an answer on 1-5; it comes before the 6.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new byte[] {3, 0, 6}, new int[] {0, 1, 0}, 0, 3));
    assertEquals("answer at index 1 must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new byte[] {3, 5, 6}, new int[] {0, 1, 0}, 0, 3));
    assertEquals("answer at index 2 must be in [1, 5] for scale 1-5, was 6", e.getMessage());
    // 11 is no score at all, yet the 0 before it is named first.
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new byte[] {3, 0, 11}, new int[] {0, 1, 0}, 0, 3));
    assertEquals("answer at index 1 must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new byte[] {3, 4, 11}, new int[] {0, 2, 0}, 0, 3));
    assertEquals("segment row at index 1 must be in [0, 2), was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new byte[] {3, 4, 11}, new int[] {-1, 0, 0}, 0, 3));
    assertEquals("segment row at index 0 must be in [0, 2), was -1", e.getMessage());
    // Outside the range given, a bad answer does not count.
    table.addAll(new byte[] {3, 4, 11}, new int[] {0, 1, 0}, 0, 2);
    assertArrayEquals(new long[] {0, 1, 1, 0, 0}, row(table, 0));
    assertArrayEquals(new long[] {0, 0, 0, 1, 0}, row(table, 1));
    assertEquals(2, table.total(0));
    assertEquals(1, table.total(1));
  }

  @Test
  void scoreTablesReportTheScoreRule() {
    SegmentTable scores = new SegmentTable(0, 11, "score", "");
    scores.indexOf(A);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> scores.addAll(new byte[] {10, 0, 12}, new int[] {0, 0, 0}, 0, 3));
    assertEquals("score at index 2 must be in [0, 10], was 12", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> scores.add(A, 11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
    assertEquals(0, scores.total(0));
    scores.addAll(new byte[] {10, 0, 12}, new int[] {0, 0, 0}, 0, 2);
    long[] expected = new long[11];
    expected[0] = 1;
    expected[10] = 1;
    assertArrayEquals(expected, row(scores, 0));
  }

  @Test
  void responsesOffTheScaleAreNamedAndNothingIsRegistered() {
    SegmentTable table = oneToFive();
    table.add(A, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(List.of(Response.of(5, B), Response.of(0, A))));
    assertEquals("answer at position 1 must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(List.of(Response.of(2, B), Response.of(4, B), Response.of(6, A))));
    assertEquals("answer at position 2 must be in [1, 5] for scale 1-5, was 6", e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> table.addAll(Arrays.asList(Response.of(2, B), Response.of(4, A), null)));
    assertEquals("response at position 2 is null", npe.getMessage());
    assertEquals(1, table.size());
    assertEquals(1, table.total(0));
    // The edges of the scale are answers.
    table.addAll(List.of(Response.of(5, B), Response.of(1, B), Response.of(5, A)));
    assertEquals(2, table.size());
    assertArrayEquals(new long[] {1, 0, 0, 0, 1}, row(table, 0));
    assertArrayEquals(new long[] {1, 0, 0, 0, 1}, row(table, 1));
    assertEquals(2, table.total(1));
    e = assertThrows(IllegalArgumentException.class, () -> table.add(A, 0));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> table.add(0, 6));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 6", e.getMessage());
  }

  @Test
  void aRowThatWouldOverflowIsNotAdded() {
    SegmentTable table = oneToFive();
    table.add(A, 3);
    // Long.MAX_VALUE + 1 answers in one row.
    long[] source = {7, Long.MAX_VALUE, 1, 0, 0, 0, 7};
    assertThrows(ArithmeticException.class, () -> table.addRow(B, source, 1));
    assertEquals(1, table.size());
    assertEquals(-1, table.find(B));
    // The offset picks the row: 0, 0, 0, 7 and the 5 after it.
    table.addRow(B, new long[] {9, 9, 0, 0, 0, 7, 5}, 2);
    assertArrayEquals(new long[] {0, 0, 0, 7, 5}, row(table, 1));
    assertEquals(12, table.total(1));
  }

  @Test
  void tablesOfOtherAnswersDoNotMerge() {
    SegmentTable table = oneToFive();
    SegmentTable scores = new SegmentTable(0, 11, "score", "");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> table.addAll(scores));
    assertEquals("cannot merge a table of answers 0 to 10 into one of answers 1 to 5",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new SegmentTable(1, 7, "answer", "")));
    assertEquals("cannot merge a table of answers 1 to 7 into one of answers 1 to 5",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> table.addAll(new SegmentTable(0, 5, "answer", "")));
    assertEquals("cannot merge a table of answers 0 to 4 into one of answers 1 to 5",
        e.getMessage());
  }
}

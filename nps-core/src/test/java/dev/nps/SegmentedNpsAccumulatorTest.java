package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentedNpsAccumulatorTest {
  private static final Segment EU_PRO = Segment.of("region", "EU").and("plan", "pro");
  private static final Segment EU_FREE = Segment.of("region", "EU").and("plan", "free");
  private static final Segment US_PRO = Segment.of("region", "US").and("plan", "pro");

  private static SegmentedNpsAccumulator sample() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.add(Response.of(10, EU_PRO));
    accumulator.add(Response.of(3, US_PRO));
    accumulator.add(Response.of(7, EU_FREE));
    accumulator.add(Response.of(9, EU_PRO));
    accumulator.add(Response.of(0, EU_FREE));
    return accumulator;
  }

  @Test
  void countsPerSegmentInFirstSeenOrder() {
    Map<Segment, Nps> snapshot = sample().snapshot();
    assertEquals(List.of(EU_PRO, US_PRO, EU_FREE), new ArrayList<>(snapshot.keySet()));
    assertEquals(Nps.ofAnswers(10, 9), snapshot.get(EU_PRO));
    assertEquals(Nps.ofAnswers(3), snapshot.get(US_PRO));
    assertEquals(Nps.ofAnswers(7, 0), snapshot.get(EU_FREE));
    assertEquals(Nps.ofAnswers(10, 3, 7, 9, 0), sample().overall());
  }

  @Test
  void rollsUpToOneDimension() {
    SegmentedNpsAccumulator byRegion = sample().rollUp("region");
    Map<Segment, Nps> snapshot = byRegion.snapshot();
    assertEquals(
        List.of(Segment.of("region", "EU"), Segment.of("region", "US")),
        new ArrayList<>(snapshot.keySet()));
    assertEquals(Nps.ofAnswers(10, 9, 7, 0), snapshot.get(Segment.of("region", "EU")));
    assertEquals(Nps.ofAnswers(3), snapshot.get(Segment.of("region", "US")));

    Map<Segment, Nps> byPlan = sample().rollUp("plan").snapshot();
    assertEquals(Nps.ofAnswers(10, 9, 3), byPlan.get(Segment.of("plan", "pro")));
    assertEquals(Map.of(Segment.ALL, sample().overall()), sample().rollUp().snapshot());
  }

  @Test
  void mergeAddsRowsAndAppendsNewSegments() {
    SegmentedNpsAccumulator left = sample();
    SegmentedNpsAccumulator right = new SegmentedNpsAccumulator();
    Segment apac = Segment.of("region", "APAC");
    right.add(apac, 8);
    right.add(EU_PRO, 0);
    left.addAll(right);
    Map<Segment, Nps> snapshot = left.snapshot();
    assertEquals(List.of(EU_PRO, US_PRO, EU_FREE, apac), new ArrayList<>(snapshot.keySet()));
    assertEquals(Nps.ofAnswers(10, 9, 0), snapshot.get(EU_PRO));
    assertEquals(Nps.ofAnswers(8), snapshot.get(apac));
    assertEquals(2, right.segmentCount());
  }

  @Test
  void mergingWithItselfDoublesEveryRow() {
    SegmentedNpsAccumulator accumulator = sample();
    accumulator.addAll(accumulator);
    assertEquals(Nps.ofAnswers(10, 9, 10, 9), accumulator.get(EU_PRO));
    assertEquals(Nps.ofAnswers(3, 3), accumulator.get(US_PRO));
  }

  @Test
  void columnarPathAddsByRowNumber() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    int eu = accumulator.indexOf(EU_PRO);
    int us = accumulator.indexOf(US_PRO);
    assertEquals(0, eu);
    assertEquals(1, us);
    assertEquals(eu, accumulator.indexOf(Segment.of("region", "EU").and("plan", "pro")));
    byte[] scores = {10, 0, 9, 8, 6};
    int[] rows = {eu, us, us, eu, eu};
    accumulator.addAll(scores, rows, 1, 5);
    assertEquals(Nps.ofAnswers(8, 6), accumulator.get(EU_PRO));
    assertEquals(Nps.ofAnswers(0, 9), accumulator.get(US_PRO));
    accumulator.add(us, 10);
    assertEquals(Nps.ofAnswers(0, 9, 10), accumulator.get(US_PRO));
    assertEquals(EU_PRO, accumulator.segment(0));
  }

  @Test
  void columnarPathValidatesEveryByteAndRowAndAddsNothingOnFailure() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    int eu = accumulator.indexOf(EU_PRO);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {9, 12}, new int[] {eu, eu}, 0, 2));
    assertEquals("score at index 1 must be in [0, 10], was 12", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {9, 9}, new int[] {eu, 5}, 0, 2));
    assertEquals("segment row at index 1 must be in [0, 1), was 5", e.getMessage());
    assertEquals(Nps.empty(), accumulator.get(EU_PRO));
    assertThrows(IndexOutOfBoundsException.class,
        () -> accumulator.addAll(new byte[3], new int[2], 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.add(1, 9));
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.add(eu, 11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
  }

  @Test
  void registeredSegmentsWithoutAnswersAppearEmpty() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.indexOf(EU_PRO);
    assertEquals(Map.of(EU_PRO, Nps.empty()), accumulator.snapshot());
    assertEquals(Nps.empty(), accumulator.get(US_PRO));
  }

  @Test
  void growsPastItsInitialCapacity() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    for (int i = 0; i < 1000; i++) {
      accumulator.add(Segment.of("id", Integer.toString(i)), i % 11);
    }
    assertEquals(1000, accumulator.segmentCount());
    assertEquals(Nps.ofAnswers(999 % 11), accumulator.get(Segment.of("id", "999")));
    assertEquals(1000, accumulator.overall().total());
  }

  @Test
  void addsResultsWithHistogramsOnly() {
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.addAll(EU_PRO, Nps.ofAnswers(9, 9, 0));
    assertEquals(Nps.ofAnswers(9, 9, 0), accumulator.get(EU_PRO));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(EU_PRO, Nps.ofCategories(1, 1, 1)));
    assertTrue(e.getMessage().contains("without per-score histogram"), e.getMessage());
  }

  @Test
  void overflowThrowsAndLeavesTheRowUnchanged() {
    long[] full = new long[11];
    full[9] = Long.MAX_VALUE;
    SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
    accumulator.addAll(EU_PRO, Nps.ofHistogram(full));
    assertThrows(ArithmeticException.class, () -> accumulator.add(EU_PRO, 9));
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(accumulator));
    assertEquals(Nps.ofHistogram(full), accumulator.get(EU_PRO));
    // A failed merge registers none of the other's new segments either.
    SegmentedNpsAccumulator other = new SegmentedNpsAccumulator();
    other.add(US_PRO, 3);
    other.add(EU_PRO, 9);
    assertThrows(ArithmeticException.class, () -> accumulator.addAll(other));
    assertEquals(1, accumulator.segmentCount());
    accumulator.add(US_PRO, 1);
    assertThrows(ArithmeticException.class, accumulator::overall);
  }
}

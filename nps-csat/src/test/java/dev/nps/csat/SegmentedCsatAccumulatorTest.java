package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentedCsatAccumulatorTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final Segment SIMPLE_FAST = Segment.of("complexity", "simple").and("band", "<1h");
  private static final Segment SIMPLE_SLOW = Segment.of("complexity", "simple").and("band", ">1d");
  private static final Segment COMPLEX_SLOW =
      Segment.of("complexity", "complex").and("band", ">1d");

  private static SegmentedCsatAccumulator sample() {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(SCALE);
    accumulator.add(Response.of(5, SIMPLE_FAST));
    accumulator.add(Response.of(2, COMPLEX_SLOW));
    accumulator.add(Response.of(3, SIMPLE_SLOW));
    accumulator.add(Response.of(4, SIMPLE_FAST));
    accumulator.add(Response.of(1, SIMPLE_SLOW));
    return accumulator;
  }

  private static Csat answers(int... answers) {
    return Csat.ofAnswers(SCALE, answers);
  }

  @Test
  void countsPerSegmentInFirstSeenOrder() {
    Map<Segment, Csat> snapshot = sample().snapshot();
    assertEquals(List.of(SIMPLE_FAST, COMPLEX_SLOW, SIMPLE_SLOW),
        new ArrayList<>(snapshot.keySet()));
    assertEquals(answers(5, 4), snapshot.get(SIMPLE_FAST));
    assertEquals(answers(2), snapshot.get(COMPLEX_SLOW));
    assertEquals(answers(3, 1), snapshot.get(SIMPLE_SLOW));
    assertEquals(answers(5, 2, 3, 4, 1), sample().overall());
    assertEquals(Csat.empty(SCALE), sample().get(Segment.of("complexity", "unknown")));
  }

  @Test
  void rollsUpByComplexityAndByResponseTimeBand() {
    Map<Segment, Csat> byComplexity = sample().rollUp("complexity").snapshot();
    assertEquals(answers(5, 4, 3, 1), byComplexity.get(Segment.of("complexity", "simple")));
    assertEquals(answers(2), byComplexity.get(Segment.of("complexity", "complex")));
    Map<Segment, Csat> byBand = sample().rollUp("band").snapshot();
    assertEquals(answers(2, 3, 1), byBand.get(Segment.of("band", ">1d")));
    assertEquals(Map.of(Segment.ALL, sample().overall()), sample().rollUp().snapshot());
  }

  @Test
  void mergeAddsRowsAndAppendsNewSegments() {
    SegmentedCsatAccumulator left = sample();
    SegmentedCsatAccumulator right = new SegmentedCsatAccumulator(SCALE);
    Segment chat = Segment.of("channel", "chat");
    right.add(chat, 4);
    right.add(SIMPLE_FAST, 1);
    left.addAll(right);
    assertEquals(answers(5, 4, 1), left.get(SIMPLE_FAST));
    assertEquals(answers(4), left.get(chat));
    assertEquals(chat, left.segment(3));
    assertEquals(2, right.segmentCount());
    SegmentedCsatAccumulator self = sample();
    self.addAll(self);
    assertEquals(answers(5, 4, 5, 4), self.get(SIMPLE_FAST));
  }

  @Test
  void columnarPathAddsByRowNumberAndValidatesEverything() {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(SCALE);
    int fast = accumulator.indexOf(SIMPLE_FAST);
    int slow = accumulator.indexOf(SIMPLE_SLOW);
    accumulator.addAll(new byte[] {9, 5, 1, 4}, new int[] {fast, fast, slow, slow}, 1, 4);
    assertEquals(answers(5), accumulator.get(SIMPLE_FAST));
    assertEquals(answers(1, 4), accumulator.get(SIMPLE_SLOW));
    accumulator.add(fast, 3);
    assertEquals(answers(5, 3), accumulator.get(SIMPLE_FAST));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {4, 0}, new int[] {fast, fast}, 0, 2));
    assertEquals("answer at index 1 must be in [1, 5] for scale 1-5, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {4, 4}, new int[] {fast, 7}, 0, 2));
    assertEquals("segment row at index 1 must be in [0, 2), was 7", e.getMessage());
    assertEquals(answers(5, 3), accumulator.get(SIMPLE_FAST));
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.add(SIMPLE_FAST, 6));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 6", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.add(2, 3));
  }

  @Test
  void addsResultsOnTheSameScaleOnly() {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(SCALE);
    accumulator.addAll(SIMPLE_FAST, answers(5, 5, 1));
    assertEquals(answers(5, 5, 1), accumulator.get(SIMPLE_FAST));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(SIMPLE_FAST, Csat.ofAnswers(CsatScale.ONE_TO_TEN, 10)));
    assertEquals("cannot merge answers on scale 1-10 (satisfied 9-10) into an accumulator on scale"
        + " 1-5 (satisfied 4-5)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new SegmentedCsatAccumulator(CsatScale.ONE_TO_SEVEN)));
  }

  @Test
  void growsPastItsInitialCapacityAndThrowsOnOverflow() {
    SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(SCALE);
    for (int i = 0; i < 1000; i++) {
      accumulator.add(Segment.of("ticket", Integer.toString(i)), 1 + i % 5);
    }
    assertEquals(1000, accumulator.segmentCount());
    assertEquals(answers(1 + 999 % 5), accumulator.get(Segment.of("ticket", "999")));
    assertEquals(1000, accumulator.overall().total());

    SegmentedCsatAccumulator full = new SegmentedCsatAccumulator(SCALE);
    full.addAll(SIMPLE_FAST, Csat.ofHistogram(SCALE, 0, 0, 0, 0, Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> full.add(SIMPLE_FAST, 5));
    assertEquals(Long.MAX_VALUE, full.get(SIMPLE_FAST).total());
  }
}

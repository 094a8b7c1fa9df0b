package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsatAccumulatorTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;

  @Test
  void addsOneAtATimeAndInBulk() {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    accumulator.add(5);
    accumulator.add(Response.of(1));
    accumulator.addAll(List.of(Response.of(4), Response.of(4)));
    accumulator.addAll(new byte[] {2, 3});
    assertEquals(6, accumulator.total());
    assertEquals(Csat.ofAnswers(SCALE, 5, 1, 4, 4, 2, 3), accumulator.snapshot());
    assertEquals(SCALE, accumulator.scale());
    assertEquals("CsatAccumulator[score=50.00, mean=3.167, total=6, scale=1-5 (satisfied 4-5),"
        + " counts=[1, 1, 1, 2, 1]]", accumulator.toString());
  }

  @Test
  void snapshotsAreIndependentOfLaterAdditions() {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    accumulator.add(5);
    Csat before = accumulator.snapshot();
    accumulator.add(1);
    assertEquals(Csat.ofAnswers(SCALE, 5), before);
  }

  @Test
  void bulkPathsAreAllOrNothing() {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    accumulator.add(4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {5, 5, 6}, 0, 3));
    assertEquals("answer at index 2 must be in [1, 5] for scale 1-5, was 6", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(Arrays.asList(Response.of(5), Response.of(9))));
    assertEquals("answer of response at position 1 must be in [1, 5] for scale 1-5, was 9",
        e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> accumulator.addAll(Arrays.asList(Response.of(5), null)));
    assertEquals("response at position 1 is null", npe.getMessage());
    assertThrows(IndexOutOfBoundsException.class,
        () -> accumulator.addAll(new byte[] {5}, 0, 2));
    assertEquals(Csat.ofAnswers(SCALE, 4), accumulator.snapshot());
  }

  @Test
  void mergesOnlyTheSameScale() {
    CsatAccumulator accumulator = new CsatAccumulator(SCALE);
    accumulator.add(3);
    accumulator.addAll(accumulator);
    assertEquals(Csat.ofAnswers(SCALE, 3, 3), accumulator.snapshot());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new CsatAccumulator(CsatScale.of(1, 5, 5))));
    assertEquals("cannot merge answers on scale 1-5 (satisfied 5) into an accumulator on scale"
        + " 1-5 (satisfied 4-5)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(Csat.ofAnswers(CsatScale.GOOD_BAD, 1)));
    assertEquals("cannot merge answers on scale 0-1 (satisfied 1) into an accumulator on scale"
        + " 1-5 (satisfied 4-5)", e.getMessage());
  }
}

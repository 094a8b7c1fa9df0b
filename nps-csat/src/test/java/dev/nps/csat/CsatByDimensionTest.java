package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsatByDimensionTest {
  private static final CsatScale SCALE = CsatScale.ONE_TO_FIVE;
  private static final int MISSING = CsatByDimensionAccumulator.MISSING;

  /**
   * Four respondents, three questions:
   *
   * <pre>
   *              business  human  hidden
   *   r1              5      4       -
   *   r2              2      -       3
   *   r3              -      -       -
   *   r4              4      5       1
   * </pre>
   *
   * <p>business: answers 5, 2, 4 -> 2 of 3 satisfied (66.67%), mean 11/3, 1 missing. human:
   * answers 4, 5 -> 100%, mean 4.5, 2 missing. hidden: answers 3, 1 -> 0%, mean 2, 2 missing.
   * Counting the missing answers as zeros would have given human a mean of 9/4 = 2.25.
   */
  private static CsatByDimensionAccumulator sample() {
    CsatByDimensionAccumulator accumulator =
        new CsatByDimensionAccumulator(SCALE, "business", "human", "hidden");
    accumulator.add(5, 4, MISSING);
    accumulator.add(2, MISSING, 3);
    accumulator.add(MISSING, MISSING, MISSING);
    accumulator.add(4, 5, 1);
    return accumulator;
  }

  @Test
  void missingAnswersAreMissingNotZero() {
    CsatByDimension result = sample().snapshot();
    assertEquals(4, result.respondents());
    assertEquals(List.of("business", "human", "hidden"), result.dimensions());
    assertEquals(Csat.ofAnswers(SCALE, 5, 2, 4), result.get("business"));
    assertEquals(Csat.ofAnswers(SCALE, 4, 5), result.get("human"));
    assertEquals(Csat.ofAnswers(SCALE, 3, 1), result.get("hidden"));
    assertEquals(200.0 / 3, result.get("business").score(), 1e-12);
    assertEquals(11.0 / 3, result.get("business").mean(), 1e-15);
    assertEquals(4.5, result.get("human").mean());
    assertEquals(0.0, result.get("hidden").score());
    assertEquals(1, result.missing("business"));
    assertEquals(2, result.missing("human"));
    assertEquals(2, result.missing("hidden"));
    assertEquals(List.of("business", "human", "hidden"), List.copyOf(result.asMap().keySet()));
  }

  @Test
  void answersByNameGiveTheSameResult() {
    CsatByDimensionAccumulator byName =
        new CsatByDimensionAccumulator(SCALE, List.of("business", "human", "hidden"));
    byName.add(Map.of("business", 5, "human", 4));
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("business", 2);
    withNull.put("human", null);
    withNull.put("hidden", 3);
    byName.add(withNull);
    byName.add(Map.of());
    byName.add(Map.of("hidden", 1, "human", 5, "business", 4));
    assertEquals(sample().snapshot(), byName.snapshot());
  }

  @Test
  void mergesExactly() {
    CsatByDimensionAccumulator left = sample();
    left.addAll(sample());
    CsatByDimension twice = sample().snapshot().plus(sample().snapshot());
    assertEquals(twice, left.snapshot());
    assertEquals(8, twice.respondents());
    assertEquals(4, twice.missing("human"));
    assertEquals(Csat.ofAnswers(SCALE, 4, 5, 4, 5), twice.get("human"));
    assertNotEquals(sample().snapshot(), twice);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> left.addAll(new CsatByDimensionAccumulator(SCALE, "business", "human")));
    assertEquals("cannot merge dimensions [business, human] on scale 1-5 (satisfied 4-5) into"
        + " dimensions [business, human, hidden] on scale 1-5 (satisfied 4-5)", e.getMessage());
  }

  @Test
  void rejectsInvalidInputAndAddsNothing() {
    CsatByDimensionAccumulator accumulator = sample();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(5, 7, 1));
    assertEquals("answer for dimension 'human' must be in [1, 5] for scale 1-5, was 7",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.add(5, 4));
    assertEquals("expected 3 answers (one per dimension [business, human, hidden]), got 2",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.add(Map.of("speed", 4)));
    assertEquals("unknown dimension 'speed': expected one of [business, human, hidden]",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.add(Map.of("hidden", MISSING)));
    assertEquals("answer for dimension 'hidden' must be in [1, 5] for scale 1-5, was -1",
        e.getMessage());
    assertEquals(sample().snapshot(), accumulator.snapshot());

    e = assertThrows(IllegalArgumentException.class,
        () -> new CsatByDimensionAccumulator(SCALE, "business", "business"));
    assertEquals("dimension 'business' is named twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CsatByDimensionAccumulator(SCALE, " "));
    assertEquals("dimension name must not be blank, was ' '", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CsatByDimensionAccumulator(SCALE));
    assertEquals("at least one dimension is needed, got none", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> sample().snapshot().get("speed"));
    assertEquals("unknown dimension 'speed': expected one of [business, human, hidden]",
        e.getMessage());
  }

  @Test
  void resultsComputedElsewhereEqualTheAccumulatorsAndAreChecked() {
    Map<String, Csat> results = new java.util.LinkedHashMap<>();
    results.put("business", Csat.ofAnswers(SCALE, 5, 2, 4));
    results.put("human", Csat.ofAnswers(SCALE, 4, 5));
    results.put("hidden", Csat.ofAnswers(SCALE, 3, 1));
    assertEquals(sample().snapshot(), CsatByDimension.of(SCALE, 4, results));
    assertNotEquals(sample().snapshot(), CsatByDimension.of(SCALE, 5, results));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsatByDimension.of(SCALE, 2, results));
    assertEquals("dimension 'business' has 3 answers, more than the 2 respondents",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CsatByDimension.of(SCALE, -1, results));
    assertEquals("respondents must not be negative, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsatByDimension.of(SCALE, 4,
        Map.of("human", Csat.ofAnswers(CsatScale.ONE_TO_SEVEN, 7))));
    assertEquals("dimension 'human' is on scale 1-7 (satisfied 6-7), not 1-5 (satisfied 4-5)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CsatByDimension.of(SCALE, 4, Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> CsatByDimension.of(SCALE, 4, Map.of(" ", Csat.empty(SCALE))));
  }
}

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

  @Test
  void ofReturnsSharedInstancesWithTheirCategories() {
    for (int value = 0; value <= 10; value++) {
      Score score = Score.of(value);
      assertSame(score, Score.of(value));
      assertEquals(value, score.value());
      assertEquals(Integer.toString(value), score.toString());
      Category expected =
          value <= 6 ? Category.DETRACTOR : value <= 8 ? Category.PASSIVE : Category.PROMOTER;
      assertEquals(expected, score.category());
      assertEquals(expected, Category.of(value));
    }
    assertTrue(Score.of(3).compareTo(Score.of(4)) < 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void outOfRangeValuesAreRejectedWithTheValueAndRange(int value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Score.of(value));
    assertEquals("score must be in [0, 10], was " + value, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Category.of(value));
    assertEquals("score must be in [0, 10], was " + value, e.getMessage());
  }

  @Test
  void categoriesCoverTheirRanges() {
    assertEquals(0, Category.DETRACTOR.lowest());
    assertEquals(6, Category.DETRACTOR.highest());
    assertEquals(7, Category.PASSIVE.lowest());
    assertEquals(8, Category.PASSIVE.highest());
    assertEquals(9, Category.PROMOTER.lowest());
    assertEquals(10, Category.PROMOTER.highest());
    assertTrue(Category.PASSIVE.contains(7));
    assertFalse(Category.PASSIVE.contains(9));
    assertFalse(Category.PROMOTER.contains(11));
  }
}

package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsatScaleTest {
  @Test
  void constants() {
    assertScale(CsatScale.ONE_TO_FIVE, 1, 5, 4);
    assertScale(CsatScale.ONE_TO_SEVEN, 1, 7, 6);
    assertScale(CsatScale.ONE_TO_TEN, 1, 10, 9);
    assertScale(CsatScale.ZERO_TO_TEN, 0, 10, 9);
    assertScale(CsatScale.GOOD_BAD, 0, 1, 1);
    assertScale(CsatScale.CES_ONE_TO_SEVEN, 1, 7, 5);
    assertScale(CsatScale.CES_ONE_TO_FIVE, 1, 5, 4);
    assertTrue(CsatScale.GOOD_BAD.isSatisfied(CsatScale.GOOD));
    assertFalse(CsatScale.GOOD_BAD.isSatisfied(CsatScale.BAD));
  }

  private static void assertScale(CsatScale scale, int min, int max, int satisfiedFrom) {
    assertEquals(min, scale.min());
    assertEquals(max, scale.max());
    assertEquals(satisfiedFrom, scale.satisfiedFrom());
    assertEquals(max - min + 1, scale.size());
    assertEquals(scale, CsatScale.of(min, max, satisfiedFrom));
  }

  @Test
  void satisfiedFromTheThresholdUp() {
    CsatScale scale = CsatScale.ONE_TO_FIVE;
    assertFalse(scale.isSatisfied(1));
    assertFalse(scale.isSatisfied(3));
    assertTrue(scale.isSatisfied(4));
    assertTrue(scale.isSatisfied(5));
    assertTrue(scale.contains(1));
    assertFalse(scale.contains(0));
    assertFalse(scale.contains(6));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scale.isSatisfied(7));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 7", e.getMessage());
  }

  @Test
  void customScales() {
    CsatScale scale = CsatScale.of(1, 10, 8);
    assertTrue(scale.isSatisfied(8));
    assertFalse(scale.isSatisfied(7));
    assertEquals("1-10 (satisfied 8-10)", scale.toString());
    assertEquals("0-1 (satisfied 1)", CsatScale.GOOD_BAD.toString());
    assertNotEquals(CsatScale.ONE_TO_FIVE, CsatScale.of(1, 5, 5));
    assertEquals(CsatScale.ONE_TO_FIVE.hashCode(), CsatScale.of(1, 5, 4).hashCode());
    // CES on five points has the same numbers as the default CSAT scale, and so is equal to it.
    assertEquals(CsatScale.ONE_TO_FIVE, CsatScale.CES_ONE_TO_FIVE);
  }

  @Test
  void rejectsInvalidScalesWithMessagesNamingTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsatScale.of(1, 5, 6));
    assertEquals("satisfied threshold must be in [2, 5] for scale 1-5, was 6", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsatScale.of(1, 5, 1));
    assertEquals("satisfied threshold must be in [2, 5] for scale 1-5, was 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsatScale.of(-1, 5, 4));
    assertEquals("scale minimum must be in [0, 9], was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsatScale.of(1, 11, 9));
    assertEquals("scale maximum must be in [2, 10] for minimum 1, was 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsatScale.of(5, 5, 5));
    assertEquals("scale maximum must be in [6, 10] for minimum 5, was 5", e.getMessage());
  }
}

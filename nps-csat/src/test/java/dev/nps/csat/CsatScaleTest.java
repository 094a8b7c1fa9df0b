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

  @Test
  void parseReadsTheStandardNamesAndTheCustomForm() {
    assertEquals(CsatScale.ONE_TO_FIVE, CsatScale.parse("1-5"));
    assertEquals(CsatScale.ONE_TO_SEVEN, CsatScale.parse("1-7"));
    assertEquals(CsatScale.ONE_TO_TEN, CsatScale.parse(" 1-10 "));
    assertEquals(CsatScale.ZERO_TO_TEN, CsatScale.parse("0-10"));
    assertEquals(CsatScale.GOOD_BAD, CsatScale.parse("Good-Bad"));
    // CES on 1-7 agrees from 5: the custom form names its threshold.
    assertEquals(CsatScale.CES_ONE_TO_SEVEN, CsatScale.parse("1-7:5"));
    assertEquals(CsatScale.of(0, 4, 3), CsatScale.parse("0 - 4 : 3"));
  }

  @Test
  void notationIsReadBackByParse() {
    assertEquals("1-5", CsatScale.ONE_TO_FIVE.notation());
    assertEquals("good-bad", CsatScale.GOOD_BAD.notation());
    assertEquals("1-7:5", CsatScale.CES_ONE_TO_SEVEN.notation());
    assertEquals("1-7", CsatScale.ONE_TO_SEVEN.notation());
    for (int min = 0; min <= 10; min++) {
      for (int max = min + 1; max <= 10; max++) {
        for (int from = min + 1; from <= max; from++) {
          CsatScale scale = CsatScale.of(min, max, from);
          assertEquals(scale, CsatScale.parse(scale.notation()), scale::toString);
        }
      }
    }
  }

  @Test
  void parseRejectsOtherTextNamingItAndTheForms() {
    for (String bad : new String[] {"", "banana", "1-5:", "1-5-4", "5:1-4", "1-5:x", "-1-5:4",
        "1-5:4:3", "+1-5:4", "1-11:9", "1-5:6"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CsatScale.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad.isEmpty() ? "''" : bad), e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsatScale.parse("banana"));
    assertEquals("scale must be 1-5, 1-7, 1-10, 0-10, good-bad or MIN-MAX:SATISFIED_FROM such as"
        + " 1-5:4, was 'banana'", e.getMessage());
    assertThrows(NullPointerException.class, () -> CsatScale.parse(null));
  }
}

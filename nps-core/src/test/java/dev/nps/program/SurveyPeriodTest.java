package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyPeriodTest {
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void containsItsStartButNotItsEnd() {
    SurveyPeriod march = SurveyPeriod.of("2026-03", MARCH, APRIL);
    assertTrue(march.contains(MARCH));
    assertTrue(march.contains(APRIL.minusNanos(1)));
    assertFalse(march.contains(APRIL));
    assertFalse(march.contains(MARCH.minusNanos(1)));
    assertEquals("2026-03", march.label());
    assertEquals(MARCH, march.start());
    assertEquals(APRIL, march.end());
    assertEquals("2026-03 [2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z)", march.toString());
  }

  @Test
  void mustEndAfterItStarts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyPeriod.of("empty", MARCH, MARCH));
    assertEquals("period 'empty' must end after it starts, was [2026-03-01T00:00:00Z,"
        + " 2026-03-01T00:00:00Z)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SurveyPeriod.of("back", APRIL, MARCH));
    assertThrows(NullPointerException.class, () -> SurveyPeriod.of(null, MARCH, APRIL));
    assertThrows(NullPointerException.class, () -> SurveyPeriod.of("x", null, APRIL));
    assertThrows(NullPointerException.class, () -> SurveyPeriod.of("x", MARCH, null));
  }

  /** Ordered by start, then by end, then by label. */
  @Test
  void ordersByStartThenEndThenLabel() {
    SurveyPeriod march = SurveyPeriod.of("b", MARCH, APRIL);
    SurveyPeriod marchToMay = SurveyPeriod.of("a", MARCH, MAY);
    SurveyPeriod marchRelabelled = SurveyPeriod.of("c", MARCH, APRIL);
    SurveyPeriod april = SurveyPeriod.of("a", APRIL, MAY);
    assertTrue(march.compareTo(april) < 0);
    assertTrue(april.compareTo(march) > 0);
    // Same start: the earlier end first, though its label sorts later.
    assertTrue(march.compareTo(marchToMay) < 0);
    assertTrue(marchToMay.compareTo(march) > 0);
    // Same start and end: by label.
    assertTrue(march.compareTo(marchRelabelled) < 0);
    assertTrue(marchRelabelled.compareTo(march) > 0);
    assertEquals(0, march.compareTo(SurveyPeriod.of("b", MARCH, APRIL)));
    List<SurveyPeriod> periods =
        new ArrayList<>(List.of(april, marchRelabelled, marchToMay, march));
    Collections.sort(periods);
    assertEquals(List.of(march, marchRelabelled, marchToMay, april), periods);
  }

  @Test
  void equalOnLabelStartAndEnd() {
    SurveyPeriod march = SurveyPeriod.of("2026-03", MARCH, APRIL);
    SurveyPeriod same = SurveyPeriod.of("2026-03", MARCH, APRIL);
    assertEquals(march, same);
    assertEquals(march.hashCode(), same.hashCode());
    assertNotEquals(march, SurveyPeriod.of("March", MARCH, APRIL));
    assertNotEquals(march, SurveyPeriod.of("2026-03", MARCH.minusSeconds(1), APRIL));
    assertNotEquals(march, SurveyPeriod.of("2026-03", MARCH, MAY));
    assertNotEquals(march, "2026-03");
  }
}

package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void pairsKeepTheirOrder() {
    Segment segment = Segment.of("region", "EU").and("plan", "pro");
    assertEquals("region=EU, plan=pro", segment.toString());
    assertEquals(List.of("region", "plan"), segment.dimensions());
    assertEquals(Optional.of("EU"), segment.value("region"));
    assertEquals(Optional.of("pro"), segment.value("plan"));
    assertEquals(Optional.empty(), segment.value("channel"));
    assertEquals(2, segment.size());
    assertEquals(List.of("region", "plan"), List.copyOf(segment.asMap().keySet()));
  }

  @Test
  void equalityDependsOnPairsAndOrder() {
    Segment a = Segment.of("region", "EU").and("plan", "pro");
    Segment b = Segment.of("region", "EU").and("plan", "pro");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Segment.of("plan", "pro").and("region", "EU"));
    assertNotEquals(a, Segment.of("region", "EU"));
    assertNotEquals(a, Segment.of("region", "EU").and("plan", "free"));
    assertNotEquals(a, null);
  }

  @Test
  void allHasNoDimensions() {
    assertEquals(0, Segment.ALL.size());
    assertEquals("all", Segment.ALL.toString());
    assertEquals(Segment.ALL, Segment.of(Map.of()));
    assertEquals(Segment.of("region", "EU"), Segment.ALL.and("region", "EU"));
  }

  @Test
  void ofMapFollowsIterationOrder() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("plan", "pro");
    pairs.put("region", "EU");
    assertEquals(Segment.of("plan", "pro").and("region", "EU"), Segment.of(pairs));
  }

  @Test
  void keepProjectsOntoNamedDimensions() {
    Segment segment = Segment.of("region", "EU").and("plan", "pro").and("channel", "web");
    assertEquals(Segment.of("region", "EU"), segment.keep("region"));
    assertEquals(Segment.of("channel", "web").and("region", "EU"),
        segment.keep("channel", "region"));
    assertEquals(Segment.ALL, segment.keep());
    assertEquals(Segment.of("plan", "pro"), segment.keep("plan", "missing"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> segment.keep("plan", "plan"));
    assertEquals("dimension 'plan' is named twice", e.getMessage());
  }

  @Test
  void nullAndBlankNamesAreRejected() {
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> Segment.of(null, "EU"));
    assertEquals("dimension name must not be null", npe.getMessage());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Segment.of("  ", "EU"));
    assertEquals("dimension name must not be blank, was '  '", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Segment.of("", "EU"));
    assertEquals("dimension name must not be blank, was ''", e.getMessage());
    npe = assertThrows(NullPointerException.class, () -> Segment.of("region", null));
    assertEquals("value of dimension 'region' must not be null", npe.getMessage());
    assertThrows(NullPointerException.class, () -> Segment.ALL.value(null));
  }

  @Test
  void duplicateDimensionsAreRejected() {
    Segment eu = Segment.of("region", "EU");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> eu.and("region", "US"));
    assertEquals("dimension 'region' is already in segment [region=EU]", e.getMessage());
  }
}

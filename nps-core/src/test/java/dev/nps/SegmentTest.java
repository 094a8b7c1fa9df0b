package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    // keep() rejects a name given twice whether or not the segment has that dimension.
    e = assertThrows(IllegalArgumentException.class, () -> eu.keep("region", "region"));
    assertEquals("dimension 'region' is named twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> eu.keep("plan", "region", "plan"));
    assertEquals("dimension 'plan' is named twice", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Segment.ALL.keep("plan", "plan"));
    assertEquals(eu, eu.keep("plan", "region"));
  }

  /**
   * The hash code is SipHash-2-4 of the pairs under a fixed key, the same in every process. The
   * expected values are printed by src/test/resources/dev/nps/segment_hash.py, an independent
   * implementation in Python that also reproduces the published SipHash test vectors.
   */
  @Test
  void hashCodeIsSipHashOfThePairs() {
    assertEquals(-444912331, Segment.ALL.hashCode());
    assertEquals(-1657131857, Segment.of("region", "EU").hashCode());
    assertEquals(-1349584087, Segment.of("region", "EU").and("plan", "pro").hashCode());
    // "AaAa" and "BBBB" share a String.hashCode (2031744), but not a segment hash code.
    assertEquals("AaAa".hashCode(), "BBBB".hashCode());
    assertEquals(-788571497, Segment.of("region", "AaAa").hashCode());
    assertEquals(-583681921, Segment.of("region", "BBBB").hashCode());
  }

  /**
   * The 65,536 values of 16 blocks of "Aa" or "BB" share one String.hashCode; as segments they
   * have 65,536 hash codes, and no more of them share their low 11 bits than random codes would
   * (65,536 codes over 2,048 slots: 32 on average). Both counts from segment_hash.py.
   */
  @Test
  void valuesThatShareAStringHashCodeDoNotShareASegmentHashCode() {
    Set<Integer> codes = new HashSet<>();
    Map<Integer, Integer> lowBits = new HashMap<>();
    for (int i = 0; i < 1 << 16; i++) {
      StringBuilder value = new StringBuilder();
      for (int block = 0; block < 16; block++) {
        value.append(((i >> block) & 1) == 0 ? "Aa" : "BB");
      }
      int code = Segment.of("region", value.toString()).hashCode();
      codes.add(code);
      lowBits.merge(code & 0x7FF, 1, Integer::sum);
    }
    assertEquals(1 << 16, codes.size());
    assertEquals(54, Collections.max(lowBits.values()));
  }

  @Test
  void hashCodeIsTheSameWhicheverWayTheSegmentIsBuilt() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("region", "EU");
    pairs.put("plan", "pro");
    Segment built = Segment.of(pairs);
    Segment kept = Segment.of("region", "EU").and("team", "t1").and("plan", "pro")
        .keep("region", "plan");
    assertEquals(built, kept);
    assertEquals(built.hashCode(), kept.hashCode());
    // The lengths are hashed: moving characters between name and value changes the message
    // (hash codes from segment_hash.py).
    assertNotEquals(Segment.of("ab", "c"), Segment.of("a", "bc"));
    assertEquals(-28142371, Segment.of("ab", "c").hashCode());
    assertEquals(-1199067451, Segment.of("a", "bc").hashCode());
  }

  @Test
  void segmentsAreOrderedPairByPair() {
    Segment eu = Segment.of("region", "EU");
    Segment euPro = eu.and("plan", "pro");
    Segment euFree = eu.and("plan", "free");
    Segment us = Segment.of("region", "US");
    Segment plan = Segment.of("plan", "pro");
    List<Segment> sorted = new ArrayList<>(List.of(us, euPro, Segment.ALL, plan, euFree, eu));
    Collections.sort(sorted);
    // "plan" < "region" as names; then EU < US as values; a prefix first; "free" < "pro".
    assertEquals(List.of(Segment.ALL, plan, eu, euFree, euPro, us), sorted);
    assertEquals(0, euPro.compareTo(Segment.of("region", "EU").and("plan", "pro")));
    assertTrue(eu.compareTo(euPro) < 0);
    assertTrue(euPro.compareTo(eu) > 0);
    assertThrows(NullPointerException.class, () -> eu.compareTo(null));
  }
}

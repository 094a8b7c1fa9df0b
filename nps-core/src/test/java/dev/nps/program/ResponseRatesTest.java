package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseRatesTest {
  private static final PeriodScheme MONTHS =
      PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);
  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");
  private static final SurveyPeriod MARCH = MONTHS.periodOf(Instant.parse("2026-03-01T00:00:00Z"));

  private static Response answer(Segment segment, String at) {
    return Response.builder().score(9).segment(segment).answeredAt(Instant.parse(at)).build();
  }

  @Test
  void answersOverInvitationsPerSegmentAndPeriod() {
    ResponseRates rates = ResponseRates.builder(MONTHS)
        .invited(EU, MARCH, 10)
        .invited(US, MARCH, 4)
        .invited(US, MARCH, 4)
        .addAll(List.of(
            answer(EU, "2026-03-02T00:00:00Z"),
            answer(EU, "2026-03-31T23:59:59Z"),
            answer(US, "2026-03-15T00:00:00Z"),
            answer(EU, "2026-04-01T00:00:00Z"),
            Response.of(9, EU)))
        .build();
    assertEquals(Rate.of(2, 10), rates.get(EU, MARCH));
    assertEquals(20.0, rates.get(EU, MARCH).percent(), 1e-12);
    // A Rate, so with its Wilson interval: for 2 of 10 at 95% (z^2 = 3.841459), centre
    // (4 + z^2) / (2 (10 + z^2)) = 0.283259, half-width z sqrt(z^2 + 6.4) / 27.682918 = 0.226579.
    assertEquals(5.668, rates.get(EU, MARCH).confidenceInterval(0.95).lower(), 1e-3);
    assertEquals(50.984, rates.get(EU, MARCH).confidenceInterval(0.95).upper(), 1e-3);
    assertEquals(Rate.of(1, 8), rates.get(US, MARCH));
    assertEquals(1, rates.uninvited()); // the April answer
    assertEquals(1, rates.undated());
    // Keyed by (segment, period), in the order the invitations were given.
    assertEquals(List.of(ResponseRates.Key.of(EU, MARCH), ResponseRates.Key.of(US, MARCH)),
        List.copyOf(rates.all().keySet()));
    assertEquals(Rate.of(1, 8), rates.all().get(ResponseRates.Key.of(US, MARCH)));
    ResponseRates.Key key = rates.all().keySet().iterator().next();
    assertEquals(EU, key.segment());
    assertEquals(MARCH, key.period());
  }

  @Test
  void keysAreEqualOnSegmentAndPeriod() {
    SurveyPeriod april = MONTHS.periodOf(Instant.parse("2026-04-01T00:00:00Z"));
    ResponseRates.Key key = ResponseRates.Key.of(EU, MARCH);
    assertEquals(ResponseRates.Key.of(EU, MARCH), key);
    assertEquals(ResponseRates.Key.of(EU, MARCH).hashCode(), key.hashCode());
    assertNotEquals(ResponseRates.Key.of(US, MARCH), key);
    assertNotEquals(ResponseRates.Key.of(EU, april), key);
    assertNotEquals(key, List.of(EU, MARCH));
    assertEquals("Key[region=EU, " + MARCH + "]", key.toString());
    assertThrows(NullPointerException.class, () -> ResponseRates.Key.of(null, MARCH));
    assertThrows(NullPointerException.class, () -> ResponseRates.Key.of(EU, null));
  }

  @Test
  void invalidCountsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResponseRates
        .builder(MONTHS).invited(EU, MARCH, -1));
    assertEquals("invitations must not be negative, was -1", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> ResponseRates.builder(MONTHS).invited(EU, MARCH, 0).build().get(EU, MARCH)
            .percent());
    e = assertThrows(IllegalArgumentException.class, () -> ResponseRates.builder(MONTHS)
        .invited(EU, MARCH, 1)
        .add(answer(EU, "2026-03-02T00:00:00Z"))
        .add(answer(EU, "2026-03-03T00:00:00Z"))
        .build());
    assertEquals("segment [region=EU] in period " + MARCH + " has 2 answers but only 1"
        + " invitations", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ResponseRates.builder(MONTHS)
        .build().get(EU, MARCH));
    assertEquals("no invitation count was given for segment [region=EU] in period " + MARCH,
        e.getMessage());
  }

  @Test
  void periodsMustComeFromTheScheme() {
    SurveyPeriod relabelled = SurveyPeriod.of("March", MARCH.start(), MARCH.end());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResponseRates.builder(MONTHS).invited(EU, relabelled, 10));
    assertEquals("period " + relabelled + " is not a period of " + MONTHS
        + "; take it from the scheme, e.g. scheme.periodOf(instant)", e.getMessage());
  }

  @Test
  void ratesComputedElsewhereKeepTheirOrderAndCompareAsValues() {
    SurveyPeriod april = MONTHS.periodOf(Instant.parse("2026-04-01T00:00:00Z"));
    Map<ResponseRates.Key, Rate> given = new LinkedHashMap<>();
    given.put(ResponseRates.Key.of(US, april), Rate.of(3, 9));
    given.put(ResponseRates.Key.of(EU, MARCH), Rate.of(2, 10));
    ResponseRates rates = ResponseRates.of(given, 4, 1);
    assertEquals(List.copyOf(given.keySet()), List.copyOf(rates.all().keySet()));
    assertEquals(Rate.of(3, 9), rates.get(US, april));
    assertEquals(4, rates.uninvited());
    assertEquals(1, rates.undated());
    given.clear(); // copied
    assertEquals(2, rates.all().size());
    assertEquals("ResponseRates[rates=2, uninvited=4, undated=1]", rates.toString());

    // The builder's result of the same counts is equal; order, rates and counts all matter.
    ResponseRates built = ResponseRates.builder(MONTHS).invited(EU, MARCH, 10)
        .add(answer(EU, "2026-03-02T00:00:00Z")).add(answer(EU, "2026-03-03T00:00:00Z"))
        .build();
    Map<ResponseRates.Key, Rate> same = Map.of(ResponseRates.Key.of(EU, MARCH), Rate.of(2, 10));
    assertEquals(ResponseRates.of(same, 0, 0), built);
    assertEquals(ResponseRates.of(same, 0, 0).hashCode(), built.hashCode());
    assertNotEquals(ResponseRates.of(same, 1, 0), built);
    assertNotEquals(ResponseRates.of(same, 0, 1), built);
    assertNotEquals(ResponseRates.of(Map.of(ResponseRates.Key.of(EU, MARCH), Rate.of(3, 10)), 0,
        0), built);
    Map<ResponseRates.Key, Rate> twoOrders = new LinkedHashMap<>();
    twoOrders.put(ResponseRates.Key.of(EU, MARCH), Rate.of(2, 10));
    twoOrders.put(ResponseRates.Key.of(US, MARCH), Rate.of(1, 10));
    Map<ResponseRates.Key, Rate> reversed = new LinkedHashMap<>();
    reversed.put(ResponseRates.Key.of(US, MARCH), Rate.of(1, 10));
    reversed.put(ResponseRates.Key.of(EU, MARCH), Rate.of(2, 10));
    assertNotEquals(ResponseRates.of(twoOrders, 0, 0), ResponseRates.of(reversed, 0, 0));
    assertNotEquals(built, "ResponseRates");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResponseRates.of(same, -1, 0));
    assertEquals("uninvited must not be negative, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ResponseRates.of(same, 0, -2));
    assertEquals("undated must not be negative, was -2", e.getMessage());
  }
}

package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answer times: the common forms without options, --time-format, and whose offset wins. */
class TimeParserTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void commonFormsAreRecognisedWithoutOptions() {
    TimeParser utc = TimeParser.of(null, ZoneOffset.UTC);
    // 10:12:33 at UTC-7 is 17:12:33Z.
    Instant expected = at("2024-05-01T17:12:33Z");
    for (String text : List.of("2024-05-01 10:12:33 -0700", "2024-05-01T10:12:33-0700",
        "2024-05-01T10:12:33-07:00", "2024-05-01T10:12:33-07", "2024-05-01 10:12:33-07:00",
        "2024-05-01T17:12:33Z", "2024-05-01 17:12:33 UTC", "2024-05-01t17:12:33z",
        "2024-05-01T19:12:33+02:00[Europe/Berlin]", "2024-05-01T19:12:33[Europe/Berlin]")) {
      assertEquals(expected, utc.parse(text), text);
    }
    assertEquals(at("2024-05-01T17:12:33.500Z"), utc.parse("2024-05-01T10:12:33.5-07:00"));
    assertEquals(at("2024-05-01T17:12:33.123456789Z"),
        utc.parse("2024-05-01 17:12:33,123456789"));
    assertEquals(at("2024-05-01T10:12:00Z"), utc.parse("2024-05-01 10:12"));
    assertEquals(at("2024-05-01T09:05:00Z"), utc.parse("2024-05-01 9:05"));
    assertEquals(at("2024-05-01T00:00:00Z"), utc.parse("2024-05-01"));
    // German Excel: day first with dots.
    assertEquals(at("2024-05-01T10:12:00Z"), utc.parse("01.05.2024 10:12"));
    assertEquals(at("2024-05-01T10:12:30Z"), utc.parse("1.5.2024, 10:12:30"));
    assertEquals(at("2024-12-31T00:00:00Z"), utc.parse("31.12.2024"));
  }

  @Test
  void aTimesOwnOffsetWinsOverTheZone() {
    TimeParser newYork = TimeParser.of(null, NEW_YORK);
    // Local times are New York's: 10:00 EDT (UTC-4) on 1 May is 14:00Z ...
    assertEquals(at("2024-05-01T14:00:00Z"), newYork.parse("2024-05-01 10:00"));
    // ... but a time with an offset or a region is that instant.
    assertEquals(at("2024-05-01T10:00:00Z"), newYork.parse("2024-05-01 10:00 +0000"));
    assertEquals(at("2024-05-01T08:00:00Z"), newYork.parse("2024-05-01T10:00[Europe/Berlin]"));
    // A column's declared zone (Qualtrics) replaces the zone of local times only.
    TimeParser denver = newYork.withZone(ZoneId.of("America/Denver"));
    assertEquals(at("2024-06-01T02:30:00Z"), denver.parse("2024-05-31 20:30:00"));
    assertEquals(at("2024-05-31T20:30:00Z"), denver.parse("2024-05-31 20:30:00Z"));
  }

  @Test
  void otherFormsAreNotGuessed() {
    TimeParser utc = TimeParser.of(null, ZoneOffset.UTC);
    for (String text : List.of("05/01/2024 10:12:33 AM", "2024-13-01", "2024-02-30",
        "2024-05-01T25:00", "1714500000", "yesterday", "2024-05-01T10:00:00+25:00",
        "2024-05-01T10:00[Mars/Olympus]")) {
      assertNull(utc.parse(text), text);
    }
    assertTrue(utc.expected("1714500000").contains("--time-format epoch-seconds"));
    assertTrue(utc.expected("05/01/2024").contains("--time-format 'MM/dd/yyyy hh:mm:ss a'"));
  }

  @Test
  void timeFormatTakesJavaTimePatternsAndEpochs() {
    TimeParser us = TimeParser.of("MM/dd/yyyy hh:mm:ss a", ZoneOffset.UTC);
    assertEquals(at("2024-05-01T10:12:33Z"), us.parse("05/01/2024 10:12:33 AM"));
    assertEquals(at("2024-05-01T22:12:33Z"), us.parse("05/01/2024 10:12:33 pm"));
    assertNull(us.parse("2024-05-01 10:12:33"), "a user's pattern is not second-guessed");
    TimeParser preset = TimeParser.of("MM/dd/yyyy hh:mm:ss a", ZoneOffset.UTC, true);
    assertEquals(at("2024-05-01T10:12:33Z"), preset.parse("2024-05-01 10:12:33"));
    TimeParser offset = TimeParser.of("yyyy-MM-dd HH:mm Z", NEW_YORK);
    assertEquals(at("2024-05-01T08:00:00Z"), offset.parse("2024-05-01 10:00 +0200"));
    TimeParser day = TimeParser.of("dd/MM/yyyy", ZoneOffset.UTC);
    assertEquals(at("2024-05-13T00:00:00Z"), day.parse("13/05/2024"));
    // 1714500000 s after the epoch is 2024-04-30T18:00:00Z (date -u -d @1714500000).
    assertEquals(at("2024-04-30T18:00:00Z"),
        TimeParser.of("epoch-seconds", ZoneOffset.UTC).parse("1714500000"));
    assertEquals(at("2024-04-30T18:00:00.123Z"),
        TimeParser.of("epoch-millis", ZoneOffset.UTC).parse("1714500000123"));
    assertNull(TimeParser.of("epoch-seconds", ZoneOffset.UTC).parse("1714500000.5"));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> TimeParser.of("yyyy-MM-dd {", ZoneOffset.UTC));
    assertTrue(bad.getMessage().startsWith("--time-format 'yyyy-MM-dd {' is not a java.time"
        + " pattern"), bad.getMessage());
  }
}

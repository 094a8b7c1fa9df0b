package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the raw text fields of one row into a {@link Response}, or into a problem that names the
 * field and its value. Shared by the CSV and JSON Lines readers so both accept the same values.
 */
final class RowParser {
  /** What the decoder puts in place of bytes that are not UTF-8. */
  static final char REPLACEMENT = '\uFFFD';

  /** Answer times outside this span are treated as data errors, such as a 1900-01-01 default. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The end of the span of plausible answer times, exclusive. */
  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final Columns columns;
  private final ZoneId zone;

  RowParser(Columns columns, ZoneId zone) {
    this.columns = columns;
    this.zone = zone;
  }

  /**
   * Parses one row.
   *
   * @param line the row's line, for messages
   * @param field returns a column's raw text (possibly empty), or null when the row has no such
   *     column
   */
  Row parse(long line, Function<String, String> field) {
    String scoreText = present(field.apply(columns.score));
    if (scoreText == null) {
      return Row.bad(line, "missing score", "score is missing (column '" + columns.score + "')");
    }
    if (!DIGITS.matcher(scoreText.trim()).matches()) {
      return Row.bad(line, "score not an integer", "score '" + scoreText + "' is not an integer");
    }
    int score = Integer.parseInt(scoreText.trim());
    Response.Builder builder;
    try {
      builder = Response.builder().score(score);
    } catch (IllegalArgumentException e) {
      return Row.bad(line, "score out of range", e.getMessage());
    }

    Segment segment = Segment.ALL;
    for (String dimension : columns.segments) {
      String value = field.apply(dimension);
      if (value == null) {
        return Row.bad(line, "missing " + dimension,
            "segment column '" + dimension + "' is missing (--by)");
      }
      segment = segment.and(dimension, value);
    }
    builder.segment(segment);

    String respondent = present(field.apply(columns.respondent));
    if (respondent != null) {
      builder.respondentId(respondent.trim());
    }
    builder.comment(field.apply(columns.comment));

    String time = present(field.apply(columns.answeredAt));
    if (time != null) {
      Instant instant = parseTime(time.trim());
      if (instant == null) {
        return Row.bad(line, "malformed " + columns.answeredAt,
            columns.answeredAt + " '" + time + "' is not an ISO-8601 date or date-time"
                + " (such as 2026-03-01, 2026-03-01T10:15:30 or 2026-03-01T10:15:30Z)");
      }
      if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
        return Row.bad(line, "implausible " + columns.answeredAt,
            columns.answeredAt + " '" + time + "' is outside the plausible span [" + EARLIEST
                + ", " + LATEST + ")");
      }
      builder.answeredAt(instant);
    }

    String weightText = present(field.apply(columns.weight));
    if (weightText != null) {
      try {
        builder.weight(Double.parseDouble(weightText.trim()));
      } catch (NumberFormatException e) {
        return Row.bad(line, "malformed " + columns.weight,
            columns.weight + " '" + weightText + "' is not a number");
      } catch (IllegalArgumentException e) {
        return Row.bad(line, "invalid " + columns.weight, e.getMessage());
      }
    }
    return Row.good(line, builder.build());
  }

  /** Returns the text, or null when it is absent or blank. */
  private static String present(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Parses an instant, an offset date-time, a local date-time or a date; null if none fits. */
  private Instant parseTime(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeException notOffset) {
      // fall through
    }
    try {
      return LocalDateTime.parse(iso).atZone(zone).toInstant();
    } catch (DateTimeException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
    } catch (DateTimeException notDate) {
      return null;
    }
  }
}

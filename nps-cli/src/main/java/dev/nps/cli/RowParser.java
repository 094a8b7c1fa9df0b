package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Turns the raw text fields of one row into a {@link Response}, or into a problem that names the
 * field and its value. Shared by the CSV and JSON Lines readers so both accept the same values.
 */
final class RowParser {
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
   * @param field returns a column's raw text, or null when the row has no such column or the
   *     value is empty
   */
  Row parse(long line, Function<String, String> field) {
    String scoreText = field.apply(columns.score);
    if (scoreText == null) {
      return Row.bad(line, "missing score", "score is missing (column '" + columns.score + "')");
    }
    int score;
    try {
      score = Integer.parseInt(scoreText.trim());
    } catch (NumberFormatException e) {
      return Row.bad(line, "score not an integer", "score '" + scoreText + "' is not an integer");
    }
    Response.Builder builder;
    try {
      builder = Response.builder().score(score);
    } catch (IllegalArgumentException e) {
      return Row.bad(line, "score out of range", e.getMessage());
    }

    Segment segment = Segment.ALL;
    for (String dimension : columns.segments) {
      String value = field.apply(dimension);
      segment = segment.and(dimension, value == null ? "" : value);
    }
    builder.segment(segment);

    String respondent = field.apply(columns.respondent);
    if (respondent != null && !respondent.isBlank()) {
      builder.respondentId(respondent.trim());
    }
    builder.comment(field.apply(columns.comment));

    String time = field.apply(columns.answeredAt);
    if (time != null && !time.isBlank()) {
      Instant instant = parseTime(time.trim());
      if (instant == null) {
        return Row.bad(line, "malformed " + columns.answeredAt,
            columns.answeredAt + " '" + time + "' is not an ISO-8601 date or date-time"
                + " (such as 2026-03-01, 2026-03-01T10:15:30 or 2026-03-01T10:15:30Z)");
      }
      builder.answeredAt(instant);
    }

    String weightText = field.apply(columns.weight);
    if (weightText != null && !weightText.isBlank()) {
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

  /** Parses an instant, an offset date-time, a local date-time or a date; null if none fits. */
  private Instant parseTime(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through
    }
    try {
      return LocalDateTime.parse(iso).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }
}

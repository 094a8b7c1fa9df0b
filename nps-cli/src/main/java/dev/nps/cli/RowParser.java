package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Turns the raw text fields of one row into a {@link Response}, an unanswered row, or a problem
 * that names the column. Shared by every reader so that all accept the same values.
 *
 * <p>Messages show a value only for the score, time and weight columns, escaped and cut; segment
 * values, comments, respondent ids and contact columns are personal or may be, and never appear.
 */
final class RowParser {
  /** What the decoder puts in place of bytes that are not in the input's character set. */
  static final char REPLACEMENT = '\uFFFD';

  /** Answer times outside this span are treated as data errors, such as a 1900-01-01 default. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The end of the span of plausible answer times, exclusive. */
  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  private static final Pattern DECIMAL =
      Pattern.compile("\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

  /** Returns a row's text of one slot: possibly empty, or null when the row lacks the column. */
  interface Fields {
    String get(int slot);
  }

  private final Columns columns;
  private final ScoreValues values;
  private final TimeParser times;
  private final boolean decimalComma;
  private final boolean readContacts;
  private final String encodingHint;

  /**
   * Creates a parser.
   *
   * @param decimalComma whether weights are written with a decimal comma ("1,5")
   * @param readContacts whether the contact columns are read (only for follow-up lists)
   * @param encodingHint what to say when a field has undecodable bytes
   */
  RowParser(Columns columns, ScoreValues values, TimeParser times, boolean decimalComma,
      boolean readContacts, String encodingHint) {
    this.columns = columns;
    this.values = values;
    this.times = times;
    this.decimalComma = decimalComma;
    this.readContacts = readContacts;
    this.encodingHint = encodingHint;
  }

  /** Trims spaces and tabs only: a NUL or other control character is part of the value. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /**
   * Parses one row.
   *
   * @param line the row's line, for messages
   * @param fields the row's text per slot
   */
  Row parse(long line, Fields fields) {
    for (int slot = 0; slot < columns.slots(); slot++) {
      if (slot >= columns.contactSlot(0) && !readContacts) {
        break;
      }
      String text = fields.get(slot);
      if (text != null && text.indexOf(REPLACEMENT) >= 0) {
        return Row.bad(line, "undecodable bytes",
            "column " + Text.quote(columns.ref(slot).text) + " has bytes that are not "
                + encodingHint);
      }
    }
    String scoreText = fields.get(Columns.SCORE);
    if (scoreText == null) {
      return Row.bad(line, "missing score",
          "the score column " + Text.quote(columns.score) + " is missing from this row");
    }
    int score = values.parse(scoreText);
    if (score == ScoreValues.UNANSWERED) {
      return Row.unanswered(line);
    }
    if (score == ScoreValues.INVALID) {
      return Row.bad(line, "score not an integer", "score " + Text.quote(scoreText)
          + " is not an integer" + (values.labels().isEmpty()
              ? " (map labels to values with --map LABEL=VALUE)" : " nor a --map label"));
    }
    Response.Builder builder;
    try {
      builder = Response.builder().score(score);
    } catch (IllegalArgumentException e) {
      return Row.bad(line, "score out of range", e.getMessage());
    }

    Segment segment = Segment.ALL;
    for (int i = 0; i < columns.segments.size(); i++) {
      String value = fields.get(Columns.segmentSlot(i));
      String dimension = columns.segments.get(i);
      if (value == null) {
        return Row.bad(line, "missing " + dimension,
            "segment column " + Text.quote(dimension) + " is missing from this row (--by)");
      }
      String text = trim(value);
      Band band = columns.analysis.band(i);
      if (band != null) {
        String label = band.label(text, decimalComma);
        if (label == null) {
          return Row.bad(line, "band " + dimension + " not a number",
              band.problem(text.isEmpty()));
        }
        text = label;
      }
      segment = segment.and(dimension, text);
    }
    builder.segment(segment);

    String respondent = present(fields.get(Columns.RESPONDENT));
    if (respondent != null) {
      builder.respondentId(respondent);
    }
    String comment = present(fields.get(Columns.COMMENT));
    if (comment != null) {
      builder.comment(comment);
    }

    String time = present(fields.get(Columns.TIME));
    if (time != null) {
      Instant instant = times.parse(time);
      if (instant == null) {
        return Row.bad(line, "malformed " + columns.answeredAt,
            columns.answeredAt + " " + Text.quote(time) + " " + times.expected(time));
      }
      if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
        return Row.bad(line, "implausible " + columns.answeredAt,
            columns.answeredAt + " " + Text.quote(time) + " is outside the plausible span ["
                + EARLIEST + ", " + LATEST + ")");
      }
      builder.answeredAt(instant);
    }

    String weightText = present(fields.get(Columns.WEIGHT));
    if (weightText != null) {
      String number = decimalComma && weightText.indexOf('.') < 0
          ? weightText.replace(',', '.') : weightText;
      if (!DECIMAL.matcher(number).matches()) {
        return Row.bad(line, "malformed " + columns.weight,
            columns.weight + " " + Text.quote(weightText) + " is not a number"
                + (!decimalComma && weightText.matches("[0-9]+,[0-9]+")
                    ? " (for decimal commas use --decimal-comma)" : ""));
      }
      try {
        builder.weight(Double.parseDouble(number));
      } catch (IllegalArgumentException e) {
        return Row.bad(line, "invalid " + columns.weight, e.getMessage());
      }
    }
    String[] contacts = null;
    if (readContacts && !columns.contacts.isEmpty()) {
      contacts = new String[columns.contacts.size()];
      for (int i = 0; i < contacts.length; i++) {
        String value = fields.get(columns.contactSlot(i));
        contacts[i] = value == null ? null : present(value);
      }
    }
    String[] analysis = null;
    if (columns.analysis.size() > 0) {
      analysis = new String[columns.analysis.size()];
      for (int i = 0; i < analysis.length; i++) {
        analysis[i] = fields.get(columns.analysisSlot(i));
      }
    }
    return Row.good(line, builder.build(), contacts, analysis);
  }

  /** Returns the trimmed text, or null when it is absent or blank. */
  private static String present(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = trim(text);
    return trimmed.isEmpty() ? null : trimmed;
  }
}

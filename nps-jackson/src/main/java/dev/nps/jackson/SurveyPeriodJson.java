package dev.nps.jackson;

import dev.nps.program.SurveyPeriod;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;

/**
 * {@link SurveyPeriod} as {@code {"label": "2026-Q1", "start": "2026-01-01T00:00:00Z", "end":
 * "2026-04-01T00:00:00Z"}}: its name and its span [start, end) as ISO-8601 instants. All three are
 * required; the end must be after the start.
 */
final class SurveyPeriodJson {
  private SurveyPeriodJson() {}

  static void write(SurveyPeriod period, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("label", period.label());
    generator.writeStringProperty("start", period.start().toString());
    generator.writeStringProperty("end", period.end().toString());
    generator.writeEndObject();
  }

  /** Reads a period at the current token, which must start an object. */
  static SurveyPeriod read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a period"));
    String objectPath = input.path();
    String label = null;
    Instant start = null;
    Instant end = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "label":
          label = input.nextString();
          break;
        case "start":
          start = instant(input, name);
          break;
        case "end":
          end = instant(input, name);
          break;
        default:
          throw input.unknownProperty(name, "\"label\", \"start\" and \"end\"");
      }
    }
    if (label == null || start == null || end == null) {
      throw input.failAt(objectPath, "a period needs \"label\", \"start\" and \"end\", was missing "
          + (label == null ? "\"label\"" : start == null ? "\"start\"" : "\"end\""));
    }
    if (!end.isAfter(start)) {
      throw input.failAt(objectPath + ".end",
          "end must be after start " + start + ", was " + end);
    }
    return SurveyPeriod.of(label, start, end);
  }

  private static Instant instant(JsonInput input, String name) {
    String text = input.nextString();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw input.fail(name + " must be an ISO-8601 instant such as \"2026-03-01T00:00:00Z\", was "
          + input.describe());
    }
  }
}

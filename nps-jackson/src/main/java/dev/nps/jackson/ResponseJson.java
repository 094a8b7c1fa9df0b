package dev.nps.jackson;

import dev.nps.Response;
import dev.nps.Segment;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Response} as {@code {"score": 3, "segment": {"plan": "pro"}, "answeredAt":
 * "2026-03-01T10:15:30Z", "respondentId": "c-1042", "comment": "...", "weight": 1.5}}. Only
 * {@code score} is required; absent optional fields are left out when writing, and absent or null
 * when reading. An absent segment is {@link Segment#ALL}.
 */
final class ResponseJson {
  private static final String KNOWN =
      "\"score\", \"segment\", \"answeredAt\", \"respondentId\", \"comment\" and \"weight\"";

  private ResponseJson() {}

  static final class Serializer extends StdSerializer<Response> {
    Serializer() {
      super(Response.class);
    }

    @Override
    public void serialize(Response value, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject();
      generator.writeNumberProperty("score", value.score());
      if (!value.segment().equals(Segment.ALL)) {
        generator.writeName("segment");
        SegmentJson.write(value.segment(), generator);
      }
      if (value.answeredAt().isPresent()) {
        generator.writeStringProperty("answeredAt", value.answeredAt().get().toString());
      }
      if (value.respondentId().isPresent()) {
        generator.writeStringProperty("respondentId", value.respondentId().get());
      }
      if (value.comment().isPresent()) {
        generator.writeStringProperty("comment", value.comment().get());
      }
      if (value.hasWeight()) {
        generator.writeNumberProperty("weight", value.weight().getAsDouble());
      }
      generator.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<Response> {
    private final Limits limits;

    Deserializer(Limits limits) {
      super(Response.class);
      this.limits = limits;
    }

    @Override
    public Response deserialize(JsonParser parser, DeserializationContext context) {
      JsonInput input = new JsonInput(parser, context, Response.class, limits);
      JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a response"));
      String objectPath = input.path();
      Response.Builder builder = Response.builder();
      boolean scored = false;
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "score":
            input.next();
            builder.score(ScoreJson.read(input));
            scored = true;
            break;
          case "segment":
            if (input.next() != JsonToken.VALUE_NULL) {
              builder.segment(SegmentJson.read(input));
            }
            break;
          case "answeredAt":
            String instant = input.nextStringOrNull();
            if (instant != null) {
              try {
                builder.answeredAt(Instant.parse(instant));
              } catch (DateTimeParseException e) {
                throw input.fail(
                    "answeredAt must be an ISO-8601 instant such as \"2026-03-01T10:15:30Z\", was "
                        + input.describe());
              }
            }
            break;
          case "respondentId":
            String respondentId = input.nextStringOrNull();
            if (respondentId != null && respondentId.isBlank()) {
              throw input.fail(
                  "respondentId must not be blank (leave it out when anonymous), was "
                      + input.describe());
            }
            builder.respondentId(respondentId);
            break;
          case "comment":
            builder.comment(input.nextStringOrNull());
            break;
          case "weight":
            if (input.next() != JsonToken.VALUE_NULL) {
              double weight = input.readDouble();
              if (!(weight >= Response.MIN_WEIGHT && weight <= Response.MAX_WEIGHT)) {
                throw input.fail("weight must be in [" + Response.MIN_WEIGHT + ", "
                    + Response.MAX_WEIGHT + "], was " + input.describe());
              }
              builder.weight(weight);
            }
            break;
          default:
            throw input.unknownProperty(name, KNOWN);
        }
      }
      if (!scored) {
        throw input.failAt(objectPath, "a response needs a \"score\"");
      }
      return builder.build();
    }
  }
}

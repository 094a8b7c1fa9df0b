package dev.nps.jackson;

import dev.nps.stats.Interval;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Interval} as {@code {"lower": -12.5, "upper": 30.0}}. JSON has no infinite numbers, so an
 * infinite bound is the string {@code "-Infinity"} or {@code "Infinity"}; NaN is never valid.
 */
final class IntervalJson {
  private IntervalJson() {}

  static void write(Interval interval, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("lower");
    JsonInput.writeExtended(interval.lower(), generator);
    generator.writeName("upper");
    JsonInput.writeExtended(interval.upper(), generator);
    generator.writeEndObject();
  }

  /** Reads an interval at the current token, which must start an object. */
  static Interval read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("an interval"));
    String objectPath = input.path();
    Double lower = null;
    Double upper = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "lower":
          lower = input.nextExtendedDouble();
          break;
        case "upper":
          upper = input.nextExtendedDouble();
          break;
        default:
          throw input.unknownProperty(name, "\"lower\" and \"upper\"");
      }
    }
    if (lower == null || upper == null) {
      throw input.failAt(
          objectPath, "an interval needs both \"lower\" and \"upper\", was missing "
              + (lower == null ? "\"lower\"" : "\"upper\""));
    }
    if (lower > upper) {
      throw input.failAt(
          objectPath, "lower bound must not exceed upper bound, were " + lower + " > " + upper);
    }
    return Interval.of(lower, upper);
  }

  static final class Serializer extends StdSerializer<Interval> {
    Serializer() {
      super(Interval.class);
    }

    @Override
    public void serialize(Interval value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<Interval> {
    Deserializer() {
      super(Interval.class);
    }

    @Override
    public Interval deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Interval.class, Limits.DEFAULT));
    }
  }
}

package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.Segment;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Segment} as a JSON object of dimension names to string values, in the segment's order:
 * {@code {"region": "EU", "plan": "pro"}}; {@link Segment#ALL} is {@code {}}.
 */
final class SegmentJson {
  private SegmentJson() {}

  static void write(Segment segment, JsonGenerator generator) {
    generator.writeStartObject();
    for (Map.Entry<String, String> pair : segment.asMap().entrySet()) {
      generator.writeStringProperty(pair.getKey(), pair.getValue());
    }
    generator.writeEndObject();
  }

  /** Reads a segment at the current token, which must start an object. */
  static Segment read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a segment"), "dimension");
    Map<String, String> pairs = new LinkedHashMap<>();
    int maxDimensions = input.limits().maxDimensions;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      if (pairs.size() == maxDimensions) {
        throw input.fail("too many dimensions: a segment may have at most " + maxDimensions);
      }
      if (name.isBlank()) {
        throw input.fail("dimension name must not be blank, was '" + JsonInput.quote(name) + "'");
      }
      pairs.put(name, input.nextString());
    }
    return Segment.of(pairs);
  }

  static final class Serializer extends StdSerializer<Segment> {
    Serializer() {
      super(Segment.class);
    }

    @Override
    public void serialize(Segment value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  /**
   * Refuses to write a segment as an object key: no string names a segment unambiguously, since
   * names and values may contain any character. Without this, Jackson would fall back to {@link
   * Segment#toString()} and write keys such as {@code "region=EU, plan=pro"} that cannot be read
   * back.
   */
  static final class KeySerializer extends StdSerializer<Segment> {
    KeySerializer() {
      super(Segment.class);
    }

    @Override
    public void serialize(Segment value, JsonGenerator generator, SerializationContext context) {
      throw DatabindException.from(
          generator,
          "cannot write segment [" + value + "] as a JSON object key: declare per-segment results"
              + " as Map<Segment, Nps> or Map<Segment, Csat> (for example"
              + " mapper.writerFor(NpsModule.NPS_BY_SEGMENT)) to write them as a list of segment"
              + " entries");
    }
  }

  static final class Deserializer extends StdDeserializer<Segment> {
    private final Limits limits;

    Deserializer(Limits limits) {
      super(Segment.class);
      this.limits = limits;
    }

    @Override
    public Segment deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Segment.class, limits));
    }
  }
}

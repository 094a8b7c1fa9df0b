package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Per-segment results ({@code Map<Segment, Nps>}) and {@link SegmentedNpsAccumulator} as a
 * versioned partial aggregate: one entry per segment, in order, each a segment and the properties
 * of its result.
 *
 * <pre>{@code
 * {"format": 1,
 *  "segments": [
 *    {"segment": {"region": "EU"}, "counts": [...], "total": 6, ...},
 *    {"segment": {"region": "US"}, "counts": [...], "total": 2, ...}]}
 * }</pre>
 *
 * <p>Reading rejects a segment that appears twice, and more segment entries per document than the
 * module's limit. An accumulator's entries must have per-score counts only (no {@code unscored}),
 * since its table holds nothing else.
 */
final class SegmentedJson {
  private SegmentedJson() {}

  static void write(Map<Segment, Nps> results, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("segments");
    generator.writeStartArray();
    for (Map.Entry<Segment, Nps> entry : results.entrySet()) {
      generator.writeStartObject();
      generator.writeName("segment");
      SegmentJson.write(entry.getKey(), generator);
      NpsJson.writeBody(entry.getValue(), generator);
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /**
   * Reads a per-segment document at the current token, which must start an object.
   *
   * @param scoredOnly whether entries with category-only counts are rejected
   * @return the results in document order, unmodifiable
   */
  static Map<Segment, Nps> read(JsonInput input, boolean scoredOnly) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a per-segment result"));
    String objectPath = input.path();
    boolean formatSeen = false;
    Map<Segment, Nps> results = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          break;
        case "segments":
          results = readEntries(input, scoredOnly);
          break;
        default:
          throw input.unknownProperty(name, "\"format\" and \"segments\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (results == null) {
      throw input.failAt(objectPath, "missing \"segments\"");
    }
    return Collections.unmodifiableMap(results);
  }

  private static Map<Segment, Nps> readEntries(JsonInput input, boolean scoredOnly) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("segments must be an array, was " + input.describe());
    }
    Map<Segment, Nps> results = new LinkedHashMap<>();
    Map<Segment, String> firstSeenAt = new HashMap<>();
    while (input.next() != JsonToken.END_ARRAY) {
      input.limits().countSegment(input);
      JsonInput.ObjectFields fields =
          new JsonInput.ObjectFields(input.startObject("a segment entry"));
      String entryPath = input.path();
      NpsJson.Body body = new NpsJson.Body(entryPath);
      Segment segment = null;
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        if (name.equals("segment")) {
          input.next();
          segment = SegmentJson.read(input);
        } else if (!body.read(name, input)) {
          throw input.unknownProperty(
              name, "\"segment\" and the properties of a result such as \"counts\"");
        }
      }
      if (segment == null) {
        throw input.failAt(entryPath, "missing \"segment\"");
      }
      input.limits().countHash(input, segment, entryPath);
      String earlier = firstSeenAt.putIfAbsent(segment, entryPath);
      if (earlier != null) {
        throw input.failAt(
            entryPath + ".segment", "segment [" + segment + "] appears twice, first at " + earlier);
      }
      if (scoredOnly && body.hasUnscored()) {
        throw input.failAt(
            entryPath + ".unscored",
            "an accumulator holds per-score counts only, so its segments cannot have unscored"
                + " counts");
      }
      results.put(segment, body.build(input));
    }
    return results;
  }

  /** Serializes {@code Map<Segment, Nps>}; registered for that exact map type only. */
  static final class MapSerializer extends StdSerializer<Map<Segment, Nps>> {
    MapSerializer() {
      super(Map.class, false);
    }

    @Override
    public void serialize(
        Map<Segment, Nps> value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  /** Deserializes {@code Map<Segment, Nps>}; registered for that exact map type only. */
  static final class MapDeserializer extends StdDeserializer<Map<Segment, Nps>> {
    private final Limits limits;

    MapDeserializer(Limits limits) {
      super(Map.class);
      this.limits = limits;
    }

    @Override
    public Map<Segment, Nps> deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Map.class, limits), false);
    }
  }

  static final class AccumulatorSerializer extends StdSerializer<SegmentedNpsAccumulator> {
    AccumulatorSerializer() {
      super(SegmentedNpsAccumulator.class);
    }

    @Override
    public void serialize(
        SegmentedNpsAccumulator value, JsonGenerator generator, SerializationContext context) {
      write(value.snapshot(), generator);
    }
  }

  static final class AccumulatorDeserializer extends StdDeserializer<SegmentedNpsAccumulator> {
    private final Limits limits;

    AccumulatorDeserializer(Limits limits) {
      super(SegmentedNpsAccumulator.class);
      this.limits = limits;
    }

    @Override
    public SegmentedNpsAccumulator deserialize(JsonParser parser, DeserializationContext context) {
      Map<Segment, Nps> results =
          read(new JsonInput(parser, context, SegmentedNpsAccumulator.class, limits), true);
      SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
      for (Map.Entry<Segment, Nps> entry : results.entrySet()) {
        accumulator.addAll(entry.getKey(), entry.getValue());
      }
      return accumulator;
    }
  }
}

package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.internal.SegmentIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Per-segment results as a versioned partial aggregate, for every metric: one entry per segment,
 * in order, each a segment and the properties of its result. The Net Promoter Score shape is
 * below; CSAT adds its scale ({@link CsatJson}), and each metric brings its own result properties
 * through a {@link Reader}, so the two share everything else: the envelope, the order, the
 * bounds, the duplicate check and the messages.
 *
 * <pre>{@code
 * {"format": 1,
 *  "segments": [
 *    {"segment": {"region": "EU"}, "counts": [...], "total": 6, ...},
 *    {"segment": {"region": "US"}, "counts": [...], "total": 2, ...}]}
 * }</pre>
 *
 * <p>Reading rejects a segment that appears twice, and more segment entries per document than the
 * module's limit. Segments are told apart with the library's own {@link SegmentIndex}, whose
 * lookups values built to share a hash code cannot make slow, so a document with many segments
 * reads in time proportional to its length. An NPS accumulator's entries must have per-score
 * counts only (no {@code unscored}), since its table holds nothing else.
 */
final class SegmentedJson {
  private SegmentedJson() {}

  /**
   * What one metric's per-segment document adds to the shared shape, for one read: its result
   * properties, any other top-level properties, and how a result is built.
   *
   * @param <R> the result type
   * @param <B> a result's properties as read
   */
  abstract static class Reader<R, B> {
    /** Starts reading the properties of the entry at {@code entryPath}. */
    abstract B newBody(String entryPath);

    /** Reads one property of an entry if it belongs to a result; returns false if it does not. */
    abstract boolean readBody(B body, String name, JsonInput input);

    /** Reads a top-level property other than "format" and "segments"; false if none such. */
    boolean readProperty(String name, JsonInput input) {
      return false;
    }

    /** The top-level properties, for the message on an unknown one. */
    String properties() {
      return "\"format\" and \"segments\"";
    }

    /**
     * Checks an entry once it is read, and returns its result if it can be built now, or null if
     * it needs what the document may hold after it (then {@link #build} is called at the end).
     */
    abstract R entry(B body, JsonInput input);

    /** Checks the whole document once "format" and "segments" are known to be there. */
    void end(String objectPath, JsonInput input, boolean hasEntries) {}

    /** Builds a result that {@link #entry} deferred. */
    R build(B body, JsonInput input) {
      throw new AssertionError("entry() built every result");
    }
  }

  /**
   * Writes a per-segment document.
   *
   * @param header writes the top-level properties between "format" and "segments", if any
   * @param body writes the properties of one result
   */
  static <R> void write(Map<Segment, R> results, Consumer<JsonGenerator> header,
      BiConsumer<R, JsonGenerator> body, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    header.accept(generator);
    generator.writeName("segments");
    generator.writeStartArray();
    for (Map.Entry<Segment, R> entry : results.entrySet()) {
      generator.writeStartObject();
      generator.writeName("segment");
      SegmentJson.write(entry.getKey(), generator);
      body.accept(entry.getValue(), generator);
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /**
   * Reads a per-segment document at the current token, which must start an object.
   *
   * @return the results in document order, unmodifiable
   */
  static <R, B> Map<Segment, R> read(JsonInput input, Reader<R, B> reader) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a per-segment result"));
    String objectPath = input.path();
    boolean formatSeen = false;
    Entries<R, B> entries = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("format")) {
        NpsJson.readFormat(input);
        formatSeen = true;
      } else if (name.equals("segments")) {
        entries = readEntries(input, reader);
      } else if (!reader.readProperty(name, input)) {
        throw input.unknownProperty(name, reader.properties());
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (entries == null) {
      throw input.failAt(objectPath, "missing \"segments\"");
    }
    int count = entries.index.size();
    reader.end(objectPath, input, count > 0);
    Map<Segment, R> results = new LinkedHashMap<>((int) Math.min(1 << 30, count * 4L / 3 + 1));
    for (int row = 0; row < count; row++) {
      R result = entries.results.get(row);
      results.put(entries.index.segment(row),
          result != null ? result : reader.build(entries.bodies.get(row), input));
    }
    return Collections.unmodifiableMap(results);
  }

  /** The entries of a document as read: their segments, numbered in order, and their results. */
  private static final class Entries<R, B> {
    final SegmentIndex index = new SegmentIndex();
    final List<String> paths = new ArrayList<>();
    final List<B> bodies = new ArrayList<>();
    final List<R> results = new ArrayList<>();
  }

  private static <R, B> Entries<R, B> readEntries(JsonInput input, Reader<R, B> reader) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("segments must be an array, was " + input.describe());
    }
    Entries<R, B> entries = new Entries<>();
    while (input.next() != JsonToken.END_ARRAY) {
      input.limits().countSegment(input);
      JsonInput.ObjectFields fields =
          new JsonInput.ObjectFields(input.startObject("a segment entry"));
      String entryPath = input.path();
      B body = reader.newBody(entryPath);
      Segment segment = null;
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        if (name.equals("segment")) {
          input.next();
          segment = SegmentJson.read(input);
        } else if (!reader.readBody(body, name, input)) {
          throw input.unknownProperty(
              name, "\"segment\" and the properties of a result such as \"counts\"");
        }
      }
      if (segment == null) {
        throw input.failAt(entryPath, "missing \"segment\"");
      }
      int earlier = entries.index.find(segment);
      if (earlier >= 0) {
        throw input.failAt(entryPath + ".segment", "segment [" + segment
            + "] appears twice, first at " + entries.paths.get(earlier));
      }
      entries.results.add(reader.entry(body, input));
      entries.index.add(segment);
      entries.paths.add(entryPath);
      entries.bodies.add(body);
    }
    return entries;
  }

  /** The Net Promoter Score reader: results are built as soon as their entry is read. */
  private static final class NpsReader extends Reader<Nps, NpsJson.Body> {
    private final boolean scoredOnly;

    NpsReader(boolean scoredOnly) {
      this.scoredOnly = scoredOnly;
    }

    @Override
    NpsJson.Body newBody(String entryPath) {
      return new NpsJson.Body(entryPath);
    }

    @Override
    boolean readBody(NpsJson.Body body, String name, JsonInput input) {
      return body.read(name, input);
    }

    @Override
    Nps entry(NpsJson.Body body, JsonInput input) {
      if (scoredOnly && body.hasUnscored()) {
        throw input.failAt(
            body.objectPath + ".unscored",
            "an accumulator holds per-score counts only, so its segments cannot have unscored"
                + " counts");
      }
      return body.build(input);
    }
  }

  static void write(Map<Segment, Nps> results, JsonGenerator generator) {
    write(results, g -> {}, NpsJson::writeBody, generator);
  }

  /**
   * Reads a Net Promoter Score per-segment document at the current token.
   *
   * @param scoredOnly whether entries with category-only counts are rejected
   */
  static Map<Segment, Nps> read(JsonInput input, boolean scoredOnly) {
    return read(input, new NpsReader(scoredOnly));
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

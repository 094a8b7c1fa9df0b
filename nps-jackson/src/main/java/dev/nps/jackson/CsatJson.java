package dev.nps.jackson;

import dev.nps.Score;
import dev.nps.Segment;
import dev.nps.csat.Ces;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatAccumulator;
import dev.nps.csat.CsatScale;
import dev.nps.csat.SegmentedCsatAccumulator;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The CSAT types as JSON.
 *
 * <ul>
 *   <li>{@link CsatScale}: {@code {"min": 1, "max": 5, "satisfiedFrom": 4}}.
 *   <li>{@link Csat} and {@link CsatAccumulator}: a versioned partial aggregate with the scale and
 *       the same 11 counts per answer 0 to 10 as a Net Promoter Score, zero outside the scale:
 *       {@code {"format": 1, "scale": {...}, "counts": [0, 1, 0, 2, 3, 4, 0, 0, 0, 0, 0], "total":
 *       10, "satisfied": 7, "score": 70.0, "mean": 3.9}}. The score and mean are left out when
 *       empty.
 *   <li>{@link Ces}: the same, with {@code "agreeing"} and {@code "agreePercent"} in place of
 *       {@code "satisfied"} and {@code "score"}.
 *   <li>{@code Map<Segment, Csat>} and {@link SegmentedCsatAccumulator}: {@code {"format": 1,
 *       "scale": {...}, "segments": [{"segment": {...}, "counts": [...], ...}, ...]}}, one scale
 *       for every segment (a map with no entries may leave it out).
 * </ul>
 *
 * <p>Reading rejects an invalid scale, a count that is not 0 for an answer off the scale, and
 * derived figures that disagree with the counts, besides everything a Net Promoter Score result
 * checks.
 */
final class CsatJson {
  static final String[] CSAT_NAMES = {"satisfied", "score"};
  private static final String[] CES_NAMES = {"agreeing", "agreePercent"};

  private CsatJson() {}

  static void writeScale(CsatScale scale, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("min", scale.min());
    generator.writeNumberProperty("max", scale.max());
    generator.writeNumberProperty("satisfiedFrom", scale.satisfiedFrom());
    generator.writeEndObject();
  }

  /** Reads a scale at the current token, which must start an object. */
  static CsatScale readScale(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a scale"));
    String objectPath = input.path();
    long min = -1;
    long max = -1;
    long satisfiedFrom = -1;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "min":
          min = answer(input);
          break;
        case "max":
          max = answer(input);
          break;
        case "satisfiedFrom":
          satisfiedFrom = answer(input);
          break;
        default:
          throw input.unknownProperty(name, "\"min\", \"max\" and \"satisfiedFrom\"");
      }
    }
    if (min < 0 || max < 0 || satisfiedFrom < 0) {
      throw input.failAt(objectPath, "a scale needs \"min\", \"max\" and \"satisfiedFrom\"");
    }
    if (max <= min) {
      throw input.failAt(objectPath + ".max",
          "max must be greater than min " + min + ", was " + max);
    }
    if (satisfiedFrom <= min || satisfiedFrom > max) {
      throw input.failAt(objectPath + ".satisfiedFrom",
          "satisfiedFrom must be in [" + (min + 1) + ", " + max + "], was " + satisfiedFrom);
    }
    return CsatScale.of((int) min, (int) max, (int) satisfiedFrom);
  }

  private static long answer(JsonInput input) {
    long value = input.nextLong();
    if (value < Score.MIN || value > Score.MAX) {
      throw input.fail("an answer must be in [0, 10], was " + value);
    }
    return value;
  }

  /** Writes the counts and derived figures of a result, without braces, format or scale. */
  static void writeBody(Csat csat, JsonGenerator generator, String[] names) {
    long[] counts = new long[Score.MAX + 1];
    System.arraycopy(csat.histogram(), 0, counts, csat.scale().min(), csat.scale().size());
    generator.writeName("counts");
    generator.writeArray(counts, 0, counts.length);
    generator.writeNumberProperty("total", csat.total());
    generator.writeNumberProperty(names[0], csat.satisfied());
    if (!csat.isEmpty()) {
      generator.writeNumberProperty(names[1], csat.score());
      generator.writeNumberProperty("mean", csat.mean());
    }
  }

  static void write(Csat csat, JsonGenerator generator, String[] names) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("scale");
    writeScale(csat.scale(), generator);
    writeBody(csat, generator, names);
    generator.writeEndObject();
  }

  /**
   * The counts and derived figures of one result as read; checked against the scale, which may
   * come later in the document, by {@link #build(JsonInput, CsatScale)}.
   */
  static final class Body {
    final String objectPath;
    private final String[] names;
    private long[] counts;
    private final long[] givenCounts = {-1, -1};
    private final Double[] givenShares = new Double[2];

    Body(String objectPath, String[] names) {
      this.objectPath = objectPath;
      this.names = names;
    }

    /** Reads one property if it belongs to a result; returns false if it does not. */
    boolean read(String name, JsonInput input) {
      if (name.equals("counts")) {
        counts = NpsJson.Body.readCounts(input);
      } else if (name.equals("total")) {
        givenCounts[0] = input.nextCount();
      } else if (name.equals(names[0])) {
        givenCounts[1] = input.nextCount();
      } else if (name.equals(names[1])) {
        givenShares[0] = input.nextDouble();
      } else if (name.equals("mean")) {
        givenShares[1] = input.nextDouble();
      } else {
        return false;
      }
      return true;
    }

    Csat build(JsonInput input, CsatScale scale) {
      if (counts == null) {
        throw input.failAt(objectPath, "missing \"counts\" (11 integers, answers 0 to 10)");
      }
      long total = 0;
      long satisfied = 0;
      for (int answer = Score.MIN; answer <= Score.MAX; answer++) {
        if (counts[answer] != 0 && !scale.contains(answer)) {
          throw input.failAt(objectPath + ".counts[" + answer + "]",
              "answer " + answer + " is not on scale " + scale + ", so its count must be 0, was "
                  + counts[answer]);
        }
        try {
          total = Math.addExact(total, counts[answer]);
        } catch (ArithmeticException overflow) {
          throw input.failAt(
              objectPath + ".counts", "counts add up past the largest 64-bit integer");
        }
        if (scale.contains(answer) && scale.isSatisfied(answer)) {
          satisfied += counts[answer];
        }
      }
      long[] expectedCounts = {total, satisfied};
      String[] countNames = {"total", names[0]};
      for (int i = 0; i < 2; i++) {
        if (givenCounts[i] >= 0 && givenCounts[i] != expectedCounts[i]) {
          throw input.failAt(objectPath + "." + countNames[i], countNames[i] + " is "
              + givenCounts[i] + " but the counts give " + expectedCounts[i]);
        }
      }
      Csat csat = Csat.ofHistogram(scale, Arrays.copyOfRange(counts, scale.min(), scale.max() + 1));
      String[] shareNames = {names[1], "mean"};
      for (int i = 0; i < 2; i++) {
        if (givenShares[i] == null) {
          continue;
        }
        if (csat.isEmpty()) {
          throw input.failAt(objectPath + "." + shareNames[i], shareNames[i] + " is "
              + givenShares[i] + " but the counts are all 0, where it is undefined");
        }
        double expected = i == 0 ? csat.score() : csat.mean();
        if (!NpsJson.agrees(givenShares[i], expected)) {
          throw input.failAt(objectPath + "." + shareNames[i], shareNames[i] + " is "
              + givenShares[i] + " but the counts give " + expected);
        }
      }
      return csat;
    }
  }

  /** Reads a whole result document at the current token, which must start an object. */
  static Csat read(JsonInput input, String[] names) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a result"));
    Body body = new Body(input.path(), names);
    boolean formatSeen = false;
    CsatScale scale = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("format")) {
        NpsJson.readFormat(input);
        formatSeen = true;
      } else if (name.equals("scale")) {
        input.next();
        scale = readScale(input);
      } else if (!body.read(name, input)) {
        throw input.unknownProperty(name, "\"format\", \"scale\", \"counts\", \"total\", \""
            + names[0] + "\", \"" + names[1] + "\" and \"mean\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(body.objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (scale == null) {
      throw input.failAt(body.objectPath, "missing \"scale\"");
    }
    return body.build(input, scale);
  }

  static void writeBySegment(Map<Segment, Csat> results, JsonGenerator generator) {
    CsatScale scale = null;
    for (Csat csat : results.values()) {
      if (scale == null) {
        scale = csat.scale();
      } else if (!scale.equals(csat.scale())) {
        throw DatabindException.from(generator, "cannot write per-segment CSAT results on"
            + " different scales (" + scale + " and " + csat.scale() + ") in one document");
      }
    }
    writeBySegment(scale, results, generator);
  }

  static void writeBySegment(CsatScale scale, Map<Segment, Csat> results,
      JsonGenerator generator) {
    SegmentedJson.write(results, g -> {
      if (scale != null) {
        g.writeName("scale");
        writeScale(scale, g);
      }
    }, (csat, g) -> writeBody(csat, g, CSAT_NAMES), generator);
  }

  /**
   * The CSAT reader of a per-segment document: its one scale may come before or after the
   * segments, so results are built at the end. A document with no entries may leave it out.
   */
  private static final class BySegmentReader extends SegmentedJson.Reader<Csat, Body> {
    CsatScale scale;

    @Override
    Body newBody(String entryPath) {
      return new Body(entryPath, CSAT_NAMES);
    }

    @Override
    boolean readBody(Body body, String name, JsonInput input) {
      return body.read(name, input);
    }

    @Override
    boolean readProperty(String name, JsonInput input) {
      if (!name.equals("scale")) {
        return false;
      }
      input.next();
      scale = readScale(input);
      return true;
    }

    @Override
    String properties() {
      return "\"format\", \"scale\" and \"segments\"";
    }

    @Override
    Csat entry(Body body, JsonInput input) {
      return null;
    }

    @Override
    void end(String objectPath, JsonInput input, boolean hasEntries) {
      if (scale == null && hasEntries) {
        throw input.failAt(objectPath, "missing \"scale\"");
      }
    }

    @Override
    Csat build(Body body, JsonInput input) {
      return body.build(input, scale);
    }
  }

  /** Writes {@link CsatScale}. */
  static final class ScaleSerializer extends StdSerializer<CsatScale> {
    ScaleSerializer() {
      super(CsatScale.class);
    }

    @Override
    public void serialize(CsatScale value, JsonGenerator generator, SerializationContext context) {
      writeScale(value, generator);
    }
  }

  /** Reads {@link CsatScale}. */
  static final class ScaleDeserializer extends StdDeserializer<CsatScale> {
    ScaleDeserializer() {
      super(CsatScale.class);
    }

    @Override
    public CsatScale deserialize(JsonParser parser, DeserializationContext context) {
      return readScale(new JsonInput(parser, context, CsatScale.class, Limits.DEFAULT));
    }
  }

  static final class Serializer extends StdSerializer<Csat> {
    Serializer() {
      super(Csat.class);
    }

    @Override
    public void serialize(Csat value, JsonGenerator generator, SerializationContext context) {
      write(value, generator, CSAT_NAMES);
    }
  }

  static final class Deserializer extends StdDeserializer<Csat> {
    Deserializer() {
      super(Csat.class);
    }

    @Override
    public Csat deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Csat.class, Limits.DEFAULT), CSAT_NAMES);
    }
  }

  static final class AccumulatorSerializer extends StdSerializer<CsatAccumulator> {
    AccumulatorSerializer() {
      super(CsatAccumulator.class);
    }

    @Override
    public void serialize(
        CsatAccumulator value, JsonGenerator generator, SerializationContext context) {
      write(value.snapshot(), generator, CSAT_NAMES);
    }
  }

  static final class AccumulatorDeserializer extends StdDeserializer<CsatAccumulator> {
    AccumulatorDeserializer() {
      super(CsatAccumulator.class);
    }

    @Override
    public CsatAccumulator deserialize(JsonParser parser, DeserializationContext context) {
      Csat csat =
          read(new JsonInput(parser, context, CsatAccumulator.class, Limits.DEFAULT), CSAT_NAMES);
      CsatAccumulator accumulator = new CsatAccumulator(csat.scale());
      accumulator.addAll(csat);
      return accumulator;
    }
  }

  static final class CesSerializer extends StdSerializer<Ces> {
    CesSerializer() {
      super(Ces.class);
    }

    @Override
    public void serialize(Ces value, JsonGenerator generator, SerializationContext context) {
      write(value.csat(), generator, CES_NAMES);
    }
  }

  static final class CesDeserializer extends StdDeserializer<Ces> {
    CesDeserializer() {
      super(Ces.class);
    }

    @Override
    public Ces deserialize(JsonParser parser, DeserializationContext context) {
      return Ces.of(read(new JsonInput(parser, context, Ces.class, Limits.DEFAULT), CES_NAMES));
    }
  }

  /** Serializes {@code Map<Segment, Csat>}; registered for that exact map type only. */
  static final class MapSerializer extends StdSerializer<Map<Segment, Csat>> {
    MapSerializer() {
      super(Map.class, false);
    }

    @Override
    public void serialize(
        Map<Segment, Csat> value, JsonGenerator generator, SerializationContext context) {
      writeBySegment(value, generator);
    }
  }

  /** Deserializes {@code Map<Segment, Csat>}; registered for that exact map type only. */
  static final class MapDeserializer extends StdDeserializer<Map<Segment, Csat>> {
    private final Limits limits;

    MapDeserializer(Limits limits) {
      super(Map.class);
      this.limits = limits;
    }

    @Override
    public Map<Segment, Csat> deserialize(JsonParser parser, DeserializationContext context) {
      return SegmentedJson.read(
          new JsonInput(parser, context, Map.class, limits), new BySegmentReader());
    }
  }

  static final class SegmentedSerializer extends StdSerializer<SegmentedCsatAccumulator> {
    SegmentedSerializer() {
      super(SegmentedCsatAccumulator.class);
    }

    @Override
    public void serialize(
        SegmentedCsatAccumulator value, JsonGenerator generator, SerializationContext context) {
      writeBySegment(value.scale(), value.snapshot(), generator);
    }
  }

  static final class SegmentedDeserializer extends StdDeserializer<SegmentedCsatAccumulator> {
    private final Limits limits;

    SegmentedDeserializer(Limits limits) {
      super(SegmentedCsatAccumulator.class);
      this.limits = limits;
    }

    @Override
    public SegmentedCsatAccumulator deserialize(
        JsonParser parser, DeserializationContext context) {
      JsonInput input = new JsonInput(parser, context, SegmentedCsatAccumulator.class, limits);
      String path = input.path();
      BySegmentReader reader = new BySegmentReader();
      Map<Segment, Csat> results = SegmentedJson.read(input, reader);
      if (reader.scale == null) {
        throw input.failAt(path, "missing \"scale\"");
      }
      SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(reader.scale);
      for (Map.Entry<Segment, Csat> entry : results.entrySet()) {
        accumulator.addAll(entry.getKey(), entry.getValue());
      }
      return accumulator;
    }
  }
}

package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link SegmentComparison} as its inputs (the adjustment, the significance level, and each
 * compared segment with its result) and, per segment, the derived figures:
 *
 * <pre>{@code
 * {"adjustment": "holm", "significanceLevel": 0.05,
 *  "segments": [
 *    {"segment": {"region": "EU"}, "nps": {"format": 1, "counts": [...], ...},
 *     "difference": 12.5, "standardError": 4.1, "z": 3.05, "pValue": 0.0023,
 *     "adjustedPValue": 0.0069, "flagged": true},
 *    ...]}
 * }</pre>
 *
 * <p>Reading recomputes the comparison from the inputs. A {@code difference} (segment score minus
 * the rest's) that disagrees is rejected; {@code standardError}, {@code z}, {@code pValue}, {@code
 * adjustedPValue} and {@code flagged} depend on the test method and are only type-checked, so that
 * documents stay readable when a method is refined.
 * Every segment must have answers (a comparison leaves empty segments out), there must be at least
 * two, no segment may appear twice, and the entries count against the module's limit on segments
 * per document.
 */
final class SegmentComparisonJson {
  private static final String[] DERIVED = {
    "difference", "standardError", "z", "pValue", "adjustedPValue"
  };

  /** How many of {@link #DERIVED}, from the first, are checked on reading; the rest: the test's. */
  private static final int CHECKED = 1;

  private SegmentComparisonJson() {}

  private static double[] derived(SegmentComparison.Entry entry) {
    return new double[] {
      entry.difference(), entry.standardError(), entry.z(), entry.pValue(), entry.adjustedPValue()
    };
  }

  static void write(SegmentComparison comparison, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("adjustment", EnumJson.name(comparison.adjustment()));
    generator.writeNumberProperty("significanceLevel", comparison.significanceLevel());
    generator.writeName("segments");
    generator.writeStartArray();
    for (SegmentComparison.Entry entry : comparison.entries()) {
      generator.writeStartObject();
      generator.writeName("segment");
      SegmentJson.write(entry.segment(), generator);
      generator.writeName("nps");
      NpsJson.write(entry.nps(), generator);
      double[] derived = derived(entry);
      for (int i = 0; i < DERIVED.length; i++) {
        generator.writeName(DERIVED[i]);
        JsonInput.writeExtended(derived[i], generator);
      }
      generator.writeBooleanProperty("flagged", entry.isFlagged());
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /** One entry as read: its inputs, its derived figures as given, and where it was. */
  private static final class EntryRead {
    String path;
    Segment segment;
    Nps nps;
    final Double[] given = new Double[DERIVED.length];
    Boolean flagged;
  }

  static SegmentComparison read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a segment comparison"));
    String objectPath = input.path();
    PValueAdjustment adjustment = null;
    Double level = null;
    List<EntryRead> entries = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "adjustment":
          input.next();
          adjustment = EnumJson.read(input, PValueAdjustment.class);
          break;
        case "significanceLevel":
          level = input.nextDouble();
          if (!(level > 0.0 && level < 1.0)) {
            throw input.fail("significanceLevel must be in (0, 1), was " + input.describe());
          }
          break;
        case "segments":
          entries = readEntries(input);
          break;
        default:
          throw input.unknownProperty(
              name, "\"adjustment\", \"significanceLevel\" and \"segments\"");
      }
    }
    if (adjustment == null || level == null || entries == null) {
      throw input.failAt(objectPath,
          "a segment comparison needs \"adjustment\", \"significanceLevel\" and \"segments\"");
    }
    if (entries.size() < 2) {
      throw input.failAt(objectPath + ".segments",
          "a comparison needs at least two segments, had " + entries.size());
    }
    Map<Segment, Nps> segments = new LinkedHashMap<>();
    long total = 0;
    for (EntryRead entry : entries) {
      segments.put(entry.segment, entry.nps);
      try {
        total = Math.addExact(total, entry.nps.total());
      } catch (ArithmeticException overflow) {
        throw input.failAt(entry.path + ".nps",
            "the segments' totals add up past the largest 64-bit integer");
      }
    }
    SegmentComparison comparison = SegmentComparison.of(segments, adjustment, level);
    for (int e = 0; e < entries.size(); e++) {
      EntryRead read = entries.get(e);
      SegmentComparison.Entry entry = comparison.entries().get(e);
      double[] expected = derived(entry);
      for (int i = 0; i < CHECKED; i++) {
        if (read.given[i] != null && !NpsJson.agrees(read.given[i], expected[i])) {
          throw input.failAt(read.path + "." + DERIVED[i],
              DERIVED[i] + " is " + read.given[i] + " but the results give " + expected[i]);
        }
      }
    }
    return comparison;
  }

  private static List<EntryRead> readEntries(JsonInput input) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("segments must be an array, was " + input.describe());
    }
    List<EntryRead> entries = new ArrayList<>();
    Map<Segment, String> firstSeenAt = new HashMap<>();
    while (input.next() != JsonToken.END_ARRAY) {
      input.limits().countSegment(input);
      JsonInput.ObjectFields fields =
          new JsonInput.ObjectFields(input.startObject("a compared segment"));
      EntryRead entry = new EntryRead();
      entry.path = input.path();
      String name;
      properties:
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "segment":
            input.next();
            entry.segment = SegmentJson.read(input);
            continue;
          case "nps":
            input.next();
            String npsPath = input.path();
            entry.nps = NpsJson.read(input);
            if (entry.nps.isEmpty()) {
              throw input.failAt(npsPath,
                  "a compared segment must have answers, but its counts are all 0");
            }
            continue;
          case "flagged":
            entry.flagged = input.nextBoolean();
            continue;
          default:
            for (int i = 0; i < DERIVED.length; i++) {
              if (DERIVED[i].equals(name)) {
                entry.given[i] = input.nextExtendedDouble();
                continue properties;
              }
            }
            throw input.unknownProperty(name, "\"segment\", \"nps\", \"difference\","
                + " \"standardError\", \"z\", \"pValue\", \"adjustedPValue\" and \"flagged\"");
        }
      }
      if (entry.segment == null || entry.nps == null) {
        throw input.failAt(entry.path, "a compared segment needs \"segment\" and \"nps\"");
      }
      String earlier = firstSeenAt.putIfAbsent(entry.segment, entry.path);
      if (earlier != null) {
        throw input.failAt(entry.path + ".segment",
            "segment [" + entry.segment + "] appears twice, first at " + earlier);
      }
      entries.add(entry);
    }
    return entries;
  }

  static final class Serializer extends StdSerializer<SegmentComparison> {
    Serializer() {
      super(SegmentComparison.class);
    }

    @Override
    public void serialize(
        SegmentComparison value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<SegmentComparison> {
    private final Limits limits;

    Deserializer(Limits limits) {
      super(SegmentComparison.class);
      this.limits = limits;
    }

    @Override
    public SegmentComparison deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, SegmentComparison.class, limits));
    }
  }
}

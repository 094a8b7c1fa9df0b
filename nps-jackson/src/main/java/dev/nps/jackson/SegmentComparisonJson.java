package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.stats.NpsDifference;
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
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link SegmentComparison} as its inputs (for CSAT the measure, then the adjustment, the
 * significance level, and each compared segment with its result) and, per testable segment, the
 * derived figures. Net Promoter Score:
 *
 * <pre>{@code
 * {"adjustment": "holm", "significanceLevel": 0.05,
 *  "segments": [
 *    {"segment": {"region": "EU"}, "nps": {"format": 1, "counts": [...], ...},
 *     "difference": 12.5, "standardError": 4.1, "z": 3.05, "pValue": 0.0023,
 *     "adjustedPValue": 0.0069, "flagged": true},
 *    {"segment": {"region": "US"}, "nps": {...}, "flagged": false},
 *    ...]}
 * }</pre>
 *
 * <p>CSAT, by {@code "share"} or {@code "mean"}:
 *
 * <pre>{@code
 * {"measure": "share", "adjustment": "holm", "significanceLevel": 0.05,
 *  "segments": [
 *    {"segment": {"complexity": "simple"}, "csat": {"format": 1, "scale": {...}, ...},
 *     "estimate": 30.0, "statistic": 4.47, "pValue": 7.7e-6, "adjustedPValue": 2.3e-5,
 *     "flagged": true},
 *    ...]}
 * }</pre>
 *
 * <p>An untestable segment (too few answers, no variance) has no derived figures and is not
 * flagged. Reading recomputes the comparison from the inputs. For a testable segment, a {@code
 * difference} (NPS) or {@code estimate} (CSAT) that disagrees with the results is rejected; {@code
 * standardError}, {@code z}, {@code statistic}, {@code pValue}, {@code adjustedPValue} and {@code
 * flagged} depend on the test method and are only type-checked, as are all the figures of a
 * segment that this version cannot test, so that documents stay readable when a method is refined.
 * No segment may appear twice, CSAT results must share one scale, and the entries count against
 * the module's limit on segments per document.
 */
final class SegmentComparisonJson {
  private static final String[] NPS_DERIVED = {
    "difference", "standardError", "z", "pValue", "adjustedPValue"
  };

  private static final String[] CSAT_DERIVED = {
    "estimate", "statistic", "pValue", "adjustedPValue"
  };

  private SegmentComparisonJson() {}

  private static double[] derived(SegmentComparison.Entry<?> entry) {
    if (entry.result() instanceof Nps) {
      return new double[] {
        entry.estimate(),
        ((NpsDifference) entry.test()).nullStandardError(),
        entry.statistic(),
        entry.pValue(),
        entry.adjustedPValue()
      };
    }
    return new double[] {
      entry.estimate(), entry.statistic(), entry.pValue(), entry.adjustedPValue()
    };
  }

  static void write(SegmentComparison<?> comparison, JsonGenerator generator) {
    boolean csat = comparison.method() instanceof CsatSegmentComparison.Measure;
    if (!csat && comparison.method() != SegmentComparison.NPS) {
      throw DatabindException.from(generator, "a segment comparison by "
          + comparison.method().name() + " has no JSON form: only those by SegmentComparison.NPS"
          + " and CsatSegmentComparison.Measure have");
    }
    String[] names = csat ? CSAT_DERIVED : NPS_DERIVED;
    generator.writeStartObject();
    if (csat) {
      generator.writeStringProperty(
          "measure", EnumJson.name((CsatSegmentComparison.Measure) comparison.method()));
    }
    generator.writeStringProperty("adjustment", EnumJson.name(comparison.adjustment()));
    generator.writeNumberProperty("significanceLevel", comparison.significanceLevel());
    generator.writeName("segments");
    generator.writeStartArray();
    for (SegmentComparison.Entry<?> entry : comparison.entries()) {
      generator.writeStartObject();
      generator.writeName("segment");
      SegmentJson.write(entry.segment(), generator);
      if (csat) {
        generator.writeName("csat");
        CsatJson.write((Csat) entry.result(), generator, CsatJson.CSAT_NAMES);
      } else {
        generator.writeName("nps");
        NpsJson.write((Nps) entry.result(), generator);
      }
      if (entry.isTestable()) {
        double[] derived = derived(entry);
        for (int i = 0; i < names.length; i++) {
          generator.writeName(names[i]);
          JsonInput.writeExtended(derived[i], generator);
        }
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
    String resultName;
    Object result;
    final Map<String, Double> given = new LinkedHashMap<>();
    Boolean flagged;
  }

  static SegmentComparison<?> read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a segment comparison"));
    String objectPath = input.path();
    CsatSegmentComparison.Measure measure = null;
    PValueAdjustment adjustment = null;
    Double level = null;
    List<EntryRead> entries = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "measure":
          input.next();
          measure = EnumJson.read(input, CsatSegmentComparison.Measure.class);
          break;
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
              name, "\"measure\", \"adjustment\", \"significanceLevel\" and \"segments\"");
      }
    }
    if (adjustment == null || level == null || entries == null) {
      throw input.failAt(objectPath,
          "a segment comparison needs \"adjustment\", \"significanceLevel\" and \"segments\"");
    }
    String expected = measure == null ? "nps" : "csat";
    long total = 0;
    for (EntryRead entry : entries) {
      if (!entry.resultName.equals(expected)) {
        throw input.failAt(entry.path + "." + entry.resultName,
            measure == null
                ? "a comparison without \"measure\" compares Net Promoter Score results, \"nps\","
                    + " was \"csat\""
                : "a comparison by \"measure\" compares CSAT results, \"csat\", was \"nps\"");
      }
      if (entry.result instanceof Csat && entries.get(0).result instanceof Csat) {
        Csat first = (Csat) entries.get(0).result;
        Csat csat = (Csat) entry.result;
        if (!csat.scale().equals(first.scale())) {
          throw input.failAt(entry.path + ".csat.scale", "the results must share a scale, were "
              + first.scale() + " and " + csat.scale());
        }
      }
      long entryTotal = entry.result instanceof Nps
          ? ((Nps) entry.result).total()
          : ((Csat) entry.result).total();
      try {
        total = Math.addExact(total, entryTotal);
      } catch (ArithmeticException overflow) {
        throw input.failAt(entry.path + "." + entry.resultName,
            "the segments' totals add up past the largest 64-bit integer");
      }
    }
    SegmentComparison<?> comparison =
        measure == null
            ? SegmentComparison.of(results(entries, Nps.class), adjustment, level)
            : SegmentComparison.of(results(entries, Csat.class), measure, adjustment, level);
    List<String> known = List.of(measure == null ? NPS_DERIVED : CSAT_DERIVED);
    String checked = known.get(0);
    for (int e = 0; e < entries.size(); e++) {
      EntryRead read = entries.get(e);
      for (String figure : read.given.keySet()) {
        if (!known.contains(figure)) {
          throw input.failAt(read.path + "." + figure, "unknown property '" + figure
              + "' for " + (measure == null ? "Net Promoter Score" : "CSAT")
              + " results (expected \"segment\", \"" + expected + "\", \""
              + String.join("\", \"", known) + "\" and \"flagged\")");
        }
      }
      SegmentComparison.Entry<?> entry = comparison.entries().get(e);
      Double given = read.given.get(checked);
      if (given != null && entry.isTestable() && !NpsJson.agrees(given, entry.estimate())) {
        throw input.failAt(read.path + "." + checked,
            checked + " is " + given + " but the results give " + entry.estimate());
      }
    }
    return comparison;
  }

  private static <R> Map<Segment, R> results(List<EntryRead> entries, Class<R> type) {
    Map<Segment, R> results = new LinkedHashMap<>();
    for (EntryRead entry : entries) {
      results.put(entry.segment, type.cast(entry.result));
    }
    return results;
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
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "segment":
            input.next();
            entry.segment = SegmentJson.read(input);
            break;
          case "nps":
          case "csat":
            if (entry.result != null) {
              throw input.fail("a compared segment has one result, \"nps\" or \"csat\", had both");
            }
            input.next();
            entry.resultName = name;
            entry.result = name.equals("nps")
                ? NpsJson.read(input)
                : CsatJson.read(input, CsatJson.CSAT_NAMES);
            break;
          case "flagged":
            entry.flagged = input.nextBoolean();
            break;
          case "difference":
          case "standardError":
          case "z":
          case "estimate":
          case "statistic":
          case "pValue":
          case "adjustedPValue":
            entry.given.put(name, input.nextExtendedDouble());
            break;
          default:
            throw input.unknownProperty(name, "\"segment\", \"nps\" or \"csat\", \"difference\","
                + " \"estimate\", \"standardError\", \"z\", \"statistic\", \"pValue\","
                + " \"adjustedPValue\" and \"flagged\"");
        }
      }
      if (entry.segment == null || entry.result == null) {
        throw input.failAt(entry.path,
            "a compared segment needs \"segment\" and its result, \"nps\" or \"csat\"");
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

  static final class Serializer extends StdSerializer<SegmentComparison<?>> {
    @SuppressWarnings("unchecked")
    Serializer() {
      super((Class<SegmentComparison<?>>) (Class<?>) SegmentComparison.class);
    }

    @Override
    public void serialize(
        SegmentComparison<?> value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<SegmentComparison<?>> {
    private final Limits limits;

    Deserializer(Limits limits) {
      super(SegmentComparison.class);
      this.limits = limits;
    }

    @Override
    public SegmentComparison<?> deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, SegmentComparison.class, limits));
    }
  }
}

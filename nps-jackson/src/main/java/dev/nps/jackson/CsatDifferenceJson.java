package dev.nps.jackson;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatDifference;
import dev.nps.csat.MeanDifference;
import dev.nps.stats.RateDifference;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link CsatDifference} as its two results and the derived comparisons of their scores and of
 * their means:
 *
 * <pre>{@code
 * {"a": {csat}, "b": {csat},
 *  "share": {"estimate": 12.5, "z": 1.2, "pValue": 0.23},
 *  "mean": {"estimate": 0.4, "standardError": 0.2, "degreesOfFreedom": 35.2, "t": 2.0,
 *           "pValue": 0.053}}
 * }</pre>
 *
 * <p>{@code a} and {@code b} (on one scale, each with answers) are the truth. {@code share} and
 * {@code mean} are optional on reading; an {@code estimate} that disagrees with {@code a} and
 * {@code b} is rejected, while the other figures depend on the test and are only type-checked.
 * {@code mean} is left out when a result has fewer than 2 answers, where it is undefined.
 */
final class CsatDifferenceJson {
  private static final String[] SHARE = {"estimate", "z", "pValue"};
  private static final String[] MEAN = {"estimate", "standardError", "degreesOfFreedom", "t",
      "pValue"};

  private CsatDifferenceJson() {}

  private static double[] share(RateDifference share) {
    return new double[] {share.estimate(), share.z(), share.pValue()};
  }

  private static double[] mean(MeanDifference mean) {
    return new double[] {
      mean.estimate(), mean.standardError(), mean.degreesOfFreedom(), mean.t(), mean.pValue()
    };
  }

  private static boolean hasMean(CsatDifference difference) {
    return difference.a().total() >= 2 && difference.b().total() >= 2;
  }

  private static void writeFigures(String name, String[] names, double[] values,
      JsonGenerator generator) {
    generator.writeName(name);
    generator.writeStartObject();
    for (int i = 0; i < names.length; i++) {
      generator.writeName(names[i]);
      JsonInput.writeExtended(values[i], generator);
    }
    generator.writeEndObject();
  }

  static void write(CsatDifference difference, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("a");
    CsatJson.write(difference.a(), generator, CsatJson.CSAT_NAMES);
    generator.writeName("b");
    CsatJson.write(difference.b(), generator, CsatJson.CSAT_NAMES);
    writeFigures("share", SHARE, share(difference.share()), generator);
    if (hasMean(difference)) {
      writeFigures("mean", MEAN, mean(difference.mean()), generator);
    }
    generator.writeEndObject();
  }

  /** Reads the figures of a comparison as given; null entries were left out. */
  private static Double[] readFigures(JsonInput input, String[] names) {
    input.next();
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a comparison"));
    Double[] given = new Double[names.length];
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          given[i] = input.nextExtendedDouble();
          continue properties;
        }
      }
      throw input.unknownProperty(name, String.join(", ", names));
    }
    return given;
  }

  /**
   * Checks the estimate, the first figure, which follows from {@code a} and {@code b} by
   * definition; the other figures depend on the test and are only type-checked.
   */
  private static void checkEstimate(JsonInput input, String path, Double[] given,
      double[] expected) {
    if (given[0] != null && !NpsJson.agrees(given[0], expected[0])) {
      throw input.failAt(path + ".estimate",
          "estimate is " + given[0] + " but a and b give " + expected[0]);
    }
  }

  static CsatDifference read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a difference"));
    String objectPath = input.path();
    Csat a = null;
    Csat b = null;
    Double[] share = null;
    Double[] mean = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "a":
        case "b":
          input.next();
          String path = input.path();
          Csat csat = CsatJson.read(input, CsatJson.CSAT_NAMES);
          if (csat.isEmpty()) {
            throw input.failAt(path, "a compared result must have answers, but its counts are"
                + " all 0");
          }
          if (name.equals("a")) {
            a = csat;
          } else {
            b = csat;
          }
          break;
        case "share":
          share = readFigures(input, SHARE);
          break;
        case "mean":
          mean = readFigures(input, MEAN);
          break;
        default:
          throw input.unknownProperty(name, "\"a\", \"b\", \"share\" and \"mean\"");
      }
    }
    if (a == null || b == null) {
      throw input.failAt(objectPath, "a difference needs \"a\" and \"b\"");
    }
    if (!a.scale().equals(b.scale())) {
      throw input.failAt(objectPath + ".b.scale",
          "a and b must share a scale, were " + a.scale() + " and " + b.scale());
    }
    CsatDifference difference = CsatDifference.of(a, b);
    if (share != null) {
      checkEstimate(input, objectPath + ".share", share, share(difference.share()));
    }
    if (mean != null) {
      if (!hasMean(difference)) {
        throw input.failAt(objectPath + ".mean", "the means cannot be compared with fewer than"
            + " 2 answers in a result, so \"mean\" must be left out");
      }
      checkEstimate(input, objectPath + ".mean", mean, mean(difference.mean()));
    }
    return difference;
  }

  /**
   * Writes a {@link MeanDifference} on its own: {@code {"a": {csat}, "b": {csat}, "estimate": ...,
   * "standardError": ..., "degreesOfFreedom": ..., "t": ..., "pValue": ...}}, the figures as in
   * the {@code mean} of a {@link CsatDifference}.
   */
  static void writeMean(MeanDifference difference, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("a");
    CsatJson.write(difference.a(), generator, CsatJson.CSAT_NAMES);
    generator.writeName("b");
    CsatJson.write(difference.b(), generator, CsatJson.CSAT_NAMES);
    double[] figures = mean(difference);
    for (int i = 0; i < MEAN.length; i++) {
      generator.writeName(MEAN[i]);
      JsonInput.writeExtended(figures[i], generator);
    }
    generator.writeEndObject();
  }

  /**
   * Reads a {@link MeanDifference}: {@code a} and {@code b} on one scale with at least 2 answers
   * each; an {@code estimate} that disagrees with them is rejected, the other figures are only
   * type-checked.
   */
  static MeanDifference readMean(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a difference"));
    String objectPath = input.path();
    Csat a = null;
    Csat b = null;
    Double[] given = new Double[MEAN.length];
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("a") || name.equals("b")) {
        input.next();
        String path = input.path();
        Csat csat = CsatJson.read(input, CsatJson.CSAT_NAMES);
        if (csat.total() < 2) {
          throw input.failAt(path, "a result whose mean is compared must have at least 2"
              + " answers, had " + csat.total());
        }
        if (name.equals("a")) {
          a = csat;
        } else {
          b = csat;
        }
        continue;
      }
      for (int i = 0; i < MEAN.length; i++) {
        if (MEAN[i].equals(name)) {
          given[i] = input.nextExtendedDouble();
          continue properties;
        }
      }
      throw input.unknownProperty(name, "\"a\", \"b\", \"" + String.join("\", \"", MEAN)
          + "\"");
    }
    if (a == null || b == null) {
      throw input.failAt(objectPath, "a difference needs \"a\" and \"b\"");
    }
    if (!a.scale().equals(b.scale())) {
      throw input.failAt(objectPath + ".b.scale",
          "a and b must share a scale, were " + a.scale() + " and " + b.scale());
    }
    MeanDifference difference = MeanDifference.of(a, b);
    checkEstimate(input, objectPath, given, mean(difference));
    return difference;
  }

  static final class Serializer extends StdSerializer<CsatDifference> {
    Serializer() {
      super(CsatDifference.class);
    }

    @Override
    public void serialize(
        CsatDifference value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<CsatDifference> {
    Deserializer() {
      super(CsatDifference.class);
    }

    @Override
    public CsatDifference deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, CsatDifference.class, Limits.DEFAULT));
    }
  }
}

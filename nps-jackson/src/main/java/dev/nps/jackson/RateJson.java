package dev.nps.jackson;

import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Rate} as a versioned partial aggregate, {@code {"format": 1, "successes": 3, "total": 10,
 * "percent": 30.0}} (no percent when the total is 0), and {@link RateDifference} as {@code {"a":
 * {rate}, "b": {rate}, "estimate": 10.0, "z": 0.45, "pValue": 0.65}}, whose derived figures are
 * optional on reading: an {@code estimate} that disagrees with the rates is rejected, while {@code
 * z} and {@code pValue} depend on the test and are only type-checked.
 */
final class RateJson {
  private static final String[] DIFFERENCE = {"estimate", "z", "pValue"};

  /** How many of {@link #DIFFERENCE}, from the first, are checked; the rest are the test's. */
  private static final int CHECKED = 1;

  private RateJson() {}

  static void write(Rate rate, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeNumberProperty("successes", rate.successes());
    generator.writeNumberProperty("total", rate.total());
    if (!rate.isEmpty()) {
      generator.writeNumberProperty("percent", rate.percent());
    }
    generator.writeEndObject();
  }

  static Rate read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a rate"));
    String objectPath = input.path();
    boolean formatSeen = false;
    long successes = -1;
    long total = -1;
    Double percent = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          break;
        case "successes":
          successes = input.nextCount();
          break;
        case "total":
          total = input.nextCount();
          break;
        case "percent":
          percent = input.nextDouble();
          break;
        default:
          throw input.unknownProperty(
              name, "\"format\", \"successes\", \"total\" and \"percent\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (successes < 0 || total < 0) {
      throw input.failAt(objectPath, "a rate needs \"successes\" and \"total\"");
    }
    if (successes > total) {
      throw input.failAt(objectPath + ".successes",
          "successes must be in [0, " + total + "], was " + successes);
    }
    Rate rate = Rate.of(successes, total);
    if (percent != null) {
      if (rate.isEmpty()) {
        throw input.failAt(objectPath + ".percent",
            "percent is " + percent + " but the total is 0, where it is undefined");
      }
      if (!NpsJson.agrees(percent, rate.percent())) {
        throw input.failAt(objectPath + ".percent",
            "percent is " + percent + " but the counts give " + rate.percent());
      }
    }
    return rate;
  }

  private static double[] derived(RateDifference difference) {
    return new double[] {difference.estimate(), difference.z(), difference.pValue()};
  }

  static void write(RateDifference difference, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("a");
    write(difference.a(), generator);
    generator.writeName("b");
    write(difference.b(), generator);
    double[] derived = derived(difference);
    for (int i = 0; i < DIFFERENCE.length; i++) {
      generator.writeName(DIFFERENCE[i]);
      JsonInput.writeExtended(derived[i], generator);
    }
    generator.writeEndObject();
  }

  static RateDifference readDifference(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a difference"));
    String objectPath = input.path();
    Rate a = null;
    Rate b = null;
    Double[] given = new Double[DIFFERENCE.length];
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("a") || name.equals("b")) {
        input.next();
        String path = input.path();
        Rate rate = read(input);
        if (rate.isEmpty()) {
          throw input.failAt(path, "a compared rate must have trials, but its total is 0");
        }
        if (name.equals("a")) {
          a = rate;
        } else {
          b = rate;
        }
        continue;
      }
      for (int i = 0; i < DIFFERENCE.length; i++) {
        if (DIFFERENCE[i].equals(name)) {
          given[i] = input.nextExtendedDouble();
          continue properties;
        }
      }
      throw input.unknownProperty(name, "\"a\", \"b\", \"estimate\", \"z\" and \"pValue\"");
    }
    if (a == null || b == null) {
      throw input.failAt(objectPath, "a difference needs \"a\" and \"b\"");
    }
    RateDifference difference = RateDifference.of(a, b);
    double[] expected = derived(difference);
    for (int i = 0; i < CHECKED; i++) {
      if (given[i] != null && !NpsJson.agrees(given[i], expected[i])) {
        throw input.failAt(objectPath + "." + DIFFERENCE[i],
            DIFFERENCE[i] + " is " + given[i] + " but a and b give " + expected[i]);
      }
    }
    return difference;
  }

  static final class Serializer extends StdSerializer<Rate> {
    Serializer() {
      super(Rate.class);
    }

    @Override
    public void serialize(Rate value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<Rate> {
    Deserializer() {
      super(Rate.class);
    }

    @Override
    public Rate deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Rate.class, Limits.DEFAULT));
    }
  }

  static final class DifferenceSerializer extends StdSerializer<RateDifference> {
    DifferenceSerializer() {
      super(RateDifference.class);
    }

    @Override
    public void serialize(
        RateDifference value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class DifferenceDeserializer extends StdDeserializer<RateDifference> {
    DifferenceDeserializer() {
      super(RateDifference.class);
    }

    @Override
    public RateDifference deserialize(JsonParser parser, DeserializationContext context) {
      return readDifference(new JsonInput(parser, context, RateDifference.class, Limits.DEFAULT));
    }
  }
}

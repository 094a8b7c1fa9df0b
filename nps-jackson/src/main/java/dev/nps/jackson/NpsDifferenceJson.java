package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.stats.DifferenceMethod;
import dev.nps.stats.NpsDifference;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link NpsDifference} as its two groups, its method, and the derived figures:
 *
 * <pre>{@code
 * {"a": {"format": 1, "counts": [...], ...},
 *  "b": {"format": 1, "counts": [...], ...},
 *  "method": "score",
 *  "estimate": 6.5, "center": 6.5, "standardError": 3.1, "z": 2.09, "pValue": 0.036}
 * }</pre>
 *
 * <p>{@code a}, {@code b} (result documents, each with answers) and {@code method} ({@code
 * "score"}, {@code "wald"} or {@code "adjusted_wald"}, the {@link DifferenceMethod} in lower case)
 * are the truth; the rest is optional on reading. Documents written before the score method
 * existed carry {@code "adjusted": false} or {@code true} instead of a method; they read as {@link
 * DifferenceMethod#WALD} and {@link DifferenceMethod#ADJUSTED_WALD}, the intervals they were
 * written with. A document with both is rejected. {@code estimate}, the difference of the two scores, is rejected
 * when it disagrees with {@code a} and {@code b}. {@code center}, {@code standardError}, {@code z}
 * and {@code pValue} depend on the test method: they are written for readers and only type-checked
 * on reading, so that documents stay readable when a method is refined. {@code z} is {@code
 * "Infinity"} or {@code "-Infinity"} when the standard error is 0.
 */
final class NpsDifferenceJson {
  private static final String[] DERIVED = {"estimate", "center", "standardError", "z", "pValue"};

  /** How many of {@link #DERIVED}, from the first, are checked on reading; the rest: the test's. */
  private static final int CHECKED = 1;

  private NpsDifferenceJson() {}

  private static double[] derived(NpsDifference difference) {
    return new double[] {
      difference.estimate(),
      difference.center(),
      difference.standardError(),
      difference.z(),
      difference.pValue()
    };
  }

  static void write(NpsDifference difference, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("a");
    NpsJson.write(difference.a(), generator);
    generator.writeName("b");
    NpsJson.write(difference.b(), generator);
    generator.writeStringProperty("method", EnumJson.name(difference.method()));
    double[] derived = derived(difference);
    for (int i = 0; i < DERIVED.length; i++) {
      generator.writeName(DERIVED[i]);
      JsonInput.writeExtended(derived[i], generator);
    }
    generator.writeEndObject();
  }

  static NpsDifference read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a difference"));
    String objectPath = input.path();
    Nps a = null;
    Nps b = null;
    Boolean adjusted = null;
    DifferenceMethod method = null;
    Double[] given = new Double[DERIVED.length];
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "a":
          a = readGroup(input);
          continue;
        case "b":
          b = readGroup(input);
          continue;
        case "adjusted":
          adjusted = input.nextBoolean();
          continue;
        case "method":
          input.next();
          method = EnumJson.read(input, DifferenceMethod.class);
          continue;
        default:
          for (int i = 0; i < DERIVED.length; i++) {
            if (DERIVED[i].equals(name)) {
              given[i] = input.nextExtendedDouble();
              continue properties;
            }
          }
          throw input.unknownProperty(
              name, "\"a\", \"b\", \"method\", \"adjusted\", \"estimate\", \"center\","
                  + " \"standardError\", \"z\" and \"pValue\"");
      }
    }
    if (a == null || b == null || (adjusted == null && method == null)) {
      throw input.failAt(objectPath,
          "a difference needs \"a\", \"b\" and \"method\", was missing "
              + (a == null ? "\"a\"" : b == null ? "\"b\"" : "\"method\""));
    }
    if (adjusted != null && method != null) {
      throw input.failAt(objectPath + ".adjusted", "a difference has either \"method\" or, as"
          + " written by earlier versions, \"adjusted\", not both");
    }
    if (method == null) {
      method = adjusted ? DifferenceMethod.ADJUSTED_WALD : DifferenceMethod.WALD;
    }
    NpsDifference difference = NpsDifference.of(a, b, method);
    double[] expected = derived(difference);
    for (int i = 0; i < CHECKED; i++) {
      if (given[i] != null && !NpsJson.agrees(given[i], expected[i])) {
        throw input.failAt(objectPath + "." + DERIVED[i],
            DERIVED[i] + " is " + given[i] + " but a and b give " + expected[i]);
      }
    }
    return difference;
  }

  private static Nps readGroup(JsonInput input) {
    input.next();
    String path = input.path();
    Nps group = NpsJson.read(input);
    if (group.isEmpty()) {
      throw input.failAt(path, "a compared group must have answers, but its counts are all 0");
    }
    return group;
  }

  static final class Serializer extends StdSerializer<NpsDifference> {
    Serializer() {
      super(NpsDifference.class);
    }

    @Override
    public void serialize(
        NpsDifference value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<NpsDifference> {
    Deserializer() {
      super(NpsDifference.class);
    }

    @Override
    public NpsDifference deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, NpsDifference.class, Limits.DEFAULT));
    }
  }
}

package dev.nps.jackson;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Nps} and {@link NpsAccumulator} as a versioned partial aggregate:
 *
 * <pre>{@code
 * {"format": 1,
 *  "counts": [0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 3],
 *  "total": 6, "detractors": 1, "passives": 2, "promoters": 3,
 *  "score": 33.333333333333336,
 *  "detractorPercent": 16.666666666666668, "passivePercent": 33.333333333333336,
 *  "promoterPercent": 50.0}
 * }</pre>
 *
 * <p>{@code counts} holds the answers per score 0 to 10 and, with the optional {@code "unscored":
 * {"detractors": d, "passives": p, "promoters": r}} (answers whose category is known but not their
 * score, as {@link Nps#ofCategories(long, long, long)} makes), is the whole truth. Everything else is
 * derived for people reading the JSON: optional on reading, and rejected when it disagrees with the
 * counts (integers exactly, the score and percents to within {@link #TOLERANCE} relative). The
 * score and percents are left out for an empty result, where they are undefined.
 */
final class NpsJson {
  /** The one format version this code writes and reads. */
  static final int FORMAT = 1;

  /** Largest relative difference accepted between a derived number and its recomputed value. */
  static final double TOLERANCE = 1e-9;

  private static final String KNOWN =
      "\"format\", \"counts\", \"unscored\", \"total\", \"detractors\", \"passives\","
          + " \"promoters\", \"score\", \"detractorPercent\", \"passivePercent\","
          + " \"promoterPercent\"";

  private NpsJson() {}

  /** Writes the properties of a result, without the enclosing braces and format. */
  static void writeBody(Nps nps, JsonGenerator generator) {
    long[] counts = nps.scoredHistogram();
    generator.writeName("counts");
    generator.writeArray(counts, 0, counts.length);
    if (!nps.hasHistogram()) {
      generator.writeName("unscored");
      generator.writeStartObject();
      generator.writeNumberProperty("detractors", nps.unscored(Category.DETRACTOR));
      generator.writeNumberProperty("passives", nps.unscored(Category.PASSIVE));
      generator.writeNumberProperty("promoters", nps.unscored(Category.PROMOTER));
      generator.writeEndObject();
    }
    generator.writeNumberProperty("total", nps.total());
    generator.writeNumberProperty("detractors", nps.detractors());
    generator.writeNumberProperty("passives", nps.passives());
    generator.writeNumberProperty("promoters", nps.promoters());
    if (!nps.isEmpty()) {
      generator.writeNumberProperty("score", nps.score());
      generator.writeNumberProperty("detractorPercent", nps.detractorPercent());
      generator.writeNumberProperty("passivePercent", nps.passivePercent());
      generator.writeNumberProperty("promoterPercent", nps.promoterPercent());
    }
  }

  /** Writes a whole result document: format and body. */
  static void write(Nps nps, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", FORMAT);
    writeBody(nps, generator);
    generator.writeEndObject();
  }

  /** Reads a whole result document at the current token, which must start an object. */
  static Nps read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a result"));
    Body body = new Body(input.path());
    boolean formatSeen = false;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("format")) {
        readFormat(input);
        formatSeen = true;
      } else if (!body.read(name, input)) {
        throw input.unknownProperty(name, KNOWN);
      }
    }
    if (!formatSeen) {
      throw input.failAt(body.objectPath, "missing \"format\" (this version reads format 1)");
    }
    return body.build(input);
  }

  /**
   * Returns whether a derived number read from JSON agrees with its value recomputed from the
   * counts: equal (infinities included), or within {@link #TOLERANCE} relative to the larger of 1
   * and the expected value's magnitude.
   */
  static boolean agrees(double given, double expected) {
    return given == expected
        || Math.abs(given - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected));
  }

  /** Reads the value of a {@code "format"} property and checks that this code knows it. */
  static void readFormat(JsonInput input) {
    long format = input.nextLong();
    if (format != FORMAT) {
      throw input.fail(
          "unsupported format " + format + ": this version reads format " + FORMAT + " only");
    }
  }

  /**
   * The properties of one result as read, validated one by one as they arrive and against each
   * other in {@link #build(JsonInput)}.
   */
  static final class Body {
    final String objectPath;
    private long[] counts;
    private long[] unscored;
    private final long[] derivedCounts = {-1, -1, -1, -1};
    private final Double[] derivedShares = new Double[4];
    private boolean derivedSharesNull;

    private static final String[] COUNT_NAMES = {"total", "detractors", "passives", "promoters"};
    private static final String[] SHARE_NAMES = {
      "score", "detractorPercent", "passivePercent", "promoterPercent"
    };

    Body(String objectPath) {
      this.objectPath = objectPath;
    }

    /**
     * Reads the value of one property if it belongs to a result.
     *
     * @return false if the name is not a result property; nothing was read then
     */
    boolean read(String name, JsonInput input) {
      switch (name) {
        case "counts":
          counts = readCounts(input);
          return true;
        case "unscored":
          unscored = readUnscored(input);
          return true;
        default:
          break;
      }
      for (int i = 0; i < COUNT_NAMES.length; i++) {
        if (COUNT_NAMES[i].equals(name)) {
          derivedCounts[i] = input.nextCount();
          return true;
        }
      }
      for (int i = 0; i < SHARE_NAMES.length; i++) {
        if (SHARE_NAMES[i].equals(name)) {
          if (input.next() == JsonToken.VALUE_NULL) {
            derivedSharesNull = true;
          } else {
            derivedShares[i] = input.readDouble();
          }
          return true;
        }
      }
      return false;
    }

    boolean hasUnscored() {
      return unscored != null && (unscored[0] != 0 || unscored[1] != 0 || unscored[2] != 0);
    }

    static long[] readCounts(JsonInput input) {
      if (input.next() != JsonToken.START_ARRAY) {
        throw input.fail("counts must be an array of 11 integers, was " + input.describe());
      }
      long[] counts = new long[Score.MAX + 1];
      int index = 0;
      while (input.next() != JsonToken.END_ARRAY) {
        if (index == counts.length) {
          throw input.fail("counts must have exactly 11 elements (scores 0 to 10), found more");
        }
        long count = input.readLong();
        if (count < 0) {
          throw input.fail("count of score " + index + " must not be negative, was " + count);
        }
        counts[index++] = count;
      }
      if (index != counts.length) {
        throw input.fail(
            "counts must have exactly 11 elements (scores 0 to 10), found " + index);
      }
      return counts;
    }

    private static long[] readUnscored(JsonInput input) {
      input.next();
      JsonInput.ObjectFields fields =
          new JsonInput.ObjectFields(input.startObject("unscored"));
      String objectPath = input.path();
      long[] unscored = {-1, -1, -1};
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "detractors":
            unscored[0] = input.nextCount();
            break;
          case "passives":
            unscored[1] = input.nextCount();
            break;
          case "promoters":
            unscored[2] = input.nextCount();
            break;
          default:
            throw input.unknownProperty(name, "\"detractors\", \"passives\" and \"promoters\"");
        }
      }
      if (unscored[0] < 0 || unscored[1] < 0 || unscored[2] < 0) {
        throw input.failAt(
            objectPath, "unscored needs \"detractors\", \"passives\" and \"promoters\"");
      }
      return unscored;
    }

    /** Checks every property against the counts and builds the result. */
    Nps build(JsonInput input) {
      if (counts == null) {
        throw input.failAt(objectPath, "missing \"counts\" (11 integers, scores 0 to 10)");
      }
      long[] categories = new long[3];
      long total = 0;
      try {
        for (int score = Score.MIN; score <= Score.MAX; score++) {
          int category = score <= 6 ? 0 : score <= 8 ? 1 : 2;
          categories[category] = Math.addExact(categories[category], counts[score]);
        }
        if (unscored != null) {
          for (int i = 0; i < 3; i++) {
            categories[i] = Math.addExact(categories[i], unscored[i]);
          }
        }
        total = Math.addExact(Math.addExact(categories[0], categories[1]), categories[2]);
      } catch (ArithmeticException overflow) {
        throw input.failAt(
            objectPath + ".counts", "counts add up past the largest 64-bit integer");
      }
      long[] expectedCounts = {total, categories[0], categories[1], categories[2]};
      for (int i = 0; i < COUNT_NAMES.length; i++) {
        if (derivedCounts[i] >= 0 && derivedCounts[i] != expectedCounts[i]) {
          throw input.failAt(
              objectPath + "." + COUNT_NAMES[i],
              COUNT_NAMES[i] + " is " + derivedCounts[i] + " but the counts give "
                  + expectedCounts[i]);
        }
      }
      Nps nps = Nps.ofHistogram(counts);
      if (hasUnscored()) {
        nps = nps.plus(Nps.ofCategories(unscored[0], unscored[1], unscored[2]));
      }
      if (nps.isEmpty()) {
        for (int i = 0; i < SHARE_NAMES.length; i++) {
          if (derivedShares[i] != null) {
            throw input.failAt(
                objectPath + "." + SHARE_NAMES[i],
                SHARE_NAMES[i] + " is " + derivedShares[i]
                    + " but the counts are all 0, where it is undefined");
          }
        }
      } else {
        if (derivedSharesNull) {
          throw input.failAt(
              objectPath, "score and percents must not be null when there are answers");
        }
        double[] expectedShares = {
          nps.score(), nps.detractorPercent(), nps.passivePercent(), nps.promoterPercent()
        };
        for (int i = 0; i < SHARE_NAMES.length; i++) {
          if (derivedShares[i] != null && !agrees(derivedShares[i], expectedShares[i])) {
            throw input.failAt(
                objectPath + "." + SHARE_NAMES[i],
                SHARE_NAMES[i] + " is " + derivedShares[i] + " but the counts give "
                    + expectedShares[i]);
          }
        }
      }
      return nps;
    }

  }

  static final class Serializer extends StdSerializer<Nps> {
    Serializer() {
      super(Nps.class);
    }

    @Override
    public void serialize(Nps value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<Nps> {
    Deserializer() {
      super(Nps.class);
    }

    @Override
    public Nps deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, Nps.class, Limits.DEFAULT));
    }
  }

  static final class AccumulatorSerializer extends StdSerializer<NpsAccumulator> {
    AccumulatorSerializer() {
      super(NpsAccumulator.class);
    }

    @Override
    public void serialize(
        NpsAccumulator value, JsonGenerator generator, SerializationContext context) {
      write(value.snapshot(), generator);
    }
  }

  static final class AccumulatorDeserializer extends StdDeserializer<NpsAccumulator> {
    AccumulatorDeserializer() {
      super(NpsAccumulator.class);
    }

    @Override
    public NpsAccumulator deserialize(JsonParser parser, DeserializationContext context) {
      NpsAccumulator accumulator = new NpsAccumulator();
      accumulator.addAll(
          read(new JsonInput(parser, context, NpsAccumulator.class, Limits.DEFAULT)));
      return accumulator;
    }
  }
}

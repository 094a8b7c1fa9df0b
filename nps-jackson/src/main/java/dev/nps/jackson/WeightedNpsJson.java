package dev.nps.jackson;

import dev.nps.Score;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.internal.WeightSums;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link WeightedNps} and {@link WeightedNpsAccumulator} as a versioned partial aggregate: per
 * score 0 to 10 the count, the sum of weights and the sum of squared weights, and the derived
 * figures.
 *
 * <pre>{@code
 * {"format": 1,
 *  "counts": [0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 3],
 *  "weightSums": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.5, 0.0, 3.0],
 *  "squaredWeightSums": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 1.25, 0.0, 3.5],
 *  "total": 6, "totalWeight": 6.5,
 *  "score": 15.384615384615385, "effectiveSampleSize": 5.1, "designEffect": 1.18,
 *  "weightingEffect": 1.2426035502958579, "standardError": 47.3}
 * }</pre>
 *
 * <p>The counts and sums are the truth; {@code total} and the figures after it are for people
 * reading the JSON, left out (except {@code total} and {@code totalWeight}) for an empty result
 * where they are undefined ({@code standardError} also for a single answer). Reading requires
 * exactly 11 of each, counts that are non-negative 64-bit integers, and per score sums that some
 * weights in [1e-100, 1e100] can produce: with count c, weight sum s and squared-weight sum q, s =
 * q = 0 when c = 0, otherwise s in [c &times; 1e-100, c &times; 1e100] and q in [s<sup>2</sup> /
 * c, s<sup>2</sup>] (up to a relative 1e-6 of rounding), as {@link WeightedNps#ofSums} requires;
 * the message names the score, the value and the bound. {@code score}, {@code totalWeight} and
 * {@code weightingEffect} that disagree with the sums are rejected; {@code effectiveSampleSize},
 * {@code designEffect} and {@code standardError} depend on the estimation method (documents
 * written before version 0.1.0 carried Kish's figures there) and are only type-checked.
 */
final class WeightedNpsJson {
  private WeightedNpsJson() {}

  static void write(WeightedNps weighted, JsonGenerator generator) {
    long[] counts = new long[Score.MAX + 1];
    double[] weightSums = new double[Score.MAX + 1];
    double[] squaredWeightSums = new double[Score.MAX + 1];
    for (int score = Score.MIN; score <= Score.MAX; score++) {
      counts[score] = weighted.count(score);
      weightSums[score] = weighted.weightSum(score);
      squaredWeightSums[score] = weighted.squaredWeightSum(score);
    }
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("counts");
    generator.writeArray(counts, 0, counts.length);
    generator.writeName("weightSums");
    generator.writeArray(weightSums, 0, weightSums.length);
    generator.writeName("squaredWeightSums");
    generator.writeArray(squaredWeightSums, 0, squaredWeightSums.length);
    generator.writeNumberProperty("total", weighted.total());
    generator.writeNumberProperty("totalWeight", weighted.totalWeight());
    if (!weighted.isEmpty()) {
      generator.writeNumberProperty("score", weighted.score());
      generator.writeNumberProperty("effectiveSampleSize", weighted.effectiveSampleSize());
      generator.writeNumberProperty("designEffect", weighted.designEffect());
      generator.writeNumberProperty("weightingEffect", weighted.weightingEffect());
      if (weighted.total() >= 2) {
        generator.writeNumberProperty("standardError", weighted.standardError());
      }
    }
    generator.writeEndObject();
  }

  private static final String KNOWN =
      "\"format\", \"counts\", \"weightSums\", \"squaredWeightSums\", \"total\","
          + " \"totalWeight\", \"score\", \"weightingEffect\", \"effectiveSampleSize\","
          + " \"designEffect\" and \"standardError\"";

  /** Derived figures defined only when there are answers. */
  private static final String[] STATISTICS = {
    "score", "weightingEffect", "effectiveSampleSize", "designEffect", "standardError"
  };

  /**
   * How many of {@link #STATISTICS}, from the first, are checked on reading; the others depend on
   * the estimation method and are only type-checked.
   */
  private static final int CHECKED = 2;

  private static double[] checkedStatistics(WeightedNps weighted) {
    return new double[] {weighted.score(), weighted.weightingEffect()};
  }

  /** Reads a weighted result document at the current token, which must start an object. */
  static WeightedNps read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a weighted result"));
    String objectPath = input.path();
    boolean formatSeen = false;
    long[] counts = null;
    double[] weightSums = null;
    double[] squaredWeightSums = null;
    long total = -1;
    Double totalWeight = null;
    Double[] given = new Double[STATISTICS.length];
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          continue;
        case "counts":
          counts = NpsJson.Body.readCounts(input);
          continue;
        case "weightSums":
          weightSums = readSums(input, "weightSums");
          continue;
        case "squaredWeightSums":
          squaredWeightSums = readSums(input, "squaredWeightSums");
          continue;
        case "total":
          total = input.nextCount();
          continue;
        case "totalWeight":
          totalWeight = input.nextDouble();
          continue;
        default:
          for (int i = 0; i < STATISTICS.length; i++) {
            if (STATISTICS[i].equals(name)) {
              given[i] = input.nextDouble();
              continue properties;
            }
          }
          throw input.unknownProperty(name, KNOWN);
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (counts == null || weightSums == null || squaredWeightSums == null) {
      throw input.failAt(objectPath,
          "a weighted result needs \"counts\", \"weightSums\" and \"squaredWeightSums\"");
    }
    long sum = 0;
    for (int score = Score.MIN; score <= Score.MAX; score++) {
      String[] problem = WeightSums.problem(
          score, counts[score], weightSums[score], squaredWeightSums[score]);
      if (problem != null) {
        throw input.failAt(objectPath + "." + problem[0] + "[" + score + "]", problem[1]);
      }
      try {
        sum = Math.addExact(sum, counts[score]);
      } catch (ArithmeticException overflow) {
        throw input.failAt(
            objectPath + ".counts", "counts add up past the largest 64-bit integer");
      }
    }
    if (total >= 0 && total != sum) {
      throw input.failAt(
          objectPath + ".total", "total is " + total + " but the counts give " + sum);
    }
    WeightedNps weighted = WeightedNps.ofSums(counts, weightSums, squaredWeightSums);
    if (totalWeight != null && !NpsJson.agrees(totalWeight, weighted.totalWeight())) {
      throw input.failAt(objectPath + ".totalWeight",
          "totalWeight is " + totalWeight + " but the sums give " + weighted.totalWeight());
    }
    double[] expected = weighted.isEmpty() ? null : checkedStatistics(weighted);
    for (int i = 0; i < STATISTICS.length; i++) {
      if (given[i] == null) {
        continue;
      }
      if (expected == null) {
        throw input.failAt(objectPath + "." + STATISTICS[i], STATISTICS[i] + " is " + given[i]
            + " but the counts are all 0, where it is undefined");
      }
      if (i < CHECKED && !NpsJson.agrees(given[i], expected[i])) {
        throw input.failAt(objectPath + "." + STATISTICS[i],
            STATISTICS[i] + " is " + given[i] + " but the sums give " + expected[i]);
      }
    }
    return weighted;
  }

  private static double[] readSums(JsonInput input, String what) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail(what + " must be an array of 11 numbers, was " + input.describe());
    }
    double[] sums = new double[Score.MAX + 1];
    int index = 0;
    while (input.next() != JsonToken.END_ARRAY) {
      if (index == sums.length) {
        throw input.fail(what + " must have exactly 11 elements (scores 0 to 10), found more");
      }
      double value = input.readDouble();
      if (value < 0) {
        throw input.fail(what + " of score " + index + " must not be negative, was "
            + input.describe());
      }
      sums[index++] = value;
    }
    if (index != sums.length) {
      throw input.fail(what + " must have exactly 11 elements (scores 0 to 10), found " + index);
    }
    return sums;
  }

  static final class Serializer extends StdSerializer<WeightedNps> {
    Serializer() {
      super(WeightedNps.class);
    }

    @Override
    public void serialize(
        WeightedNps value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class AccumulatorSerializer extends StdSerializer<WeightedNpsAccumulator> {
    AccumulatorSerializer() {
      super(WeightedNpsAccumulator.class);
    }

    @Override
    public void serialize(
        WeightedNpsAccumulator value, JsonGenerator generator, SerializationContext context) {
      write(value.snapshot(), generator);
    }
  }

  static final class Deserializer extends StdDeserializer<WeightedNps> {
    Deserializer() {
      super(WeightedNps.class);
    }

    @Override
    public WeightedNps deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, WeightedNps.class, Limits.DEFAULT));
    }
  }

  static final class AccumulatorDeserializer extends StdDeserializer<WeightedNpsAccumulator> {
    AccumulatorDeserializer() {
      super(WeightedNpsAccumulator.class);
    }

    @Override
    public WeightedNpsAccumulator deserialize(JsonParser parser, DeserializationContext context) {
      WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
      accumulator.addAll(
          read(new JsonInput(parser, context, WeightedNpsAccumulator.class, Limits.DEFAULT)));
      return accumulator;
    }
  }
}

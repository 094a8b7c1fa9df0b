package dev.nps.jackson;

import dev.nps.Score;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link WeightedNps} and {@link WeightedNpsAccumulator} as a versioned partial aggregate: per score
 * 0 to 10 the count, the sum of weights and the sum of squared weights, and the derived figures.
 *
 * <pre>{@code
 * {"format": 1,
 *  "counts": [0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 3],
 *  "weightSums": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.5, 0.0, 3.0],
 *  "squaredWeightSums": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 1.25, 0.0, 3.5],
 *  "total": 6, "totalWeight": 6.5,
 *  "score": 15.384615384615385, "effectiveSampleSize": 4.555555555555555,
 *  "designEffect": 1.3170731707317074, "standardError": 35.1}
 * }</pre>
 *
 * <p>The counts and sums are the truth; {@code total} and the figures after it are for people
 * reading the JSON, left out for an empty result where they are undefined.
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
      generator.writeNumberProperty("standardError", weighted.standardError());
    }
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<WeightedNps> {
    Serializer() {
      super(WeightedNps.class);
    }

    @Override
    public void serialize(WeightedNps value, JsonGenerator generator, SerializationContext context) {
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
}

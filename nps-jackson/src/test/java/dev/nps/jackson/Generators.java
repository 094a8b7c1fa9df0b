package dev.nps.jackson;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.stats.Interval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/** Random values of every type the module handles, for round-trip properties. */
final class Generators {
  private static final List<String> DIMENSIONS =
      List.of("region", "plan", "channel", "wave", "complexity", "response time", "é", "a\"b");

  private Generators() {}

  /** Strings of any code points, including quotes, backslashes, controls and non-BMP ones. */
  static Gen<String> text(int maxLength) {
    return strings().allPossible().ofLengthBetween(0, maxLength);
  }

  static Gen<Segment> segments() {
    return lists()
        .of(integers().between(0, DIMENSIONS.size() - 1))
        .ofSizeBetween(0, 4)
        .zip(lists().of(text(6)).ofSize(4), (names, values) -> {
          Map<String, String> pairs = new LinkedHashMap<>();
          for (int i = 0; i < names.size(); i++) {
            pairs.putIfAbsent(DIMENSIONS.get(names.get(i)), values.get(i));
          }
          return Segment.of(pairs);
        });
  }

  static Gen<Instant> instants() {
    return longs()
        .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
  }

  static Gen<Response> responses() {
    Gen<String> optionalText = text(20).toOptionals(30).map(o -> o.orElse(null));
    Gen<Instant> optionalInstant = instants().toOptionals(30).map(o -> o.orElse(null));
    return integers().between(0, 10)
        .zip(segments(), optionalInstant, (score, segment, instant) ->
            Response.builder().score(score).segment(segment).answeredAt(instant))
        .zip(optionalText, optionalText, (builder, id, comment) ->
            builder.respondentId(id == null || id.isBlank() ? null : id).comment(comment))
        .zip(weights().toOptionals(50), (builder, weight) -> {
          weight.ifPresent(builder::weight);
          return builder.build();
        });
  }

  /** Survey weights: finite and positive, from tiny to huge. */
  static Gen<Double> weights() {
    return arbitrary()
        .pick(List.of(1.0, 0.5, 2.0, Response.MIN_WEIGHT, Response.MAX_WEIGHT, 1e-99, 1e99))
        .mix(doubles().between(0.01, 10.0), 70)
        .assuming(weight -> weight > 0);
  }

  /** Counts from small to near the largest that eleven of can add up to without overflow. */
  static Gen<Long> counts() {
    return arbitrary()
        .pick(List.of(0L, 1L, 2L, 1000L))
        .mix(longs().between(0, 1_000_000), 50)
        .mix(longs().between(0, Long.MAX_VALUE / 16), 10);
  }

  static Gen<Nps> histograms() {
    return lists().of(counts()).ofSize(11).map(list ->
        Nps.ofHistogram(list.stream().mapToLong(Long::longValue).toArray()));
  }

  static Gen<Nps> categoryOnly() {
    return counts().zip(counts(), counts(), Nps::ofCategories);
  }

  /** Category-only results small enough that a few of them add up without overflow. */
  static Gen<Nps> smallCategoryOnly() {
    Gen<Long> small = longs().between(0, 1_000_000_000L);
    return small.zip(small, small, Nps::ofCategories);
  }

  /** Results that can be written exactly: a per-score histogram, or category counts only. */
  static Gen<Nps> results() {
    return histograms().mix(categoryOnly(), 25);
  }

  /** Results with answers, small enough that a few of them add up without overflow. */
  static Gen<Nps> nonEmptyResults() {
    Gen<Long> small = longs().between(0, 1_000_000_000L);
    Gen<Nps> histograms = lists().of(small).ofSize(11).zip(integers().between(0, 10),
        (list, answered) -> {
          long[] counts = list.stream().mapToLong(Long::longValue).toArray();
          counts[answered]++;
          return Nps.ofHistogram(counts);
        });
    return histograms.mix(small.zip(small, small, (d, p, r) -> Nps.ofCategories(d, p, r + 1)), 25);
  }

  /** Two to six distinct segments, each with answers. */
  static Gen<Map<Segment, Nps>> comparableSegments() {
    return lists().of(nonEmptyResults()).ofSizeBetween(2, 6)
        .zip(segments(), (results, base) -> {
          Map<Segment, Nps> map = new LinkedHashMap<>();
          for (int i = 0; i < results.size(); i++) {
            map.put(Segment.of("id", Integer.toString(i)).and("base", base.toString()),
                results.get(i));
          }
          return map;
        });
  }

  /** Weighted results of up to 40 answers with weights from 0.01 to 1000. */
  static Gen<WeightedNps> weightedResults() {
    return lists()
        .of(integers().between(0, 10).zip(doubles().between(0.01, 1000.0), List::<Object>of))
        .ofSizeBetween(0, 40)
        .map(answers -> {
          WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator();
          for (List<Object> answer : answers) {
            accumulator.add((Integer) answer.get(0), (Double) answer.get(1));
          }
          return accumulator.snapshot();
        });
  }

  static Gen<Map<Segment, Nps>> resultsBySegment(Gen<Nps> results) {
    return lists().of(segments()).ofSizeBetween(0, 6)
        .zip(lists().of(results).ofSize(6), (segments, values) -> {
          Map<Segment, Nps> map = new LinkedHashMap<>();
          for (int i = 0; i < segments.size(); i++) {
            map.putIfAbsent(segments.get(i), values.get(i));
          }
          return map;
        });
  }

  static Gen<Double> bounds() {
    return arbitrary()
        .pick(List.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, -0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 100.0, -100.0))
        .mix(doubles().between(-100, 100), 60)
        .mix(doubles().any().assuming(d -> !Double.isNaN(d)), 20);
  }

  static Gen<Interval> intervals() {
    return bounds().zip(bounds(), (a, b) -> Interval.of(Math.min(a, b), Math.max(a, b)));
  }
}

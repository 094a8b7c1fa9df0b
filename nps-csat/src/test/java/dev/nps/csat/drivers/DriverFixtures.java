package dev.nps.csat.drivers;

import dev.nps.csat.CsatScale;
import java.util.List;

/**
 * The seeded data set of {@code nps-csat/src/test/reference/drivers_reference.py}, generated the
 * same way with integers only, so that its figures are the reference values of the tests.
 */
final class DriverFixtures {
  static final long SEED = 20261201L;
  static final int RESPONSES = 3000;
  static final List<String> DIMENSIONS = List.of("business", "human", "hidden", "speed");
  private static final int[] WEIGHTS = {6, 3, 1, 0};
  private static final int[] MISSING_PERCENT = {5, 10, 15, 8};
  static final int MISSING = DriverAccumulator.MISSING;

  /** The outcome (likelihood to recommend, 0-10) of each response. */
  final int[] outcomes = new int[RESPONSES];

  /** The ratings (1-5, or MISSING) of each response, one row per response. */
  final int[][] ratings = new int[RESPONSES][DIMENSIONS.size()];

  private long state = SEED;

  DriverFixtures() {
    for (int i = 0; i < RESPONSES; i++) {
      int mood = 1 + below(5);
      int score = 0;
      for (int j = 0; j < DIMENSIONS.size(); j++) {
        ratings[i][j] = Math.min(5, Math.max(1, mood + below(5) - 2));
        score += WEIGHTS[j] * ratings[i][j];
      }
      int noise = below(13) + below(13) + below(13) - 18;
      outcomes[i] = Math.min(10, Math.max(0, Math.floorDiv(score + noise - 10, 4)));
      for (int j = 0; j < DIMENSIONS.size(); j++) {
        if (below(100) < MISSING_PERCENT[j]) {
          ratings[i][j] = MISSING;
        }
      }
    }
  }

  /** SplitMix64 (Steele, Lea and Flood, OOPSLA 2014), as the script has it. */
  private long next() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int below(int bound) {
    return (int) ((next() >>> 32) % bound);
  }

  static DriverAccumulator empty() {
    return new DriverAccumulator(CsatScale.ZERO_TO_TEN, CsatScale.ONE_TO_FIVE, DIMENSIONS);
  }

  /** The responses from {@code from} (inclusive) to {@code to} (exclusive), added one by one. */
  DriverAccumulator accumulate(int from, int to) {
    DriverAccumulator accumulator = empty();
    for (int i = from; i < to; i++) {
      accumulator.add(outcomes[i], ratings[i]);
    }
    return accumulator;
  }

  DriverMoments moments() {
    return accumulate(0, RESPONSES).snapshot();
  }
}

package dev.nps.benchmarks;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, realistic survey answers in columns: a score per answer and its segment's row number.
 *
 * <p>Overall, about 50% of answers are promoters, 30% passives and 20% detractors. Each segment
 * moves those shares by up to &plusmn;15 points (so per-segment scores differ, as they do between
 * teams or regions), and segments differ in size: the first ones are several times larger than the
 * last ones. Within a category, scores lean to its top (more 10s than 9s, more 8s than 7s, more 5s
 * and 6s than 0s), as real answers do.
 *
 * <p>The same seed, size and segment count always give the same answers.
 */
final class SurveyData {
  /** The seed every benchmark uses, so that every strategy sees the same answers. */
  static final long SEED = 20261122L;

  /** Segment names; with one segment it is {@link Segment#ALL}. */
  final Segment[] segments;

  /** The answers, one per byte. */
  final byte[] scores;

  /** The segment row number of each answer, an index into {@link #segments}. */
  final int[] rows;

  private SurveyData(Segment[] segments, byte[] scores, int[] rows) {
    this.segments = segments;
    this.scores = scores;
    this.rows = rows;
  }

  /**
   * Generates {@code size} answers in {@code segmentCount} segments.
   *
   * @param size the number of answers
   * @param segmentCount the number of segments, at least 1
   * @return the columns
   */
  static SurveyData generate(int size, int segmentCount) {
    SplittableRandom random = new SplittableRandom(SEED ^ ((long) size << 20) ^ segmentCount);
    Segment[] segments = new Segment[segmentCount];
    double[] promoterShare = new double[segmentCount];
    double[] detractorShare = new double[segmentCount];
    for (int row = 0; row < segmentCount; row++) {
      segments[row] = segmentCount == 1
          ? Segment.ALL
          : Segment.of("region", "region-" + row % 10).and("team", "team-" + row / 10);
      double skew = segmentCount == 1 ? 0 : random.nextDouble(-0.15, 0.15);
      promoterShare[row] = 0.50 + skew;
      detractorShare[row] = 0.20 - skew / 2;
    }
    byte[] scores = new byte[size];
    int[] rows = new int[size];
    for (int i = 0; i < size; i++) {
      // u * u puts more answers on low row numbers: segment sizes vary by a factor of many.
      double u = random.nextDouble();
      int row = (int) (u * u * segmentCount);
      rows[i] = row;
      scores[i] = score(random, promoterShare[row], detractorShare[row]);
    }
    return new SurveyData(segments, scores, rows);
  }

  private static byte score(SplittableRandom random, double promoters, double detractors) {
    double category = random.nextDouble();
    if (category < promoters) {
      return (byte) (random.nextInt(5) < 3 ? 10 : 9);
    }
    if (category < promoters + detractors) {
      // 0 to 6, leaning to 5 and 6: the larger of two uniform draws.
      return (byte) Math.max(random.nextInt(7), random.nextInt(7));
    }
    return (byte) (random.nextInt(5) < 3 ? 8 : 7);
  }

  /**
   * Returns the answers as response objects, in the same order, sharing the segment instances.
   *
   * @return a new {@link ArrayList}, as a user's code would hold them
   */
  List<Response> responses() {
    List<Response> responses = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      responses.add(Response.of(scores[i], segments[rows[i]]));
    }
    return responses;
  }

  /** Returns the number of answers. */
  int size() {
    return scores.length;
  }
}

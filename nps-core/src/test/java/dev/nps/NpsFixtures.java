package dev.nps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Named datasets with expected results worked out by hand, each citing where the expected score
 * was published. Every construction path is checked against these same values.
 */
final class NpsFixtures {
  private NpsFixtures() {}

  /** A dataset: the answers, and the expected counts and score worked out independently. */
  static final class Dataset {
    final String name;
    final int[] scores;
    final long detractors;
    final long passives;
    final long promoters;
    final double score;

    Dataset(String name, int[] scores, long detractors, long passives, long promoters,
        double score) {
      this.name = name;
      this.scores = scores;
      this.detractors = detractors;
      this.passives = passives;
      this.promoters = promoters;
      this.score = score;
    }

    long total() {
      return scores.length;
    }

    byte[] bytes() {
      byte[] bytes = new byte[scores.length];
      for (int i = 0; i < scores.length; i++) {
        bytes[i] = (byte) scores[i];
      }
      return bytes;
    }

    List<Response> responses() {
      List<Response> responses = new ArrayList<>();
      for (int i = 0; i < scores.length; i++) {
        // Three segments so that per-segment paths have something to split.
        responses.add(Response.of(scores[i], Segment.of("group", "g" + (i % 3))));
      }
      return responses;
    }

    long[] histogram() {
      long[] histogram = new long[11];
      for (int score : scores) {
        histogram[score]++;
      }
      return histogram;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * R package NPS (Brooks, CRAN), its tests: scores 0, 7, 7, 9, 9, 9 are one detractor, two
   * passives, three promoters; NPS = (3 - 1) / 6 = 1/3, i.e. 33.333... points.
   */
  static final Dataset R_NPS_PACKAGE =
      new Dataset("R NPS package (1, 2, 3)", new int[] {0, 7, 7, 9, 9, 9}, 1, 2, 3, 100.0 / 3);

  /**
   * PostHog's survey tests: one answer at each of 0..6, two at 7 and at 8, three at 9 and at 10.
   * Detractors 7, passives 4, promoters 6, total 17; NPS = 100 * (6 - 7) / 17 = -5.882352941...
   */
  static final Dataset POSTHOG =
      new Dataset(
          "PostHog histogram",
          new int[] {0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 10},
          7, 4, 6, -100.0 / 17);

  /**
   * Delighted's help pages: 10 promoters, 5 passives and 5 detractors give (10 - 5) / 20 = 25.
   * Scores spread over every value of each category.
   */
  static final Dataset DELIGHTED =
      new Dataset(
          "Delighted 10/5/5",
          new int[] {9, 10, 9, 10, 9, 10, 9, 10, 9, 10, 7, 8, 7, 8, 7, 0, 2, 4, 6, 6},
          5, 5, 10, 25.0);

  /** One detractor: -100 by definition. */
  static final Dataset ONE_DETRACTOR = new Dataset("one detractor", new int[] {3}, 1, 0, 0, -100);

  /** One passive: 0 by definition. */
  static final Dataset ONE_PASSIVE = new Dataset("one passive", new int[] {8}, 0, 1, 0, 0);

  /** One promoter: 100 by definition. */
  static final Dataset ONE_PROMOTER = new Dataset("one promoter", new int[] {10}, 0, 0, 1, 100);

  /**
   * Every boundary score once: 6 and 7, 8 and 9. Detractors {0, 6}, passives {7, 8}, promoters
   * {9, 10}: 2 each, so NPS = 0.
   */
  static final Dataset BOUNDARIES =
      new Dataset("category boundaries", new int[] {0, 6, 7, 8, 9, 10}, 2, 2, 2, 0);

  static List<Dataset> all() {
    return Arrays.asList(
        R_NPS_PACKAGE, POSTHOG, DELIGHTED, ONE_DETRACTOR, ONE_PASSIVE, ONE_PROMOTER, BOUNDARIES);
  }
}

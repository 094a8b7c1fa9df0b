package dev.nps.csat;

import dev.nps.Segment;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import java.util.Map;
import java.util.Optional;

/**
 * The CSAT variant of nps-core's {@link SegmentComparison}: each segment compared with the rest of
 * the responses (every other segment combined), by the score or by the mean, with p-values
 * adjusted for multiplicity so that a report of many segments flags only those that really
 * differ.
 *
 * <p>The report, its entries, the adjustment and the flags are those of {@link SegmentComparison};
 * this class supplies the two CSAT tests as a {@link Measure}: the satisfied shares ({@link
 * Measure#SHARE}, the Miettinen&ndash;Nurminen score test of {@link RateDifference}) or the means ({@link
 * Measure#MEAN}, Welch's test of {@link MeanDifference}).
 *
 * <p>Every segment is listed. A segment is untestable when it or the rest has too few answers (one
 * each for the share, two each for the mean) or when there is no variance to test against (every
 * answer of segment and rest satisfied, or none; for the mean, every answer of the segment equal
 * and every answer of the rest equal). Untestable segments are never flagged and do not count in
 * the family.
 *
 * <pre>{@code
 * Map<Segment, Csat> bySegment = Csat.bySegment(CsatScale.ONE_TO_FIVE, responses);
 * SegmentComparison<Csat> report = CsatSegmentComparison.compare(bySegment);
 * for (SegmentComparison.Entry<Csat> entry : report.flagged()) {
 *   System.out.println(entry.segment() + " differs by " + entry.estimate() + " points");
 * }
 * }</pre>
 */
public final class CsatSegmentComparison {
  private CsatSegmentComparison() {}

  /**
   * What is compared between a segment and the rest, and how: the CSAT methods of a {@link
   * SegmentComparison}.
   */
  public enum Measure implements SegmentComparison.Method<Csat> {
    /**
     * The score (satisfied share), in percentage points, by the Miettinen&ndash;Nurminen score
     * test of {@link RateDifference}; each entry's {@link SegmentComparison.Entry#test()} is a {@link
     * RateDifference} of the satisfied rates.
     */
    SHARE {
      @Override
      public Optional<String> untestable(Csat segment, Csat rest) {
        Optional<String> tooFew = tooFew(segment, rest, 1);
        if (tooFew.isPresent()) {
          return tooFew;
        }
        long satisfied = segment.satisfied() + rest.satisfied();
        if (satisfied == 0 || satisfied == segment.total() + rest.total()) {
          return Optional.of("the answers of the segment and the rest are all "
              + (satisfied == 0 ? "unsatisfied" : "satisfied")
              + ", so there is no variance to test against");
        }
        return Optional.empty();
      }

      @Override
      public SignificanceResult compare(Csat segment, Csat rest) {
        return RateDifference.of(segment.satisfiedRate(), rest.satisfiedRate());
      }
    },

    /**
     * The mean answer, in scale units, by Welch's t test; each entry's {@link
     * SegmentComparison.Entry#test()} is a {@link MeanDifference}.
     */
    MEAN {
      @Override
      public Optional<String> untestable(Csat segment, Csat rest) {
        Optional<String> tooFew = tooFew(segment, rest, 2);
        if (tooFew.isPresent()) {
          return tooFew;
        }
        if (segment.variance() == 0.0 && rest.variance() == 0.0) {
          return Optional.of("every answer of the segment is equal and so is every answer of the"
              + " rest, so there is no variance to test against");
        }
        return Optional.empty();
      }

      @Override
      public SignificanceResult compare(Csat segment, Csat rest) {
        return MeanDifference.of(segment, rest);
      }
    };

    /**
     * Returns the two results together.
     *
     * @param a a result
     * @param b another result, on the same scale
     * @return {@code a.plus(b)}
     * @throws IllegalArgumentException if the scales differ
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    @Override
    public Csat plus(Csat a, Csat b) {
      return a.plus(b);
    }

    /**
     * Returns a result less a part of it.
     *
     * @param whole a result
     * @param part a result on the same scale whose every count is at most {@code whole}'s
     * @return the difference of the counts
     * @throws IllegalArgumentException if the scales differ or {@code part} has more answers of
     *     some value than {@code whole}; the message names the value
     */
    @Override
    public Csat minus(Csat whole, Csat part) {
      Csat.checkSameScale(whole, part);
      long[] counts = whole.histogram();
      long[] partCounts = part.rawCounts();
      for (int i = 0; i < counts.length; i++) {
        if (partCounts[i] > counts[i]) {
          throw new IllegalArgumentException(
              "cannot take " + partCounts[i] + " answers " + (whole.scale().min() + i)
                  + " from a result that has " + counts[i]);
        }
        counts[i] -= partCounts[i];
      }
      return new Csat(whole.scale(), counts, whole.total() - part.total());
    }

    private static Optional<String> tooFew(Csat segment, Csat rest, long minimum) {
      String needs = "; the test needs at least " + minimum + " in each";
      if (segment.total() < minimum) {
        return Optional.of("it has " + segment.total() + " answers and the rest " + rest.total()
            + needs);
      }
      if (rest.total() < minimum) {
        return Optional.of("the rest has " + rest.total() + " answers and the segment "
            + segment.total() + needs);
      }
      return Optional.empty();
    }
  }

  /**
   * Compares every segment's score with the rest's, with Holm's adjustment at the {@linkplain
   * SegmentComparison#DEFAULT_SIGNIFICANCE_LEVEL default} family-wise level.
   *
   * @param bySegment results per segment, all on one scale, such as {@link
   *     Csat#bySegment(CsatScale, Iterable)} or {@link SegmentedCsatAccumulator#snapshot()}
   * @return the report, one entry per segment in the map's order
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if the results are not all on one scale
   */
  public static SegmentComparison<Csat> compare(Map<Segment, Csat> bySegment) {
    return SegmentComparison.of(bySegment, Measure.SHARE);
  }

  /**
   * Compares every segment with the rest.
   *
   * @param bySegment results per segment, all on one scale
   * @param measure what to compare
   * @param adjustment how to adjust the p-values for multiple comparisons
   * @param significanceLevel the level at which an adjusted p-value is flagged, in (0, 1), such as
   *     {@link SegmentComparison#DEFAULT_SIGNIFICANCE_LEVEL}
   * @return the report, one entry per segment in the map's order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the results are not all on one scale, or {@code
   *     significanceLevel} is not in (0, 1); the message names it
   */
  public static SegmentComparison<Csat> compare(Map<Segment, Csat> bySegment, Measure measure,
      PValueAdjustment adjustment, double significanceLevel) {
    return SegmentComparison.of(bySegment, measure, adjustment, significanceLevel);
  }
}

package dev.nps.csat;

import dev.nps.Segment;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.RateDifference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One segment compared with the rest of the responses (every other segment combined), as one of a
 * family of comparisons whose p-values are adjusted for multiplicity, so that a report of many
 * segments flags only those that really differ.
 *
 * <p>{@link #compare(Map, Measure, PValueAdjustment, double)} compares every segment of a {@code
 * bySegment} result with the rest, by the score ({@link Measure#SHARE}: the pooled score test of
 * {@link RateDifference}) or by the mean ({@link Measure#MEAN}: Welch's test of {@link
 * MeanDifference}), adjusts the p-values of the testable segments together with Holm's method (the
 * default) or Benjamini&ndash;Hochberg, and flags a segment when its adjusted p-value is at most
 * the family level.
 *
 * <p>A segment is testable when the test is defined for it: both it and the rest have answers (for
 * the mean: at least two each). Untestable segments are listed, are never flagged, and do not
 * count in the family.
 *
 * <pre>{@code
 * Map<Segment, Csat> bySegment = Csat.bySegment(CsatScale.ONE_TO_FIVE, responses);
 * for (CsatSegmentComparison row : CsatSegmentComparison.compare(bySegment)) {
 *   if (row.isFlagged()) {
 *     System.out.println(row.segment() + " differs by " + row.estimate() + " points");
 *   }
 * }
 * }</pre>
 */
public final class CsatSegmentComparison {
  /** What is compared between a segment and the rest. */
  public enum Measure {
    /** The score (satisfied share), in percentage points; pooled score test. */
    SHARE,
    /** The mean answer, in scale units; Welch's t test. */
    MEAN
  }

  private final Segment segment;
  private final Csat csat;
  private final Csat rest;
  private final Measure measure;
  private final double estimate;
  private final double pValue;
  private final double adjustedPValue;
  private final boolean flagged;

  private CsatSegmentComparison(Segment segment, Csat csat, Csat rest, Measure measure,
      double estimate, double pValue, double adjustedPValue, boolean flagged) {
    this.segment = segment;
    this.csat = csat;
    this.rest = rest;
    this.measure = measure;
    this.estimate = estimate;
    this.pValue = pValue;
    this.adjustedPValue = adjustedPValue;
    this.flagged = flagged;
  }

  /**
   * Compares every segment's score with the rest's, with Holm's adjustment and a family-wise level
   * of 0.05.
   *
   * @param bySegment results per segment, all on one scale, such as {@link
   *     Csat#bySegment(CsatScale, Iterable)} or {@link SegmentedCsatAccumulator#snapshot()}
   * @return one comparison per segment, in the map's order
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if the results are not all on one scale
   */
  public static List<CsatSegmentComparison> compare(Map<Segment, Csat> bySegment) {
    return compare(bySegment, Measure.SHARE, PValueAdjustment.HOLM, 0.05);
  }

  /**
   * Compares every segment with the rest.
   *
   * @param bySegment results per segment, all on one scale
   * @param measure what to compare
   * @param adjustment how to adjust the p-values for multiple comparisons
   * @param familyLevel the level at which an adjusted p-value is flagged, in (0, 1), for example
   *     0.05
   * @return one comparison per segment, in the map's order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the results are not all on one scale, or {@code
   *     familyLevel} is not in (0, 1); the message names it
   */
  public static List<CsatSegmentComparison> compare(Map<Segment, Csat> bySegment,
      Measure measure, PValueAdjustment adjustment, double familyLevel) {
    Objects.requireNonNull(bySegment, "bySegment must not be null");
    Objects.requireNonNull(measure, "measure must not be null");
    Objects.requireNonNull(adjustment, "adjustment must not be null");
    if (!(familyLevel > 0.0 && familyLevel < 1.0)) {
      throw new IllegalArgumentException("family level must be in (0, 1), was " + familyLevel);
    }
    List<Segment> segments = new ArrayList<>(bySegment.keySet());
    List<Csat> results = new ArrayList<>();
    Csat overall = null;
    for (Segment segment : segments) {
      Objects.requireNonNull(segment, "segment must not be null");
      Csat csat = Objects.requireNonNull(bySegment.get(segment),
          "result of segment " + segment + " must not be null");
      results.add(csat);
      overall = overall == null ? csat : overall.plus(csat);
    }
    int n = segments.size();
    Csat[] rests = new Csat[n];
    double[] estimates = new double[n];
    double[] raw = new double[n];
    List<Double> testable = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Csat csat = results.get(i);
      rests[i] = minus(overall, csat);
      int minimum = measure == Measure.SHARE ? 1 : 2;
      if (csat.total() < minimum || rests[i].total() < minimum) {
        estimates[i] = Double.NaN;
        raw[i] = Double.NaN;
        continue;
      }
      if (measure == Measure.SHARE) {
        RateDifference difference =
            RateDifference.of(csat.satisfiedRate(), rests[i].satisfiedRate());
        estimates[i] = difference.estimate();
        raw[i] = difference.pValue();
      } else {
        MeanDifference difference = MeanDifference.of(csat, rests[i]);
        estimates[i] = difference.estimate();
        raw[i] = difference.pValue();
      }
      testable.add(raw[i]);
    }
    double[] family = new double[testable.size()];
    for (int i = 0; i < family.length; i++) {
      family[i] = testable.get(i);
    }
    double[] adjusted = adjustment.adjust(family);
    List<CsatSegmentComparison> comparisons = new ArrayList<>(n);
    int next = 0;
    for (int i = 0; i < n; i++) {
      double adjustedPValue = Double.isNaN(raw[i]) ? Double.NaN : adjusted[next++];
      comparisons.add(new CsatSegmentComparison(segments.get(i), results.get(i), rests[i],
          measure, estimates[i], raw[i], adjustedPValue, adjustedPValue <= familyLevel));
    }
    return Collections.unmodifiableList(comparisons);
  }

  /** The counts of {@code whole} less those of {@code part}, which it contains. */
  private static Csat minus(Csat whole, Csat part) {
    long[] counts = whole.histogram();
    long[] partCounts = part.rawCounts();
    for (int i = 0; i < counts.length; i++) {
      counts[i] -= partCounts[i];
    }
    return new Csat(whole.scale(), counts, whole.total() - part.total());
  }

  /**
   * Returns the segment.
   *
   * @return the segment compared
   */
  public Segment segment() {
    return segment;
  }

  /**
   * Returns the segment's result.
   *
   * @return its result
   */
  public Csat csat() {
    return csat;
  }

  /**
   * Returns the result of every other segment combined.
   *
   * @return the rest's result
   */
  public Csat rest() {
    return rest;
  }

  /**
   * Returns what was compared.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns whether the test is defined for this segment.
   *
   * @return {@code true} when the segment and the rest both have answers (for the mean: at least
   *     two each)
   */
  public boolean isTestable() {
    return !Double.isNaN(pValue);
  }

  /**
   * Returns the segment's value less the rest's.
   *
   * @return score points for {@link Measure#SHARE}, scale units for {@link Measure#MEAN}
   * @throws IllegalStateException if the segment is not testable
   */
  public double estimate() {
    checkTestable();
    return estimate;
  }

  /**
   * Returns the raw two-sided p-value.
   *
   * @return a probability in [0, 1]
   * @throws IllegalStateException if the segment is not testable
   */
  public double pValue() {
    checkTestable();
    return pValue;
  }

  /**
   * Returns the p-value adjusted for the family of testable segments.
   *
   * @return a probability in [{@link #pValue()}, 1]
   * @throws IllegalStateException if the segment is not testable
   */
  public double adjustedPValue() {
    checkTestable();
    return adjustedPValue;
  }

  /**
   * Returns whether the segment differs from the rest at the family level.
   *
   * @return {@code true} when testable and the adjusted p-value is at most the family level
   */
  public boolean isFlagged() {
    return flagged;
  }

  private void checkTestable() {
    if (!isTestable()) {
      throw new IllegalStateException("segment " + segment + " cannot be compared with the rest"
          + " by " + measure + ": it has " + csat.total() + " answers and the rest "
          + rest.total());
    }
  }

  /**
   * Describes the comparison, for example {@code "CsatSegmentComparison[complexity=complex, SHARE,
   * estimate=-12.50, p=0.0012, adjusted=0.0036, flagged]"}.
   */
  @Override
  public String toString() {
    if (!isTestable()) {
      return "CsatSegmentComparison[" + segment + ", " + measure + ", not testable]";
    }
    return String.format(Locale.ROOT,
        "CsatSegmentComparison[%s, %s, estimate=%.2f, p=%.4g, adjusted=%.4g, %s]",
        segment, measure, estimate, pValue, adjustedPValue, flagged ? "flagged" : "not flagged");
  }
}

package dev.nps.stats;

import dev.nps.Nps;
import dev.nps.Score;
import dev.nps.Segment;
import dev.nps.internal.Normal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which segments really differ: each segment's Net Promoter Score compared with that of all other
 * responses combined, with p-values adjusted for making many comparisons at once.
 *
 * <p>With 200 segments, about 10 would differ "significantly" at the 5% level by chance alone.
 * This report adjusts the p-values ({@link PValueAdjustment#HOLM} by default) and flags a segment
 * only when its adjusted p-value is at most the chosen level, so that the chance of flagging any
 * segment that does not really differ stays at most that level (for Holm; for {@link
 * PValueAdjustment#BENJAMINI_HOCHBERG}, the expected share of false flags among the flagged does).
 *
 * <h2>The test</h2>
 *
 * <p>For a segment s with n<sub>s</sub> answers and the rest r (every other segment) with
 * n<sub>r</sub>, the statistic is z = (NPS<sub>s</sub> &minus; NPS<sub>r</sub>) / SE<sub>0</sub>
 * with SE<sub>0</sub> = 100 sqrt(V (1/n<sub>s</sub> + 1/n<sub>r</sub>)), where V is the per-answer
 * variance of all responses pooled (see {@link Nps#variance()}): the variance under the
 * hypothesis that the segment does not differ, as in a score test. Unlike the unpooled Wald
 * standard error, it does not collapse for a small segment whose few answers fall in one category,
 * so tiny segments are not flagged on no evidence. The p-value is two-sided, 2 Q(|z|).
 *
 * <p>Segments must be disjoint (as those of {@link Nps#bySegment(Iterable)} are). Segments with no
 * answers are left out of the report and of the number of comparisons.
 *
 * <pre>{@code
 * SegmentComparison report = SegmentComparison.of(Nps.bySegment(responses));
 * for (SegmentComparison.Entry entry : report.flagged()) {
 *   System.out.println(entry.segment() + ": " + entry.difference() + " points vs the rest");
 * }
 * }</pre>
 */
public final class SegmentComparison {
  /** The default family-wise significance level. */
  public static final double DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

  private final List<Entry> entries;
  private final PValueAdjustment adjustment;
  private final double significanceLevel;
  private final Nps overall;

  private SegmentComparison(
      List<Entry> entries, PValueAdjustment adjustment, double significanceLevel, Nps overall) {
    this.entries = entries;
    this.adjustment = adjustment;
    this.significanceLevel = significanceLevel;
    this.overall = overall;
  }

  /**
   * Compares each segment with the rest, with Holm's adjustment at the 5% family-wise level.
   *
   * @param segments disjoint segments and their results, such as {@link Nps#bySegment(Iterable)}
   *     gives
   * @return the report, in the map's iteration order
   * @throws NullPointerException if {@code segments}, a key or a value is null
   * @throws IllegalArgumentException if fewer than two segments have answers
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static SegmentComparison of(Map<Segment, Nps> segments) {
    return of(segments, PValueAdjustment.HOLM, DEFAULT_SIGNIFICANCE_LEVEL);
  }

  /**
   * Compares each segment with the rest.
   *
   * @param segments disjoint segments and their results, such as {@link Nps#bySegment(Iterable)}
   *     gives
   * @param adjustment how to adjust the p-values for the number of segments compared
   * @param significanceLevel a segment is flagged when its adjusted p-value is at most this, in
   *     (0, 1), such as 0.05
   * @return the report, in the map's iteration order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if {@code significanceLevel} is not in (0, 1), or fewer than
   *     two segments have answers; the message names the value
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static SegmentComparison of(
      Map<Segment, Nps> segments, PValueAdjustment adjustment, double significanceLevel) {
    Objects.requireNonNull(segments, "segments must not be null");
    Objects.requireNonNull(adjustment, "adjustment must not be null");
    if (!(significanceLevel > 0.0 && significanceLevel < 1.0)) {
      throw new IllegalArgumentException(
          "significance level must be in (0, 1), was " + significanceLevel);
    }
    List<Segment> names = new ArrayList<>();
    List<Nps> results = new ArrayList<>();
    long detractors = 0;
    long passives = 0;
    long promoters = 0;
    for (Map.Entry<Segment, Nps> entry : segments.entrySet()) {
      Segment segment = Objects.requireNonNull(entry.getKey(), "segment must not be null");
      Nps nps = Objects.requireNonNull(entry.getValue(), "result of " + segment + " is null");
      if (nps.isEmpty()) {
        continue;
      }
      names.add(segment);
      results.add(nps);
      detractors = Math.addExact(detractors, nps.detractors());
      passives = Math.addExact(passives, nps.passives());
      promoters = Math.addExact(promoters, nps.promoters());
    }
    if (results.size() < 2) {
      throw new IllegalArgumentException(
          "need at least two segments with answers to compare each with the rest, had "
              + results.size());
    }
    Nps overall = Nps.ofCategories(detractors, passives, promoters);
    double pooledVariance = overall.variance();
    int m = results.size();
    double[] differences = new double[m];
    double[] standardErrors = new double[m];
    double[] zs = new double[m];
    double[] pValues = new double[m];
    Nps[] rests = new Nps[m];
    for (int i = 0; i < m; i++) {
      Nps nps = results.get(i);
      Nps rest =
          Nps.ofCategories(
              detractors - nps.detractors(), passives - nps.passives(), promoters - nps.promoters());
      rests[i] = rest;
      if (rest.isEmpty()) {
        // Only possible if every other segment is empty, which was ruled out above.
        throw new AssertionError(names.get(i));
      }
      double difference = nps.score() - rest.score();
      double standardError =
          Math.sqrt(pooledVariance * (1.0 / nps.total() + 1.0 / rest.total()));
      double z =
          standardError == 0.0
              ? (difference == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
              : difference / standardError;
      differences[i] = difference;
      standardErrors[i] = standardError;
      zs[i] = z;
      pValues[i] = Normal.twoSidedPValue(z);
    }
    double[] adjusted = adjustment.adjust(pValues);
    List<Entry> entries = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      entries.add(
          new Entry(
              names.get(i),
              results.get(i),
              rests[i],
              differences[i],
              standardErrors[i],
              zs[i],
              pValues[i],
              adjusted[i],
              adjusted[i] <= significanceLevel));
    }
    return new SegmentComparison(
        Collections.unmodifiableList(entries), adjustment, significanceLevel, overall);
  }

  /**
   * Returns one entry per segment with answers, in the order of the input map.
   *
   * @return an unmodifiable list
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns the entries of the flagged segments, in the order of the input map.
   *
   * @return a new unmodifiable list, empty when no segment differs significantly
   */
  public List<Entry> flagged() {
    List<Entry> flagged = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.isFlagged()) {
        flagged.add(entry);
      }
    }
    return Collections.unmodifiableList(flagged);
  }

  /**
   * Returns how the p-values were adjusted.
   *
   * @return the adjustment
   */
  public PValueAdjustment adjustment() {
    return adjustment;
  }

  /**
   * Returns the level at which adjusted p-values are flagged.
   *
   * @return the significance level, in (0, 1)
   */
  public double significanceLevel() {
    return significanceLevel;
  }

  /**
   * Returns the category counts of all compared segments together.
   *
   * @return the pooled result, without per-score histogram
   */
  public Nps overall() {
    return overall;
  }

  /**
   * Describes the report, for example {@code "SegmentComparison[segments=12, flagged=2,
   * adjustment=HOLM, significanceLevel=0.05]"}.
   */
  @Override
  public String toString() {
    return "SegmentComparison[segments=" + entries.size()
        + ", flagged=" + flagged().size()
        + ", adjustment=" + adjustment
        + ", significanceLevel=" + significanceLevel
        + "]";
  }

  /** One segment compared with the rest of the responses. */
  public static final class Entry {
    private final Segment segment;
    private final Nps nps;
    private final Nps rest;
    private final double difference;
    private final double standardError;
    private final double z;
    private final double pValue;
    private final double adjustedPValue;
    private final boolean flagged;

    private Entry(
        Segment segment,
        Nps nps,
        Nps rest,
        double difference,
        double standardError,
        double z,
        double pValue,
        double adjustedPValue,
        boolean flagged) {
      this.segment = segment;
      this.nps = nps;
      this.rest = rest;
      this.difference = difference;
      this.standardError = standardError;
      this.z = z;
      this.pValue = pValue;
      this.adjustedPValue = adjustedPValue;
      this.flagged = flagged;
    }

    /**
     * Returns the segment.
     *
     * @return the segment
     */
    public Segment segment() {
      return segment;
    }

    /**
     * Returns the segment's result.
     *
     * @return the result given for the segment
     */
    public Nps nps() {
      return nps;
    }

    /**
     * Returns the category counts of every other segment combined.
     *
     * @return the rest, without per-score histogram
     */
    public Nps rest() {
      return rest;
    }

    /**
     * Returns how far the segment's score is from the rest's.
     *
     * @return {@code nps().score() - rest().score()} in points: positive when the segment is
     *     higher
     */
    public double difference() {
      return difference;
    }

    /**
     * Returns the standard error of the difference under the hypothesis of no difference.
     *
     * @return 100 sqrt(V (1/n<sub>s</sub> + 1/n<sub>r</sub>)) with the pooled per-answer variance
     *     V, in points
     */
    public double standardError() {
      return standardError;
    }

    /**
     * Returns the test statistic.
     *
     * @return {@link #difference()} / {@link #standardError()}; 0 when both are 0
     */
    public double z() {
      return z;
    }

    /**
     * Returns the raw two-sided p-value, before adjustment.
     *
     * @return 2 Q(|z|), in [0, 1]
     */
    public double pValue() {
      return pValue;
    }

    /**
     * Returns the p-value adjusted for the number of segments compared.
     *
     * @return the adjusted p-value, in [{@link #pValue()}, 1]
     */
    public double adjustedPValue() {
      return adjustedPValue;
    }

    /**
     * Returns whether the segment differs significantly from the rest.
     *
     * @return {@code true} when {@link #adjustedPValue()} is at most the report's significance
     *     level
     */
    public boolean isFlagged() {
      return flagged;
    }

    /**
     * Describes the entry, for example {@code "Entry[segment=region=EU, difference=-12.30,
     * adjustedPValue=0.0042, flagged=true]"}; numbers are rounded here only.
     */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Entry[segment=%s, difference=%.2f, adjustedPValue=%.4g, flagged=%s]",
          segment,
          difference,
          adjustedPValue,
          flagged);
    }
  }
}

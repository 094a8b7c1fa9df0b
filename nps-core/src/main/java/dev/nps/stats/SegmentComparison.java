package dev.nps.stats;

import dev.nps.Nps;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which segments really differ: each segment compared with all other responses combined (the
 * rest), with p-values adjusted for making many comparisons at once. One report serves Net
 * Promoter Score and CSAT: the results of type {@code R} and the test come from a {@link Method}.
 *
 * <p>With 200 segments, about 10 would differ "significantly" at the 5% level by chance alone.
 * This report adjusts the p-values ({@link PValueAdjustment#HOLM} by default) and flags a segment
 * only when its adjusted p-value is at most the chosen level, so that the chance of flagging any
 * segment that does not really differ stays at most that level (for Holm; for {@link
 * PValueAdjustment#BENJAMINI_YEKUTIELI}, the expected share of false flags among the flagged does;
 * {@link PValueAdjustment#BENJAMINI_HOCHBERG} flags more but its guarantee assumes independent or
 * positively dependent tests, and a segment against the rest is negatively dependent on the
 * others).
 *
 * <h2>Every segment is listed</h2>
 *
 * <p>{@link #entries()} has one entry per segment of the input, in its order. A segment that
 * cannot be tested is listed too, marked {@link Entry#isTestable() untestable}: when it or the rest
 * has too few answers (a report of a single segment has an empty rest), or when the segment and the
 * rest together have no variance to test against (every answer in one category, or on one value).
 * Untestable segments are never flagged and are left out of the family whose p-values are adjusted
 * together, so adding empty segments changes no other entry.
 *
 * <h2>The tests</h2>
 *
 * <ul>
 *   <li>Net Promoter Score ({@link #of(Map)}): each segment against the rest as an {@link
 *       NpsDifference} by its default {@link DifferenceMethod#SCORE score method}, whose standard
 *       error is estimated under "the segment and the rest have the same NPS", each keeping its
 *       own spread. A segment whose answers are spread differently from the rest (more detractors
 *       and promoters, fewer passives, at the same score) is therefore not flagged more often than
 *       the nominal rate, as it was by a test that pooled the categories of segment and rest; and
 *       a small segment whose few answers fall in one category is not flagged on no evidence. The
 *       README reports the measured family-wise flag rate on 200 segments of pure noise.
 *   <li>CSAT: {@code dev.nps.csat.CsatSegmentComparison} compares the satisfied shares (a {@link
 *       RateDifference}) or the means (Welch's {@code MeanDifference}).
 *   <li>Rates ({@link #RATE}): each segment's rate against the rest's as a {@link
 *       RateDifference}.
 *   <li>Any other result type: implement {@link Method}.
 * </ul>
 *
 * <p>Segments must be disjoint (as those of {@link Nps#bySegment(Iterable)} are).
 *
 * <h2>Equality</h2>
 *
 * <p>Two reports are equal when they compare the same segments with the same results in the same
 * order, by the same method, adjustment and significance level; everything else follows from
 * these. Entries compare by identity.
 *
 * <pre>{@code
 * SegmentComparison<Nps> report = SegmentComparison.of(Nps.bySegment(responses));
 * for (SegmentComparison.Entry<Nps> entry : report.flagged()) {
 *   System.out.println(entry.segment() + ": " + entry.estimate() + " points vs the rest");
 * }
 * }</pre>
 *
 * @param <R> the type of the compared results, such as {@link Nps}
 */
public final class SegmentComparison<R> {
  /**
   * The library's default significance level, 0.05: the family-wise level of a report with
   * Holm's adjustment, and the level of a single test.
   */
  public static final double DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

  /**
   * The Net Promoter Score method of {@link #of(Map)}: category counts pooled into the rest, and
   * each segment tested against the rest as {@link NpsDifference#of(Nps, Nps)}, the score method.
   * A segment is untestable when it or the rest has no answers, or when every answer of both falls
   * in one category.
   */
  public static final Method<Nps> NPS = NpsMethod.INSTANCE;

  /**
   * The method for {@link Rate}s, such as the share of tickets escalated: success counts pooled,
   * and each segment tested against the rest as a {@link RateDifference} (its pooled score test;
   * each entry's {@link Entry#test()} is a {@code RateDifference} of segment and rest). A segment
   * is untestable when it or the rest has no trials, or when the trials of both are all successes
   * or all failures.
   */
  public static final Method<Rate> RATE = RateMethod.INSTANCE;

  private final List<Entry<R>> entries;
  private final Method<R> method;
  private final PValueAdjustment adjustment;
  private final double significanceLevel;
  private final R overall;

  private SegmentComparison(
      List<Entry<R>> entries,
      Method<R> method,
      PValueAdjustment adjustment,
      double significanceLevel,
      R overall) {
    this.entries = entries;
    this.method = method;
    this.adjustment = adjustment;
    this.significanceLevel = significanceLevel;
    this.overall = overall;
  }

  /**
   * How results of one type are pooled and how a segment is tested against the rest. The
   * implementations of the library are {@link #NPS}, {@link #RATE} and the constants of {@code
   * dev.nps.csat.CsatSegmentComparison.Measure}.
   *
   * <p>An implementation must be stateless or immutable, and equal methods must test alike:
   * reports compare their methods with {@code equals}.
   *
   * @param <R> the type of the results
   */
  public interface Method<R> {
    /**
     * Returns the name of the test, for descriptions, such as {@code "NPS"} or {@code "SHARE"}.
     *
     * @return a short upper-case name
     */
    String name();

    /**
     * Returns the result of two disjoint groups together.
     *
     * @param a a result
     * @param b another result
     * @return their sum
     * @throws IllegalArgumentException if the results cannot be pooled (such as CSAT results on
     *     different scales)
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    R plus(R a, R b);

    /**
     * Returns a result less a part of it: the rest of the responses when {@code part} is a
     * segment of {@code whole}.
     *
     * @param whole a result
     * @param part a result contained in {@code whole}
     * @return the difference of the counts
     * @throws IllegalArgumentException if {@code part} is not contained in {@code whole}
     */
    R minus(R whole, R part);

    /**
     * Returns why a segment cannot be tested against the rest, if it cannot.
     *
     * @param segment the segment's result
     * @param rest the result of every other segment combined
     * @return a reason such as "the rest has no answers", or empty when {@link #compare(Object,
     *     Object)} is defined for these results
     */
    Optional<String> untestable(R segment, R rest);

    /**
     * Tests a segment against the rest. Called only when {@link #untestable(Object, Object)} is
     * empty.
     *
     * @param segment the segment's result
     * @param rest the result of every other segment combined
     * @return the test of segment &minus; rest
     * @throws IllegalArgumentException if the results cannot be tested
     */
    SignificanceResult compare(R segment, R rest);
  }

  /**
   * Compares the Net Promoter Score of each segment with the rest's, with Holm's adjustment at the
   * {@linkplain #DEFAULT_SIGNIFICANCE_LEVEL default} family-wise level.
   *
   * @param segments disjoint segments and their results, such as {@link Nps#bySegment(Iterable)}
   *     gives
   * @return the report, in the map's iteration order
   * @throws NullPointerException if {@code segments}, a key or a value is null
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static SegmentComparison<Nps> of(Map<Segment, Nps> segments) {
    return of(segments, PValueAdjustment.HOLM, DEFAULT_SIGNIFICANCE_LEVEL);
  }

  /**
   * Compares the Net Promoter Score of each segment with the rest's.
   *
   * @param segments disjoint segments and their results, such as {@link Nps#bySegment(Iterable)}
   *     gives
   * @param adjustment how to adjust the p-values for the number of segments compared
   * @param significanceLevel a segment is flagged when its adjusted p-value is at most this, in
   *     (0, 1), such as {@link #DEFAULT_SIGNIFICANCE_LEVEL}
   * @return the report, in the map's iteration order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if {@code significanceLevel} is not in (0, 1); the message
   *     names it
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static SegmentComparison<Nps> of(
      Map<Segment, Nps> segments, PValueAdjustment adjustment, double significanceLevel) {
    return of(segments, NPS, adjustment, significanceLevel);
  }

  /**
   * Compares each segment with the rest by a method, with Holm's adjustment at the {@linkplain
   * #DEFAULT_SIGNIFICANCE_LEVEL default} family-wise level.
   *
   * @param segments disjoint segments and their results
   * @param method how to pool the results and test a segment, such as {@code
   *     CsatSegmentComparison.Measure.SHARE}
   * @param <R> the type of the results
   * @return the report, in the map's iteration order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the method cannot pool the results (such as CSAT results
   *     on different scales)
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static <R> SegmentComparison<R> of(
      Map<Segment, ? extends R> segments, Method<R> method) {
    return of(segments, method, PValueAdjustment.HOLM, DEFAULT_SIGNIFICANCE_LEVEL);
  }

  /**
   * Compares each segment with the rest by a method.
   *
   * @param segments disjoint segments and their results
   * @param method how to pool the results and test a segment, such as {@code
   *     CsatSegmentComparison.Measure.SHARE}
   * @param adjustment how to adjust the p-values for the number of segments compared
   * @param significanceLevel a segment is flagged when its adjusted p-value is at most this, in
   *     (0, 1), such as {@link #DEFAULT_SIGNIFICANCE_LEVEL}
   * @param <R> the type of the results
   * @return the report, in the map's iteration order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if {@code significanceLevel} is not in (0, 1) (the message
   *     names it), or the method cannot pool the results
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public static <R> SegmentComparison<R> of(
      Map<Segment, ? extends R> segments,
      Method<R> method,
      PValueAdjustment adjustment,
      double significanceLevel) {
    Objects.requireNonNull(segments, "segments must not be null");
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(adjustment, "adjustment must not be null");
    checkSignificanceLevel(significanceLevel);
    List<Segment> names = new ArrayList<>(segments.size());
    List<R> results = new ArrayList<>(segments.size());
    R overall = null;
    for (Map.Entry<Segment, ? extends R> entry : segments.entrySet()) {
      Segment segment = Objects.requireNonNull(entry.getKey(), "segment must not be null");
      R result =
          Objects.requireNonNull(entry.getValue(), "result of segment " + segment + " is null");
      names.add(segment);
      results.add(result);
      // Start from the method's empty result, so that every total is pooled alike (for NPS: to
      // category counts).
      overall = method.plus(overall == null ? method.minus(result, result) : overall, result);
    }
    int m = results.size();
    List<R> rests = new ArrayList<>(m);
    List<SignificanceResult> tests = new ArrayList<>(m);
    List<String> reasons = new ArrayList<>(m);
    double[] pValues = new double[m];
    for (int i = 0; i < m; i++) {
      R result = results.get(i);
      R rest = method.minus(overall, result);
      rests.add(rest);
      String reason = method.untestable(result, rest).orElse(null);
      SignificanceResult test = reason == null ? method.compare(result, rest) : null;
      reasons.add(reason);
      tests.add(test);
      pValues[i] = test == null ? Double.NaN : test.pValue();
    }
    double[] adjusted = adjustTestable(pValues, adjustment);
    List<Entry<R>> entries = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      entries.add(
          new Entry<>(
              names.get(i),
              results.get(i),
              rests.get(i),
              method.name(),
              tests.get(i),
              reasons.get(i),
              adjusted[i],
              isFlagged(adjusted[i], significanceLevel)));
    }
    return new SegmentComparison<>(
        Collections.unmodifiableList(entries), method, adjustment, significanceLevel, overall);
  }

  /**
   * Checks a significance level, for every test and report of the library.
   *
   * @param level the level to check
   * @return {@code level}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1) or is NaN
   */
  static double checkSignificanceLevel(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("significance level must be in (0, 1), was " + level);
    }
    return level;
  }

  /**
   * Adjusts the p-values of the testable comparisons as one family: the one routine behind every
   * report's flags. NaN marks an untestable comparison; it stays NaN and is not counted in the
   * family.
   *
   * @param pValues raw p-values in [0, 1], or NaN; not modified
   * @param adjustment the adjustment
   * @return the adjusted p-values in the order of {@code pValues}, NaN where the input is NaN
   */
  static double[] adjustTestable(double[] pValues, PValueAdjustment adjustment) {
    int testable = 0;
    for (double p : pValues) {
      if (!Double.isNaN(p)) {
        testable++;
      }
    }
    double[] family = new double[testable];
    int next = 0;
    for (double p : pValues) {
      if (!Double.isNaN(p)) {
        family[next++] = p;
      }
    }
    double[] adjustedFamily = adjustment.adjust(family);
    double[] adjusted = new double[pValues.length];
    next = 0;
    for (int i = 0; i < pValues.length; i++) {
      adjusted[i] = Double.isNaN(pValues[i]) ? Double.NaN : adjustedFamily[next++];
    }
    return adjusted;
  }

  /**
   * Returns whether an adjusted p-value is flagged at a level: at most the level, never when NaN.
   */
  static boolean isFlagged(double adjustedPValue, double significanceLevel) {
    return adjustedPValue <= significanceLevel;
  }

  /**
   * Returns one entry per segment of the input, testable or not, in the order of the input map.
   *
   * @return an unmodifiable list
   */
  public List<Entry<R>> entries() {
    return entries;
  }

  /**
   * Returns the entries of the flagged segments, in the order of the input map.
   *
   * @return a new unmodifiable list, empty when no segment differs significantly
   */
  public List<Entry<R>> flagged() {
    List<Entry<R>> flagged = new ArrayList<>();
    for (Entry<R> entry : entries) {
      if (entry.isFlagged()) {
        flagged.add(entry);
      }
    }
    return Collections.unmodifiableList(flagged);
  }

  /**
   * Returns how the segments were tested.
   *
   * @return the method
   */
  public Method<R> method() {
    return method;
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
   * Returns the results of all segments together, pooled by the method (for Net Promoter Score:
   * category counts, without per-score histogram).
   *
   * @return the pooled result
   * @throws IllegalStateException if the report has no segments
   */
  public R overall() {
    if (overall == null) {
      throw new IllegalStateException("a report of no segments has no overall result");
    }
    return overall;
  }

  /**
   * Returns whether another object is a report of the same segments and results, in the same
   * order, by an equal method, adjustment and significance level.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SegmentComparison)) {
      return false;
    }
    SegmentComparison<?> that = (SegmentComparison<?>) other;
    if (!method.equals(that.method)
        || adjustment != that.adjustment
        || Double.compare(significanceLevel, that.significanceLevel) != 0
        || entries.size() != that.entries.size()) {
      return false;
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry<R> mine = entries.get(i);
      Entry<?> theirs = that.entries.get(i);
      if (!mine.segment.equals(theirs.segment) || !mine.result.equals(theirs.result)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(method, adjustment, significanceLevel);
    for (Entry<R> entry : entries) {
      hash = 31 * hash + 31 * entry.segment.hashCode() + entry.result.hashCode();
    }
    return hash;
  }

  /**
   * Describes the report, for example {@code "SegmentComparison[NPS, segments=12, untestable=1,
   * flagged=2, adjustment=HOLM, significanceLevel=0.05]"}.
   */
  @Override
  public String toString() {
    long untestable = entries.stream().filter(entry -> !entry.isTestable()).count();
    return "SegmentComparison[" + method.name()
        + ", segments=" + entries.size()
        + ", untestable=" + untestable
        + ", flagged=" + flagged().size()
        + ", adjustment=" + adjustment
        + ", significanceLevel=" + significanceLevel
        + "]";
  }

  /**
   * One segment compared with the rest of the responses. Its figures are those of {@link #test()};
   * when the segment {@linkplain #isTestable() cannot be tested}, they throw {@link
   * IllegalStateException} and the entry is not flagged. Entries compare by identity.
   *
   * @param <R> the type of the compared results
   */
  public static final class Entry<R> implements SignificanceResult {
    private final Segment segment;
    private final R result;
    private final R rest;
    private final String methodName;
    private final SignificanceResult test;
    private final String untestable;
    private final double adjustedPValue;
    private final boolean flagged;

    private Entry(
        Segment segment,
        R result,
        R rest,
        String methodName,
        SignificanceResult test,
        String untestable,
        double adjustedPValue,
        boolean flagged) {
      this.segment = segment;
      this.result = result;
      this.rest = rest;
      this.methodName = methodName;
      this.test = test;
      this.untestable = untestable;
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
    public R result() {
      return result;
    }

    /**
     * Returns the result of every other segment combined.
     *
     * @return the rest, pooled by the method (for Net Promoter Score: without per-score
     *     histogram); empty in a report of one segment
     */
    public R rest() {
      return rest;
    }

    /**
     * Returns whether the test is defined for this segment: whether it and the rest have enough
     * answers and, together, some variance.
     *
     * @return {@code true} when the figures are defined
     */
    public boolean isTestable() {
      return test != null;
    }

    /**
     * Returns why the segment cannot be tested against the rest, if it cannot.
     *
     * @return the method's reason, such as "the rest has no answers", or empty when the segment is
     *     {@linkplain #isTestable() testable}
     */
    public Optional<String> untestableReason() {
      return Optional.ofNullable(untestable);
    }

    /**
     * Returns the test of the segment against the rest: an {@link NpsDifference} for Net Promoter
     * Score, a {@link RateDifference} or a {@code MeanDifference} for CSAT, with its interval and
     * standard error.
     *
     * @return the test of segment &minus; rest
     * @throws IllegalStateException if the segment cannot be tested; the message says why
     */
    public SignificanceResult test() {
      if (test == null) {
        throw new IllegalStateException(
            "segment " + segment + " cannot be compared with the rest by " + methodName + ": "
                + untestable);
      }
      return test;
    }

    /**
     * Returns how far the segment is from the rest.
     *
     * @return segment &minus; rest, in the unit of the test (NPS points for Net Promoter Score):
     *     positive when the segment is higher
     * @throws IllegalStateException if the segment cannot be tested
     */
    @Override
    public double estimate() {
      return test().estimate();
    }

    /**
     * Returns the test statistic.
     *
     * @return the z (or, for CSAT means, t) of {@link #test()}
     * @throws IllegalStateException if the segment cannot be tested
     */
    @Override
    public double statistic() {
      return test().statistic();
    }

    /**
     * Returns the raw two-sided p-value, before adjustment.
     *
     * @return the p-value of {@link #test()}, in [0, 1]
     * @throws IllegalStateException if the segment cannot be tested
     */
    @Override
    public double pValue() {
      return test().pValue();
    }

    /**
     * Returns the p-value adjusted for the number of testable segments compared.
     *
     * @return the adjusted p-value, in [{@link #pValue()}, 1]
     * @throws IllegalStateException if the segment cannot be tested
     */
    public double adjustedPValue() {
      test();
      return adjustedPValue;
    }

    /**
     * Returns whether the segment differs significantly from the rest.
     *
     * @return {@code true} when the segment is testable and {@link #adjustedPValue()} is at most
     *     the report's significance level
     */
    public boolean isFlagged() {
      return flagged;
    }

    /**
     * Describes the entry, for example {@code "Entry[segment=region=EU, estimate=-12.30,
     * adjustedPValue=0.0042, flagged=true]"} or {@code "Entry[segment=region=EU, untestable: it
     * has no answers]"}; numbers are rounded here only.
     */
    @Override
    public String toString() {
      if (test == null) {
        return "Entry[segment=" + segment + ", untestable: " + untestable + "]";
      }
      return String.format(
          Locale.ROOT,
          "Entry[segment=%s, estimate=%.2f, adjustedPValue=%.4g, flagged=%s]",
          segment,
          test.estimate(),
          adjustedPValue,
          flagged);
    }
  }

  /** The Net Promoter Score test: category counts pooled, each segment an NpsDifference. */
  private static final class NpsMethod implements Method<Nps> {
    static final NpsMethod INSTANCE = new NpsMethod();

    @Override
    public String name() {
      return "NPS";
    }

    @Override
    public Nps plus(Nps a, Nps b) {
      return Nps.ofCategories(
          Math.addExact(a.detractors(), b.detractors()),
          Math.addExact(a.passives(), b.passives()),
          Math.addExact(a.promoters(), b.promoters()));
    }

    @Override
    public Nps minus(Nps whole, Nps part) {
      return Nps.ofCategories(
          whole.detractors() - part.detractors(),
          whole.passives() - part.passives(),
          whole.promoters() - part.promoters());
    }

    @Override
    public Optional<String> untestable(Nps segment, Nps rest) {
      if (segment.isEmpty()) {
        return Optional.of("it has no answers");
      }
      if (rest.isEmpty()) {
        return Optional.of("the rest has no answers");
      }
      long total = segment.total() + rest.total();
      if (segment.detractors() + rest.detractors() == total
          || segment.passives() + rest.passives() == total
          || segment.promoters() + rest.promoters() == total) {
        return Optional.of("every answer of the segment and the rest is in one category, so"
            + " there is no variance to test against");
      }
      return Optional.empty();
    }

    @Override
    public SignificanceResult compare(Nps segment, Nps rest) {
      return NpsDifference.of(segment, rest);
    }

    @Override
    public String toString() {
      return "NPS";
    }
  }
}

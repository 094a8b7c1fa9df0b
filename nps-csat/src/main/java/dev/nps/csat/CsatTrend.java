package dev.nps.csat;

import dev.nps.Response;
import dev.nps.program.PeriodScheme;
import dev.nps.program.Trend;
import dev.nps.program.TrendAccumulator;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SignificanceResult;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSAT variant of nps-core's {@link Trend}: CSAT per period on one answer scale, each period
 * with the change from the one before, by the score (the satisfied share) or by the mean.
 *
 * <p>The trend, its periods, the strict and lenient counting, {@link
 * dev.nps.program.SurveyWaves} and merging are those of {@link Trend} and {@link
 * TrendAccumulator}; this class supplies the CSAT {@link Metric}.
 *
 * <ul>
 *   <li>{@link CsatSegmentComparison.Measure#SHARE} (the default): the change is the {@link
 *       RateDifference} of the satisfied shares, in percentage points, whenever both periods have
 *       answers (as {@link CsatDifference#share()}).
 *   <li>{@link CsatSegmentComparison.Measure#MEAN}: the change is the {@link MeanDifference} of the
 *       means (Welch), when each period has at least two answers and the two periods are not both
 *       without variance.
 * </ul>
 *
 * <pre>{@code
 * PeriodScheme months = PeriodScheme.calendar(Granularity.MONTH, zone);
 * Trend<Csat> trend = CsatTrend.of(CsatScale.ONE_TO_FIVE, responses, months);
 * TrendAccumulator<Csat> streaming =
 *     TrendAccumulator.lenient(CsatTrend.metric(CsatScale.ONE_TO_FIVE), months);
 * }</pre>
 */
public final class CsatTrend {
  private CsatTrend() {}

  /**
   * Returns the metric of CSAT on a scale whose changes compare the satisfied shares.
   *
   * @param scale the answer scale
   * @return the metric
   * @throws NullPointerException if {@code scale} is null
   */
  public static Metric metric(CsatScale scale) {
    return metric(scale, CsatSegmentComparison.Measure.SHARE);
  }

  /**
   * Returns the metric of CSAT on a scale whose changes compare a measure.
   *
   * @param scale the answer scale
   * @param measure what a change compares: the satisfied share or the mean
   * @return the metric
   * @throws NullPointerException if an argument is null
   */
  public static Metric metric(CsatScale scale, CsatSegmentComparison.Measure measure) {
    return new Metric(scale, measure);
  }

  /**
   * Returns the CSAT trend of some responses, changes by the satisfied share; every response must
   * carry {@code answeredAt} within the scheme's periods and an answer on the scale.
   *
   * @param scale the answer scale
   * @param responses the responses
   * @param scheme how time is cut into periods
   * @return the trend
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a response has no {@code answeredAt}, falls outside every
   *     period, or has an answer off the scale; use {@link TrendAccumulator#lenient(Trend.Metric,
   *     PeriodScheme)} to count responses without a period instead
   */
  public static Trend<Csat> of(
      CsatScale scale, Iterable<Response> responses, PeriodScheme scheme) {
    return Trend.of(responses, scheme, metric(scale));
  }

  /**
   * CSAT on one scale, as a metric of {@link Trend}: a period's result is the {@link Csat} of its
   * answers, and the change between two periods compares a {@link
   * CsatSegmentComparison.Measure}. Two metrics are equal when their scales and measures are.
   */
  public static final class Metric implements Trend.Metric<Csat> {
    private final CsatScale scale;
    private final CsatSegmentComparison.Measure measure;

    private Metric(CsatScale scale, CsatSegmentComparison.Measure measure) {
      this.scale = Objects.requireNonNull(scale, "scale must not be null");
      this.measure = Objects.requireNonNull(measure, "measure must not be null");
    }

    /**
     * Returns the answer scale.
     *
     * @return the scale
     */
    public CsatScale scale() {
      return scale;
    }

    /**
     * Returns what a change compares.
     *
     * @return the measure
     */
    public CsatSegmentComparison.Measure measure() {
      return measure;
    }

    /**
     * Returns the name.
     *
     * @return {@code "CSAT"}
     */
    @Override
    public String name() {
      return "CSAT";
    }

    /**
     * Checks that an answer lies on the scale.
     *
     * @param answer the answer
     * @throws IllegalArgumentException if it lies off the scale; the message names it and the
     *     scale
     */
    @Override
    public void checkAnswer(int answer) {
      scale.checkAnswer(answer);
    }

    /**
     * Returns the result of eleven counts of the answers 0 to 10.
     *
     * @param countsPerAnswer eleven counts, 0 for every answer off the scale; not modified
     * @return the result on the scale
     * @throws IllegalArgumentException if the counts are not eleven, one is negative, or an
     *     answer off the scale has a count
     */
    @Override
    public Csat ofHistogram(long[] countsPerAnswer) {
      Objects.requireNonNull(countsPerAnswer, "countsPerAnswer must not be null");
      if (countsPerAnswer.length != CsatScale.HIGHEST + 1) {
        throw new IllegalArgumentException(
            "expected 11 counts (answers 0 to 10), got " + countsPerAnswer.length);
      }
      for (int answer = 0; answer < countsPerAnswer.length; answer++) {
        if (!scale.contains(answer) && countsPerAnswer[answer] != 0) {
          throw new IllegalArgumentException("answer " + answer + " is off the scale "
              + scale.min() + "-" + scale.max() + " but has " + countsPerAnswer[answer]
              + " answers");
        }
      }
      return Csat.ofHistogram(
          scale, Arrays.copyOfRange(countsPerAnswer, scale.min(), scale.max() + 1));
    }

    /**
     * Returns a result's counts at the positions of their answers among eleven (answers 0 to 10).
     *
     * @param result a result on this metric's scale
     * @return a new array of eleven counts, zero off the scale
     * @throws IllegalArgumentException if the result's scale differs; the message names both
     */
    @Override
    public long[] histogram(Csat result) {
      checkResult(result);
      long[] counts = new long[CsatScale.HIGHEST + 1];
      long[] own = result.histogram();
      System.arraycopy(own, 0, counts, scale.min(), own.length);
      return counts;
    }

    /**
     * Checks that a result is on this metric's scale.
     *
     * @param result a result
     * @throws IllegalArgumentException if its scale differs; the message names both
     */
    @Override
    public void checkResult(Csat result) {
      if (!result.scale().equals(scale)) {
        throw new IllegalArgumentException(
            "a trend on scale " + scale + " cannot hold a result on scale " + result.scale());
      }
    }

    /**
     * Tests the change from one period to the next by the measure.
     *
     * @param current the later period's result, on the scale
     * @param previous the earlier period's result, on the scale
     * @return a {@link RateDifference} of the satisfied shares when both have answers, or a {@link
     *     MeanDifference} when {@link CsatSegmentComparison.Measure#MEAN} can test them; else
     *     empty
     * @throws IllegalArgumentException if a result is on another scale
     */
    @Override
    public Optional<SignificanceResult> change(Csat current, Csat previous) {
      checkResult(current);
      checkResult(previous);
      if (current.isEmpty() || previous.isEmpty()) {
        return Optional.empty();
      }
      if (measure == CsatSegmentComparison.Measure.SHARE) {
        return Optional.of(
            RateDifference.of(current.satisfiedRate(), previous.satisfiedRate()));
      }
      if (measure.untestable(current, previous).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(measure.compare(current, previous));
    }

    /** Returns whether another object is a CSAT metric of an equal scale and the same measure. */
    @Override
    public boolean equals(Object other) {
      return this == other
          || (other instanceof Metric
              && scale.equals(((Metric) other).scale)
              && measure == ((Metric) other).measure);
    }

    @Override
    public int hashCode() {
      return 31 * scale.hashCode() + measure.hashCode();
    }

    /** Describes the metric, for example {@code "CSAT[1-5 satisfied from 4, SHARE]"}. */
    @Override
    public String toString() {
      return "CSAT[" + scale + ", " + measure + "]";
    }
  }
}

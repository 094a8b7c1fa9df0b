package dev.nps.program;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.internal.Histogram;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.SignificanceResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A result per period, in time order, each period with the change from the one before and whether
 * that change is more than noise. One trend serves Net Promoter Score and CSAT: the results of type
 * {@code R} and the test of a change come from a {@link Metric}, as a {@link
 * dev.nps.stats.SegmentComparison SegmentComparison}'s come from its method.
 *
 * <p>There are two ways to obtain a trend. Most callers count responses: {@link #of(Iterable,
 * PeriodScheme)} for Net Promoter Score, {@link #of(Iterable, PeriodScheme, Metric)} for another
 * metric (such as {@code dev.nps.csat.CsatTrend.metric(scale)}), or a {@link TrendAccumulator} for
 * streams, lenient counting and merging. Results already computed per period (by a database or a
 * cluster) become a trend with {@link #of(Map, Metric, long, long)}.
 *
 * <h2>Periods</h2>
 *
 * <p>Periods with no answers are listed with an empty result rather than skipped, so a chart of the
 * trend shows gaps honestly. Counted from responses, the list runs from the first to the last
 * calendar period with answers, or lists every wave of {@link SurveyWaves}. The change of a point
 * is {@link Metric#change(Object, Object) metric.change(this point's result, the previous
 * point's)}: for Net Promoter Score an {@link NpsDifference} (Wald), absent for the first point
 * and when either period is empty.
 *
 * <h2>Equality</h2>
 *
 * <p>Two trends are equal when they have equal metrics, the same periods with equal results in the
 * same order, and the same counts of undated and outside responses; the changes follow from these.
 * Points compare by identity.
 *
 * <pre>{@code
 * Trend<Nps> trend = Trend.of(responses, PeriodScheme.calendar(Granularity.MONTH, zone));
 * for (Trend.Point<Nps> point : trend.points()) {
 *   point.period().label();                              // "2026-03"
 *   point.result();                                      // that month's result, maybe empty
 *   point.change().map(SignificanceResult::pValue);      // vs the month before
 * }
 * }</pre>
 *
 * @param <R> the type of the results, such as {@link Nps}
 */
public final class Trend<R> {
  /**
   * The Net Promoter Score metric: a period's result is the {@link Nps} of its answers, and the
   * change between two periods with answers is {@link NpsDifference#of(Nps, Nps)
   * NpsDifference.of(this period, previous period)}, the Wald comparison.
   */
  public static final Metric<Nps> NPS = NpsMetric.INSTANCE;

  private final Metric<R> metric;
  private final List<Point<R>> points;
  private final long undated;
  private final long outside;

  private Trend(Metric<R> metric, List<Point<R>> points, long undated, long outside) {
    this.metric = metric;
    this.points = points;
    this.undated = undated;
    this.outside = outside;
  }

  /**
   * What a trend measures in each period, and how it tests the change between two periods. The
   * implementations of the library are {@link #NPS} and those of {@code dev.nps.csat.CsatTrend}.
   *
   * <p>A period's answers are counted as a histogram of the answers 0 to 10 (the sufficient
   * statistic of every metric of the library), so that a {@link TrendAccumulator} holds eleven
   * counts per period whatever the metric.
   *
   * <p>An implementation must be stateless or immutable, and equal metrics must measure alike:
   * trends and accumulators compare their metrics with {@code equals}.
   *
   * @param <R> the type of the results
   */
  public interface Metric<R> {
    /**
     * Returns the name of the metric, for descriptions, such as {@code "NPS"} or {@code "CSAT"}.
     *
     * @return a short upper-case name
     */
    String name();

    /**
     * Checks that the metric counts an answer, before it is counted.
     *
     * @param answer the answer, 0 to 10
     * @throws IllegalArgumentException if the metric does not count this answer (for CSAT, an
     *     answer off the scale); the message names it and the allowed range
     */
    void checkAnswer(int answer);

    /**
     * Returns the result of a period's answers.
     *
     * @param countsPerAnswer eleven counts, of the answers 0 to 10, each accepted by {@link
     *     #checkAnswer(int)} or 0; not modified
     * @return the result, empty when every count is 0
     * @throws IllegalArgumentException if the counts are not eleven, or an answer the metric does
     *     not count has a count
     */
    R ofHistogram(long[] countsPerAnswer);

    /**
     * Returns the histogram of a result as this metric counts a period: eleven counts, indexed by
     * the answer 0 to 10; the inverse of {@link #ofHistogram(long[])}.
     *
     * @param result a result of this metric
     * @return a new array of eleven counts
     * @throws IllegalArgumentException if the result is not of this metric (for CSAT, another
     *     scale)
     * @throws IllegalStateException if the result does not know the count of every answer (an NPS
     *     result built from category counts only)
     * @throws UnsupportedOperationException if the metric's results do not keep the histogram;
     *     this default throws it, and the library's metrics (NPS and CSAT) override it
     */
    default long[] histogram(R result) {
      throw new UnsupportedOperationException(
          "the " + name() + " metric cannot give back the histogram of its results");
    }

    /**
     * Checks that a result was measured by this metric, for trends built from results.
     *
     * @param result a result
     * @throws IllegalArgumentException if this metric cannot have measured it (for CSAT, a result
     *     on another scale); the message says why
     */
    void checkResult(R result);

    /**
     * Tests the change from one period to the next.
     *
     * @param current the later period's result
     * @param previous the earlier period's result
     * @return the test of current &minus; previous, or empty when it is undefined (when a period
     *     has no answers, or too few for the test)
     */
    Optional<SignificanceResult> change(R current, R previous);
  }

  /**
   * Returns the Net Promoter Score trend of some responses, all of which must carry {@code
   * answeredAt} within the scheme's periods.
   *
   * @param responses the responses
   * @param scheme how time is cut into periods
   * @return the trend
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a response has no {@code answeredAt} or falls outside every
   *     period; use {@link TrendAccumulator#lenient(Metric, PeriodScheme)} to count such responses
   *     instead
   */
  public static Trend<Nps> of(Iterable<Response> responses, PeriodScheme scheme) {
    return of(responses, scheme, NPS);
  }

  /**
   * Returns the trend of some responses by a metric; every response must carry {@code answeredAt}
   * within the scheme's periods.
   *
   * @param responses the responses
   * @param scheme how time is cut into periods
   * @param metric what to measure, such as {@link #NPS}
   * @param <R> the type of the results
   * @return the trend
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a response has no {@code answeredAt}, falls outside every
   *     period, or has an answer the metric does not count
   */
  public static <R> Trend<R> of(
      Iterable<Response> responses, PeriodScheme scheme, Metric<R> metric) {
    TrendAccumulator<R> accumulator = new TrendAccumulator<>(metric, scheme);
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  /**
   * Returns the trend of results already computed per period, with nothing undated or outside.
   *
   * @param results each period's result, in time order
   * @param metric the metric that measured the results
   * @param <R> the type of the results
   * @return the trend, one point per entry in the map's order
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException as for {@link #of(Map, Metric, long, long)}
   */
  public static <R> Trend<R> of(Map<SurveyPeriod, ? extends R> results, Metric<R> metric) {
    return of(results, metric, 0, 0);
  }

  /**
   * Returns the trend of results already computed per period. The points are the map's entries in
   * its iteration order, which must be time order; no period is added between them.
   *
   * @param results each period's result, in time order without overlap: each period starts at or
   *     after the end of the one before
   * @param metric the metric that measured the results
   * @param undated how many responses had no {@code answeredAt}, 0 or more
   * @param outside how many responses fell outside every period, 0 or more
   * @param <R> the type of the results
   * @return the trend
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the periods are out of order or overlap, a count is
   *     negative, or the metric rejects a result; the message names the period or the count
   */
  public static <R> Trend<R> of(
      Map<SurveyPeriod, ? extends R> results, Metric<R> metric, long undated, long outside) {
    Objects.requireNonNull(results, "results must not be null");
    Objects.requireNonNull(metric, "metric must not be null");
    checkCount("undated", undated);
    checkCount("outside", outside);
    List<Point<R>> points = new ArrayList<>(results.size());
    SurveyPeriod previous = null;
    for (Map.Entry<SurveyPeriod, ? extends R> entry : results.entrySet()) {
      SurveyPeriod period = Objects.requireNonNull(entry.getKey(), "period must not be null");
      R result = Objects.requireNonNull(entry.getValue(), "result of " + period + " is null");
      if (previous != null && period.start().isBefore(previous.end())) {
        throw new IllegalArgumentException("periods must be in time order without overlap, but "
            + period + " starts before " + previous + " ends");
      }
      try {
        metric.checkResult(result);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("result of " + period + ": " + e.getMessage(), e);
      }
      addPoint(points, metric, period, result);
      previous = period;
    }
    return new Trend<>(metric, Collections.unmodifiableList(points), undated, outside);
  }

  private static void checkCount(String name, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + count);
    }
  }

  /**
   * Builds the trend of an accumulator's counts: every calendar period from the first to the last
   * with answers, or every survey wave.
   */
  static <R> Trend<R> of(Metric<R> metric, PeriodScheme scheme, Map<SurveyPeriod, long[]> counts,
      long undated, long outside) {
    List<Point<R>> points = new ArrayList<>();
    long[] none = new long[Histogram.SCORES];
    if (scheme instanceof SurveyWaves) {
      for (SurveyPeriod wave : ((SurveyWaves) scheme).waves()) {
        addPoint(points, metric, wave, metric.ofHistogram(counts.getOrDefault(wave, none)));
      }
    } else if (!counts.isEmpty()) {
      List<SurveyPeriod> withAnswers = new ArrayList<>(counts.keySet());
      SurveyPeriod last = withAnswers.get(withAnswers.size() - 1);
      SurveyPeriod period = withAnswers.get(0);
      while (true) {
        addPoint(points, metric, period, metric.ofHistogram(counts.getOrDefault(period, none)));
        if (period.equals(last)) {
          break;
        }
        period = scheme.next(period).orElseThrow();
      }
    }
    return new Trend<>(metric, Collections.unmodifiableList(points), undated, outside);
  }

  private static <R> void addPoint(
      List<Point<R>> points, Metric<R> metric, SurveyPeriod period, R result) {
    SignificanceResult change = null;
    if (!points.isEmpty()) {
      change = metric.change(result, points.get(points.size() - 1).result).orElse(null);
    }
    points.add(new Point<>(period, result, change));
  }

  /**
   * Returns what the trend measures.
   *
   * @return the metric
   */
  public Metric<R> metric() {
    return metric;
  }

  /**
   * Returns the periods in time order.
   *
   * @return an unmodifiable list, empty if there were no answers (and no waves)
   */
  public List<Point<R>> points() {
    return points;
  }

  /**
   * Returns how many responses had no {@code answeredAt} (lenient accumulators only; else 0).
   *
   * @return a count
   */
  public long undated() {
    return undated;
  }

  /**
   * Returns how many responses fell outside every period (lenient accumulators over survey waves
   * only; else 0).
   *
   * @return a count
   */
  public long outside() {
    return outside;
  }

  /**
   * Returns whether another object is a trend of an equal metric with the same periods and equal
   * results, in the same order, and the same counts of undated and outside responses.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Trend)) {
      return false;
    }
    Trend<?> that = (Trend<?>) other;
    if (!metric.equals(that.metric)
        || undated != that.undated
        || outside != that.outside
        || points.size() != that.points.size()) {
      return false;
    }
    for (int i = 0; i < points.size(); i++) {
      Point<R> mine = points.get(i);
      Point<?> theirs = that.points.get(i);
      if (!mine.period.equals(theirs.period) || !mine.result.equals(theirs.result)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(metric, undated, outside);
    for (Point<R> point : points) {
      hash = 31 * hash + 31 * point.period.hashCode() + point.result.hashCode();
    }
    return hash;
  }

  /**
   * Describes the trend, for example {@code "Trend[NPS, 2026-01=Nps[...], 2026-02=Nps[...]]"}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Trend[").append(metric.name());
    for (Point<R> point : points) {
      text.append(", ").append(point);
    }
    if (undated > 0 || outside > 0) {
      text.append(", undated=").append(undated).append(", outside=").append(outside);
    }
    return text.append(']').toString();
  }

  /**
   * One period of a trend: its result and the change from the period before.
   *
   * @param <R> the type of the result
   */
  public static final class Point<R> {
    private final SurveyPeriod period;
    private final R result;
    private final SignificanceResult change;

    Point(SurveyPeriod period, R result, SignificanceResult change) {
      this.period = period;
      this.result = result;
      this.change = change;
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public SurveyPeriod period() {
      return period;
    }

    /**
     * Returns the period's result.
     *
     * @return the result, empty when nobody answered in the period
     */
    public R result() {
      return result;
    }

    /**
     * Returns the change from the previous period: this period minus the previous one, with its
     * test (for Net Promoter Score an {@link NpsDifference}, with its standard error and
     * interval).
     *
     * @return the test, or empty for the first period, when either period is empty, or when the
     *     metric cannot test these two periods
     */
    public Optional<SignificanceResult> change() {
      return Optional.ofNullable(change);
    }

    @Override
    public String toString() {
      return period.label() + "=" + result;
    }
  }

  /** The Net Promoter Score metric. */
  private static final class NpsMetric implements Metric<Nps> {
    static final NpsMetric INSTANCE = new NpsMetric();

    @Override
    public String name() {
      return "NPS";
    }

    @Override
    public void checkAnswer(int answer) {
      if (answer < 0 || answer > 10) {
        throw new IllegalArgumentException("answer must be in [0, 10], was " + answer);
      }
    }

    @Override
    public Nps ofHistogram(long[] countsPerAnswer) {
      return Nps.ofHistogram(countsPerAnswer);
    }

    @Override
    public long[] histogram(Nps result) {
      return result.histogram();
    }

    @Override
    public void checkResult(Nps result) {
      Objects.requireNonNull(result, "result must not be null");
    }

    @Override
    public Optional<SignificanceResult> change(Nps current, Nps previous) {
      if (current.isEmpty() || previous.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(NpsDifference.of(current, previous));
    }

    @Override
    public String toString() {
      return "NPS";
    }
  }
}

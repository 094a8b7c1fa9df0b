package dev.nps.program;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.stats.NpsDifference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NPS per period, in time order, each period with the change from the one before and whether that
 * change is more than noise.
 *
 * <p>Periods with no answers are listed with an empty result rather than skipped, so a chart of the
 * trend shows gaps honestly. For calendar periods the list runs from the first to the last period
 * with answers; for {@link SurveyWaves} it lists every wave. The change of a period is {@link
 * NpsDifference#of(Nps, Nps) NpsDifference.of(this period, previous period)}; it is absent for the
 * first period and when either period is empty.
 *
 * <pre>{@code
 * NpsTrend trend = NpsTrend.of(responses, PeriodScheme.calendar(Granularity.MONTH, zone));
 * for (NpsTrend.Point point : trend.points()) {
 *   point.period().label();                              // "2026-03"
 *   point.nps();                                         // that month's result, maybe empty
 *   point.change().map(NpsDifference::pValue);          // vs the month before
 * }
 * }</pre>
 */
public final class NpsTrend {
  private final List<Point> points;
  private final long undated;
  private final long outside;

  private NpsTrend(List<Point> points, long undated, long outside) {
    this.points = points;
    this.undated = undated;
    this.outside = outside;
  }

  /**
   * Returns the trend of some responses, all of which must carry {@code answeredAt} within the
   * scheme's periods.
   *
   * @param responses the responses
   * @param scheme how time is cut into periods
   * @return the trend
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a response has no {@code answeredAt} or falls outside every
   *     period; use {@link TrendAccumulator#lenient(PeriodScheme)} to count such responses instead
   */
  public static NpsTrend of(Iterable<Response> responses, PeriodScheme scheme) {
    TrendAccumulator accumulator = new TrendAccumulator(scheme);
    accumulator.addAll(responses);
    return accumulator.snapshot();
  }

  static NpsTrend of(PeriodScheme scheme, Map<SurveyPeriod, Nps> results, long undated,
      long outside) {
    List<Point> points = new ArrayList<>();
    if (scheme instanceof SurveyWaves) {
      for (SurveyPeriod wave : ((SurveyWaves) scheme).waves()) {
        addPoint(points, wave, results.getOrDefault(wave, Nps.empty()));
      }
    } else if (!results.isEmpty()) {
      List<SurveyPeriod> withAnswers = new ArrayList<>(results.keySet());
      SurveyPeriod last = withAnswers.get(withAnswers.size() - 1);
      SurveyPeriod period = withAnswers.get(0);
      while (true) {
        addPoint(points, period, results.getOrDefault(period, Nps.empty()));
        if (period.equals(last)) {
          break;
        }
        period = scheme.next(period).orElseThrow();
      }
    }
    return new NpsTrend(Collections.unmodifiableList(points), undated, outside);
  }

  private static void addPoint(List<Point> points, SurveyPeriod period, Nps nps) {
    NpsDifference change = null;
    if (!points.isEmpty()) {
      Nps previous = points.get(points.size() - 1).nps;
      if (!previous.isEmpty() && !nps.isEmpty()) {
        change = NpsDifference.of(nps, previous);
      }
    }
    points.add(new Point(period, nps, change));
  }

  /**
   * Returns the periods in time order.
   *
   * @return an unmodifiable list, empty if there were no answers (and no waves)
   */
  public List<Point> points() {
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

  @Override
  public String toString() {
    return "NpsTrend" + points;
  }

  /** One period of a trend. */
  public static final class Point {
    private final SurveyPeriod period;
    private final Nps nps;
    private final NpsDifference change;

    Point(SurveyPeriod period, Nps nps, NpsDifference change) {
      this.period = period;
      this.nps = nps;
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
     * @return the result, {@linkplain Nps#isEmpty() empty} when nobody answered in the period
     */
    public Nps nps() {
      return nps;
    }

    /**
     * Returns the change from the previous period: this period minus the previous one, with its
     * standard error and p-value.
     *
     * @return the difference, or empty for the first period or when either period is empty
     */
    public Optional<NpsDifference> change() {
      return Optional.ofNullable(change);
    }

    @Override
    public String toString() {
      return period.label() + "=" + nps;
    }
  }
}

package dev.nps.program;

import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.internal.Histogram;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mutable accumulator of answers per {@link SurveyPeriod}, from responses' {@code answeredAt},
 * that snapshots into a {@link Trend} of any {@link Trend.Metric}: {@link Trend#NPS} or a CSAT
 * metric of {@code dev.nps.csat.CsatTrend}. Memory grows with the number of periods, not answers:
 * each period holds the eleven counts of the answers 0 to 10.
 *
 * <p>A strict accumulator ({@link #TrendAccumulator(Trend.Metric, PeriodScheme)}) rejects a
 * response without {@code answeredAt}, or outside every period of the scheme, with {@link
 * IllegalArgumentException}. A lenient one ({@link #lenient(Trend.Metric, PeriodScheme)}) counts
 * them instead ({@link Trend#undated()}, {@link Trend#outside()}): nothing is dropped silently.
 * Both reject an answer the metric does not count (for CSAT, one off the scale).
 *
 * <pre>{@code
 * TrendAccumulator<Nps> months =
 *     new TrendAccumulator<>(Trend.NPS, PeriodScheme.calendar(Granularity.MONTH, zone));
 * months.addAll(responses);
 * Trend<Nps> trend = months.snapshot();
 * }</pre>
 *
 * <p>Merging is exact, as for {@link NpsAccumulator}, and every bulk operation is all-or-nothing:
 * when it throws, the accumulator is as it was. <b>Not thread-safe.</b>
 *
 * @param <R> the type of the metric's results
 */
public final class TrendAccumulator<R> {
  private final Trend.Metric<R> metric;
  private final PeriodScheme scheme;
  private final boolean lenient;
  private final Map<SurveyPeriod, long[]> periods = new TreeMap<>();
  private long undated;
  private long outside;
  private SurveyPeriod lastPeriod;
  private long[] lastCounts;

  /**
   * Creates a strict accumulator.
   *
   * @param metric what to measure per period, such as {@link Trend#NPS}
   * @param scheme how time is cut into periods
   * @throws NullPointerException if an argument is null
   */
  public TrendAccumulator(Trend.Metric<R> metric, PeriodScheme scheme) {
    this(metric, scheme, false);
  }

  private TrendAccumulator(Trend.Metric<R> metric, PeriodScheme scheme, boolean lenient) {
    this.metric = Objects.requireNonNull(metric, "metric must not be null");
    this.scheme = Objects.requireNonNull(scheme, "scheme must not be null");
    this.lenient = lenient;
  }

  /**
   * Creates a lenient accumulator that counts responses it cannot place in time instead of
   * rejecting them.
   *
   * @param metric what to measure per period, such as {@link Trend#NPS}
   * @param scheme how time is cut into periods
   * @param <R> the type of the metric's results
   * @return the accumulator
   * @throws NullPointerException if an argument is null
   */
  public static <R> TrendAccumulator<R> lenient(Trend.Metric<R> metric, PeriodScheme scheme) {
    return new TrendAccumulator<>(metric, scheme, true);
  }

  /**
   * Returns what is measured per period.
   *
   * @return the metric
   */
  public Trend.Metric<R> metric() {
    return metric;
  }

  /**
   * Returns the scheme that cuts time into periods.
   *
   * @return the scheme
   */
  public PeriodScheme scheme() {
    return scheme;
  }

  /**
   * Returns whether this accumulator counts responses it cannot place instead of rejecting them.
   *
   * @return {@code true} for an accumulator from {@link #lenient(Trend.Metric, PeriodScheme)}
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Adds one response to the period of its {@code answeredAt}.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws IllegalArgumentException if the metric does not count its answer, or (strict only) if
   *     the response has no {@code answeredAt} or is outside every period of the scheme; nothing
   *     is added
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is added
   */
  public void add(Response response) {
    int answer = response.score();
    metric.checkAnswer(answer);
    Instant at = response.answeredAt().orElse(null);
    if (at == null) {
      if (!lenient) {
        throw new IllegalArgumentException(
            "a trend needs answeredAt, but a response has none: " + response);
      }
      undated = Math.addExact(undated, 1);
      return;
    }
    long[] counts;
    if (lastPeriod != null && lastPeriod.contains(at)) {
      counts = lastCounts;
    } else {
      SurveyPeriod period = lenient ? scheme.find(at).orElse(null) : scheme.periodOf(at);
      if (period == null) {
        outside = Math.addExact(outside, 1);
        return;
      }
      counts = periods.get(period);
      if (counts == null) {
        counts = new long[Histogram.SCORES];
        periods.put(period, counts);
      }
      lastPeriod = period;
      lastCounts = counts;
    }
    counts[answer] = Math.addExact(counts[answer], 1);
  }

  /**
   * Adds many responses, all or none.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and nothing is added
   * @throws IllegalArgumentException as for {@link #add(Response)}; nothing is added
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is added
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    TrendAccumulator<R> batch = new TrendAccumulator<>(metric, scheme, lenient);
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      batch.add(response);
      position++;
    }
    addAll(batch);
  }

  /**
   * Merges another accumulator of the same metric and scheme into this one: afterwards this
   * accumulator is exactly as if it had been given the other's responses too.
   *
   * @param other the accumulator to merge; unchanged
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} has a different metric or scheme; nothing is
   *     added
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is added
   */
  public void addAll(TrendAccumulator<R> other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!other.metric.equals(metric)) {
      throw new IllegalArgumentException(
          "cannot merge trends of different metrics: " + metric + " and " + other.metric);
    }
    if (!other.scheme.equals(scheme)) {
      throw new IllegalArgumentException(
          "cannot merge trends of different schemes: " + scheme + " and " + other.scheme);
    }
    // Every sum is computed before anything changes, so that an overflow leaves this as it was.
    long mergedUndated = Math.addExact(undated, other.undated);
    long mergedOutside = Math.addExact(outside, other.outside);
    Map<SurveyPeriod, long[]> merged = new TreeMap<>();
    for (Map.Entry<SurveyPeriod, long[]> entry : other.periods.entrySet()) {
      long[] mine = periods.get(entry.getKey());
      merged.put(entry.getKey(),
          mine == null ? entry.getValue().clone() : Histogram.sum(mine, entry.getValue()));
    }
    for (Map.Entry<SurveyPeriod, long[]> entry : merged.entrySet()) {
      long[] mine = periods.get(entry.getKey());
      if (mine == null) {
        periods.put(entry.getKey(), entry.getValue());
      } else {
        // In place, so that the cached last period keeps pointing at its counts.
        System.arraycopy(entry.getValue(), 0, mine, 0, mine.length);
      }
    }
    undated = mergedUndated;
    outside = mergedOutside;
  }

  /**
   * Merges the result of one period, such as a period of a trend read back from a file, into
   * this accumulator.
   *
   * @param period a period of this accumulator's scheme
   * @param result the answers of that period, a result of this accumulator's metric
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code period} is not a period of the scheme (the message
   *     names it) or the result is not of this metric
   * @throws IllegalStateException if the result does not know the count of every answer (see
   *     {@link Trend.Metric#histogram(Object)})
   * @throws UnsupportedOperationException if the metric cannot give back its results' histograms
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is merged
   */
  public void addAll(SurveyPeriod period, R result) {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(result, "result must not be null");
    if (!scheme.find(period.start()).map(period::equals).orElse(false)) {
      throw new IllegalArgumentException(
          "period " + period + " is not a period of " + scheme);
    }
    long[] added = metric.histogram(result);
    long[] mine = periods.get(period);
    if (mine == null) {
      periods.put(period, added);
    } else {
      // In place, so that the cached last period keeps pointing at its counts.
      System.arraycopy(Histogram.sum(mine, added), 0, mine, 0, mine.length);
    }
  }


  /**
   * Returns the trend so far: every period from the first to the last that has answers, with the
   * empty ones in between (for survey waves: every wave).
   *
   * @return an immutable trend
   */
  public Trend<R> snapshot() {
    return Trend.of(metric, scheme, periods, undated, outside);
  }

  /**
   * Describes the accumulator, for example {@code "TrendAccumulator[NPS, MONTH in UTC, periods=3,
   * strict]"}.
   */
  @Override
  public String toString() {
    return "TrendAccumulator[" + metric.name() + ", " + scheme + ", periods=" + periods.size()
        + (lenient ? ", lenient, undated=" + undated + ", outside=" + outside : ", strict")
        + "]";
  }
}

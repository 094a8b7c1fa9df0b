package dev.nps.program;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mutable accumulator of answers per {@link SurveyPeriod}, from responses' {@code answeredAt},
 * that snapshots into an {@link NpsTrend}. Memory grows with the number of periods, not answers.
 *
 * <p>A strict accumulator ({@link #TrendAccumulator(PeriodScheme)}) rejects a response without
 * {@code answeredAt}, or outside every period of the scheme, with {@link IllegalArgumentException}.
 * A lenient one ({@link #lenient(PeriodScheme)}) counts them instead ({@link NpsTrend#undated()},
 * {@link NpsTrend#outside()}): nothing is dropped silently.
 *
 * <p>Merging is exact, as for {@link NpsAccumulator}. <b>Not thread-safe.</b>
 */
public final class TrendAccumulator {
  private final PeriodScheme scheme;
  private final boolean lenient;
  private final Map<SurveyPeriod, NpsAccumulator> periods = new TreeMap<>();
  private long undated;
  private long outside;
  private SurveyPeriod lastPeriod;
  private NpsAccumulator lastAccumulator;

  /**
   * Creates a strict accumulator.
   *
   * @param scheme how time is cut into periods
   * @throws NullPointerException if {@code scheme} is null
   */
  public TrendAccumulator(PeriodScheme scheme) {
    this(scheme, false);
  }

  private TrendAccumulator(PeriodScheme scheme, boolean lenient) {
    this.scheme = Objects.requireNonNull(scheme, "scheme must not be null");
    this.lenient = lenient;
  }

  /**
   * Creates a lenient accumulator that counts responses it cannot place instead of rejecting them.
   *
   * @param scheme how time is cut into periods
   * @return the accumulator
   * @throws NullPointerException if {@code scheme} is null
   */
  public static TrendAccumulator lenient(PeriodScheme scheme) {
    return new TrendAccumulator(scheme, true);
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
   * Adds one response to the period of its {@code answeredAt}.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws IllegalArgumentException (strict only) if the response has no {@code answeredAt} or is
   *     outside every period of the scheme
   */
  public void add(Response response) {
    Instant at = response.answeredAt().orElse(null);
    if (at == null) {
      if (!lenient) {
        throw new IllegalArgumentException(
            "a trend needs answeredAt, but a response has none: " + response);
      }
      undated++;
      return;
    }
    NpsAccumulator accumulator;
    if (lastPeriod != null && lastPeriod.contains(at)) {
      accumulator = lastAccumulator;
    } else {
      SurveyPeriod period = lenient ? scheme.find(at).orElse(null) : scheme.periodOf(at);
      if (period == null) {
        outside++;
        return;
      }
      accumulator = periods.computeIfAbsent(period, p -> new NpsAccumulator());
      lastPeriod = period;
      lastAccumulator = accumulator;
    }
    accumulator.add(response);
  }

  /**
   * Adds many responses.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null
   * @throws IllegalArgumentException (strict only) as for {@link #add(Response)}; the responses
   *     before the bad one have been added
   */
  public void addAll(Iterable<Response> responses) {
    for (Response response : responses) {
      add(response);
    }
  }

  /**
   * Merges another accumulator of the same scheme into this one.
   *
   * @param other the accumulator to merge; unchanged
   * @throws IllegalArgumentException if {@code other} uses a different scheme
   * @throws ArithmeticException if a count would overflow a {@code long}
   */
  public void addAll(TrendAccumulator other) {
    if (!other.scheme.equals(scheme)) {
      throw new IllegalArgumentException(
          "cannot merge trends of different schemes: " + scheme + " and " + other.scheme);
    }
    for (Map.Entry<SurveyPeriod, NpsAccumulator> entry : other.periods.entrySet()) {
      periods.computeIfAbsent(entry.getKey(), p -> new NpsAccumulator()).addAll(entry.getValue());
    }
    undated = Math.addExact(undated, other.undated);
    outside = Math.addExact(outside, other.outside);
  }

  /**
   * Merges the result of one period, such as a period of a trend read back from a file, into
   * this accumulator.
   *
   * @param period a period of this accumulator's scheme
   * @param nps the answers of that period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code period} is not a period of the scheme; the message
   *     names it
   * @throws ArithmeticException if a count would overflow a {@code long}; nothing is merged
   */
  public void addAll(SurveyPeriod period, Nps nps) {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(nps, "nps must not be null");
    if (!scheme.find(period.start()).map(period::equals).orElse(false)) {
      throw new IllegalArgumentException(
          "period " + period + " is not a period of " + scheme);
    }
    NpsAccumulator accumulator = periods.get(period);
    if (accumulator == null) {
      accumulator = new NpsAccumulator();
      accumulator.addAll(nps);
      periods.put(period, accumulator);
    } else {
      accumulator.addAll(nps);
    }
  }

  /**
   * Returns the trend so far: every period from the first to the last that has answers, with the
   * empty ones in between (for survey waves: every wave).
   *
   * @return an immutable trend
   */
  public NpsTrend snapshot() {
    Map<SurveyPeriod, Nps> results = new TreeMap<>();
    periods.forEach((period, accumulator) -> results.put(period, accumulator.snapshot()));
    return NpsTrend.of(scheme, results, undated, outside);
  }
}

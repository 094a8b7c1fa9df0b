package dev.nps.program;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Response rates per segment and period: the answers received in each (segment, period) divided by
 * the invitations sent for it, each a {@link Rate} whose successes are the answers and whose total
 * is the invitations (so it has a Wilson interval and compares with {@link
 * dev.nps.stats.RateDifference}).
 *
 * <p>Invitation counts are given per (segment, period) with {@link Builder#invited(Segment,
 * SurveyPeriod, long)}; answers are counted from responses' segment and {@code answeredAt}.
 * Nothing is dropped silently: answers for a (segment, period) that has no invitation count are
 * counted in {@link #uninvited()}, and answers without {@code answeredAt} in {@link #undated()}.
 *
 * <pre>{@code
 * PeriodScheme months = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);
 * SurveyPeriod march = months.periodOf(Instant.parse("2026-03-01T00:00:00Z"));
 * ResponseRates rates = ResponseRates.builder(months)
 *     .invited(Segment.of("region", "EU"), march, 1_000)
 *     .addAll(responses)
 *     .build();
 * rates.get(Segment.of("region", "EU"), march).percent();
 * }</pre>
 */
public final class ResponseRates {
  private final Map<Key, Rate> rates;
  private final long uninvited;
  private final long undated;

  private ResponseRates(Map<Key, Rate> rates, long uninvited, long undated) {
    this.rates = rates;
    this.uninvited = uninvited;
    this.undated = undated;
  }

  /**
   * Returns a builder counting answers in the periods of a scheme.
   *
   * @param scheme how answers' times are cut into periods
   * @return a new builder
   * @throws NullPointerException if {@code scheme} is null
   */
  public static Builder builder(PeriodScheme scheme) {
    return new Builder(Objects.requireNonNull(scheme, "scheme must not be null"));
  }

  /**
   * Returns response rates computed elsewhere (by a database, or read back from JSON).
   *
   * @param rates the rate of each (segment, period), in the order to keep
   * @param uninvited how many answers fell in a (segment, period) without an invitation count, 0
   *     or more
   * @param undated how many answers had no {@code answeredAt}, 0 or more
   * @return the rates
   * @throws NullPointerException if {@code rates}, a key or a value is null
   * @throws IllegalArgumentException if a count is negative; the message names it
   */
  public static ResponseRates of(Map<Key, Rate> rates, long uninvited, long undated) {
    Objects.requireNonNull(rates, "rates must not be null");
    if (uninvited < 0) {
      throw new IllegalArgumentException("uninvited must not be negative, was " + uninvited);
    }
    if (undated < 0) {
      throw new IllegalArgumentException("undated must not be negative, was " + undated);
    }
    Map<Key, Rate> copy = new LinkedHashMap<>();
    rates.forEach((key, rate) -> copy.put(Objects.requireNonNull(key, "key must not be null"),
        Objects.requireNonNull(rate, "rate of " + key + " must not be null")));
    return new ResponseRates(Collections.unmodifiableMap(copy), uninvited, undated);
  }

  /**
   * Returns the rate of one segment and period.
   *
   * @param segment the segment
   * @param period the period
   * @return the rate: answers of invitations
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no invitations were given for that segment and period
   */
  public Rate get(Segment segment, SurveyPeriod period) {
    Rate rate = rates.get(Key.of(segment, period));
    if (rate == null) {
      throw new IllegalArgumentException(
          "no invitation count was given for segment [" + segment + "] in period " + period);
    }
    return rate;
  }

  /**
   * Returns every rate, keyed by (segment, period) in the order the invitations were given.
   *
   * @return an unmodifiable map from (segment, period) to its rate
   */
  public Map<Key, Rate> all() {
    return rates;
  }

  /**
   * Returns how many answers fell in a (segment, period) without an invitation count.
   *
   * @return a count
   */
  public long uninvited() {
    return uninvited;
  }

  /**
   * Returns how many answers had no {@code answeredAt} and so no period.
   *
   * @return a count
   */
  public long undated() {
    return undated;
  }

  /**
   * Returns whether another object holds equal rates for the same keys in the same order, and the
   * same counts of uninvited and undated answers.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResponseRates)) {
      return false;
    }
    ResponseRates that = (ResponseRates) other;
    return uninvited == that.uninvited
        && undated == that.undated
        && List.copyOf(rates.entrySet()).equals(List.copyOf(that.rates.entrySet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rates, uninvited, undated);
  }

  /**
   * Describes the rates, for example {@code "ResponseRates[rates=12, uninvited=3, undated=0]"}.
   */
  @Override
  public String toString() {
    return "ResponseRates[rates=" + rates.size() + ", uninvited=" + uninvited + ", undated="
        + undated + "]";
  }

  /**
   * A (segment, period) pair, the key of {@link #all()}. Two keys are equal when their segments and
   * periods are equal.
   */
  public static final class Key {
    private final Segment segment;
    private final SurveyPeriod period;

    private Key(Segment segment, SurveyPeriod period) {
      this.segment = segment;
      this.period = period;
    }

    /**
     * Returns the key of a segment in a period.
     *
     * @param segment the segment
     * @param period the period
     * @return the key
     * @throws NullPointerException if an argument is null
     */
    public static Key of(Segment segment, SurveyPeriod period) {
      return new Key(
          Objects.requireNonNull(segment, "segment must not be null"),
          Objects.requireNonNull(period, "period must not be null"));
    }

    /**
     * Returns the segment.
     *
     * @return the segment invited
     */
    public Segment segment() {
      return segment;
    }

    /**
     * Returns the period.
     *
     * @return the period of the invitations and answers
     */
    public SurveyPeriod period() {
      return period;
    }

    /** Returns whether another object is a key of an equal segment and period. */
    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key)) {
        return false;
      }
      Key that = (Key) other;
      return segment.equals(that.segment) && period.equals(that.period);
    }

    @Override
    public int hashCode() {
      return 31 * segment.hashCode() + period.hashCode();
    }

    /**
     * Describes the key, for example {@code "Key[region=EU, 2026-03 [2026-03-01T00:00:00Z,
     * 2026-04-01T00:00:00Z)]"}.
     */
    @Override
    public String toString() {
      return "Key[" + segment + ", " + period + "]";
    }
  }

  /** Collects invitation counts and answers. Not thread-safe. */
  public static final class Builder {
    private final PeriodScheme scheme;
    private final Map<Key, long[]> counts = new LinkedHashMap<>();
    private long uninvited;
    private long undated;

    private Builder(PeriodScheme scheme) {
      this.scheme = scheme;
    }

    /**
     * Records how many invitations were sent for a segment in a period; calling it again for the
     * same pair adds to the count.
     *
     * @param segment the segment invited
     * @param period a period of this builder's scheme
     * @param invitations the number of invitations, 0 or more
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code invitations} is negative or {@code period} is
     *     not one of the scheme's periods (answers would never match it)
     */
    public Builder invited(Segment segment, SurveyPeriod period, long invitations) {
      Objects.requireNonNull(segment, "segment must not be null");
      Objects.requireNonNull(period, "period must not be null");
      if (invitations < 0) {
        throw new IllegalArgumentException(
            "invitations must not be negative, was " + invitations);
      }
      if (!scheme.find(period.start()).map(period::equals).orElse(false)) {
        throw new IllegalArgumentException(
            "period " + period + " is not a period of " + scheme
                + "; take it from the scheme, e.g. scheme.periodOf(instant)");
      }
      long[] pair = counts.computeIfAbsent(Key.of(segment, period), key -> new long[2]);
      pair[1] = Math.addExact(pair[1], invitations);
      return this;
    }

    /**
     * Counts one answer in its segment and period.
     *
     * @param response the response
     * @return this builder
     * @throws NullPointerException if {@code response} is null
     */
    public Builder add(Response response) {
      Instant at = response.answeredAt().orElse(null);
      if (at == null) {
        undated++;
        return this;
      }
      SurveyPeriod period = scheme.find(at).orElse(null);
      long[] pair = period == null ? null : counts.get(Key.of(response.segment(), period));
      if (pair == null) {
        uninvited++;
      } else {
        pair[0] = Math.addExact(pair[0], 1);
      }
      return this;
    }

    /**
     * Counts many answers.
     *
     * @param responses the responses
     * @return this builder
     * @throws NullPointerException if {@code responses} or an element is null
     */
    public Builder addAll(Iterable<Response> responses) {
      for (Response response : responses) {
        add(response);
      }
      return this;
    }

    /**
     * Builds the rates.
     *
     * @return the rates of every (segment, period) given invitations
     * @throws IllegalArgumentException if a (segment, period) has more answers than invitations;
     *     the message names it and both counts
     */
    public ResponseRates build() {
      Map<Key, Rate> rates = new LinkedHashMap<>();
      counts.forEach((key, pair) -> {
        if (pair[0] > pair[1]) {
          throw new IllegalArgumentException(
              "segment [" + key.segment() + "] in period " + key.period() + " has " + pair[0]
                  + " answers but only " + pair[1] + " invitations");
        }
        rates.put(key, Rate.of(pair[0], pair[1]));
      });
      return new ResponseRates(Collections.unmodifiableMap(rates), uninvited, undated);
    }
  }
}

package dev.nps.program;

import dev.nps.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps one response per respondent, the latest, either in everything added or per period, so that
 * a respondent who answered twice counts once.
 *
 * <p>Responses with a respondent id are grouped by respondent id ({@link #accumulator()}), or by
 * (respondent id, {@link PeriodScheme#periodOf(Instant) period of answeredAt}) ({@link
 * #of(Iterable, PeriodScheme)}, {@link #accumulator(PeriodScheme)}). In each group the response
 * with the latest {@code answeredAt} is kept; on equal instants, the one that comes later in the
 * input. Without periods, a response without {@code answeredAt} counts as older than any dated
 * one (so a dated answer replaces it, and among undated answers the later input wins); with
 * periods, such a response cannot be placed and is rejected. Anonymous responses cannot be
 * matched and are all kept. Nothing is dropped silently: {@link #replaced()} counts the responses
 * that a later answer replaced.
 *
 * <pre>{@code
 * LatestPerRespondent deduplicated =
 *     LatestPerRespondent.of(responses, PeriodScheme.calendar(Granularity.MONTH, zone));
 * Nps nps = Nps.of(deduplicated.kept());
 *
 * LatestPerRespondent.Accumulator people = LatestPerRespondent.accumulator();
 * responses.forEach(people::add);            // memory grows with respondents, not answers
 * List<Response> onePerPerson = people.snapshot().kept();
 * }</pre>
 */
public final class LatestPerRespondent {
  private final List<Response> kept;
  private final long replaced;
  private final long anonymous;

  private LatestPerRespondent(List<Response> kept, long replaced, long anonymous) {
    this.kept = kept;
    this.replaced = replaced;
    this.anonymous = anonymous;
  }

  /**
   * Deduplicates responses per respondent and period.
   *
   * @param responses the responses
   * @param scheme the periods within which a respondent counts once
   * @return the kept responses, in input order, and the counts of what happened
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a response with a respondent id has no {@code answeredAt}
   *     (which answer is the latest cannot be told) or falls outside the scheme's periods; the
   *     message names the response's position
   */
  public static LatestPerRespondent of(Iterable<Response> responses, PeriodScheme scheme) {
    Objects.requireNonNull(responses, "responses must not be null");
    Accumulator accumulator = accumulator(scheme);
    for (Response response : responses) {
      accumulator.add(response);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns an accumulator that keeps one response per respondent in everything it is given.
   *
   * @return a new, empty accumulator
   */
  public static Accumulator accumulator() {
    return new Accumulator(null);
  }

  /**
   * Returns an accumulator that keeps one response per respondent and period.
   *
   * @param scheme the periods within which a respondent counts once
   * @return a new, empty accumulator
   * @throws NullPointerException if {@code scheme} is null
   */
  public static Accumulator accumulator(PeriodScheme scheme) {
    return new Accumulator(Objects.requireNonNull(scheme, "scheme must not be null"));
  }

  /**
   * Returns the responses kept, in input order.
   *
   * @return an unmodifiable list
   */
  public List<Response> kept() {
    return kept;
  }

  /**
   * Returns how many responses were replaced by a later answer of the same respondent (in the
   * same period, when there are periods).
   *
   * @return a count; input size = {@code kept().size() + replaced()}
   */
  public long replaced() {
    return replaced;
  }

  /**
   * Returns how many responses had no respondent id; all of them are kept.
   *
   * @return a count
   */
  public long anonymous() {
    return anonymous;
  }

  /**
   * Takes responses one at a time and keeps the latest per respondent (and period): memory grows
   * with the number of respondents and anonymous responses, not with repeated answers. Not
   * thread-safe.
   */
  public static final class Accumulator {
    /** A kept response and its position in the input, which orders the kept list. */
    private static final class Entry {
      final long position;
      final Response response;

      Entry(long position, Response response) {
        this.position = position;
        this.response = response;
      }
    }

    private final PeriodScheme scheme;
    private final Map<Object, Entry> latest = new HashMap<>();
    private final List<Entry> anonymous = new ArrayList<>();
    private long added;

    private Accumulator(PeriodScheme scheme) {
      this.scheme = scheme;
    }

    /**
     * Adds one response: kept if it is anonymous or the latest of its respondent (and period) so
     * far, in which case it replaces the one kept before.
     *
     * @param response the response
     * @return this accumulator
     * @throws NullPointerException if {@code response} is null; the message names its position
     * @throws IllegalArgumentException (with periods only) if the response has a respondent id but
     *     no {@code answeredAt}, or falls outside the scheme's periods; the message names its
     *     position, and the accumulator is unchanged
     */
    public Accumulator add(Response response) {
      long position = added;
      Objects.requireNonNull(response, () -> "response at position " + position + " is null");
      Optional<String> respondent = response.respondentId();
      if (respondent.isEmpty()) {
        anonymous.add(new Entry(position, response));
        added++;
        return this;
      }
      Object key = respondent.get();
      if (scheme != null) {
        Instant at = response.answeredAt().orElseThrow(() -> new IllegalArgumentException(
            "response at position " + position + " has a respondent id but no answeredAt:"
                + " which of the respondent's answers is the latest cannot be told"));
        SurveyPeriod period = scheme.find(at).orElseThrow(() -> new IllegalArgumentException(
            "response at position " + position + " at " + at + " is outside every period of "
                + scheme));
        key = List.of(respondent.get(), period);
      }
      Entry previous = latest.get(key);
      if (previous == null || !isEarlier(response, previous.response)) {
        latest.put(key, new Entry(position, response));
      }
      added++;
      return this;
    }

    /** Whether a response was given before another; undated counts as before any dated one. */
    private static boolean isEarlier(Response response, Response than) {
      Optional<Instant> at = response.answeredAt();
      Optional<Instant> other = than.answeredAt();
      if (at.isEmpty()) {
        return other.isPresent();
      }
      return other.isPresent() && at.get().isBefore(other.get());
    }

    /**
     * Returns how many responses were added.
     *
     * @return a count
     */
    public long added() {
      return added;
    }

    /**
     * Returns what is kept so far; the accumulator can go on taking responses.
     *
     * @return the kept responses in input order, with the counts of replaced and anonymous ones
     */
    public LatestPerRespondent snapshot() {
      List<Entry> entries = new ArrayList<>(latest.size() + anonymous.size());
      entries.addAll(latest.values());
      entries.addAll(anonymous);
      entries.sort((a, b) -> Long.compare(a.position, b.position));
      List<Response> kept = new ArrayList<>(entries.size());
      for (Entry entry : entries) {
        kept.add(entry.response);
      }
      return new LatestPerRespondent(
          Collections.unmodifiableList(kept), added - kept.size(), anonymous.size());
    }
  }
}

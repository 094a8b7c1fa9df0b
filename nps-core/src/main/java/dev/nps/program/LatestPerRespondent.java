package dev.nps.program;

import dev.nps.Nps;
import dev.nps.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one response per respondent per period, the latest, so that a respondent who answered
 * twice in a period counts once.
 *
 * <p>Responses with a respondent id are grouped by (respondent id, {@link
 * PeriodScheme#periodOf(Instant) period of answeredAt}); in each group the response with the latest
 * {@code answeredAt} is kept (on equal instants, the one that comes later in the input). Anonymous
 * responses cannot be matched and are all kept. Nothing is dropped silently: {@link #replaced()}
 * counts the responses that a later answer replaced.
 *
 * <pre>{@code
 * LatestPerRespondent deduplicated =
 *     LatestPerRespondent.of(responses, PeriodScheme.calendar(Granularity.MONTH, zone));
 * Nps nps = Nps.of(deduplicated.kept());
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
   * Deduplicates responses.
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
    Objects.requireNonNull(scheme, "scheme must not be null");
    List<Response> all = new ArrayList<>();
    Map<List<Object>, Integer> latest = new HashMap<>();
    long anonymous = 0;
    for (Response response : responses) {
      int position = all.size();
      Objects.requireNonNull(response, () -> "response at position " + position + " is null");
      all.add(response);
      if (response.respondentId().isEmpty()) {
        anonymous++;
        continue;
      }
      Instant at = response.answeredAt().orElseThrow(() -> new IllegalArgumentException(
          "response at position " + position + " has a respondent id but no answeredAt:"
              + " which of the respondent's answers is the latest cannot be told"));
      SurveyPeriod period = scheme.find(at).orElseThrow(() -> new IllegalArgumentException(
          "response at position " + position + " at " + at + " is outside every period of "
              + scheme));
      List<Object> key = List.of(response.respondentId().get(), period);
      Integer previous = latest.get(key);
      if (previous == null || !at.isBefore(all.get(previous).answeredAt().get())) {
        latest.put(key, position);
      }
    }
    boolean[] keep = new boolean[all.size()];
    for (int position : latest.values()) {
      keep[position] = true;
    }
    List<Response> kept = new ArrayList<>();
    for (int position = 0; position < all.size(); position++) {
      if (keep[position] || all.get(position).respondentId().isEmpty()) {
        kept.add(all.get(position));
      }
    }
    return new LatestPerRespondent(
        Collections.unmodifiableList(kept), all.size() - kept.size(), anonymous);
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
   * Returns how many responses were replaced by a later answer of the same respondent in the same
   * period.
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
}

package dev.nps.csat;

import dev.nps.Response;
import dev.nps.internal.FollowUpOrder;
import dev.nps.program.LatestPerRespondent;
import dev.nps.program.PeriodScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The people behind a CSAT score: the unsatisfied to call back, and the satisfied who wrote a
 * comment, to thank.
 *
 * <p>Unsatisfied means every answer below the scale's satisfied threshold (1 to 3 on the default
 * 1-5 scale, "bad" on {@link CsatScale#GOOD_BAD}): the complement of the CSAT share, so that the
 * two lists and the score speak of the same people.
 *
 * <h2>Orders</h2>
 *
 * <ul>
 *   <li>{@link #toCallBack()}: lowest answer first; within an answer, without a comment first;
 *       then oldest answer first, unknown time last; then input order (the order of nps-core's
 *       {@code FollowUp.detractors()}).
 *   <li>{@link #toThank()}: highest answer first; then most recent answer first, unknown time
 *       last; then input order.
 * </ul>
 *
 * <p>As with nps-core's {@code FollowUp}, {@link #builder(CsatScale)} lists every answer, and
 * {@link #onePerRespondent(CsatScale)} lists each respondent once, by their latest answer, so that
 * nobody is both called back and thanked; anonymous answers are listed one per answer.
 */
public final class CsatFollowUp {
  private final CsatScale scale;
  private final List<Response> toCallBack;
  private final List<Response> toThank;
  private final long total;
  private final long replaced;
  private final long anonymous;

  private CsatFollowUp(CsatScale scale, List<Response> toCallBack, List<Response> toThank,
      long total, long replaced, long anonymous) {
    this.scale = scale;
    this.toCallBack = toCallBack;
    this.toThank = toThank;
    this.total = total;
    this.replaced = replaced;
    this.anonymous = anonymous;
  }

  /**
   * Builds the lists of some responses, one entry per answer.
   *
   * @param scale the answer scale
   * @param responses the responses
   * @return the lists
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an answer is not on the scale; the message names it
   */
  public static CsatFollowUp of(CsatScale scale, Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    Builder builder = builder(scale);
    for (Response response : responses) {
      builder.add(response);
    }
    return builder.build();
  }

  /**
   * Returns a builder that lists every answer.
   *
   * @param scale the answer scale
   * @return a new builder
   * @throws NullPointerException if {@code scale} is null
   */
  public static Builder builder(CsatScale scale) {
    return new Builder(scale, null);
  }

  /**
   * Returns a builder that lists each respondent once, by their latest answer; anonymous answers
   * are listed one per answer. It holds one response per respondent.
   *
   * @param scale the answer scale
   * @return a new builder
   * @throws NullPointerException if {@code scale} is null
   */
  public static Builder onePerRespondent(CsatScale scale) {
    return new Builder(scale, LatestPerRespondent.accumulator());
  }

  /**
   * Returns a builder that lists each respondent once per period, by their latest answer in it.
   *
   * @param scale the answer scale
   * @param scheme the periods within which a respondent is listed once
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder onePerRespondent(CsatScale scale, PeriodScheme scheme) {
    return new Builder(scale, LatestPerRespondent.accumulator(scheme));
  }

  /**
   * Returns the scale of the answers.
   *
   * @return the scale
   */
  public CsatScale scale() {
    return scale;
  }

  /**
   * Returns every unsatisfied entry, in the order to call them back.
   *
   * @return an unmodifiable list of the answers below {@link CsatScale#satisfiedFrom()}
   */
  public List<Response> toCallBack() {
    return toCallBack;
  }

  /**
   * Returns every satisfied entry that carries a comment, in the order to thank them.
   *
   * @return an unmodifiable list of the answers from {@link CsatScale#satisfiedFrom()} up that
   *     have a comment
   */
  public List<Response> toThank() {
    return toThank;
  }

  /**
   * Returns how many entries the lists were drawn from: answers, or respondents and anonymous
   * answers for a builder per respondent.
   *
   * @return a count
   */
  public long total() {
    return total;
  }

  /**
   * Returns how many answers were left out because the same respondent answered again later.
   *
   * @return a count; 0 for a builder that lists every answer
   */
  public long replaced() {
    return replaced;
  }

  /**
   * Returns how many of the entries have no respondent id.
   *
   * @return a count
   */
  public long anonymous() {
    return anonymous;
  }

  @Override
  public String toString() {
    return "CsatFollowUp{scale=" + scale + ", toCallBack=" + toCallBack.size() + ", toThank="
        + toThank.size() + ", total=" + total + "}";
  }

  /** Takes responses one at a time and builds a {@link CsatFollowUp}. Not thread-safe. */
  public static final class Builder {
    private final CsatScale scale;
    private final LatestPerRespondent.Accumulator people;
    private final List<Response> toCallBack = new ArrayList<>();
    private final List<Response> toThank = new ArrayList<>();
    private long total;
    private long anonymous;

    private Builder(CsatScale scale, LatestPerRespondent.Accumulator people) {
      this.scale = Objects.requireNonNull(scale, "scale must not be null");
      this.people = people;
    }

    /**
     * Adds one response.
     *
     * @param response the response
     * @return this builder
     * @throws NullPointerException if {@code response} is null
     * @throws IllegalArgumentException if the answer is not on the scale, or (per period only)
     *     the response has a respondent id but cannot be placed in a period; the builder is then
     *     unchanged
     */
    public Builder add(Response response) {
      scale.checkAnswer(Objects.requireNonNull(response, "response must not be null").score());
      if (people != null) {
        people.add(response);
      } else {
        count(response);
      }
      return this;
    }

    private void count(Response response) {
      if (!scale.isSatisfied(response.score())) {
        toCallBack.add(response);
      } else if (response.hasComment()) {
        toThank.add(response);
      }
      total = Math.addExact(total, 1);
      if (response.respondentId().isEmpty()) {
        anonymous++;
      }
    }

    /**
     * Sorts the lists and builds the result; the builder can go on taking responses.
     *
     * @return the lists of the responses added so far
     */
    public CsatFollowUp build() {
      if (people != null) {
        LatestPerRespondent latest = people.snapshot();
        Builder perAnswer = new Builder(scale, null);
        latest.kept().forEach(perAnswer::count);
        return perAnswer.build(latest.replaced());
      }
      return build(0);
    }

    private CsatFollowUp build(long replaced) {
      List<Response> callBack = new ArrayList<>(toCallBack);
      callBack.sort(FollowUpOrder.CALL_BACK);
      List<Response> thank = new ArrayList<>(toThank);
      thank.sort(FollowUpOrder.ACKNOWLEDGE);
      return new CsatFollowUp(scale, Collections.unmodifiableList(callBack),
          Collections.unmodifiableList(thank), total, replaced, anonymous);
    }
  }
}

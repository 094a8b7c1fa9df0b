package dev.nps.program;

import dev.nps.Category;
import dev.nps.Response;
import dev.nps.internal.FollowUpOrder;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The people behind the score: detractors to contact, promoters to ask for a public review, and
 * how often each category leaves a comment.
 *
 * <p>Every detractor should be contacted to learn what went wrong; detractors rarely explain their
 * score, so those without a comment come first within a score, since a call is the only way to
 * learn their reason. Promoters who answered 10 are the most likely to write a review, so they come
 * before those who answered 9.
 *
 * <h2>Orders</h2>
 *
 * <ul>
 *   <li>{@link #detractors()}: lowest score first; within a score, without a comment first; then
 *       oldest answer first (they have waited longest), answers of unknown time last; then input
 *       order.
 *   <li>{@link #reviewCandidates()}: 10s before 9s; within a score, with a comment first (their
 *       words can seed the review); then most recent answer first, unknown time last; then input
 *       order.
 * </ul>
 *
 * <h2>People, not answers</h2>
 *
 * <p>{@link #of(Iterable)} and {@link #builder()} list every answer. A respondent who answered
 * five times as a detractor would be called five times, and one who was a detractor in March and
 * a promoter in May would be both called back and asked for a review. {@link #onePerRespondent()}
 * lists each respondent once, by their latest answer (see {@link LatestPerRespondent} for what
 * "latest" means), so that nobody is on both lists; {@link #onePerRespondent(PeriodScheme)} does
 * so per period. Answers without a respondent id cannot be matched and are listed one per answer
 * ({@link #anonymous()} counts them). The comment rates are then rates per listed entry.
 */
public final class FollowUp {
  private final List<Response> detractors;
  private final List<Response> reviewCandidates;
  private final Map<Category, long[]> commentsAndTotals;
  private final long replaced;
  private final long anonymous;

  private FollowUp(
      List<Response> detractors,
      List<Response> reviewCandidates,
      Map<Category, long[]> commentsAndTotals,
      long replaced,
      long anonymous) {
    this.detractors = detractors;
    this.reviewCandidates = reviewCandidates;
    this.commentsAndTotals = commentsAndTotals;
    this.replaced = replaced;
    this.anonymous = anonymous;
  }

  /**
   * Builds the follow-up lists of some responses.
   *
   * @param responses the responses
   * @return the lists and comment rates
   * @throws NullPointerException if {@code responses} or an element is null
   */
  public static FollowUp of(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    Builder builder = builder();
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      builder.add(response);
      position++;
    }
    return builder.build();
  }

  /**
   * Returns a builder that takes responses one at a time, for streams too long to hold: it keeps
   * only detractors and promoters, and counts comments of every category.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Returns a builder that lists each respondent once, by their latest answer among all it is
   * given; anonymous answers are listed one per answer. It holds one response per respondent.
   *
   * @return a new builder
   */
  public static Builder onePerRespondent() {
    return new Builder(LatestPerRespondent.accumulator());
  }

  /**
   * Returns a builder that lists each respondent once per period, by their latest answer in it;
   * anonymous answers are listed one per answer.
   *
   * @param scheme the periods within which a respondent is listed once
   * @return a new builder; its {@link Builder#add(Response)} rejects, as {@link
   *     LatestPerRespondent.Accumulator#add(Response)} does, a response with a respondent id that
   *     cannot be placed in a period
   * @throws NullPointerException if {@code scheme} is null
   */
  public static Builder onePerRespondent(PeriodScheme scheme) {
    return new Builder(LatestPerRespondent.accumulator(scheme));
  }

  /**
   * Returns every detractor, in the order to contact them (see the class documentation).
   *
   * @return an unmodifiable list of the responses scored 0 to 6
   */
  public List<Response> detractors() {
    return detractors;
  }

  /**
   * Returns every promoter, in the order to ask them for a public review: 10s before 9s.
   *
   * @return an unmodifiable list of the responses scored 9 or 10
   */
  public List<Response> reviewCandidates() {
    return reviewCandidates;
  }

  /**
   * Returns the number of responses of a category.
   *
   * @param category the category
   * @return a count
   */
  public long count(Category category) {
    return commentsAndTotals.get(category)[1];
  }

  /**
   * Returns the number of responses of a category that carry a comment.
   *
   * @param category the category
   * @return a count
   */
  public long comments(Category category) {
    return commentsAndTotals.get(category)[0];
  }

  /**
   * Returns the share of responses of a category that carry a comment.
   *
   * @param category the category
   * @return 100 &times; comments / responses, in [0, 100]
   * @throws IllegalStateException if the category has no responses
   */
  public double commentPercent(Category category) {
    long total = count(category);
    if (total == 0) {
      throw new IllegalStateException(
          "comment rate of " + category + " is undefined: there are no such responses");
    }
    return 100.0 * comments(category) / total;
  }

  /**
   * Returns how many answers were left out because the same respondent answered again later (in
   * the same period); 0 for a builder that lists every answer.
   *
   * @return a count
   */
  public long replaced() {
    return replaced;
  }

  /**
   * Returns how many of the answers counted here (of any category) have no respondent id, and
   * so are listed one per answer even by a {@link #onePerRespondent()} builder.
   *
   * @return a count
   */
  public long anonymous() {
    return anonymous;
  }

  /**
   * Returns the comment rate of a category: the responses of the category that carry a comment,
   * of all its responses, with the rate's Wilson interval and tests.
   *
   * @param category the category
   * @return {@code Rate.of(comments(category), count(category))}, empty when the category has no
   *     responses
   */
  public Rate commentRate(Category category) {
    return Rate.of(comments(category), count(category));
  }

  /** Takes responses one at a time and builds a {@link FollowUp}. Not thread-safe. */
  public static final class Builder {
    private final List<Response> detractors = new ArrayList<>();
    private final List<Response> promoters = new ArrayList<>();
    private final Map<Category, long[]> commentsAndTotals = new EnumMap<>(Category.class);
    private final LatestPerRespondent.Accumulator people;
    private long anonymous;

    private Builder(LatestPerRespondent.Accumulator people) {
      this.people = people;
      for (Category category : Category.values()) {
        commentsAndTotals.put(category, new long[2]);
      }
    }

    /**
     * Adds one response.
     *
     * @param response the response
     * @return this builder
     * @throws NullPointerException if {@code response} is null
     * @throws IllegalArgumentException (per respondent and period only) if the response has a
     *     respondent id but cannot be placed in a period; the builder is unchanged
     */
    public Builder add(Response response) {
      if (people != null) {
        people.add(response);
        return this;
      }
      count(response);
      return this;
    }

    private void count(Response response) {
      Category category = response.category();
      long[] counts = commentsAndTotals.get(category);
      counts[0] += response.hasComment() ? 1 : 0;
      counts[1]++;
      if (category == Category.DETRACTOR) {
        detractors.add(response);
      } else if (category == Category.PROMOTER) {
        promoters.add(response);
      }
      if (response.respondentId().isEmpty()) {
        anonymous++;
      }
    }

    /**
     * Sorts the lists and builds the result; the builder can go on taking responses.
     *
     * @return the follow-up lists and comment rates of the responses added so far
     */
    public FollowUp build() {
      if (people != null) {
        LatestPerRespondent latest = people.snapshot();
        Builder perAnswer = new Builder(null);
        latest.kept().forEach(perAnswer::count);
        return perAnswer.build(latest.replaced());
      }
      return build(0);
    }

    private FollowUp build(long replaced) {
      // List.sort is stable, so equal keys keep input order.
      List<Response> sortedDetractors = new ArrayList<>(detractors);
      sortedDetractors.sort(FollowUpOrder.CALL_BACK);
      List<Response> sortedPromoters = new ArrayList<>(promoters);
      sortedPromoters.sort(FollowUpOrder.ACKNOWLEDGE);
      Map<Category, long[]> counts = new EnumMap<>(Category.class);
      commentsAndTotals.forEach((category, pair) -> counts.put(category, pair.clone()));
      return new FollowUp(
          Collections.unmodifiableList(sortedDetractors),
          Collections.unmodifiableList(sortedPromoters),
          counts,
          replaced,
          anonymous);
    }
  }
}

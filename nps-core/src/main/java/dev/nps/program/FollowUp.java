package dev.nps.program;

import dev.nps.Category;
import dev.nps.Response;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * <p>To count each respondent once per period, pass {@link LatestPerRespondent#kept()}.
 */
public final class FollowUp {
  private static final Comparator<Optional<Instant>> OLDEST_FIRST_UNKNOWN_LAST =
      Comparator.comparing(at -> at.orElse(Instant.MAX));
  private static final Comparator<Optional<Instant>> NEWEST_FIRST_UNKNOWN_LAST =
      Comparator.comparing(at -> at.orElse(Instant.MIN), Comparator.reverseOrder());

  private static final Comparator<Response> DETRACTOR_ORDER =
      Comparator.comparingInt(Response::score)
          .thenComparing(Response::hasComment)
          .thenComparing(Response::answeredAt, OLDEST_FIRST_UNKNOWN_LAST);

  private static final Comparator<Response> PROMOTER_ORDER =
      Comparator.comparingInt(Response::score).reversed()
          .thenComparing(Response::hasComment, Comparator.reverseOrder())
          .thenComparing(Response::answeredAt, NEWEST_FIRST_UNKNOWN_LAST);

  private final List<Response> detractors;
  private final List<Response> reviewCandidates;
  private final Map<Category, long[]> commentsAndTotals;

  private FollowUp(
      List<Response> detractors,
      List<Response> reviewCandidates,
      Map<Category, long[]> commentsAndTotals) {
    this.detractors = detractors;
    this.reviewCandidates = reviewCandidates;
    this.commentsAndTotals = commentsAndTotals;
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
    return new Builder();
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

    private Builder() {
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
     */
    public Builder add(Response response) {
      Category category = response.category();
      long[] counts = commentsAndTotals.get(category);
      counts[0] += response.hasComment() ? 1 : 0;
      counts[1]++;
      if (category == Category.DETRACTOR) {
        detractors.add(response);
      } else if (category == Category.PROMOTER) {
        promoters.add(response);
      }
      return this;
    }

    /**
     * Sorts the lists and builds the result; the builder can go on taking responses.
     *
     * @return the follow-up lists and comment rates of the responses added so far
     */
    public FollowUp build() {
      // List.sort is stable, so equal keys keep input order.
      List<Response> sortedDetractors = new ArrayList<>(detractors);
      sortedDetractors.sort(DETRACTOR_ORDER);
      List<Response> sortedPromoters = new ArrayList<>(promoters);
      sortedPromoters.sort(PROMOTER_ORDER);
      Map<Category, long[]> counts = new EnumMap<>(Category.class);
      commentsAndTotals.forEach((category, pair) -> counts.put(category, pair.clone()));
      return new FollowUp(
          Collections.unmodifiableList(sortedDetractors),
          Collections.unmodifiableList(sortedPromoters),
          counts);
    }
  }
}

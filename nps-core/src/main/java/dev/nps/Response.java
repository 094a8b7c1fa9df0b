package dev.nps;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One survey answer: the score, the segment it belongs to, and optionally when it was given, who
 * gave it and what they wrote.
 *
 * <p>Immutable. The answer is stored as a primitive; {@link #score()} returns it without
 * allocating.
 *
 * <p>A response may carry a survey weight ({@link Builder#weight(double)}): how many people of the
 * population it stands for, as set by post-stratification or raking. Weights are used only by
 * {@link WeightedNpsAccumulator} and {@link WeightedNps}; {@link NpsAccumulator}, {@link Nps} and
 * {@link SegmentedNpsAccumulator} count every response once, weighted or not, so their exact counts
 * never depend on weights. The respondent id and the comment are personal data: {@link #toString()}
 * says only whether they are present, never what they are.
 *
 * <pre>{@code
 * Response quick = Response.of(9, Segment.of("region", "EU"));
 * Response full = Response.builder()
 *     .score(3)
 *     .segment(Segment.of("plan", "pro"))
 *     .answeredAt(Instant.parse("2026-03-01T10:15:30Z"))
 *     .respondentId("c-1042")
 *     .comment("Support never called back.")
 *     .build();
 * }</pre>
 */
public final class Response {
  /**
   * The smallest weight accepted, 1e-100: its square, 1e-200, is still a normal {@code double}.
   */
  public static final double MIN_WEIGHT = 1e-100;

  /**
   * The largest weight accepted, 1e100: the sum of the squares of 2<sup>63</sup> such weights is
   * still finite.
   */
  public static final double MAX_WEIGHT = 1e100;

  private final byte score;
  private final Segment segment;
  private final Instant answeredAt;
  private final String respondentId;
  private final String comment;
  /** The weight, or 0 when none was given (valid weights are positive). */
  private final double weight;

  private Response(Builder builder) {
    this.score = (byte) builder.score;
    this.segment = builder.segment;
    this.answeredAt = builder.answeredAt;
    this.respondentId = builder.respondentId;
    this.comment = builder.comment;
    this.weight = builder.weight;
  }

  /**
   * Returns an answer with no segment ({@link Segment#ALL}) and no other details.
   *
   * @param score an answer from 0 to 10
   * @return the response
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   */
  public static Response of(int score) {
    return builder().score(score).build();
  }

  /**
   * Returns an answer in a segment.
   *
   * @param score an answer from 0 to 10
   * @param segment the segment the respondent belongs to
   * @return the response
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws NullPointerException if {@code segment} is null
   */
  public static Response of(int score, Segment segment) {
    return builder().score(score).segment(segment).build();
  }

  /**
   * Returns a builder for a response with more details.
   *
   * @return a new builder; {@link Builder#score(int)} must be called before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the answer.
   *
   * @return a number from 0 to 10
   */
  public int score() {
    return score;
  }

  /**
   * Returns whether the answer comes from a detractor, a passive or a promoter.
   *
   * @return the answer's category
   */
  public Category category() {
    return Category.of(score);
  }

  /**
   * Returns the segment the respondent belongs to.
   *
   * @return the segment, {@link Segment#ALL} when none was given
   */
  public Segment segment() {
    return segment;
  }

  /**
   * Returns when the answer was given.
   *
   * @return the instant, or empty when unknown
   */
  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  /**
   * Returns who gave the answer.
   *
   * @return the respondent's id, or empty when anonymous
   */
  public Optional<String> respondentId() {
    return Optional.ofNullable(respondentId);
  }

  /**
   * Returns what the respondent wrote.
   *
   * @return the comment, or empty when none was left
   */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /**
   * Returns whether the respondent left a comment.
   *
   * @return {@code true} when {@link #comment()} is present
   */
  public boolean hasComment() {
    return comment != null;
  }

  /**
   * Returns the survey weight.
   *
   * @return the weight, finite and positive, or empty when none was given
   */
  public OptionalDouble weight() {
    return weight == 0.0 ? OptionalDouble.empty() : OptionalDouble.of(weight);
  }

  /**
   * Returns whether the response carries a survey weight.
   *
   * @return {@code true} when {@link #weight()} is present
   */
  public boolean hasWeight() {
    return weight != 0.0;
  }

  /** The weight, 1 when none was given; does not allocate. */
  double weightOrOne() {
    return weight == 0.0 ? 1.0 : weight;
  }

  /**
   * Checks a survey weight.
   *
   * @return {@code weight}
   * @throws IllegalArgumentException if it is not finite and positive
   */
  static double checkWeight(double weight) {
    if (!(weight > 0.0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("weight must be finite and > 0, was " + weight);
    }
    if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
      throw new IllegalArgumentException("weight must be in [" + MIN_WEIGHT + ", " + MAX_WEIGHT
          + "] so that sums of squared weights neither overflow nor vanish, was " + weight);
    }
    return weight;
  }

  /**
   * Returns a builder that starts from this response's fields.
   *
   * @return a new builder holding every field of this response
   */
  public Builder toBuilder() {
    Builder builder = new Builder().score(score).segment(segment);
    builder.answeredAt = answeredAt;
    builder.respondentId = respondentId;
    builder.comment = comment;
    builder.weight = weight;
    return builder;
  }

  /** Two responses are equal when every field is equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Response)) {
      return false;
    }
    Response that = (Response) other;
    return score == that.score
        && segment.equals(that.segment)
        && Objects.equals(answeredAt, that.answeredAt)
        && Objects.equals(respondentId, that.respondentId)
        && Objects.equals(comment, that.comment)
        && Double.compare(weight, that.weight) == 0;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(score, segment, answeredAt, respondentId, comment);
    return weight == 0.0 ? hash : 31 * hash + Double.hashCode(weight);
  }

  /**
   * Describes the response without personal data, for example {@code "Response[score=3,
   * segment=plan=pro, answeredAt=2026-03-01T10:15:30Z, respondentId=present, comment=absent]"};
   * a weighted response ends with {@code ", weight=1.5]"}.
   */
  @Override
  public String toString() {
    return "Response[score=" + score
        + ", segment=" + segment
        + ", answeredAt=" + (answeredAt == null ? "unknown" : answeredAt)
        + ", respondentId=" + (respondentId == null ? "absent" : "present")
        + ", comment=" + (comment == null ? "absent" : "present")
        + (weight == 0.0 ? "" : ", weight=" + weight)
        + "]";
  }

  /**
   * Builds a {@link Response}. Each setter validates its argument at once; {@link #build()} checks
   * that a score was given. Not thread-safe.
   */
  public static final class Builder {
    private int score = -1;
    private Segment segment = Segment.ALL;
    private Instant answeredAt;
    private String respondentId;
    private String comment;
    private double weight;

    private Builder() {}

    /**
     * Sets the answer (required).
     *
     * @param score an answer from 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if {@code score} is outside [0, 10]
     */
    public Builder score(int score) {
      this.score = Score.checkScore(score);
      return this;
    }

    /**
     * Sets the segment; {@link Segment#ALL} when not called.
     *
     * @param segment the respondent's segment
     * @return this builder
     * @throws NullPointerException if {@code segment} is null
     */
    public Builder segment(Segment segment) {
      this.segment = Objects.requireNonNull(segment, "segment must not be null");
      return this;
    }

    /**
     * Sets when the answer was given.
     *
     * @param answeredAt the instant, or null when unknown
     * @return this builder
     */
    public Builder answeredAt(Instant answeredAt) {
      this.answeredAt = answeredAt;
      return this;
    }

    /**
     * Sets who gave the answer.
     *
     * @param respondentId the respondent's id, or null when anonymous
     * @return this builder
     * @throws IllegalArgumentException if {@code respondentId} is blank
     */
    public Builder respondentId(String respondentId) {
      if (respondentId != null && respondentId.isBlank()) {
        throw new IllegalArgumentException(
            "respondent id must not be blank (use null for anonymous), was '"
                + respondentId + "'");
      }
      this.respondentId = respondentId;
      return this;
    }

    /**
     * Sets what the respondent wrote. A blank comment counts as no comment, since survey exports
     * write an empty cell where nothing was written.
     *
     * @param comment the comment, or null or blank when none was left
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment == null || comment.isBlank() ? null : comment;
      return this;
    }

    /**
     * Sets the survey weight: how many people of the population this response stands for. Without
     * it the response has no weight, which {@link WeightedNpsAccumulator} counts as 1.
     *
     * @param weight a number in [{@link #MIN_WEIGHT}, {@link #MAX_WEIGHT}]
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is NaN, infinite, zero, negative or
     *     outside that range; the message names it
     */
    public Builder weight(double weight) {
      this.weight = checkWeight(weight);
      return this;
    }

    /**
     * Removes the survey weight, for example from a builder made by {@link #toBuilder()}.
     *
     * @return this builder
     */
    public Builder noWeight() {
      this.weight = 0.0;
      return this;
    }

    /**
     * Builds the response.
     *
     * @return a new immutable response
     * @throws IllegalStateException if no score was set
     */
    public Response build() {
      if (score < 0) {
        throw new IllegalStateException("score is required: call score(int) before build()");
      }
      return new Response(this);
    }
  }
}

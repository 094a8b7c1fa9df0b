package dev.nps;

/**
 * One answer to "how likely are you to recommend us?", an integer from 0 to 10.
 *
 * <p>There are exactly eleven instances; {@link #of(int)} returns a shared one, so scores compare
 * with {@code ==} as well as with {@link #equals(Object)}. Code on a hot path can skip this type
 * and pass the {@code int} straight to {@link NpsAccumulator#add(int)}.
 */
public final class Score implements Comparable<Score> {
  /** The lowest answer, 0. */
  public static final int MIN = 0;

  /** The highest answer, 10. */
  public static final int MAX = 10;

  private static final Score[] INSTANCES = new Score[MAX + 1];

  static {
    for (int value = MIN; value <= MAX; value++) {
      INSTANCES[value] = new Score(value, Category.of(value));
    }
  }

  private final int value;
  private final Category category;

  private Score(int value, Category category) {
    this.value = value;
    this.category = category;
  }

  /**
   * Returns the shared instance for an answer.
   *
   * @param value an answer from 0 to 10
   * @return the score with that value
   * @throws IllegalArgumentException if {@code value} is outside [0, 10]; the message names it
   */
  public static Score of(int value) {
    checkScore(value);
    return INSTANCES[value];
  }

  /**
   * Checks that an answer lies in [0, 10].
   *
   * @param value the answer to check
   * @return {@code value}
   * @throws IllegalArgumentException naming the value and the range when it lies outside
   */
  static int checkScore(int value) {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          "score must be in [" + MIN + ", " + MAX + "], was " + value);
    }
    return value;
  }

  /**
   * Returns the answer.
   *
   * @return a number from 0 to 10
   */
  public int value() {
    return value;
  }

  /**
   * Returns whether this answer comes from a detractor, a passive or a promoter.
   *
   * @return the category of this answer
   */
  public Category category() {
    return category;
  }

  /** Orders scores by their value. */
  @Override
  public int compareTo(Score other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the answer as a decimal number, for example {@code "9"}. */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}

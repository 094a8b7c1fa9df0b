package dev.nps;

/**
 * The three groups of Net Promoter Score answers.
 *
 * <p>Detractors answered 0 to 6, passives 7 or 8 and promoters 9 or 10. The score is the share of
 * promoters minus the share of detractors; passives count only in the total.
 */
public enum Category {
  /** Answers 0 to 6: customers unlikely to recommend. */
  DETRACTOR(0, 6),
  /** Answers 7 and 8: satisfied but unenthusiastic customers. */
  PASSIVE(7, 8),
  /** Answers 9 and 10: customers likely to recommend. */
  PROMOTER(9, 10);

  private final int lowest;
  private final int highest;

  Category(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * Returns the category of an answer.
   *
   * @param score an answer from 0 to 10
   * @return {@link #DETRACTOR} for 0 to 6, {@link #PASSIVE} for 7 and 8, {@link #PROMOTER} for 9
   *     and 10
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   */
  public static Category of(int score) {
    Score.checkScore(score);
    return score <= 6 ? DETRACTOR : score <= 8 ? PASSIVE : PROMOTER;
  }

  /**
   * Returns the lowest answer in this category.
   *
   * @return 0, 7 or 9
   */
  public int lowest() {
    return lowest;
  }

  /**
   * Returns the highest answer in this category.
   *
   * @return 6, 8 or 10
   */
  public int highest() {
    return highest;
  }

  /**
   * Returns whether an answer belongs to this category.
   *
   * @param score any integer
   * @return {@code true} if {@code score} lies between {@link #lowest()} and {@link #highest()}
   */
  public boolean contains(int score) {
    return score >= lowest && score <= highest;
  }
}

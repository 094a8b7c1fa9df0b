package dev.nps.program;

/**
 * The share of invited customers who answered: answers / invitations, with both counts kept.
 *
 * <p>Immutable. The rate is undefined with no invitations ({@link #percent()} then throws).
 */
public final class ResponseRate {
  private final long answers;
  private final long invitations;

  private ResponseRate(long answers, long invitations) {
    this.answers = answers;
    this.invitations = invitations;
  }

  /**
   * Returns a response rate.
   *
   * @param answers the number of answers, from 0 to {@code invitations}
   * @param invitations the number of invitations sent, 0 or more
   * @return the rate
   * @throws IllegalArgumentException if a count is negative or there are more answers than
   *     invitations; the message names both counts
   */
  public static ResponseRate of(long answers, long invitations) {
    if (invitations < 0) {
      throw new IllegalArgumentException("invitations must not be negative, was " + invitations);
    }
    if (answers < 0 || answers > invitations) {
      throw new IllegalArgumentException(
          "answers must be in [0, " + invitations + "] (the invitations), was " + answers);
    }
    return new ResponseRate(answers, invitations);
  }

  /**
   * Returns the number of answers.
   *
   * @return a count
   */
  public long answers() {
    return answers;
  }

  /**
   * Returns the number of invitations.
   *
   * @return a count
   */
  public long invitations() {
    return invitations;
  }

  /**
   * Returns the response rate in percent.
   *
   * @return 100 &times; answers / invitations, in [0, 100]
   * @throws IllegalStateException if there were no invitations
   */
  public double percent() {
    if (invitations == 0) {
      throw new IllegalStateException("response rate is undefined without invitations");
    }
    return 100.0 * answers / invitations;
  }

  /** Two rates are equal when both counts are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseRate
        && answers == ((ResponseRate) other).answers
        && invitations == ((ResponseRate) other).invitations;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(answers) * 31 + Long.hashCode(invitations);
  }

  /** Returns the counts, for example {@code "ResponseRate[120 of 1000]"}. */
  @Override
  public String toString() {
    return "ResponseRate[" + answers + " of " + invitations + "]";
  }
}

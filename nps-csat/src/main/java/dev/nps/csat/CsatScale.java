package dev.nps.csat;

/**
 * An answer scale for a satisfaction or effort question: the answers from {@link #min()} to {@link
 * #max()}, a sub-range of 0..10, and the threshold {@link #satisfiedFrom()} from which an answer
 * counts as satisfied (for CES: as agreeing that the company made it easy).
 *
 * <p>Immutable; two scales are equal when their three numbers are equal. The constants cover the
 * scales in common use; {@link #of(int, int, int)} makes any other.
 *
 * <table>
 *   <caption>Predefined scales</caption>
 *   <tr><th>Constant</th><th>Answers</th><th>Satisfied</th></tr>
 *   <tr><td>{@link #ONE_TO_FIVE} (the default CSAT scale)</td><td>1-5</td><td>4-5</td></tr>
 *   <tr><td>{@link #ONE_TO_SEVEN}</td><td>1-7</td><td>6-7</td></tr>
 *   <tr><td>{@link #ONE_TO_TEN}</td><td>1-10</td><td>9-10</td></tr>
 *   <tr><td>{@link #ZERO_TO_TEN}</td><td>0-10</td><td>9-10</td></tr>
 *   <tr><td>{@link #GOOD_BAD}</td><td>0 (bad), 1 (good)</td><td>1</td></tr>
 *   <tr><td>{@link #CES_ONE_TO_SEVEN} (the default CES scale)</td><td>1-7</td><td>5-7</td></tr>
 *   <tr><td>{@link #CES_ONE_TO_FIVE}</td><td>1-5</td><td>4-5</td></tr>
 * </table>
 *
 * <pre>{@code
 * CsatScale scale = CsatScale.of(1, 10, 8);   // 1-10, satisfied 8-10
 * scale.isSatisfied(8);                       // true
 * scale.size();                               // 10 answer values
 * }</pre>
 */
public final class CsatScale {
  /** The lowest answer any scale may have, 0. */
  public static final int LOWEST = 0;

  /** The highest answer any scale may have, 10. */
  public static final int HIGHEST = 10;

  /** Answers 1 to 5, satisfied 4 and 5: the usual CSAT question and this library's default. */
  public static final CsatScale ONE_TO_FIVE = new CsatScale(1, 5, 4);

  /** Answers 1 to 7, satisfied 6 and 7 (the top two). */
  public static final CsatScale ONE_TO_SEVEN = new CsatScale(1, 7, 6);

  /** Answers 1 to 10, satisfied 9 and 10 (the top two). */
  public static final CsatScale ONE_TO_TEN = new CsatScale(1, 10, 9);

  /** Answers 0 to 10, satisfied 9 and 10 (the top two). */
  public static final CsatScale ZERO_TO_TEN = new CsatScale(0, 10, 9);

  /**
   * Two answers, 0 for "bad" and 1 for "good": the CSAT of ticketing systems, good / (good + bad).
   * Use {@link #BAD} and {@link #GOOD} for the answers.
   */
  public static final CsatScale GOOD_BAD = new CsatScale(0, 1, 1);

  /** The answer "bad" on {@link #GOOD_BAD}, 0. */
  public static final int BAD = 0;

  /** The answer "good" on {@link #GOOD_BAD}, 1. */
  public static final int GOOD = 1;

  /**
   * Customer effort on seven points, the default CES scale: "the company made it easy to handle my
   * issue", 1 = strongly disagree to 7 = strongly agree; agreeing is 5 to 7.
   */
  public static final CsatScale CES_ONE_TO_SEVEN = new CsatScale(1, 7, 5);

  /**
   * Customer effort on the legacy five-point agreement scale, 1 = strongly disagree to 5 = strongly
   * agree; agreeing is 4 and 5.
   */
  public static final CsatScale CES_ONE_TO_FIVE = new CsatScale(1, 5, 4);

  private final int min;
  private final int max;
  private final int satisfiedFrom;

  private CsatScale(int min, int max, int satisfiedFrom) {
    this.min = min;
    this.max = max;
    this.satisfiedFrom = satisfiedFrom;
  }

  /**
   * Returns the scale of answers {@code min} to {@code max} where answers from {@code
   * satisfiedFrom} up count as satisfied.
   *
   * @param min the lowest answer, in [0, 9]
   * @param max the highest answer, in [{@code min} + 1, 10]
   * @param satisfiedFrom the lowest satisfied answer, in [{@code min} + 1, {@code max}], so that
   *     both satisfied and not satisfied answers exist
   * @return the scale
   * @throws IllegalArgumentException if a bound lies outside [0, 10], {@code min >= max}, or the
   *     threshold lies outside [{@code min} + 1, {@code max}]; the message names the bad value and
   *     the allowed range
   */
  public static CsatScale of(int min, int max, int satisfiedFrom) {
    if (min < LOWEST || min > HIGHEST - 1) {
      throw new IllegalArgumentException(
          "scale minimum must be in [" + LOWEST + ", " + (HIGHEST - 1) + "], was " + min);
    }
    if (max <= min || max > HIGHEST) {
      throw new IllegalArgumentException(
          "scale maximum must be in [" + (min + 1) + ", " + HIGHEST + "] for minimum " + min
              + ", was " + max);
    }
    if (satisfiedFrom <= min || satisfiedFrom > max) {
      throw new IllegalArgumentException(
          "satisfied threshold must be in [" + (min + 1) + ", " + max + "] for scale " + min + "-"
              + max + ", was " + satisfiedFrom);
    }
    return new CsatScale(min, max, satisfiedFrom);
  }

  /**
   * Returns the lowest answer.
   *
   * @return a number in [0, 9]
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest answer.
   *
   * @return a number in [1, 10], greater than {@link #min()}
   */
  public int max() {
    return max;
  }

  /**
   * Returns the lowest answer that counts as satisfied.
   *
   * @return a number in [{@link #min()} + 1, {@link #max()}]
   */
  public int satisfiedFrom() {
    return satisfiedFrom;
  }

  /**
   * Returns the number of answer values.
   *
   * @return {@code max() - min() + 1}, at least 2
   */
  public int size() {
    return max - min + 1;
  }

  /**
   * Returns whether an answer lies on this scale.
   *
   * @param answer any integer
   * @return {@code true} when {@code min() <= answer <= max()}
   */
  public boolean contains(int answer) {
    return answer >= min && answer <= max;
  }

  /**
   * Returns whether an answer counts as satisfied.
   *
   * @param answer an answer on this scale
   * @return {@code true} when {@code answer >= satisfiedFrom()}
   * @throws IllegalArgumentException if {@code answer} is not on this scale; the message names it
   *     and the scale
   */
  public boolean isSatisfied(int answer) {
    return checkAnswer(answer) >= satisfiedFrom;
  }

  /**
   * Checks that an answer lies on this scale.
   *
   * @param answer the answer
   * @return {@code answer}
   * @throws IllegalArgumentException naming the answer and the scale when it lies outside
   */
  int checkAnswer(int answer) {
    if (answer < min || answer > max) {
      throw new IllegalArgumentException(
          "answer must be in [" + min + ", " + max + "] for scale " + min + "-" + max + ", was "
              + answer);
    }
    return answer;
  }

  /**
   * Returns the scale a short text names: {@code 1-5}, {@code 1-7}, {@code 1-10}, {@code 0-10}
   * and {@code good-bad} (case-insensitive) name the constants of this class with their usual
   * top-box threshold; {@code MIN-MAX:SATISFIED_FROM}, such as {@code 1-7:5}, names any other
   * scale, as {@link #of(int, int, int)} would build it. {@link #notation()} writes the same form
   * back, so {@code parse(scale.notation())} equals {@code scale}.
   *
   * @param text the notation, with optional spaces around the numbers
   * @return the scale
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not one of these forms, or names numbers that
   *     {@link #of(int, int, int)} rejects; the message names the text and the forms, or the
   *     text and the bound it breaks
   */
  public static CsatScale parse(String text) {
    switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1-5":
        return ONE_TO_FIVE;
      case "1-7":
        return ONE_TO_SEVEN;
      case "1-10":
        return ONE_TO_TEN;
      case "0-10":
        return ZERO_TO_TEN;
      case "good-bad":
        return GOOD_BAD;
      default:
        break;
    }
    String[] parts = text.split("[-:]", -1);
    if (parts.length == 3 && text.indexOf(':') > text.indexOf('-')) {
      int[] numbers = new int[3];
      for (int i = 0; i < 3; i++) {
        String part = parts[i].strip();
        if (!part.matches("[0-9]{1,2}")) {
          throw unparsable(text);
        }
        numbers[i] = Integer.parseInt(part);
      }
      try {
        return of(numbers[0], numbers[1], numbers[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("scale '" + text + "': " + e.getMessage(), e);
      }
    }
    throw unparsable(text);
  }

  private static IllegalArgumentException unparsable(String text) {
    return new IllegalArgumentException("scale must be 1-5, 1-7, 1-10, 0-10, good-bad or"
        + " MIN-MAX:SATISFIED_FROM such as 1-5:4, was '" + text + "'");
  }

  /**
   * Returns the short text that {@link #parse(String)} reads back as this scale: the name of a
   * standard scale ({@code 1-5}, {@code 1-7}, {@code 1-10}, {@code 0-10}, {@code good-bad}) when
   * this scale equals it, otherwise {@code MIN-MAX:SATISFIED_FROM}.
   *
   * @return the notation, such as {@code "1-5"} or {@code "1-7:5"}
   */
  public String notation() {
    if (equals(GOOD_BAD)) {
      return "good-bad";
    }
    for (CsatScale standard : new CsatScale[] {ONE_TO_FIVE, ONE_TO_SEVEN, ONE_TO_TEN, ZERO_TO_TEN}) {
      if (equals(standard)) {
        return min + "-" + max;
      }
    }
    return min + "-" + max + ":" + satisfiedFrom;
  }

  /** Two scales are equal when their minimum, maximum and threshold are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CsatScale)) {
      return false;
    }
    CsatScale that = (CsatScale) other;
    return min == that.min && max == that.max && satisfiedFrom == that.satisfiedFrom;
  }

  @Override
  public int hashCode() {
    return (min * 31 + max) * 31 + satisfiedFrom;
  }

  /**
   * Describes the scale, for example {@code "1-5 (satisfied 4-5)"}.
   */
  @Override
  public String toString() {
    return min + "-" + max + " (satisfied " + satisfiedFrom
        + (satisfiedFrom == max ? "" : "-" + max) + ")";
  }
}

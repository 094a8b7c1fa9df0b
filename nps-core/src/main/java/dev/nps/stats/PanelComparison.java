package dev.nps.stats;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Score;
import dev.nps.internal.Intervals;
import dev.nps.internal.Normal;
import dev.nps.internal.ScoreInference;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The change in Net Promoter Score of the same respondents between two survey waves, matched by
 * {@link Response#respondentId()}, with a standard error that accounts for the pairing.
 *
 * <p>Answers of the same person in two waves are correlated, usually positively, so treating the
 * waves as independent ({@link NpsDifference}) overstates the uncertainty of the change. Here each
 * respondent who answered both waves is coded y = &minus;1 (detractor), 0 (passive) or +1
 * (promoter) in each wave, and the change is the mean of the paired differences y<sub>2</sub>
 * &minus; y<sub>1</sub> &isin; {&minus;2, ..., 2}.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #estimate()} = second wave's NPS &minus; first wave's NPS of the matched
 *       respondents, in points: positive when they became more positive.
 *   <li>{@link #standardError()} = 100 sqrt(s<sup>2</sup> / m), with m matched respondents and
 *       s<sup>2</sup> = mean of (y<sub>2</sub> &minus; y<sub>1</sub>)<sup>2</sup> &minus;
 *       (mean of y<sub>2</sub> &minus; y<sub>1</sub>)<sup>2</sup>, all read from the {@link
 *       TransitionTable}. This equals Var(y<sub>1</sub>) + Var(y<sub>2</sub>) &minus; 2
 *       Cov(y<sub>1</sub>, y<sub>2</sub>), the multinomial (delta method) variance of a difference
 *       of dependent proportions; for a 2 &times; 2 table it reduces to the matched-pairs variance
 *       of Agresti, <i>Categorical Data Analysis</i>, 2nd ed., 2002, section 10.1.
 *   <li>{@link #z()}, {@link #pValue()} and {@link #confidenceInterval(double)} come from one
 *       score test. For a hypothesised change &delta; (on the &minus;2..2 scale of y<sub>2</sub>
 *       &minus; y<sub>1</sub>), the restricted maximum-likelihood shares of the five possible
 *       changes &minus;2, ..., 2 under "mean change = &delta;" are found (a multinomial with one
 *       linear constraint: each observed share divided by 1 + t (x &minus; &delta;), with mass
 *       moved to an unobserved extreme change when that bound binds), and Z(&delta;) = (mean change
 *       &minus; &delta;) / sqrt(&#7804;(&delta;) / m), with &#7804; the variance of the change under
 *       those shares. {@link #z()} = Z(0), {@link #pValue()} = 2 Q(|z|), and the interval is every
 *       &delta; with |Z(&delta;)| &le; z, so that p &le; alpha exactly when the 1 &minus; alpha
 *       interval excludes 0. For a 2 &times; 2 table (changes &minus;1, 0, 1 only) this is Tango's
 *       score test and interval for paired proportions ("Equivalence test and confidence interval
 *       for the difference in proportions for the paired-sample design", <i>Statistics in
 *       Medicine</i> 17, 1998, 891&ndash;908); the 3 &times; 3 table generalises it to the NPS
 *       coding. Three respondents who all went from detractor to promoter give z = 1.73 and p =
 *       0.083, not 0; a panel in which nobody changed category gives z = 0 and p = 1.
 * </ul>
 *
 * <h2>Respondents in one wave only</h2>
 *
 * <p>They cannot enter a paired comparison, but they are not dropped silently: {@link
 * #onlyInFirst()} and {@link #onlyInSecond()} hold their answers, so a report can say how many
 * there were and whether they differ from the matched ones.
 *
 * <p>Two comparisons are equal when their transition tables and the answers of those in one wave
 * only are equal.
 *
 * <pre>{@code
 * PanelComparison panel = PanelComparison.of(wave1, wave2);
 * panel.matched();                    // respondents in both waves
 * panel.estimate();                   // change in points among them
 * panel.confidenceInterval(0.95);
 * panel.onlyInFirst().total();        // dropped out after the first wave
 * }</pre>
 */
public final class PanelComparison implements SignificanceResult {
  private final TransitionTable transitions;
  private final Nps onlyInFirst;
  private final Nps onlyInSecond;

  private PanelComparison(TransitionTable transitions, Nps onlyInFirst, Nps onlyInSecond) {
    this.transitions = transitions;
    this.onlyInFirst = onlyInFirst;
    this.onlyInSecond = onlyInSecond;
  }

  /**
   * Matches two waves of responses by respondent id and compares them.
   *
   * @param first the first wave's responses, each with a respondent id that occurs once in it
   * @param second the second wave's responses, likewise
   * @return the comparison
   * @throws NullPointerException if an argument or an element is null; the message names the
   *     wave and the position
   * @throws IllegalArgumentException if a response has no respondent id, or an id occurs twice in
   *     one wave; the message names the wave and the positions (not the id, which is personal data)
   */
  public static PanelComparison of(Iterable<Response> first, Iterable<Response> second) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    // Each wave is read once, so one-shot iterables work too.
    Map<String, Integer> unmatchedFirstScores = new HashMap<>();
    Map<String, Long> firstPosition = new HashMap<>();
    long position = 0;
    for (Response response : first) {
      String id = respondentId(response, "first", position);
      Long earlier = firstPosition.putIfAbsent(id, position);
      if (earlier != null) {
        throw duplicate("first", earlier, position);
      }
      unmatchedFirstScores.put(id, response.score());
      position++;
    }
    long[] cells = new long[9];
    NpsAccumulator onlySecond = new NpsAccumulator();
    Map<String, Long> secondPosition = new HashMap<>();
    position = 0;
    for (Response response : second) {
      String id = respondentId(response, "second", position);
      Long earlier = secondPosition.putIfAbsent(id, position);
      if (earlier != null) {
        throw duplicate("second", earlier, position);
      }
      Integer before = unmatchedFirstScores.remove(id);
      if (before == null) {
        onlySecond.add(response);
      } else {
        cells[Category.of(before).ordinal() * 3 + response.category().ordinal()]++;
      }
      position++;
    }
    NpsAccumulator onlyFirst = new NpsAccumulator();
    for (int score : unmatchedFirstScores.values()) {
      onlyFirst.add(score);
    }
    return new PanelComparison(
        TransitionTable.ofCells(cells), onlyFirst.snapshot(), onlySecond.snapshot());
  }

  private static String respondentId(Response response, String wave, long position) {
    if (response == null) {
      throw new NullPointerException(
          "response at position " + position + " of the " + wave + " wave is null");
    }
    return response.respondentId()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "response at position " + position + " of the " + wave
                        + " wave has no respondent id; a panel comparison matches respondents"
                        + " by id"));
  }

  private static IllegalArgumentException duplicate(String wave, long earlier, long position) {
    return new IllegalArgumentException(
        "respondent at position " + position + " of the " + wave
            + " wave already answered it at position " + earlier
            + "; each respondent may answer a wave once");
  }

  /**
   * Returns the comparison of already matched respondents, with nobody unmatched.
   *
   * @param transitions the transition table of the matched respondents
   * @return the comparison
   * @throws NullPointerException if {@code transitions} is null
   */
  public static PanelComparison of(TransitionTable transitions) {
    return of(transitions, Nps.empty(), Nps.empty());
  }

  /**
   * Returns the comparison of already matched respondents, with the answers of those who were in
   * one wave only.
   *
   * @param transitions the transition table of the matched respondents
   * @param onlyInFirst answers of respondents only in the first wave
   * @param onlyInSecond answers of respondents only in the second wave
   * @return the comparison
   * @throws NullPointerException if an argument is null
   */
  public static PanelComparison of(
      TransitionTable transitions, Nps onlyInFirst, Nps onlyInSecond) {
    return new PanelComparison(
        Objects.requireNonNull(transitions, "transitions must not be null"),
        Objects.requireNonNull(onlyInFirst, "onlyInFirst must not be null"),
        Objects.requireNonNull(onlyInSecond, "onlyInSecond must not be null"));
  }

  /**
   * Returns the comparison of this comparison's respondents and another's together: the tables
   * and the unmatched answers are added. Meaningful when the two cover disjoint sets of
   * respondents, such as shards partitioned by respondent id.
   *
   * @param other another comparison
   * @return the merged comparison
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public PanelComparison plus(PanelComparison other) {
    return new PanelComparison(
        transitions.plus(other.transitions),
        onlyInFirst.plus(other.onlyInFirst),
        onlyInSecond.plus(other.onlyInSecond));
  }

  /**
   * Returns how the matched respondents moved between categories.
   *
   * @return the transition table
   */
  public TransitionTable transitions() {
    return transitions;
  }

  /**
   * Returns the number of respondents who answered both waves.
   *
   * @return {@code transitions().total()}
   */
  public long matched() {
    return transitions.total();
  }

  /**
   * Returns the answers of respondents who answered the first wave but not the second.
   *
   * @return their result, empty when everyone answered both
   */
  public Nps onlyInFirst() {
    return onlyInFirst;
  }

  /**
   * Returns the answers of respondents who answered the second wave but not the first.
   *
   * @return their result, empty when everyone answered both
   */
  public Nps onlyInSecond() {
    return onlyInSecond;
  }

  /**
   * Returns the change in NPS of the matched respondents.
   *
   * @return second wave's score &minus; first wave's score, in points, in [&minus;200, 200]
   * @throws IllegalStateException if no respondent answered both waves
   */
  @Override
  public double estimate() {
    return 100.0 * meanDifference();
  }

  /**
   * Returns the standard error of the change, from the transition table.
   *
   * @return the standard error in points, at least 0
   * @throws IllegalStateException if no respondent answered both waves
   */
  public double standardError() {
    double mean = meanDifference();
    double n = transitions.total();
    double variance = Math.max(0.0, meanSquare() - mean * mean);
    return 100.0 * Math.sqrt(variance / n);
  }

  /** Mean of y2 - y1 on the -2..2 scale; the ordinal difference equals the code difference. */
  private double meanDifference() {
    if (transitions.isEmpty()) {
      throw new IllegalStateException(
          "no respondent answered both waves: the change is undefined (matched is 0; "
              + onlyInFirst.total() + " only in the first wave, "
              + onlyInSecond.total() + " only in the second)");
    }
    long[] cells = transitions.cells();
    double sum = 0.0;
    for (int before = 0; before < 3; before++) {
      for (int after = 0; after < 3; after++) {
        sum += (double) cells[before * 3 + after] * (after - before);
      }
    }
    return sum / transitions.total();
  }

  /**
   * Returns the test statistic, {@link #z()}.
   *
   * @return the z statistic
   * @throws IllegalStateException if no respondent answered both waves
   */
  @Override
  public double statistic() {
    return z();
  }

  /**
   * Returns the score statistic of the test that the matched respondents' NPS did not change.
   *
   * @return Z(0) of the class documentation: the mean paired change divided by its standard error
   *     at the restricted maximum-likelihood shares with mean change 0; 0 when nobody changed
   *     category
   * @throws IllegalStateException if no respondent answered both waves
   */
  public double z() {
    meanDifference();
    return ScoreInference.oneSampleZ(CHANGES, changeCounts(), 0.0);
  }

  /** The possible changes y2 - y1. */
  private static final double[] CHANGES = {-2.0, -1.0, 0.0, 1.0, 2.0};

  /** The number of matched respondents with each change -2, ..., 2. */
  private double[] changeCounts() {
    long[] cells = transitions.cells();
    double[] counts = new double[CHANGES.length];
    for (int before = 0; before < 3; before++) {
      for (int after = 0; after < 3; after++) {
        counts[after - before + 2] += cells[before * 3 + after];
      }
    }
    return counts;
  }

  /** Mean of (y2 - y1) squared over the matched respondents. */
  private double meanSquare() {
    long[] cells = transitions.cells();
    double squares = 0.0;
    for (int before = 0; before < 3; before++) {
      for (int after = 0; after < 3; after++) {
        double difference = after - before;
        squares += cells[before * 3 + after] * difference * difference;
      }
    }
    return squares / transitions.total();
  }

  /**
   * Returns the two-sided p-value of the test that the matched respondents' NPS did not change.
   *
   * @return 2 Q(|{@link #z()}|), in [0, 1]
   * @throws IllegalStateException if no respondent answered both waves
   */
  @Override
  public double pValue() {
    return Normal.twoSidedPValue(z());
  }

  /**
   * Returns a confidence interval for the change: every change whose score test is not rejected at
   * this level, so that it excludes 0 exactly when {@link #pValue()} is at most 1 &minus; {@code
   * level} (up to the rounding of the normal quantile).
   *
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return an interval within [&minus;200, 200], in points, containing {@link #estimate()}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   * @throws IllegalStateException if no respondent answered both waves
   */
  public Interval confidenceInterval(double level) {
    double critical = Normal.criticalValue(level);
    meanDifference();
    double[] limits = ScoreInference.oneSampleInterval(CHANGES, changeCounts(), critical);
    return Intervals.clip(Interval.of(100.0 * limits[0], 100.0 * limits[1]), -200.0, 200.0);
  }

  /**
   * Returns whether another object is a comparison with an equal transition table and equal
   * answers of those in one wave only.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PanelComparison)) {
      return false;
    }
    PanelComparison that = (PanelComparison) other;
    return transitions.equals(that.transitions)
        && onlyInFirst.equals(that.onlyInFirst)
        && onlyInSecond.equals(that.onlyInSecond);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transitions, onlyInFirst, onlyInSecond);
  }

  /**
   * Describes the comparison, for example {@code "PanelComparison[matched=200, estimate=4.50,
   * standardError=2.10, onlyInFirst=31, onlyInSecond=12]"}; numbers are rounded here only.
   */
  @Override
  public String toString() {
    String stats =
        transitions.isEmpty()
            ? "estimate=undefined"
            : String.format(
                Locale.ROOT, "estimate=%.2f, standardError=%.2f", estimate(), standardError());
    return "PanelComparison[matched=" + matched()
        + ", " + stats
        + ", onlyInFirst=" + onlyInFirst.total()
        + ", onlyInSecond=" + onlyInSecond.total()
        + "]";
  }
}

package dev.nps.csat.drivers;

import dev.nps.csat.CsatScale;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mutable accumulator of the exact sums behind a key-driver analysis: responses that carry an
 * outcome (the Net Promoter Score answer 0-10, or an overall CSAT answer) and ratings of k service
 * dimensions (the practical "business" need, the "human" need, the "hidden" expectations, or any
 * list), each on its own declared scale, any of them possibly unanswered.
 *
 * <p>It keeps, as {@code long}s: the histogram of the outcome and of each dimension; over the
 * responses that answered every dimension, the count, the sums and the sums of all products
 * (listwise deletion's sample); and for every pair of variables, the same sums over the responses
 * that answered both (pairwise deletion's samples). That is k + 1 histograms and about 3.5 (k +
 * 1)&sup2; sums, whatever the number of responses, and everything a linear model of the outcome
 * on the ratings needs. {@link #snapshot()} returns them as {@link DriverMoments}, and {@link
 * #analyze()} turns them into importances.
 *
 * <p>Every answer is an integer, so every sum is exact: merging is exactly associative and
 * commutative, and accumulators filled on several threads, files or machines and merged give
 * exactly the moments of one pass. A sum that would overflow a {@code long} throws {@link
 * ArithmeticException}; every method is all-or-nothing, so a failed call changes nothing. The
 * outcome is required: a response without one says nothing about what drives it. <b>Not
 * thread-safe</b>: give each thread its own accumulator and merge them with {@link
 * #addAll(DriverAccumulator)}. One accumulator per segment (in a map from segment to accumulator)
 * gives the analysis per segment or per period.
 *
 * <pre>{@code
 * DriverAccumulator drivers = new DriverAccumulator(
 *     CsatScale.ZERO_TO_TEN, CsatScale.ONE_TO_FIVE, "business", "human", "hidden");
 * drivers.add(9, 5, 4, 4);                             // likelihood to recommend 9
 * drivers.add(3, 2, DriverAccumulator.MISSING, 3);     // "human" not answered
 * drivers.add(7, Map.of("business", 4, "hidden", 3));  // by name; "human" not answered
 * DriverAnalysis analysis = drivers.analyze();         // once there are enough responses
 * }</pre>
 */
public final class DriverAccumulator {
  /** The marker of an unanswered dimension in {@link #add(int, int...)}. */
  public static final int MISSING = DriverLayout.MISSING;

  /**
   * The largest number of dimensions, 30. The sums grow with the square of the number of
   * dimensions, and a survey that asks more than a few dozen ratings is rare.
   */
  public static final int MAX_DIMENSIONS = 30;

  private final CsatScale outcomeScale;
  private final List<String> dimensions;
  private final List<CsatScale> dimensionScales;
  private final DriverLayout layout;
  private final long[] row;

  /**
   * Creates an empty accumulator whose dimensions share one scale.
   *
   * @param outcomeScale the outcome's scale: {@link CsatScale#ZERO_TO_TEN} for the Net Promoter
   *     Score question, or the scale of an overall CSAT question
   * @param dimensionScale the scale of every dimension's rating
   * @param dimensions the dimension names, in the order ratings are given to {@link #add(int,
   *     int...)}; 1 to {@value #MAX_DIMENSIONS}, none blank, no name twice
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if the names break a rule; the message names the name
   */
  public DriverAccumulator(CsatScale outcomeScale, CsatScale dimensionScale,
      String... dimensions) {
    this(outcomeScale, dimensionScale,
        List.of(Objects.requireNonNull(dimensions, "dimensions must not be null")));
  }

  /**
   * Creates an empty accumulator whose dimensions share one scale.
   *
   * @param outcomeScale the outcome's scale: {@link CsatScale#ZERO_TO_TEN} for the Net Promoter
   *     Score question, or the scale of an overall CSAT question
   * @param dimensionScale the scale of every dimension's rating
   * @param dimensions the dimension names, in the order ratings are given to {@link #add(int,
   *     int...)}; 1 to {@value #MAX_DIMENSIONS}, none blank, no name twice
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if the names break a rule; the message names the name
   */
  public DriverAccumulator(CsatScale outcomeScale, CsatScale dimensionScale,
      List<String> dimensions) {
    this(outcomeScale, dimensions, Collections.nCopies(
        Objects.requireNonNull(dimensions, "dimensions must not be null").size(),
        Objects.requireNonNull(dimensionScale, "dimensionScale must not be null")));
  }

  /**
   * Creates an empty accumulator whose dimensions have scales of their own.
   *
   * @param outcomeScale the outcome's scale
   * @param dimensions the dimension names, in the order ratings are given to {@link #add(int,
   *     int...)}; 1 to {@value #MAX_DIMENSIONS}, none blank, no name twice
   * @param dimensionScales each dimension's scale, in the order of {@code dimensions}
   * @throws NullPointerException if an argument, a name or a scale is null
   * @throws IllegalArgumentException if the names break a rule, or the numbers of names and
   *     scales differ; the message names the problem
   */
  public DriverAccumulator(CsatScale outcomeScale, List<String> dimensions,
      List<CsatScale> dimensionScales) {
    this.outcomeScale = Objects.requireNonNull(outcomeScale, "outcomeScale must not be null");
    this.dimensions = checkNames(dimensions);
    this.dimensionScales = List.copyOf(
        Objects.requireNonNull(dimensionScales, "dimensionScales must not be null"));
    if (this.dimensionScales.size() != this.dimensions.size()) {
      throw new IllegalArgumentException("expected one scale per dimension " + this.dimensions
          + ", got " + this.dimensionScales.size() + " scales");
    }
    this.layout = new DriverLayout(outcomeScale, this.dimensionScales);
    this.row = new long[layout.width()];
  }

  /** Checks and copies dimension names: 1 to MAX_DIMENSIONS, none blank, none twice. */
  static List<String> checkNames(List<String> dimensions) {
    List<String> names =
        List.copyOf(Objects.requireNonNull(dimensions, "dimensions must not be null"));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("at least one dimension is needed, got none");
    }
    if (names.size() > MAX_DIMENSIONS) {
      throw new IllegalArgumentException("at most " + MAX_DIMENSIONS + " dimensions are"
          + " supported, got " + names.size());
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("dimension name must not be blank, was '" + name + "'");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("dimension '" + name + "' is named twice");
      }
    }
    return names;
  }

  /**
   * Returns the outcome's scale.
   *
   * @return the scale given at construction
   */
  public CsatScale outcomeScale() {
    return outcomeScale;
  }

  /**
   * Returns the dimension names.
   *
   * @return an unmodifiable list, in the order given at construction
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Returns the dimensions' scales.
   *
   * @return an unmodifiable list, one per dimension in the order of {@link #dimensions()}
   */
  public List<CsatScale> dimensionScales() {
    return dimensionScales;
  }

  /**
   * Returns the number of responses added so far.
   *
   * @return a count
   */
  public long respondents() {
    return row[0];
  }

  /**
   * Adds one response.
   *
   * @param outcome the outcome answer, on the outcome's scale
   * @param ratings one rating per dimension, in the order of {@link #dimensions()}, each on its
   *     dimension's scale or {@link #MISSING}
   * @throws NullPointerException if {@code ratings} is null
   * @throws IllegalArgumentException if the number of ratings differs from the number of
   *     dimensions, or an answer is off its scale; the message names the dimension and the value,
   *     and nothing is added
   * @throws ArithmeticException if a sum would overflow a {@code long}; nothing is added
   */
  public void add(int outcome, int... ratings) {
    Objects.requireNonNull(ratings, "ratings must not be null");
    if (ratings.length != dimensions.size()) {
      throw new IllegalArgumentException("expected " + dimensions.size() + " ratings (one per"
          + " dimension " + dimensions + "), got " + ratings.length);
    }
    checkOutcome(outcome, -1);
    checkRatings(ratings, 0, -1);
    addChecked(outcome, ratings, 0);
  }

  /**
   * Adds one response with ratings given by dimension name; a dimension that is absent from the
   * map or maps to null is unanswered.
   *
   * @param outcome the outcome answer, on the outcome's scale
   * @param ratings ratings by dimension name, each on its dimension's scale
   * @throws NullPointerException if {@code ratings} is null
   * @throws IllegalArgumentException if a name is not a dimension or an answer is off its scale;
   *     the message names it, and nothing is added
   * @throws ArithmeticException if a sum would overflow a {@code long}; nothing is added
   */
  public void add(int outcome, Map<String, Integer> ratings) {
    Objects.requireNonNull(ratings, "ratings must not be null");
    int[] values = new int[dimensions.size()];
    Arrays.fill(values, MISSING);
    for (Map.Entry<String, Integer> entry : ratings.entrySet()) {
      int index = dimensions.indexOf(entry.getKey());
      if (index < 0) {
        throw new IllegalArgumentException("unknown dimension '" + entry.getKey()
            + "': expected one of " + dimensions);
      }
      Integer rating = entry.getValue();
      if (rating != null) {
        if (rating == MISSING) {
          throw outside(index, rating, -1);
        }
        values[index] = rating;
      }
    }
    add(outcome, values);
  }

  /**
   * Adds many responses given as columns: {@code outcomes[i]} with {@code ratings[j][i]} for
   * dimension j. Every answer is checked before any is added.
   *
   * @param outcomes the outcome answers, each on the outcome's scale
   * @param ratings one column per dimension, in the order of {@link #dimensions()}, each as long
   *     as {@code outcomes}, each rating on its dimension's scale or {@link #MISSING}
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the number of columns differs from the number of
   *     dimensions, a column's length differs from the number of outcomes, or an answer is off its
   *     scale; the message names the row, the dimension and the value, and nothing is added
   * @throws ArithmeticException if a sum would overflow a {@code long}; nothing is added
   */
  public void addAll(int[] outcomes, int[]... ratings) {
    Objects.requireNonNull(outcomes, "outcomes must not be null");
    Objects.requireNonNull(ratings, "ratings must not be null");
    int k = dimensions.size();
    if (ratings.length != k) {
      throw new IllegalArgumentException("expected " + k + " columns of ratings (one per"
          + " dimension " + dimensions + "), got " + ratings.length);
    }
    for (int j = 0; j < k; j++) {
      Objects.requireNonNull(ratings[j], "a column of ratings must not be null");
      if (ratings[j].length != outcomes.length) {
        throw new IllegalArgumentException("column of dimension '" + dimensions.get(j)
            + "' has " + ratings[j].length + " ratings for " + outcomes.length + " outcomes");
      }
    }
    int[] rowMajor = new int[outcomes.length * k];
    for (int i = 0; i < outcomes.length; i++) {
      checkOutcome(outcomes[i], i);
      for (int j = 0; j < k; j++) {
        rowMajor[i * k + j] = ratings[j][i];
      }
      checkRatings(rowMajor, i * k, i);
    }
    long[] target = row[0] <= DriverLayout.SAFE_RESPONDENTS - outcomes.length ? row : row.clone();
    boolean exact = target != row;
    for (int i = 0; i < outcomes.length; i++) {
      layout.add(target, 0, outcomes[i], rowMajor, i * k, exact);
    }
    if (exact) {
      System.arraycopy(target, 0, row, 0, row.length);
    }
  }

  private void checkOutcome(int outcome, int index) {
    if (!outcomeScale.contains(outcome)) {
      throw new IllegalArgumentException(at(index) + "outcome must be in [" + outcomeScale.min()
          + ", " + outcomeScale.max() + "] for scale " + outcomeScale + ", was " + outcome);
    }
  }

  private void checkRatings(int[] ratings, int offset, int index) {
    for (int j = 0; j < dimensions.size(); j++) {
      int rating = ratings[offset + j];
      if (rating != MISSING && !dimensionScales.get(j).contains(rating)) {
        throw outside(j, rating, index);
      }
    }
  }

  private static String at(int index) {
    return index < 0 ? "" : "response " + index + ": ";
  }

  private IllegalArgumentException outside(int dimension, int rating, int index) {
    CsatScale scale = dimensionScales.get(dimension);
    return new IllegalArgumentException(at(index) + "rating of dimension '"
        + dimensions.get(dimension) + "' must be in [" + scale.min() + ", " + scale.max()
        + "] for scale " + scale + " or MISSING, was " + rating);
  }

  /** Adds checked answers: plainly while no sum can overflow, on a copy with exact sums after. */
  private void addChecked(int outcome, int[] ratings, int offset) {
    if (row[0] < DriverLayout.SAFE_RESPONDENTS) {
      layout.add(row, 0, outcome, ratings, offset, false);
    } else {
      long[] copy = row.clone();
      layout.add(copy, 0, outcome, ratings, offset, true);
      System.arraycopy(copy, 0, row, 0, row.length);
    }
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. The result is exactly as
   * if every response of {@code other} had been added to this accumulator.
   *
   * @param other an accumulator with the same scales and dimensions in the same order
   * @throws IllegalArgumentException if the scales or dimensions differ; nothing is added
   * @throws ArithmeticException if a sum would overflow a {@code long}; nothing is added
   */
  public void addAll(DriverAccumulator other) {
    addAll(other.snapshot());
  }

  /**
   * Merges moments into this accumulator, such as a partial read back from JSON.
   *
   * @param moments moments with the same scales and dimensions in the same order
   * @throws IllegalArgumentException if the scales or dimensions differ; nothing is added
   * @throws ArithmeticException if a sum would overflow a {@code long}; nothing is added
   */
  public void addAll(DriverMoments moments) {
    DriverMoments mine = new DriverMoments(layout, dimensions, dimensionScales, row);
    mine.checkCompatible(moments);
    long[] sum = layout.sum(row, 0, moments.row(), 0);
    System.arraycopy(sum, 0, row, 0, row.length);
  }

  /**
   * Returns the moments collected so far. Later additions do not change them.
   *
   * @return an immutable copy
   */
  public DriverMoments snapshot() {
    return new DriverMoments(layout, dimensions, dimensionScales, row.clone());
  }

  /**
   * Returns the key-driver analysis of the responses so far with the defaults: listwise deletion
   * and Shapley (LMG) importance; {@code snapshot().analyze(...)} chooses others.
   *
   * @return the analysis
   * @throws IllegalStateException if the analysis is undefined on these responses; see {@link
   *     DriverMoments#analyze()}
   * @throws IllegalArgumentException if there are more than {@value
   *     DriverAnalysis#MAX_SHAPLEY_DIMENSIONS} dimensions
   */
  public DriverAnalysis analyze() {
    return snapshot().analyze();
  }

  /** Describes the accumulator as {@link DriverMoments#toString()} does. */
  @Override
  public String toString() {
    return "DriverAccumulator" + snapshot().toString().substring("DriverMoments".length());
  }
}

package dev.nps.csat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mutable accumulator of CSAT per service dimension: one survey asks several questions on the
 * same scale (for example the practical "business" need, the "human" need and the "hidden"
 * expectations), and each respondent answers some or all of them. One pass over the respondents
 * fills one histogram per dimension; an unanswered question counts as missing for that dimension
 * (it is left out of that dimension's total), never as zero or as the lowest answer.
 *
 * <p>Service dimensions are the questions of a survey; they are unrelated to the dimensions of a
 * {@link dev.nps.Segment} such as {@code region}. The counts live in one flat {@code long[]} table
 * with one row per dimension and one column per answer value.
 *
 * <p>Merging is exact, associative and commutative, and every method is all-or-nothing: a
 * respondent whose answers fail validation adds nothing. <b>Not thread-safe.</b>
 *
 * <pre>{@code
 * CsatByDimensionAccumulator accumulator =
 *     new CsatByDimensionAccumulator(CsatScale.ONE_TO_FIVE, "business", "human", "hidden");
 * accumulator.add(5, 4, CsatByDimensionAccumulator.MISSING);   // "hidden" not answered
 * accumulator.add(Map.of("business", 2, "hidden", 3));          // "human" not answered
 * CsatByDimension byDimension = accumulator.snapshot();
 * byDimension.get("human").total();                             // 1
 * byDimension.missing("human");                                 // 1
 * }</pre>
 */
public final class CsatByDimensionAccumulator {
  /** The marker of an unanswered question in {@link #add(int...)}. */
  public static final int MISSING = -1;

  private final CsatScale scale;
  private final List<String> dimensions;
  private final int columns;
  private final long[] table;
  private final long[] answered;
  private long respondents;

  /**
   * Creates an empty accumulator.
   *
   * @param scale the answer scale shared by every question
   * @param dimensions the names of the dimensions, in the order answers are given to {@link
   *     #add(int...)}; at least one, none blank, no name twice
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if there is no name, a name is blank, or a name is repeated;
   *     the message names it
   */
  public CsatByDimensionAccumulator(CsatScale scale, String... dimensions) {
    this(scale, List.of(Objects.requireNonNull(dimensions, "dimensions must not be null")));
  }

  /**
   * Creates an empty accumulator.
   *
   * @param scale the answer scale shared by every question
   * @param dimensions the names of the dimensions, in the order answers are given to {@link
   *     #add(int...)}; at least one, none blank, no name twice
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if there is no name, a name is blank, or a name is repeated;
   *     the message names it
   */
  public CsatByDimensionAccumulator(CsatScale scale, List<String> dimensions) {
    this.scale = Objects.requireNonNull(scale, "scale must not be null");
    this.dimensions =
        List.copyOf(Objects.requireNonNull(dimensions, "dimensions must not be null"));
    if (this.dimensions.isEmpty()) {
      throw new IllegalArgumentException("at least one dimension is needed, got none");
    }
    Set<String> seen = new HashSet<>();
    for (String dimension : this.dimensions) {
      if (dimension.isBlank()) {
        throw new IllegalArgumentException("dimension name must not be blank, was '"
            + dimension + "'");
      }
      if (!seen.add(dimension)) {
        throw new IllegalArgumentException("dimension '" + dimension + "' is named twice");
      }
    }
    this.columns = scale.size();
    this.table = new long[this.dimensions.size() * columns];
    this.answered = new long[this.dimensions.size()];
  }

  /**
   * Returns the answer scale.
   *
   * @return the scale shared by every dimension
   */
  public CsatScale scale() {
    return scale;
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
   * Adds one respondent's answers.
   *
   * @param answers one answer per dimension, in the order of {@link #dimensions()}, each on the
   *     scale or {@link #MISSING}
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if the number of answers differs from the number of
   *     dimensions, or an answer is neither on the scale nor {@link #MISSING}; the message names
   *     the dimension and the value, and nothing is added
   * @throws ArithmeticException if the number of respondents would overflow a {@code long}
   */
  public void add(int... answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    if (answers.length != dimensions.size()) {
      throw new IllegalArgumentException("expected " + dimensions.size() + " answers (one per"
          + " dimension " + dimensions + "), got " + answers.length);
    }
    for (int i = 0; i < answers.length; i++) {
      check(i, answers[i]);
    }
    respondents = Math.addExact(respondents, 1);
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] != MISSING) {
        answered[i]++;
        table[i * columns + answers[i] - scale.min()]++;
      }
    }
  }

  /**
   * Adds one respondent's answers given by dimension name; a dimension that is absent from the map
   * or maps to null is missing.
   *
   * @param answers answers by dimension name, each on the scale
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if a name is not a dimension or an answer is not on the
   *     scale; the message names it, and nothing is added
   * @throws ArithmeticException if the number of respondents would overflow a {@code long}
   */
  public void add(Map<String, Integer> answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    int[] row = new int[dimensions.size()];
    Arrays.fill(row, MISSING);
    for (Map.Entry<String, Integer> entry : answers.entrySet()) {
      int index = dimensions.indexOf(entry.getKey());
      if (index < 0) {
        throw new IllegalArgumentException("unknown dimension '" + entry.getKey()
            + "': expected one of " + dimensions);
      }
      Integer answer = entry.getValue();
      if (answer != null) {
        if (answer == MISSING) {
          throw outside(index, answer);
        }
        row[index] = answer;
      }
    }
    add(row);
  }

  private void check(int dimension, int answer) {
    if (answer != MISSING && !scale.contains(answer)) {
      throw outside(dimension, answer);
    }
  }

  private IllegalArgumentException outside(int dimension, int answer) {
    return new IllegalArgumentException(
        "answer for dimension '" + dimensions.get(dimension) + "' must be in [" + scale.min()
            + ", " + scale.max() + "] for scale " + scale.min() + "-" + scale.max() + ", was "
            + answer);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged.
   *
   * @param other an accumulator with an equal scale and the same dimensions in the same order
   * @throws IllegalArgumentException if the scales or dimensions differ; nothing is added
   * @throws ArithmeticException if the number of respondents would overflow a {@code long};
   *     nothing is added
   */
  public void addAll(CsatByDimensionAccumulator other) {
    checkCompatible(other.scale, other.dimensions);
    merge(other.table.clone(), other.answered.clone(), other.respondents);
  }

  /**
   * Merges a result into this accumulator.
   *
   * @param result a result with an equal scale and the same dimensions in the same order
   * @throws IllegalArgumentException if the scales or dimensions differ; nothing is added
   * @throws ArithmeticException if the number of respondents would overflow a {@code long};
   *     nothing is added
   */
  public void addAll(CsatByDimension result) {
    checkCompatible(result.scale(), result.dimensions());
    long[] otherTable = new long[table.length];
    long[] otherAnswered = new long[answered.length];
    for (int i = 0; i < dimensions.size(); i++) {
      Csat csat = result.get(dimensions.get(i));
      System.arraycopy(csat.rawCounts(), 0, otherTable, i * columns, columns);
      otherAnswered[i] = csat.total();
    }
    merge(otherTable, otherAnswered, result.respondents());
  }

  private void checkCompatible(CsatScale otherScale, List<String> otherDimensions) {
    if (!scale.equals(otherScale) || !dimensions.equals(otherDimensions)) {
      throw new IllegalArgumentException("cannot merge dimensions " + otherDimensions
          + " on scale " + otherScale + " into dimensions " + dimensions + " on scale " + scale);
    }
  }

  /** The one merge implementation; every answered count is at most the respondents. */
  private void merge(long[] otherTable, long[] otherAnswered, long otherRespondents) {
    respondents = Math.addExact(respondents, otherRespondents);
    for (int i = 0; i < answered.length; i++) {
      answered[i] += otherAnswered[i];
    }
    for (int i = 0; i < table.length; i++) {
      table[i] += otherTable[i];
    }
  }

  /**
   * Returns the number of respondents added so far, whether or not they answered anything.
   *
   * @return a count
   */
  public long respondents() {
    return respondents;
  }

  /**
   * Returns an immutable result per dimension. Later additions do not change it.
   *
   * @return the current result
   */
  public CsatByDimension snapshot() {
    Csat[] results = new Csat[dimensions.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = new Csat(scale,
          Arrays.copyOfRange(table, i * columns, (i + 1) * columns), answered[i]);
    }
    return new CsatByDimension(scale, dimensions, results, respondents);
  }

  /** Describes the current state, as {@link CsatByDimension#toString()} does. */
  @Override
  public String toString() {
    return "CsatByDimensionAccumulator"
        + snapshot().toString().substring("CsatByDimension".length());
  }
}

package dev.nps.csat;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable CSAT result per service dimension (one question each, on one scale), built by a
 * {@link CsatByDimensionAccumulator}: each dimension's own {@link Csat} over the respondents who
 * answered it, and how many respondents left it unanswered.
 *
 * <p>For every dimension, {@code get(dimension).total() + missing(dimension) == respondents()}.
 * Two results are equal when their scale, dimensions, per-dimension counts and respondents are
 * equal; {@link #plus(CsatByDimension)} merges exactly.
 */
public final class CsatByDimension {
  private final CsatScale scale;
  private final List<String> dimensions;
  private final Csat[] results;
  private final long respondents;

  /** Takes ownership of {@code results}, one per dimension, each with at most respondents. */
  CsatByDimension(CsatScale scale, List<String> dimensions, Csat[] results, long respondents) {
    this.scale = scale;
    this.dimensions = dimensions;
    this.results = results;
    this.respondents = respondents;
  }

  /**
   * Returns the result of per-dimension results computed elsewhere (read back from JSON, or
   * counted by a database), as a {@link CsatByDimensionAccumulator} would have built it.
   *
   * @param scale the answer scale shared by every dimension
   * @param respondents the number of respondents, whether or not they answered anything
   * @param results each dimension's result over the respondents who answered it, in order: at
   *     least one, no name blank, each on {@code scale} with at most {@code respondents} answers
   * @return the result
   * @throws NullPointerException if an argument, a name or a result is null
   * @throws IllegalArgumentException if {@code respondents} is negative, there is no dimension, a
   *     name is blank, a result is on another scale or has more answers than there are
   *     respondents; the message names it
   */
  public static CsatByDimension of(CsatScale scale, long respondents, Map<String, Csat> results) {
    Objects.requireNonNull(scale, "scale must not be null");
    Objects.requireNonNull(results, "results must not be null");
    if (respondents < 0) {
      throw new IllegalArgumentException("respondents must not be negative, was " + respondents);
    }
    CsatByDimensionAccumulator accumulator =
        new CsatByDimensionAccumulator(scale, List.copyOf(results.keySet()));
    Csat[] array = new Csat[results.size()];
    int i = 0;
    for (Map.Entry<String, Csat> entry : results.entrySet()) {
      Csat csat = Objects.requireNonNull(entry.getValue(),
          "result of dimension '" + entry.getKey() + "' must not be null");
      if (!csat.scale().equals(scale)) {
        throw new IllegalArgumentException("dimension '" + entry.getKey() + "' is on scale "
            + csat.scale() + ", not " + scale);
      }
      if (csat.total() > respondents) {
        throw new IllegalArgumentException("dimension '" + entry.getKey() + "' has "
            + csat.total() + " answers, more than the " + respondents + " respondents");
      }
      array[i++] = csat;
    }
    return new CsatByDimension(scale, accumulator.dimensions(), array, respondents);
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
   * @return an unmodifiable list in the accumulator's order
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Returns the number of respondents, whether or not they answered anything.
   *
   * @return a count
   */
  public long respondents() {
    return respondents;
  }

  /**
   * Returns one dimension's result over the respondents who answered it.
   *
   * @param dimension a dimension name
   * @return its result; its {@link Csat#total()} counts answers, not respondents
   * @throws NullPointerException if {@code dimension} is null
   * @throws IllegalArgumentException if {@code dimension} is not one of {@link #dimensions()}
   */
  public Csat get(String dimension) {
    return results[indexOf(dimension)];
  }

  /**
   * Returns how many respondents left a dimension unanswered.
   *
   * @param dimension a dimension name
   * @return {@code respondents() - get(dimension).total()}
   * @throws NullPointerException if {@code dimension} is null
   * @throws IllegalArgumentException if {@code dimension} is not one of {@link #dimensions()}
   */
  public long missing(String dimension) {
    return respondents - results[indexOf(dimension)].total();
  }

  private int indexOf(String dimension) {
    int index = dimensions.indexOf(Objects.requireNonNull(dimension, "dimension must not be null"));
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown dimension '" + dimension + "': expected one of " + dimensions);
    }
    return index;
  }

  /**
   * Returns every dimension's result.
   *
   * @return an unmodifiable map from dimension name to result, in the order of {@link
   *     #dimensions()}
   */
  public Map<String, Csat> asMap() {
    Map<String, Csat> map = new LinkedHashMap<>();
    for (int i = 0; i < results.length; i++) {
      map.put(dimensions.get(i), results[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the result of this result's respondents and another's together.
   *
   * @param other a result with an equal scale and the same dimensions in the same order
   * @return the merged result
   * @throws IllegalArgumentException if the scales or dimensions differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public CsatByDimension plus(CsatByDimension other) {
    CsatByDimensionAccumulator accumulator = new CsatByDimensionAccumulator(scale, dimensions);
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.snapshot();
  }

  /** Two results are equal when scale, dimensions, counts and respondents are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CsatByDimension)) {
      return false;
    }
    CsatByDimension that = (CsatByDimension) other;
    return respondents == that.respondents
        && scale.equals(that.scale)
        && dimensions.equals(that.dimensions)
        && Arrays.equals(results, that.results);
  }

  @Override
  public int hashCode() {
    return (31 * dimensions.hashCode() + Arrays.hashCode(results)) * 31
        + Long.hashCode(respondents);
  }

  /** Describes the result: the respondents and each dimension's result. */
  @Override
  public String toString() {
    return "CsatByDimension[respondents=" + respondents + ", " + asMap() + "]";
  }
}

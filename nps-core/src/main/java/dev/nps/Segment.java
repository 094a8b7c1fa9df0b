package dev.nps;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, ordered list of dimension=value pairs that names a group of responses, such as
 * {@code region=EU, plan=pro}.
 *
 * <p>Dimension names are unique within a segment, non-null and not blank; values are non-null
 * (an empty value is allowed and is distinct from an absent dimension). Two segments are equal when
 * they have the same pairs in the same order. {@link #ALL} has no dimensions and stands for every
 * response.
 *
 * <pre>{@code
 * Segment eu = Segment.of("region", "EU");
 * Segment euPro = eu.and("plan", "pro");   // region=EU, plan=pro
 * euPro.value("plan");                     // Optional[pro]
 * euPro.keep("region");                    // region=EU
 * }</pre>
 */
public final class Segment {
  /** The segment with no dimensions: every response. */
  public static final Segment ALL = new Segment(new String[0], new String[0]);

  private final String[] names;
  private final String[] values;
  private final int hash;

  private Segment(String[] names, String[] values) {
    this.names = names;
    this.values = values;
    this.hash = hash(names, values);
  }

  /**
   * Mixes every name and value into the hash with an odd multiplier that spreads each step over
   * all bits. Summing string hashes with the multiplier 31, as {@link Arrays#hashCode(Object[])}
   * does, makes systematically named segments collide: with {@code region=region-1, team=team-23}
   * and {@code region=region-2, team=team-13} the digits only add up, and a thousand such segments
   * share a few hundred hash codes, which turns every hash lookup into a list walk.
   */
  private static int hash(String[] names, String[] values) {
    int hash = 0;
    for (int i = 0; i < names.length; i++) {
      hash = (hash ^ names[i].hashCode()) * 0x9E3779B1;
      hash = (hash ^ values[i].hashCode()) * 0x9E3779B1;
    }
    return hash ^ (hash >>> 16);
  }

  /**
   * Returns the segment with one dimension.
   *
   * @param dimension the dimension's name, such as {@code "region"}
   * @param value the value, such as {@code "EU"}
   * @return the segment {@code dimension=value}
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if {@code dimension} is blank
   */
  public static Segment of(String dimension, String value) {
    return ALL.and(dimension, value);
  }

  /**
   * Returns the segment with the given pairs, in the map's iteration order.
   *
   * @param pairs dimension names mapped to values; an empty map gives {@link #ALL}
   * @return the segment holding those pairs
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if a name is blank
   */
  public static Segment of(Map<String, String> pairs) {
    Segment segment = ALL;
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      segment = segment.and(pair.getKey(), pair.getValue());
    }
    return segment;
  }

  /**
   * Returns this segment with one more dimension at the end.
   *
   * @param dimension the new dimension's name
   * @param value its value
   * @return a new segment; this one is unchanged
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if {@code dimension} is blank or already in this segment
   */
  public Segment and(String dimension, String value) {
    checkName(dimension);
    Objects.requireNonNull(value, () -> "value of dimension '" + dimension + "' must not be null");
    if (indexOf(dimension) >= 0) {
      throw new IllegalArgumentException(
          "dimension '" + dimension + "' is already in segment [" + this + "]");
    }
    String[] newNames = Arrays.copyOf(names, names.length + 1);
    String[] newValues = Arrays.copyOf(values, values.length + 1);
    newNames[names.length] = dimension;
    newValues[values.length] = value;
    return new Segment(newNames, newValues);
  }

  private static void checkName(String dimension) {
    Objects.requireNonNull(dimension, "dimension name must not be null");
    if (dimension.isBlank()) {
      throw new IllegalArgumentException(
          "dimension name must not be blank, was '" + dimension + "'");
    }
  }

  /**
   * Returns the value of a dimension.
   *
   * @param dimension a dimension name
   * @return the value, or empty if this segment does not have that dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public Optional<String> value(String dimension) {
    Objects.requireNonNull(dimension, "dimension name must not be null");
    int index = indexOf(dimension);
    return index < 0 ? Optional.empty() : Optional.of(values[index]);
  }

  /**
   * Returns the dimension names in order.
   *
   * @return an unmodifiable list, empty for {@link #ALL}
   */
  public List<String> dimensions() {
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /**
   * Returns the pairs in order.
   *
   * @return an unmodifiable map from dimension name to value that iterates in this segment's order
   */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the number of dimensions.
   *
   * @return 0 for {@link #ALL}
   */
  public int size() {
    return names.length;
  }

  /**
   * Projects this segment onto some of its dimensions, for rolling results up: from
   * {@code region=EU, plan=pro}, {@code keep("region")} gives {@code region=EU}.
   *
   * <p>The result lists the kept dimensions in the order they are given. A named dimension that
   * this segment does not have is left out, so segments lacking it roll up together.
   *
   * @param dimensions the dimension names to keep; none gives {@link #ALL}
   * @return the projected segment
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is blank or given twice
   */
  public Segment keep(String... dimensions) {
    Segment kept = ALL;
    for (String dimension : dimensions) {
      checkName(dimension);
      if (kept.indexOf(dimension) >= 0) {
        throw new IllegalArgumentException("dimension '" + dimension + "' is named twice");
      }
      int index = indexOf(dimension);
      if (index >= 0) {
        kept = kept.and(dimension, values[index]);
      }
    }
    return kept;
  }

  private int indexOf(String dimension) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(dimension)) {
        return i;
      }
    }
    return -1;
  }

  /** Two segments are equal when they hold the same pairs in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Segment)) {
      return false;
    }
    Segment that = (Segment) other;
    return hash == that.hash
        && Arrays.equals(names, that.names)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the pairs joined as {@code "region=EU, plan=pro"}; {@link #ALL} prints as {@code
   * "all"}.
   */
  @Override
  public String toString() {
    if (names.length == 0) {
      return "all";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(names[i]).append('=').append(values[i]);
    }
    return text.toString();
  }
}

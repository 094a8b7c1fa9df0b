package dev.nps;

import dev.nps.internal.SipHash;
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
 * <p>Segment values often come from untrusted files, so the hash code and the order are chosen so
 * that a file cannot make hash tables of segments quadratic: {@link #hashCode()} is SipHash of the
 * pairs rather than the arithmetic of {@link String#hashCode()}, which anyone can make collide, and
 * segments are {@link Comparable}, so that a {@link java.util.HashMap} bucket that does fill up
 * turns into an ordered tree.
 *
 * <pre>{@code
 * Segment eu = Segment.of("region", "EU");
 * Segment euPro = eu.and("plan", "pro");   // region=EU, plan=pro
 * euPro.value("plan");                     // Optional[pro]
 * euPro.keep("region");                    // region=EU
 * }</pre>
 */
public final class Segment implements Comparable<Segment> {
  /** The segment with no dimensions: every response. */
  public static final Segment ALL = new Segment(new String[0], new String[0]);

  /**
   * The fixed SipHash key of {@link #hashCode()}: the first 32 hexadecimal digits of the fractional
   * part of pi. Fixed, so that a segment has the same hash code in every process.
   */
  private static final long KEY0 = 0x243F6A8885A308D3L;

  private static final long KEY1 = 0x13198A2E03707344L;

  private final String[] names;
  private final String[] values;

  /** The hash code once computed, else 0; see {@link #hashCode()}. */
  private int hash;

  /** Whether the hash code was computed and is 0, as {@link String} does. */
  private boolean hashIsZero;

  private Segment(String[] names, String[] values) {
    this.names = names;
    this.values = values;
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
    for (int i = 0; i < dimensions.length; i++) {
      String dimension = dimensions[i];
      checkName(dimension);
      // Checked among the names given, so that a name given twice fails whether or not this
      // segment has it.
      for (int j = 0; j < i; j++) {
        if (dimensions[j].equals(dimension)) {
          throw new IllegalArgumentException("dimension '" + dimension + "' is named twice");
        }
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
    return Arrays.equals(values, that.values) && Arrays.equals(names, that.names);
  }

  /**
   * Returns SipHash-2-4, under a fixed key, of the pairs in order, folded to 32 bits.
   *
   * <p>The hash depends on the pairs only, so it is the same in every process, as a key of a
   * partitioned job needs. Unlike {@link String#hashCode()}, whose polynomial lets anyone write
   * thousands of values with one hash code ("Aa" and "BB" hash alike, and so does every string of
   * the same number of them), it has no known shortcut to collisions: values that share all 32
   * bits cost about 2<sup>32</sup> trials each, and a bucket that fills up anyway becomes an
   * ordered tree in {@link java.util.HashMap} (segments are {@link Comparable}) and in the
   * library's own per-segment tables, whose bucket is also drawn from a per-process random
   * multiplier. The hash is computed on first use and kept.
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && !hashIsZero) {
      h = contentHash(names, values);
      if (h == 0) {
        hashIsZero = true;
      } else {
        hash = h;
      }
    }
    return h;
  }

  /**
   * Hashes the pairs as one message of 64-bit words: for each name and each value, its length and
   * then its characters four to a word. The lengths make the encoding unambiguous, so different
   * segments never give the same message. The last word is the number of words before it.
   */
  private static int contentHash(String[] names, String[] values) {
    SipHash sip = new SipHash(KEY0, KEY1);
    long words = 0;
    for (int i = 0; i < names.length; i++) {
      words += absorb(sip, names[i]);
      words += absorb(sip, values[i]);
    }
    long h = sip.finish(words);
    return (int) (h ^ (h >>> 32));
  }

  /** Absorbs a string's length and characters, and returns the number of words absorbed. */
  private static int absorb(SipHash sip, String text) {
    int length = text.length();
    sip.word(length);
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      sip.word(text.charAt(i)
          | (long) text.charAt(i + 1) << 16
          | (long) text.charAt(i + 2) << 32
          | (long) text.charAt(i + 3) << 48);
    }
    if (i < length) {
      long word = 0;
      for (int shift = 0; i < length; i++, shift += 16) {
        word |= (long) text.charAt(i) << shift;
      }
      sip.word(word);
      return 2 + length / 4;
    }
    return 1 + length / 4;
  }

  /**
   * Compares two segments pair by pair in order: first the dimension names, then the values, as
   * strings ({@link String#compareTo(String)}); a segment that is a prefix of another comes first,
   * so {@link #ALL} comes before every other segment. Consistent with {@link #equals(Object)}.
   *
   * @param other the segment to compare with
   * @return a negative number, zero or a positive number as this segment comes before, equals or
   *     comes after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Segment other) {
    int common = Math.min(names.length, other.names.length);
    for (int i = 0; i < common; i++) {
      int order = names[i].compareTo(other.names[i]);
      if (order != 0) {
        return order;
      }
      order = values[i].compareTo(other.values[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(names.length, other.names.length);
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

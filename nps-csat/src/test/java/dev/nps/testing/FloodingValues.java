package dev.nps.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Segment values built to flood hash tables, and random values of the same number and length to
 * compare with. nps-jackson's tests use it too, through this module's test jar.
 */
public final class FloodingValues {
  /** The odd multiplier of the hash that {@code Segment} used before it hashed with SipHash. */
  private static final int OLD_MULTIPLIER = 0x9E3779B1;

  /** 31<sup>7</sup>, wrapped to 32 bits as {@link String#hashCode()} wraps. */
  private static final int POWER_31_7 = 31 * 31 * 31 * 31 * 31 * 31 * 31;

  private FloodingValues() {}

  /**
   * The {@code 2^blocks} strings of {@code blocks} blocks, each "Aa" or "BB". "Aa" and "BB" have
   * the same {@link String#hashCode()} (65 * 31 + 97 = 66 * 31 + 66 = 2112), and the hash of a
   * string depends only on its length and the hashes of equal-length blocks, so all share one.
   */
  public static List<String> sameStringHash(int blocks) {
    List<String> values = new ArrayList<>(1 << blocks);
    for (int i = 0; i < 1 << blocks; i++) {
      StringBuilder value = new StringBuilder(2 * blocks);
      for (int block = 0; block < blocks; block++) {
        value.append(((i >> block) & 1) == 0 ? "Aa" : "BB");
      }
      values.add(value.toString());
    }
    return values;
  }

  /**
   * The hash that {@code Segment.of(name, value)} had before: {@code h = (0 ^ name.hashCode()) *
   * M; h = (h ^ value.hashCode()) * M; h ^ (h >>> 16)}, with M = 0x9E3779B1.
   */
  public static int oldSegmentHash(String name, String value) {
    int hash = (name.hashCode()) * OLD_MULTIPLIER;
    hash = (hash ^ value.hashCode()) * OLD_MULTIPLIER;
    return hash ^ (hash >>> 16);
  }

  /**
   * {@code count} distinct values {@code v} whose old segment hash of {@code name=v} has its low
   * 11 bits 0 and its high 21 bits all different, as the values that took 56 s to read from JSON
   * were built. Each step of the old hash can be undone: {@code x ^ (x >>> 16)} is its own
   * inverse on 32 bits, and an odd multiplier has an inverse modulo 2<sup>32</sup>; so the wanted
   * hash gives the value's {@link String#hashCode()}, and {@link #withStringHash} a value.
   */
  public static List<String> lowBitsOfOldSegmentHash(String name, int count) {
    int inverse = OLD_MULTIPLIER;
    for (int i = 0; i < 5; i++) {
      // Newton's iteration for 1 / M modulo 2^32 doubles the correct low bits each step.
      inverse *= 2 - OLD_MULTIPLIER * inverse;
    }
    int nameStep = name.hashCode() * OLD_MULTIPLIER;
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // An odd multiplier permutes the 21-bit high parts, so they are distinct.
      int wanted = ((i * 0x5BD1E995) & 0x1F_FFFF) << 11;
      int beforeShift = wanted ^ (wanted >>> 16);
      int valueHash = (beforeShift * inverse) ^ nameStep;
      values.add(withStringHash("v", valueHash));
    }
    return values;
  }

  /**
   * {@code count} distinct values whose {@link String#hashCode()} has its low 11 bits 0 and its
   * high 21 bits all different.
   */
  public static List<String> lowBitsOfStringHash(int count) {
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(withStringHash("w", ((i * 0x5BD1E995) & 0x1F_FFFF) << 11));
    }
    return values;
  }

  /**
   * Returns {@code prefix} and seven characters from 'A' to '_' whose {@link String#hashCode()} is
   * {@code hash}. The hash of {@code prefix + d0..d6} is {@code prefix.hashCode() * 31^7 + sum of
   * ('A' + dk) * 31^(6 - k)}, modulo 2<sup>32</sup>; the digits {@code dk} in 0 to 30 write the rest
   * in base 31, which seven digits can since 31<sup>7</sup> exceeds 2<sup>32</sup>.
   */
  public static String withStringHash(String prefix, int hash) {
    int allA = 0;
    for (int k = 0; k < 7; k++) {
      allA = 31 * allA + 'A';
    }
    long rest = Integer.toUnsignedLong(hash - prefix.hashCode() * POWER_31_7 - allA);
    char[] digits = new char[7];
    for (int k = 6; k >= 0; k--) {
      digits[k] = (char) ('A' + rest % 31);
      rest /= 31;
    }
    String value = prefix + new String(digits);
    if (rest != 0 || value.hashCode() != hash) {
      throw new AssertionError("no value with hash " + hash);
    }
    return value;
  }

  /** {@code count} distinct random strings of {@code length} letters. */
  public static List<String> random(int count, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> values = new LinkedHashSet<>();
    char[] value = new char[length];
    while (values.size() < count) {
      for (int i = 0; i < length; i++) {
        int letter = random.nextInt(52);
        value[i] = (char) (letter < 26 ? 'A' + letter : 'a' + letter - 26);
      }
      values.add(new String(value));
    }
    return new ArrayList<>(values);
  }

  /** A named set of crafted values and random values of the same number and length. */
  public static final class Case {
    /** What the crafted values share, for messages. */
    public final String name;
    /** The crafted values. */
    public final List<String> crafted;
    /** Random values to compare with. */
    public final List<String> random;

    private Case(String name, List<String> crafted, List<String> random) {
      this.name = name;
      this.crafted = crafted;
      this.random = random;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The three flooding cases every flooding test runs, each checked here to share what its name
   * says: 65,536 values of one {@link String#hashCode()}, and 100,000 values sharing the low 11
   * bits of the former segment hash and of {@link String#hashCode()}.
   *
   * @throws AssertionError if a construction does not give values that collide as named
   */
  public static List<Case> cases() {
    List<String> sameHash = sameStringHash(16);
    check(sameHash.stream().mapToInt(String::hashCode).distinct().count() == 1, "one hash");
    List<String> oldLowBits = lowBitsOfOldSegmentHash("region", 100_000);
    check(oldLowBits.stream().allMatch(v -> (oldSegmentHash("region", v) & 0x7FF) == 0),
        "low bits of the former segment hash");
    List<String> stringLowBits = lowBitsOfStringHash(100_000);
    check(stringLowBits.stream().allMatch(v -> (v.hashCode() & 0x7FF) == 0),
        "low bits of String.hashCode");
    return List.of(
        new Case("65,536 values sharing one String.hashCode", sameHash,
            random(sameHash.size(), 32, 1)),
        new Case("100,000 values sharing the low 11 bits of the former Segment hash", oldLowBits,
            random(oldLowBits.size(), 8, 2)),
        new Case("100,000 values sharing the low 11 bits of String.hashCode", stringLowBits,
            random(stringLowBits.size(), 8, 3)));
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("the crafted values do not share " + what);
    }
  }
}

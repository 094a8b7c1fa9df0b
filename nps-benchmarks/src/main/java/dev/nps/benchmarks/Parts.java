package dev.nps.benchmarks;

/** Splits {@code [0, length)} into equal contiguous parts, one per core. */
final class Parts {
  private Parts() {}

  /** Returns the first index of part {@code part} of {@code parts}. */
  static int from(int part, int parts, int length) {
    return (int) ((long) length * part / parts);
  }

  /** Returns the index after the last one of part {@code part} of {@code parts}. */
  static int to(int part, int parts, int length) {
    return from(part + 1, parts, length);
  }
}

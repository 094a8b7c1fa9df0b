package dev.nps.cli;

import java.util.Locale;

/**
 * Bounds on the input, so that a damaged or hostile file (one 100 MB field, a header of a million
 * columns, {@code /dev/zero}) ends in a message naming the file and line, not in running out of
 * memory. Each bound has an option to raise it.
 */
final class Limits {
  /** The default longest field, in characters: 1 Mi, far beyond any comment. */
  static final int DEFAULT_FIELD_LENGTH = 1 << 20;
  /** The default longest record (a line, or several when a quoted field spans lines): 4 Mi. */
  static final int DEFAULT_LINE_LENGTH = 4 << 20;
  /** The default largest number of columns: 10,000, beyond the widest survey export. */
  static final int DEFAULT_COLUMNS = 10_000;
  /** The default largest number of distinct segments: 100,000, as nps-jackson reads. */
  static final int DEFAULT_SEGMENTS = 100_000;

  final int fieldLength;
  final int lineLength;
  final int columns;
  final int segments;

  Limits(int fieldLength, int lineLength, int columns, int segments) {
    this.fieldLength = positive("--max-field-length", fieldLength);
    this.lineLength = positive("--max-line-length", lineLength);
    this.columns = positive("--max-columns", columns);
    this.segments = positive("--max-segments", segments);
  }

  static Limits defaults() {
    return new Limits(DEFAULT_FIELD_LENGTH, DEFAULT_LINE_LENGTH, DEFAULT_COLUMNS,
        DEFAULT_SEGMENTS);
  }

  private static int positive(String option, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be positive, was " + value);
    }
    return value;
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}

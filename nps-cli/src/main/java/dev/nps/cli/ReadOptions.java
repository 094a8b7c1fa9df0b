package dev.nps.cli;

import java.nio.charset.Charset;

/** How to read the inputs: format, encoding, CSV dialect, bounds, columns and values. */
final class ReadOptions {
  /** csv, jsonl, json, or null to decide by name and content. */
  final String inputFormat;
  /** The character set, or null for UTF-8 (UTF-16 when a byte order mark says so). */
  final Charset encoding;
  /** The CSV delimiter, or null to detect it from the header. */
  final Character delimiter;
  /** Whether weights use decimal commas; null for "when the delimiter is ;". */
  final Boolean decimalComma;
  /** Lines to skip before the header. */
  final int skipRows;
  final Limits limits;
  final Columns columns;
  final ScoreValues values;
  final TimeParser times;
  /** Whether to read the contact columns (only the follow-up lists show them). */
  final boolean readContacts;

  ReadOptions(String inputFormat, Charset encoding, Character delimiter, Boolean decimalComma,
      int skipRows, Limits limits, Columns columns, ScoreValues values, TimeParser times,
      boolean readContacts) {
    this.inputFormat = inputFormat;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.decimalComma = decimalComma;
    this.skipRows = skipRows;
    this.limits = limits;
    this.columns = columns;
    this.values = values;
    this.times = times;
    this.readContacts = readContacts;
  }

  ReadOptions withColumns(Columns newColumns) {
    return new ReadOptions(inputFormat, encoding, delimiter, decimalComma, skipRows, limits,
        newColumns, values, times, readContacts);
  }

  /** What to say about bytes that the character set cannot decode. */
  String encodingHint(Charset charset) {
    String name = charset.name();
    if (name.equals("UTF-8")) {
      return "valid UTF-8; if the file comes from Excel or an older system it may be Windows-1252"
          + " or ISO-8859-1: read it with --encoding windows-1252 (or iso-8859-1)";
    }
    return "valid " + name + " (--encoding)";
  }
}

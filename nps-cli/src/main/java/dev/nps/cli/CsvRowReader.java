package dev.nps.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header row through Apache Commons CSV. Header names and values are
 * trimmed; blank lines are skipped but still counted, so reported line numbers are the file's.
 */
final class CsvRowReader implements RowReader {
  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> headerNames;
  private final RowParser rowParser;

  CsvRowReader(String file, Reader reader, Columns columns, RowParser rowParser,
      Map<String, String> requiredColumns) throws InputException, IOException {
    this.file = file;
    this.rowParser = rowParser;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .get();
    try {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int hint = message.indexOf(". If this is valid");
      throw new InputException(file + ":1: cannot read the CSV header: "
          + (hint < 0 ? message : message.substring(0, hint)), e);
    }
    this.headerNames = parser.getHeaderNames();
    if (headerNames.isEmpty()) {
      throw new InputException(file + ": the file is empty: expected a header row naming the"
          + " columns, such as '" + columns.score + "'");
    }
    Map<String, Integer> header = parser.getHeaderMap();
    for (Map.Entry<String, String> required : requiredColumns.entrySet()) {
      if (!header.containsKey(required.getKey())) {
        throw new InputException(file + ": missing column '" + required.getKey() + "', "
            + required.getValue() + "; the header has " + headerNames);
      }
    }
    this.records = parser.iterator();
  }

  /** Returns which of some column names the header lacks. */
  List<String> absent(List<String> columns) {
    List<String> absent = new ArrayList<>();
    for (String column : columns) {
      if (!headerNames.contains(column)) {
        absent.add(column);
      }
    }
    return absent;
  }

  @Override
  public Row next() throws InputException {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InputException(file + ":" + (parser.getCurrentLineNumber() + 1)
          + ": malformed CSV: " + e.getMessage(), e);
    }
    // The parser stands on the record's last line; a quoted value may span several lines.
    long line = parser.getCurrentLineNumber() - newlines(record);
    if (record.size() != headerNames.size()) {
      return Row.bad(line, "wrong number of fields",
          "expected " + headerNames.size() + " fields as in the header, found " + record.size());
    }
    for (String value : record.values()) {
      if (value.indexOf(RowParser.REPLACEMENT) >= 0) {
        return Row.bad(line, "invalid UTF-8",
            "the row is not valid UTF-8 (undecodable bytes in '" + value + "')");
      }
    }
    return rowParser.parse(line, column ->
        column == null || !record.isMapped(column) ? null : record.get(column));
  }

  private static long newlines(CSVRecord record) {
    long count = 0;
    for (String value : record.values()) {
      count += value.chars().filter(c -> c == '\n').count();
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}

package dev.nps.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file with a header row through Apache Commons CSV. */
final class CsvRowReader implements RowReader {
  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> header;
  private final RowParser rowParser;

  CsvRowReader(String file, Reader reader, Columns columns, RowParser rowParser,
      Map<String, String> requiredColumns) throws InputException, IOException {
    this.file = file;
    this.rowParser = rowParser;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .get();
    try {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new InputException(file + ": cannot read the CSV header: " + e.getMessage(), e);
    }
    this.header = parser.getHeaderMap();
    if (header == null || header.isEmpty()) {
      throw new InputException(file + ": the file is empty: expected a header row naming the"
          + " columns, such as '" + columns.score + "'");
    }
    for (Map.Entry<String, String> required : requiredColumns.entrySet()) {
      if (!header.containsKey(required.getKey())) {
        throw new InputException(file + ": missing column '" + required.getKey() + "', "
            + required.getValue() + "; the header has " + List.copyOf(header.keySet()));
      }
    }
    this.records = parser.iterator();
  }

  @Override
  public Row next() throws InputException {
    // Lines consumed so far; the next record starts on the line after them.
    long line = parser.getCurrentLineNumber() + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      if (!record.isConsistent()) {
        return Row.bad(line, "wrong number of fields",
            "expected " + header.size() + " fields as in the header, found " + record.size());
      }
      return rowParser.parse(line, column -> {
        if (column == null || !record.isMapped(column)) {
          return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
      });
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InputException(file + ":" + line + ": malformed CSV: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}

package dev.nps.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields (RFC 4180, with any one-character delimiter), counting
 * physical lines so that messages name the line a record starts on, and bounding the length of a
 * field, of a record and the number of fields so that no input can exhaust memory.
 *
 * <p>A field that starts with a double quote runs to the matching quote; a doubled quote inside
 * is one quote, and delimiters and line breaks inside are data. Text after a closing quote and
 * before the next delimiter is kept, as spreadsheets do. Line breaks are LF, CRLF or a lone CR.
 * Empty lines are skipped (but counted).
 */
final class CsvTokenizer {
  private static final int EOF = -1;

  private final Reader reader;
  private final char delimiter;
  private final Limits limits;
  private final String file;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int end;
  private long line;
  private long recordLine;
  private final StringBuilder field = new StringBuilder();
  private int fieldCount;

  /**
   * Creates a tokenizer.
   *
   * @param reader the text
   * @param delimiter the field delimiter
   * @param limits the bounds
   * @param file the file's name, for messages
   * @param firstLine the number of the line the reader stands on
   */
  CsvTokenizer(Reader reader, char delimiter, Limits limits, String file, long firstLine) {
    this.reader = reader;
    this.delimiter = delimiter;
    this.limits = limits;
    this.file = file;
    this.line = firstLine;
  }

  /** The line on which the record last returned by {@link #next()} starts. */
  long recordLine() {
    return recordLine;
  }

  /** The line the tokenizer stands on: one past the last record's last line. */
  long line() {
    return line;
  }

  private int read() throws IOException {
    if (position == end) {
      end = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (end <= 0) {
        end = 0;
        return EOF;
      }
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == end) {
      end = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (end <= 0) {
        end = 0;
        return EOF;
      }
    }
    return buffer[position];
  }

  /**
   * Returns the fields of the next non-empty record.
   *
   * @return the fields, or null at the end of the text
   * @throws InputException if a bound is exceeded or a quoted field is never closed
   */
  String[] next() throws IOException, InputException {
    List<String> fields = new ArrayList<>();
    long recordLength = 0;
    boolean started = false;
    boolean quoted = false;
    boolean fieldStart = true;
    long quoteLine = 0;
    field.setLength(0);
    fieldCount = 0;
    while (true) {
      int c = read();
      if (c == EOF) {
        if (quoted) {
          throw new InputException(file + ":" + quoteLine + ": a quoted field opened on this"
              + " line is never closed");
        }
        if (!started) {
          return null;
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
      }
      if (!started) {
        if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          line++;
          continue;
        }
        started = true;
        recordLine = line;
      }
      if (++recordLength > limits.lineLength) {
        throw new InputException(file + ":" + recordLine + ": a record is longer than "
            + Limits.count(limits.lineLength) + " characters (--max-line-length); is this a"
            + " CSV file?");
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            read();
            append('"');
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          append((char) c);
        }
        continue;
      }
      if (c == delimiter) {
        addField(fields);
        fieldStart = true;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return fields.toArray(new String[0]);
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        quoteLine = line;
        fieldStart = false;
        continue;
      }
      fieldStart = false;
      append((char) c);
    }
  }

  private void addField(List<String> fields) throws InputException {
    // After this field comes at least one more.
    if (fields.size() + 2 > limits.columns) {
      throw new InputException(file + ":" + recordLine + ": a record has more than "
          + Limits.count(limits.columns) + " fields (--max-columns)");
    }
    fields.add(field.toString());
    field.setLength(0);
    fieldCount = fields.size();
  }

  private void append(char c) throws InputException {
    if (field.length() >= limits.fieldLength) {
      throw new InputException(file + ":" + recordLine + ": field " + (fieldCount + 1)
          + " is longer than " + Limits.count(limits.fieldLength)
          + " characters (--max-field-length)");
    }
    field.append(c);
  }
}

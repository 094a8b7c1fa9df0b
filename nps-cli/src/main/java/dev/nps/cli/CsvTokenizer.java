package dev.nps.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

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
  /** The unquoted text of the current record's fields, one after the other. */
  private char[] chars = new char[1 << 12];
  private int length;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int count;
  private int fieldOffset;

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
    if (!advance()) {
      return null;
    }
    String[] fields = new String[count];
    for (int i = 0; i < count; i++) {
      fields[i] = field(i);
    }
    return fields;
  }

  /** The number of fields of the current record. */
  int fieldCount() {
    return count;
  }

  /** The text of a field of the current record. */
  String field(int index) {
    return new String(chars, starts[index], ends[index] - starts[index]);
  }

  /** The characters of the current record's fields, valid until the next {@link #advance()}. */
  char[] chars() {
    return chars;
  }

  /** Where each field of the current record starts in {@link #chars()}. */
  int[] starts() {
    return starts;
  }

  /** Where each field of the current record ends (exclusive) in {@link #chars()}. */
  int[] ends() {
    return ends;
  }

  /**
   * Moves to the next non-empty record, whose fields {@link #fieldCount()}, {@link #field(int)},
   * {@link #chars()}, {@link #starts()} and {@link #ends()} then give without building a string
   * per field.
   *
   * @return false at the end of the text
   * @throws InputException if a bound is exceeded or a quoted field is never closed
   */
  boolean advance() throws IOException, InputException {
    long recordLength = 0;
    boolean started = false;
    boolean quoted = false;
    boolean fieldStart = true;
    long quoteLine = 0;
    length = 0;
    count = 0;
    fieldOffset = 0;
    while (true) {
      int c;
      if (position < end) {
        c = buffer[position++];
      } else {
        c = read();
      }
      if (c == EOF) {
        if (quoted) {
          throw new InputException(file + ":" + quoteLine + ": a quoted field opened on this"
              + " line is never closed");
        }
        if (!started) {
          return false;
        }
        endField();
        return true;
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
        // After this field comes at least one more.
        if (count + 2 > limits.columns) {
          throw new InputException(file + ":" + recordLine + ": a record has more than "
              + Limits.count(limits.columns) + " fields (--max-columns)");
        }
        endField();
        fieldStart = true;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        endField();
        return true;
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

  private void endField() {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = fieldOffset;
    ends[count] = length;
    count++;
    fieldOffset = length;
  }

  private void append(char c) throws InputException {
    if (length - fieldOffset >= limits.fieldLength) {
      throw new InputException(file + ":" + recordLine + ": field " + (count + 1)
          + " is longer than " + Limits.count(limits.fieldLength)
          + " characters (--max-field-length)");
    }
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }
}

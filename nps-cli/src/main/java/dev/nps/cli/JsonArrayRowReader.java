package dev.nps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a JSON document that is an array of objects ({@code .json}), one object at a time, never
 * holding the array: each object is a row, named like the CSV columns. An element that is not an
 * object, a property given twice or a nested value is a bad row; malformed JSON stops the file,
 * with its line and column and without quoting the input.
 */
final class JsonArrayRowReader implements RowReader {
  private final String file;
  private final JsonParser parser;
  private final RowParser rowParser;
  private final JsonFields fields;
  private final Limits limits;
  private boolean ended;

  JsonArrayRowReader(Input input, BufferedReader reader, ReadOptions options)
      throws InputException {
    this.file = input.name;
    this.limits = options.limits;
    JsonFields.checkNames(options.columns, file);
    this.fields = new JsonFields(options.columns);
    this.rowParser = new RowParser(options.columns, options.values, options.times,
        Boolean.TRUE.equals(options.decimalComma), options.readContacts,
        options.encodingHint(input.charset()));
    try {
      this.parser = JsonLinesRowReader.mapper(limits).createParser(reader);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        parser.close();
        throw new InputException(file + ": expected a JSON array of objects"
            + (first == JsonToken.START_OBJECT
                ? "; for one object per line, name the file .jsonl or use --input-format jsonl"
                : first == null ? ", found an empty file" : ""));
      }
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  private InputException malformed(JacksonException e) {
    String where = e.getLocation() == null ? ""
        : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    return new InputException(file + ":" + where + "malformed JSON", e);
  }

  @Override
  public Row next() throws InputException {
    if (ended) {
      return null;
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        ended = true;
        if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
          throw new InputException(file + ":" + parser.currentTokenLocation().getLineNr()
              + ": text after the end of the JSON array");
        }
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return Row.bad(line, "malformed JSON", "expected a JSON object as array element");
      }
      fields.clear();
      Set<String> seen = new HashSet<>();
      Row bad = null;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (bad != null) {
          parser.skipChildren();
          continue;
        }
        if (seen.size() >= limits.columns) {
          bad = Row.bad(line, "too many properties", "the object has more than "
              + Limits.count(limits.columns) + " properties (--max-columns)");
        } else if (!seen.add(name)) {
          bad = Row.bad(line, "malformed JSON", "a property is given twice");
        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          bad = Row.bad(line, "malformed JSON", "property " + Text.quote(name)
              + " must be a string or a number, was " + (value == JsonToken.START_ARRAY
                  ? "an array" : "an object"));
        } else if (value != JsonToken.VALUE_NULL) {
          fields.put(name, parser.getString());
        }
        parser.skipChildren();
      }
      return bad != null ? bad : rowParser.parse(line, fields);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public void close() {
    parser.close();
  }
}

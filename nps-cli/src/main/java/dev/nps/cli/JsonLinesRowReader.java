package dev.nps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one JSON object per line, whose properties are named like the CSV columns.
 * Blank lines are ignored.
 */
final class JsonLinesRowReader implements RowReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final BufferedReader reader;
  private final RowParser rowParser;
  private long line;

  JsonLinesRowReader(BufferedReader reader, RowParser rowParser) {
    this.reader = reader;
    this.rowParser = rowParser;
  }

  @Override
  public Row next() throws IOException {
    String text;
    do {
      text = reader.readLine();
      line++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JacksonException e) {
      return Row.bad(line, "malformed JSON", "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return Row.bad(line, "malformed JSON", "expected a JSON object, found " + text);
    }
    for (String name : node.propertyNames()) {
      JsonNode value = node.get(name);
      if (value.isContainer()) {
        return Row.bad(line, "malformed JSON",
            "property '" + name + "' must be a string or a number, was " + value);
      }
    }
    long current = line;
    return rowParser.parse(current, name -> {
      JsonNode value = name == null ? null : node.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      String string = value.isString() ? value.asString() : value.toString();
      return string.isEmpty() ? null : string;
    });
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

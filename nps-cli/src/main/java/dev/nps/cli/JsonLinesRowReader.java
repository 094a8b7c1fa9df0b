package dev.nps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one JSON object per line, whose properties are named like the CSV columns.
 * Blank lines are ignored; a property given twice on one line is a bad row.
 */
final class JsonLinesRowReader implements RowReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final String file;
  private final BufferedReader reader;
  private final RowParser rowParser;
  private long line;
  private boolean sawObject;

  JsonLinesRowReader(String file, BufferedReader reader, RowParser rowParser) {
    this.file = file;
    this.reader = reader;
    this.rowParser = rowParser;
  }

  @Override
  public Row next() throws IOException, InputException {
    String text;
    do {
      text = reader.readLine();
      line++;
      if (text == null) {
        if (!sawObject) {
          throw new InputException(file + ": the file is empty: expected one JSON object per"
              + " line");
        }
        return null;
      }
    } while (text.isBlank());
    sawObject = true;
    if (text.indexOf(RowParser.REPLACEMENT) >= 0) {
      return Row.bad(line, "invalid UTF-8", "the line is not valid UTF-8");
    }
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
    return rowParser.parse(line, name -> {
      JsonNode value = name == null ? null : node.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      return value.isString() ? value.asString() : value.toString();
    });
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

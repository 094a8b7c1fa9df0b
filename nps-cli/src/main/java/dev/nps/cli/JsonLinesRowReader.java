package dev.nps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one JSON object per line, whose properties are named like the CSV columns.
 * Blank lines are ignored; a line longer than {@code --max-line-length}, a property given twice,
 * a nested value or a line that is not an object is a bad row, and no message shows the line.
 */
final class JsonLinesRowReader implements RowReader {
  private final String file;
  private final BufferedReader reader;
  private final RowParser rowParser;
  private final Limits limits;
  private final ObjectMapper mapper;
  private final JsonFields fields;
  private final StringBuilder text = new StringBuilder();
  private long line;
  private boolean sawObject;

  JsonLinesRowReader(Input input, BufferedReader reader, ReadOptions options)
      throws InputException {
    this.file = input.name;
    this.reader = reader;
    this.limits = options.limits;
    JsonFields.checkNames(options.columns, file);
    this.fields = new JsonFields(options.columns);
    this.mapper = mapper(options.limits);
    this.rowParser = new RowParser(options.columns, options.values, options.times,
        Boolean.TRUE.equals(options.decimalComma), options.readContacts,
        options.encodingHint(input.charset()));
  }

  static ObjectMapper mapper(Limits limits) {
    return JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.fieldLength)
                .maxNameLength(Math.min(limits.fieldLength, 10_000))
                .maxNestingDepth(8)
                .build())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** Reads one line, bounded; null at the end. */
  private String readLine() throws IOException, InputException {
    text.setLength(0);
    int c;
    boolean any = false;
    while ((c = reader.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (text.length() >= limits.lineLength) {
        throw new InputException(file + ":" + line + ": a line is longer than "
            + Limits.count(limits.lineLength) + " characters (--max-line-length)");
      }
      text.append((char) c);
    }
    if (!any) {
      return null;
    }
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\r') {
      text.setLength(end - 1);
    }
    return text.toString();
  }

  @Override
  public Row next() throws IOException, InputException {
    String content;
    do {
      line++;
      content = readLine();
      if (content == null) {
        if (!sawObject) {
          throw new InputException(file + ": the file is empty: expected one JSON object per"
              + " line");
        }
        return null;
      }
    } while (content.isBlank());
    sawObject = true;
    JsonNode node;
    try {
      node = mapper.readTree(content);
    } catch (JacksonException e) {
      // Jackson's messages quote the input; only the position is shown.
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      return Row.bad(line, "malformed JSON", (original.startsWith("Duplicate Object property")
          ? "a property is given twice" : "malformed JSON")
          + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr()));
    }
    if (node == null || !node.isObject()) {
      return Row.bad(line, "malformed JSON", "expected a JSON object, found "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return row(line, node, fields, rowParser, limits);
  }

  /** A row from one JSON object. */
  private static Row row(long line, JsonNode node, JsonFields fields, RowParser parser,
      Limits limits) {
    fields.clear();
    int count = 0;
    for (String name : node.propertyNames()) {
      if (++count > limits.columns) {
        return Row.bad(line, "too many properties", "the object has more than "
            + Limits.count(limits.columns) + " properties (--max-columns)");
      }
      JsonNode value = node.get(name);
      if (value.isContainer()) {
        return Row.bad(line, "malformed JSON",
            "property " + Text.quote(name) + " must be a string or a number, was "
                + (value.isArray() ? "an array" : "an object"));
      }
      fields.put(name, value.isNull() ? null : value.isString() ? value.asString()
          : value.toString());
    }
    return parser.parse(line, fields);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

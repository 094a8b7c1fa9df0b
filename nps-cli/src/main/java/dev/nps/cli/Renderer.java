package dev.nps.cli;

import dev.nps.jackson.NpsModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes report tables as aligned text, CSV blocks or one JSON document. */
enum Renderer {
  /** Aligned columns for people. */
  TEXT {
    @Override
    void write(List<Table> tables, PrintWriter out) {
      boolean first = true;
      for (Table table : tables) {
        if (!first) {
          out.println();
        }
        first = false;
        out.println(table.title);
        int[] widths = new int[table.columns.size()];
        for (int c = 0; c < widths.length; c++) {
          widths[c] = table.columns.get(c).name.length();
          for (List<Object> row : table.rows) {
            widths[c] = Math.max(widths[c], text(table.columns.get(c).kind, row.get(c)).length());
          }
        }
        StringBuilder header = new StringBuilder("  ");
        for (int c = 0; c < widths.length; c++) {
          header.append(cell(table.columns.get(c), table.columns.get(c).name, widths[c], c));
        }
        out.println(header.toString().stripTrailing());
        for (List<Object> row : table.rows) {
          StringBuilder line = new StringBuilder("  ");
          for (int c = 0; c < widths.length; c++) {
            Table.Column column = table.columns.get(c);
            line.append(cell(column, text(column.kind, row.get(c)), widths[c], c));
          }
          out.println(line.toString().stripTrailing());
        }
        for (String note : table.notes) {
          out.println("  " + note);
        }
      }
    }

    private String cell(Table.Column column, String value, int width, int index) {
      String gap = index == 0 ? "" : "  ";
      boolean left = column.kind == Table.Kind.TEXT || column.kind == Table.Kind.FLAG;
      return gap + (left ? String.format(Locale.ROOT, "%-" + width + "s", value)
          : String.format(Locale.ROOT, "%" + width + "s", value));
    }
  },

  /** One CSV block per table, each with its header row, separated by a blank line. */
  CSV {
    @Override
    void write(List<Table> tables, PrintWriter out) throws IOException {
      boolean first = true;
      for (Table table : tables) {
        if (!first) {
          out.println();
        }
        first = false;
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").get());
        printer.print("section");
        for (Table.Column column : table.columns) {
          printer.print(column.name);
        }
        printer.println();
        for (List<Object> row : table.rows) {
          printer.print(table.key);
          for (int c = 0; c < row.size(); c++) {
            printer.print(machine(row.get(c)));
          }
          printer.println();
        }
        printer.flush();
      }
      List<String[]> notes = new java.util.ArrayList<>();
      for (Table table : tables) {
        table.notes.forEach(note -> notes.add(new String[] {table.key, note}));
      }
      if (!notes.isEmpty()) {
        out.println();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").get());
        printer.printRecord("section", "note");
        for (String[] note : notes) {
          printer.printRecord("notes:" + note[0], note[1]);
        }
        printer.flush();
      }
    }
  },

  /**
   * One JSON object with a property per table: the library result the table shows, in
   * nps-jackson's shape, or else (for the account of the input rows) an array of row objects; the
   * confidence intervals of the tables at the report's level under {@code intervals}.
   */
  JSON {
    @Override
    void write(List<Table> tables, PrintWriter out) {
      JsonMapper mapper = JsonMapper.builder().addModule(new NpsModule()).build();
      ObjectNode document = mapper.createObjectNode();
      ObjectNode notes = mapper.createObjectNode();
      ObjectNode aggregates = mapper.createObjectNode();
      ObjectNode intervals = mapper.createObjectNode();
      for (Table table : tables) {
        if (!table.notes.isEmpty()) {
          ArrayNode sectionNotes = notes.putArray(table.key);
          table.notes.forEach(sectionNotes::add);
        }
        if (table.aggregate != null) {
          aggregates.set(table.key, tree(mapper, table.aggregate, table.aggregateType));
        }
        if (!table.intervals.isEmpty()) {
          if (intervals.isEmpty()) {
            intervals.put("level", table.intervalLevel);
          }
          intervals.set(table.key, mapper.valueToTree(table.intervals));
        }
        if (table.value != null) {
          document.set(table.key, tree(mapper, table.value, table.valueType));
          continue;
        }
        ArrayNode rows = document.putArray(table.key);
        for (List<Object> row : table.rows) {
          ObjectNode object = rows.addObject();
          for (int c = 0; c < row.size(); c++) {
            String name = table.columns.get(c).name;
            Object value = row.get(c);
            if (value == null) {
              object.putNull(name);
            } else if (value instanceof Long || value instanceof Integer) {
              object.put(name, ((Number) value).longValue());
            } else if (value instanceof Double) {
              double number = (Double) value;
              if (Double.isFinite(number)) {
                object.put(name, number);
              } else {
                object.putNull(name);
              }
            } else if (value instanceof Boolean) {
              object.put(name, (Boolean) value);
            } else {
              object.put(name, value.toString());
            }
          }
        }
      }
      if (!intervals.isEmpty()) {
        document.set("intervals", intervals);
      }
      if (!notes.isEmpty()) {
        document.set("notes", notes);
      }
      if (!aggregates.isEmpty()) {
        document.set("aggregates", aggregates);
      }
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    /** A value in nps-jackson's shape, through its declared type when it has one. */
    private JsonNode tree(JsonMapper mapper, Object value, TypeReference<?> type) {
      String json = type == null
          ? mapper.writeValueAsString(value)
          : mapper.writerFor(type).writeValueAsString(value);
      return mapper.readTree(json);
    }
  };

  abstract void write(List<Table> tables, PrintWriter out) throws IOException;

  /** Human text of a value. */
  static String text(Table.Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    switch (kind) {
      case POINTS:
      case PERCENT:
        return String.format(Locale.ROOT, "%.1f", (Double) value);
      case DECIMAL:
        return String.format(Locale.ROOT, "%.2f", (Double) value);
      case P_VALUE:
        double p = (Double) value;
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
      case FLAG:
        return Boolean.TRUE.equals(value) ? "*" : "";
      default:
        return printable(value.toString());
    }
  }

  /** Escapes control characters so that a comment cannot break the table or the terminal. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Machine text of a value: full precision, no rounding. */
  static String machine(Object value) {
    return value == null ? "" : value.toString();
  }
}

package dev.nps.cli;

import dev.nps.jackson.NpsModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a report as aligned text, one CSV table, one JSON document or one HTML page. */
enum Renderer {
  /** Aligned columns for people; text from input is escaped. */
  TEXT {
    @Override
    void write(Report report, PrintWriter out) {
      boolean first = true;
      for (Table table : report.tables) {
        if (!first) {
          out.println();
        }
        first = false;
        out.println(Text.escape(table.title));
        int[] widths = new int[table.columns.size()];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
          names.add(Text.escape(table.columns.get(c).name));
          widths[c] = names.get(c).length();
          for (List<Object> row : table.rows) {
            widths[c] = Math.max(widths[c], text(table.columns.get(c).kind, row.get(c)).length());
          }
        }
        StringBuilder header = new StringBuilder("  ");
        for (int c = 0; c < widths.length; c++) {
          header.append(cell(table.columns.get(c), names.get(c), widths[c], c));
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
          out.println("  " + Text.escape(note));
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

  /**
   * One table (--table, default the main result) as CSV with one header row, so that
   * spreadsheets and pandas load it. Text cells that a spreadsheet would run as a formula are
   * neutralised (see {@link #neutralise(String)}).
   */
  CSV {
    @Override
    void write(Report report, PrintWriter out) throws IOException {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
          .setRecordSeparator("\n").setQuoteMode(QuoteMode.NON_NUMERIC).get());
      if (report.csvTable.equals("notes")) {
        printer.printRecord("table", "note");
        for (Table table : report.tables) {
          for (String note : table.notes) {
            printer.printRecord(table.key, neutralise(note));
          }
        }
        printer.flush();
        return;
      }
      Table table = report.table(report.csvTable);
      for (Table.Column column : table.columns) {
        printer.print(neutralise(column.name));
      }
      printer.println();
      for (List<Object> row : table.rows) {
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value == null) {
            printer.print(null);
          } else if (value instanceof Number || value instanceof Boolean) {
            printer.print(machineNumber(value));
          } else {
            printer.print(neutralise(value.toString()));
          }
        }
        printer.println();
      }
      printer.flush();
    }
  },

  /**
   * One JSON object: the report's metadata, a property per table (an array of row objects, as
   * the text shows them), under {@code results} the library result each table shows in
   * nps-jackson's shape, the confidence intervals of the tables at the report's level under
   * {@code intervals}, the notes and the mergeable aggregates.
   */
  JSON {
    @Override
    void write(Report report, PrintWriter out) {
      JsonMapper mapper = mapper();
      ObjectNode document = mapper.createObjectNode();
      document.set("meta", mapper.valueToTree(report.meta));
      ObjectNode notes = mapper.createObjectNode();
      ObjectNode aggregates = mapper.createObjectNode();
      ObjectNode intervals = mapper.createObjectNode();
      ObjectNode results = mapper.createObjectNode();
      for (Table table : report.tables) {
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
          results.set(table.key, tree(mapper, table.value, table.valueType));
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
      if (!results.isEmpty()) {
        document.set("results", results);
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
  },

  /** One self-contained HTML page with SVG charts and the same tables (see HtmlReport). */
  HTML {
    @Override
    void write(Report report, PrintWriter out) {
      out.print(HtmlReport.of(report).html());
    }
  };

  abstract void write(Report report, PrintWriter out) throws IOException;

  static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new NpsModule()).build();
  }

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
        return Text.escape(value.toString());
    }
  }

  /** A number or flag at full precision, as a number. */
  private static Object machineNumber(Object value) {
    if (value instanceof Double && !Double.isFinite((Double) value)) {
      return "";
    }
    return value;
  }

  /**
   * Neutralises a CSV cell that a spreadsheet would evaluate, as OWASP's "CSV Injection" page
   * advises (owasp.org/www-community/attacks/CSV_Injection): a cell that starts with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return (and, per OWASP ASVS 1.2.10, NUL) gets
   * a leading single quote, and every text cell is written in double quotes with inner quotes
   * doubled. Numbers the report computes are written as numbers, unquoted.
   */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' || first == '\0') {
      return "'" + cell;
    }
    return cell;
  }
}

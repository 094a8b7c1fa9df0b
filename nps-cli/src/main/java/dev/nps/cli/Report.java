package dev.nps.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A finished report: its tables, the metadata that JSON carries, and the table CSV writes. */
final class Report {
  /** The version of the report's JSON layout, which {@code nps merge} checks. */
  static final int FORMAT = 1;

  /** Every table a report can have, for checking --table before reading anything. */
  static final Set<String> TABLE_NAMES = Set.of("rows", "skipped", "nps", "weighted_nps", "csat",
      "segments", "trend", "detractors", "review_candidates", "comment_rates", "call_back",
      "thank", "drivers", "quadrants", "rates", "rate_segments", "rate_trend", "notes");

  final List<Table> tables;
  final Map<String, Object> meta;
  /** The table --format csv writes. */
  final String csvTable;

  Report(List<Table> tables, Map<String, Object> meta, String csvTable) {
    this.tables = List.copyOf(tables);
    this.meta = new LinkedHashMap<>(meta);
    this.csvTable = csvTable;
  }

  Table table(String key) {
    for (Table table : tables) {
      if (table.key.equals(key)) {
        return table;
      }
    }
    return null;
  }

  /** The keys of the tables this report has, plus "notes". */
  String keys() {
    StringBuilder keys = new StringBuilder();
    for (Table table : tables) {
      keys.append(table.key).append(", ");
    }
    return keys.append("notes").toString();
  }
}

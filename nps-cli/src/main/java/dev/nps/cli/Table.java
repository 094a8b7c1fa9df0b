package dev.nps.cli;

import dev.nps.Nps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * One section of a report: a title, typed columns and rows of values. The renderers turn the same
 * tables into aligned text, CSV or JSON, so the three formats always carry the same numbers.
 */
final class Table {
  /** How a column's values are written. */
  enum Kind {
    /** Free text, left-aligned. */
    TEXT,
    /** An integer count. */
    COUNT,
    /** A score or difference in points, one decimal in text. */
    POINTS,
    /** A mean or other measurement, two decimals in text. */
    DECIMAL,
    /** A share in percent, one decimal in text. */
    PERCENT,
    /** A probability, four decimals in text ("<0.0001" below that). */
    P_VALUE,
    /** A yes/no flag, "*" or blank in text. */
    FLAG
  }

  /** A named, typed column. */
  static final class Column {
    final String name;
    final Kind kind;

    Column(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }
  }

  final String key;
  final String title;
  final List<Column> columns;
  final List<List<Object>> rows = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  Object aggregate;
  TypeReference<?> aggregateType;
  Object value;
  TypeReference<?> valueType;
  final List<Map<String, Object>> intervals = new ArrayList<>();
  double intervalLevel;
  /** The library result that --format html draws this table's chart from, or null. */
  Object chart;

  /**
   * Creates an empty table.
   *
   * @param key a machine name for the section, such as "segments"
   * @param title a human title, such as "NPS by region"
   * @param columns the columns
   */
  Table(String key, String title, Column... columns) {
    this.key = key;
    this.title = title;
    this.columns = Collections.unmodifiableList(Arrays.asList(columns));
  }

  static Column column(String name, Kind kind) {
    return new Column(name, kind);
  }

  /** Adds a row; null values are written as empty cells (text, CSV) or null (JSON). */
  Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  /**
   * Attaches the mergeable result behind this table, written by {@code --format json} in
   * nps-jackson's format so that reports of several files can be merged exactly.
   *
   * @param value the result, such as an {@code Nps}
   * @param type its declared type when Jackson needs it (maps keyed by segment), else null
   */
  Table aggregate(Object value, TypeReference<?> type) {
    this.aggregate = value;
    this.aggregateType = type;
    return this;
  }

  /**
   * Attaches the library result this table shows, which {@code --format json} writes in
   * nps-jackson's shape in place of the rows, so that the JSON report is made of the library's own
   * documents.
   *
   * @param value the result, such as a {@code Trend} or a {@code SegmentComparison}
   * @param type its declared type when Jackson needs it (lists), else null
   */
  Table value(Object value, TypeReference<?> type) {
    this.value = value;
    this.valueType = type;
    return this;
  }

  /**
   * Adds the confidence intervals of one row at the report's level, which {@code --format json}
   * writes under {@code intervals}: what identifies the row (a segment, a period) and each interval
   * by the name of the library method that gave it.
   *
   * @param level the confidence level of the intervals
   * @param names and values alternately, such as {@code "segment", segment,
   *     "confidenceInterval", interval}
   */
  Table intervals(double level, Object... namesAndValues) {
    Map<String, Object> entry = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      entry.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    intervals.add(entry);
    intervalLevel = level;
    return this;
  }

  /**
   * Attaches the result a chart of {@code --format html} is drawn from: an {@code Nps} or
   * {@code Csat}, a {@code Trend}, or a {@code SegmentComparison}.
   */
  Table chart(Object result) {
    this.chart = result;
    return this;
  }

  /** Adds a line of explanation printed under the table in text. */
  Table note(String note) {
    notes.add(note);
    return this;
  }
}

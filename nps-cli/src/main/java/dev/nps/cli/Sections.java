package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The metric-specific sections of a report, fed one valid response at a time. */
interface Sections {

  /**
   * Checks a parsed response against the metric, before it is counted.
   *
   * @return null if the response is fine, else "kind: message" naming the value
   */
  String check(Response response);

  /** Adds a valid response to every section. */
  void feed(Response response);

  /** Appends the finished sections. */
  void addTables(List<Table> tables);

  /** The number of distinct segments so far, which --max-segments bounds. */
  int segmentCount();

  /** Adds the aggregates of a report read back from its JSON ({@code nps merge}). */
  void merge(ReportDocument document);

  /** Orders segments by their values, dimension by dimension, for readable tables. */
  static List<Segment> sorted(Collection<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    Comparator<Segment> byValues = (a, b) -> {
      List<String> left = new ArrayList<>(a.asMap().values());
      List<String> right = new ArrayList<>(b.asMap().values());
      for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
        int order = left.get(i).compareTo(right.get(i));
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(left.size(), right.size());
    };
    sorted.sort(byValues);
    return sorted;
  }

  /** The confidence level as a percentage for titles, such as "95%". */
  static String levelText(double level) {
    return trim(level * 100) + "%";
  }

  /** A number without trailing zeros, such as "0.05" or "95". */
  static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}

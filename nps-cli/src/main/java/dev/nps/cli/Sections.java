package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

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
  Comparator<Segment> BY_VALUES = (a, b) -> {
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

  /** Orders segments by their values, dimension by dimension, for readable tables. */
  static List<Segment> sorted(Collection<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(BY_VALUES);
    return sorted;
  }

  /**
   * Orders the entries of a comparison by their segments' values, for readable tables; no map
   * keyed by segment is built, so that crafted segment values cannot slow the report down.
   */
  static <R> List<SegmentComparison.Entry<R>> sortedEntries(SegmentComparison<R> comparison) {
    List<SegmentComparison.Entry<R>> sorted = new ArrayList<>(comparison.entries());
    sorted.sort(Comparator.comparing(SegmentComparison.Entry::segment, BY_VALUES));
    return sorted;
  }

  /**
   * Notes, under a per-segment table, that segments with answers could not be compared with the
   * rest, with the library's reason for the first of them.
   */
  static <R> void noteUntestable(Table table, SegmentComparison<R> comparison,
      Predicate<R> isEmpty) {
    SegmentComparison.Entry<R> first = null;
    long untestable = 0;
    for (SegmentComparison.Entry<R> entry : comparison.entries()) {
      if (!entry.isTestable() && !isEmpty.test(entry.result())) {
        untestable++;
        if (first == null) {
          first = entry;
        }
      }
    }
    if (first != null) {
      String segment = printableSegment(first.segment());
      String reason = first.untestableReason().orElseThrow();
      table.note(untestable == 1
          ? "1 segment with answers cannot be compared with the rest (" + segment + "): " + reason
          : untestable + " segments with answers cannot be compared with the rest, such as "
              + segment + ": " + reason);
    }
  }

  /** A segment for a note: its values, with control characters escaped. */
  private static String printableSegment(Segment segment) {
    return Text.escape(segment.toString());
  }

  /** The confidence level as a percentage for titles, such as "95%". */
  static String levelText(double level) {
    return trim(level * 100) + "%";
  }

  /** A number without trailing zeros, such as "0.1" or "95". */
  static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}

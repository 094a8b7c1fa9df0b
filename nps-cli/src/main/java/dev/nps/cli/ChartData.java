package dev.nps.cli;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.program.Trend;
import dev.nps.stats.Interval;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data of the HTML report's charts, taken from the library's results ({@code Nps},
 * {@code Csat}, {@code NpsTrend}, {@code SegmentComparison}), so that a chart shows the numbers
 * its table shows.
 */
final class ChartData {
  private ChartData() {}

  /** One part of a 100% stacked bar, or one bar of a histogram. */
  static final class Part {
    final String label;
    /** The CSS class that colours it: "detractor", "passive", "promoter", "unsat" or "sat". */
    final String category;
    final long count;

    Part(String label, String category, long count) {
      this.label = label;
      this.category = category;
      this.count = count;
    }
  }

  /** One point of a trend: a period's estimate and interval, and its change from the last. */
  static final class Point {
    final String label;
    final long n;
    /** The estimate and its interval; NaN for a period without answers. */
    final double value;
    final double low;
    final double high;
    /** The change from the period before and its p-value, or null. */
    final SignificanceResult change;

    Point(String label, long n, double value, double low, double high,
        SignificanceResult change) {
      this.label = label;
      this.n = n;
      this.value = value;
      this.low = low;
      this.high = high;
      this.change = change;
    }

    boolean isEmpty() {
      return n == 0;
    }
  }

  /** One segment of a forest plot. */
  static final class Row {
    final String label;
    final long n;
    final double value;
    final double low;
    final double high;
    final boolean testable;
    final boolean flagged;
    final double adjustedP;

    Row(String label, long n, double value, double low, double high, boolean testable,
        boolean flagged, double adjustedP) {
      this.label = label;
      this.n = n;
      this.value = value;
      this.low = low;
      this.high = high;
      this.testable = testable;
      this.flagged = flagged;
      this.adjustedP = adjustedP;
    }
  }

  /** Detractors, passives and promoters. */
  static List<Part> categories(Nps nps) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("Detractors (0-6)", "detractor", nps.count(Category.DETRACTOR)));
    parts.add(new Part("Passives (7-8)", "passive", nps.count(Category.PASSIVE)));
    parts.add(new Part("Promoters (9-10)", "promoter", nps.count(Category.PROMOTER)));
    return parts;
  }

  /** One bar per score 0 to 10, or an empty list when the result has categories only. */
  static List<Part> histogram(Nps nps) {
    List<Part> bars = new ArrayList<>();
    if (!nps.hasHistogram()) {
      return bars;
    }
    long[] counts = nps.histogram();
    for (int score = 0; score < counts.length; score++) {
      String category = score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
      bars.add(new Part(Integer.toString(score), category, counts[score]));
    }
    return bars;
  }

  /** Unsatisfied and satisfied answers. */
  static List<Part> categories(Csat csat) {
    CsatScale scale = csat.scale();
    List<Part> parts = new ArrayList<>();
    boolean goodBad = scale.equals(CsatScale.GOOD_BAD);
    parts.add(new Part(goodBad ? "Bad" : "Unsatisfied (" + scale.min() + "-"
        + (scale.satisfiedFrom() - 1) + ")", "unsat", csat.total() - csat.satisfied()));
    parts.add(new Part(goodBad ? "Good" : "Satisfied (" + scale.satisfiedFrom() + "-"
        + scale.max() + ")", "sat", csat.satisfied()));
    return parts;
  }

  /** One bar per answer value of the scale. */
  static List<Part> histogram(Csat csat) {
    CsatScale scale = csat.scale();
    boolean goodBad = scale.equals(CsatScale.GOOD_BAD);
    List<Part> bars = new ArrayList<>();
    for (int answer = scale.min(); answer <= scale.max(); answer++) {
      String label = goodBad ? (answer == CsatScale.GOOD ? "good" : "bad")
          : Integer.toString(answer);
      bars.add(new Part(label, scale.isSatisfied(answer) ? "sat" : "unsat",
          csat.count(answer)));
    }
    return bars;
  }

  /** A trend of NPS or CSAT, one point per period, with the change the trend tested. */
  static List<Point> points(Trend<?> trend, double level) {
    List<Point> points = new ArrayList<>();
    for (Trend.Point<?> point : trend.points()) {
      Object result = point.result();
      if (total(result) == 0) {
        points.add(new Point(point.period().label(), 0, Double.NaN, Double.NaN, Double.NaN,
            null));
        continue;
      }
      Interval interval = interval(result, level);
      points.add(new Point(point.period().label(), total(result), score(result),
          interval.lower(), interval.upper(), point.change().orElse(null)));
    }
    return points;
  }

  /**
   * The segments with answers, highest estimate first (then by label), each with its interval
   * and whether the adjusted comparison with the rest flags it.
   */
  static List<Row> rows(SegmentComparison<?> comparison, List<String> dimensions, double level) {
    List<Row> rows = new ArrayList<>();
    for (SegmentComparison.Entry<?> entry : comparison.entries()) {
      Object result = entry.result();
      long n = total(result);
      if (n == 0) {
        continue;
      }
      Interval interval = interval(result, level);
      boolean testable = entry.isTestable();
      rows.add(new Row(label(entry.segment(), dimensions), n, score(result), interval.lower(),
          interval.upper(), testable, testable && entry.isFlagged(),
          testable ? entry.adjustedPValue() : Double.NaN));
    }
    rows.sort(Comparator.comparingDouble((Row row) -> -row.value)
        .thenComparing(row -> row.label));
    return rows;
  }

  /** The overall result's estimate, the forest plot's reference line. */
  static double overall(SegmentComparison<?> comparison) {
    return score(comparison.overall());
  }

  /** A segment's values, such as "EU / pro", in the order of --by. */
  static String label(Segment segment, List<String> dimensions) {
    List<String> values = new ArrayList<>();
    for (String dimension : dimensions) {
      values.add(segment.value(dimension).orElse(""));
    }
    return String.join(" / ", values);
  }

  static long total(Object result) {
    return result instanceof Nps ? ((Nps) result).total() : ((Csat) result).total();
  }

  static double score(Object result) {
    return result instanceof Nps ? ((Nps) result).score() : ((Csat) result).score();
  }

  static Interval interval(Object result, double level) {
    return result instanceof Nps ? ((Nps) result).confidenceInterval(level)
        : ((Csat) result).confidenceInterval(level);
  }
}

package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.program.SurveyPeriod;
import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One {@code --rate} column: a yes/no column ({@code true/false}, {@code yes/no}, {@code 1/0}, in
 * any case) counted as a rate overall, per segment and per period. A blank value is not counted,
 * and the blanks are counted apart.
 */
final class RateSection {
  /** The value of a yes. */
  static final int YES = 1;
  /** The value of a no. */
  static final int NO = 0;
  /** The value of a blank, which is not counted. */
  static final int BLANK = -1;
  /** The value of anything else, a bad row. */
  static final int INVALID = -2;

  final String column;
  private final ReportSettings settings;
  private long yes;
  private long total;
  private long blank;
  private final Map<Segment, long[]> segments = new HashMap<>();
  private final Map<SurveyPeriod, long[]> periods = new TreeMap<>();
  private int value;

  RateSection(String column, ReportSettings settings) {
    this.column = column;
    this.settings = settings;
  }

  /** Reads a yes/no value. */
  static int parse(String text) {
    if (text == null) {
      return BLANK;
    }
    switch (RowParser.trim(text).toLowerCase(Locale.ROOT)) {
      case "":
        return BLANK;
      case "true":
      case "yes":
      case "1":
        return YES;
      case "false":
      case "no":
      case "0":
        return NO;
      default:
        return INVALID;
    }
  }

  /** Reads the row's value into the buffer; returns null or "kind: message" (no value shown). */
  String check(String text) {
    value = parse(text);
    if (value == INVALID) {
      return "rate not yes/no: " + Text.quote(column) + " is not true/false, yes/no or 1/0"
          + " (--rate; a blank value is not counted)";
    }
    return null;
  }

  /** Counts the value {@link #check} read for the response. */
  void feed(Response response) {
    if (value == BLANK) {
      blank++;
      return;
    }
    int success = value == YES ? 1 : 0;
    yes = Math.addExact(yes, success);
    total = Math.addExact(total, 1);
    if (!settings.columns.segments.isEmpty()) {
      count(segments.computeIfAbsent(response.segment(), key -> new long[2]), success);
    }
    if (settings.scheme != null) {
      SurveyPeriod period = settings.scheme.periodOf(response.answeredAt().orElseThrow());
      count(periods.computeIfAbsent(period, key -> new long[2]), success);
    }
  }

  private static void count(long[] counts, int success) {
    counts[0] = Math.addExact(counts[0], success);
    counts[1] = Math.addExact(counts[1], 1);
  }

  Rate overall() {
    return Rate.of(yes, total);
  }

  long blank() {
    return blank;
  }

  /** Adds this column's overall row to the "rates" table. */
  void overallRow(Table table) {
    Rate rate = overall();
    if (rate.isEmpty()) {
      table.row(column, 0L, 0L, null, null, null, blank);
      return;
    }
    Interval interval = rate.confidenceInterval(settings.level);
    table.row(column, rate.total(), rate.successes(), rate.percent(), interval.lower(),
        interval.upper(), blank);
  }

  /** Adds this column's rows to the "rate_segments" table: each segment against the rest. */
  void segmentRows(Table table) {
    Map<Segment, Rate> rates = new LinkedHashMap<>();
    for (Segment segment : Sections.sorted(segments.keySet())) {
      long[] counts = segments.get(segment);
      rates.put(segment, Rate.of(counts[0], counts[1]));
    }
    SegmentComparison<Rate> comparison = SegmentComparison.of(rates, SegmentComparison.RATE);
    for (SegmentComparison.Entry<Rate> entry : comparison.entries()) {
      List<Object> row = new ArrayList<>();
      row.add(column);
      for (String dimension : settings.columns.segments) {
        row.add(entry.segment().value(dimension).orElse(""));
      }
      Rate rate = entry.result();
      Interval interval = rate.confidenceInterval(settings.level);
      boolean testable = entry.isTestable();
      row.add(rate.total());
      row.add(rate.successes());
      row.add(rate.percent());
      row.add(interval.lower());
      row.add(interval.upper());
      row.add(testable ? entry.estimate() : null);
      row.add(testable ? entry.pValue() : null);
      row.add(testable ? entry.adjustedPValue() : null);
      row.add(testable ? entry.isFlagged() : null);
      table.row(row.toArray());
    }
  }

  /** Adds this column's rows to the "rate_trend" table, every period from first to last. */
  void trendRows(Table table) {
    if (periods.isEmpty()) {
      return;
    }
    SurveyPeriod first = periods.keySet().iterator().next();
    SurveyPeriod last = ((TreeMap<SurveyPeriod, long[]>) periods).lastKey();
    Rate previous = null;
    Optional<SurveyPeriod> period = Optional.of(first);
    while (period.isPresent() && period.get().compareTo(last) <= 0) {
      long[] counts = periods.getOrDefault(period.get(), new long[2]);
      Rate rate = Rate.of(counts[0], counts[1]);
      if (rate.isEmpty()) {
        table.row(column, period.get().label(), 0L, 0L, null, null, null, null, null);
      } else {
        Interval interval = rate.confidenceInterval(settings.level);
        RateDifference change = previous == null || previous.isEmpty() ? null
            : RateDifference.of(rate, previous);
        table.row(column, period.get().label(), rate.total(), rate.successes(), rate.percent(),
            interval.lower(), interval.upper(), change == null ? null : change.estimate(),
            change == null ? null : change.pValue());
      }
      previous = rate;
      period = settings.scheme.next(period.get());
    }
  }
}

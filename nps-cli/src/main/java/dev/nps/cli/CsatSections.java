package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.cli.Table.Kind;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatAccumulator;
import dev.nps.csat.CsatDifference;
import dev.nps.csat.CsatFollowUp;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.csat.SegmentedCsatAccumulator;
import dev.nps.jackson.NpsModule;
import dev.nps.program.SurveyPeriod;
import dev.nps.stats.Interval;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The CSAT sections of a report: overall, per segment and trend, on one answer scale. */
final class CsatSections implements Sections {
  private final ReportSettings settings;
  private final CsatScale scale;
  private final CsatAccumulator overall;
  private final SegmentedCsatAccumulator segments;
  private final TreeMap<SurveyPeriod, CsatAccumulator> periods = new TreeMap<>();
  private final CsatFollowUp.Builder followUp;

  CsatSections(ReportSettings settings, CsatScale scale) {
    this.settings = settings;
    this.scale = scale;
    this.overall = new CsatAccumulator(scale);
    this.segments = settings.columns.segments.isEmpty()
        ? null : new SegmentedCsatAccumulator(scale);
    this.followUp = !settings.followUp ? null
        : settings.latestPerRespondent ? CsatFollowUp.onePerRespondent(scale, settings.scheme)
        : CsatFollowUp.onePerRespondent(scale);
  }

  /** Good-bad answers have no meaningful mean or spread. */
  private boolean goodBad() {
    return scale.equals(CsatScale.GOOD_BAD);
  }

  /** Parses "1-5", "1-7", "1-10", "0-10", "good-bad" or a custom "MIN-MAX:SATISFIED_FROM". */
  static CsatScale parseScale(String text) {
    try {
      return CsatScale.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
  }


  @Override
  public String check(Response response) {
    if (!scale.contains(response.score())) {
      return "answer outside the scale: answer must be in [" + scale.min() + ", " + scale.max()
          + "] for --scale " + settings.metric.scale + ", was " + response.score();
    }
    return null;
  }

  @Override
  public void feed(Response response) {
    overall.add(response);
    if (segments != null) {
      segments.add(response);
    }
    if (settings.scheme != null) {
      SurveyPeriod period = settings.scheme.periodOf(response.answeredAt().orElseThrow());
      periods.computeIfAbsent(period, p -> new CsatAccumulator(scale)).add(response);
    }
    if (followUp != null) {
      followUp.add(response);
    }
  }

  @Override
  public int segmentCount() {
    return segments == null ? 0 : segments.segmentCount();
  }

  @Override
  public void merge(ReportDocument document) {
    if (document.overall != null) {
      overall.addAll((Csat) document.overall);
    }
    if (segments != null && document.segments != null) {
      document.segments.forEach((segment, result) -> segments.addAll(segment, (Csat) result));
    }
    if (settings.scheme != null && document.trend != null) {
      document.trend.forEach((period, result) ->
          periods.computeIfAbsent(period, p -> new CsatAccumulator(scale)).addAll((Csat) result));
    }
  }

  @Override
  public void addTables(List<Table> tables) {
    tables.add(overallTable());
    if (segments != null) {
      tables.add(segmentTable());
    }
    if (settings.scheme != null) {
      tables.add(trendTable());
    }
    if (followUp != null) {
      CsatFollowUp lists = followUp.build();
      tables.add(FollowUpTables.table(settings, "call_back",
          "Unsatisfied to call back (" + unsatisfiedText()
              + ", lowest first, without a comment first)", lists.toCallBack())
          .note(FollowUpTables.peopleNote(settings, lists.replaced())));
      tables.add(FollowUpTables.table(settings, "thank",
          "Satisfied with a comment, to thank (highest first)", lists.toThank()));
    }
  }

  private String unsatisfiedText() {
    return goodBad() ? "bad ratings" : "answers below " + scale.satisfiedFrom();
  }

  private String scaleText() {
    if (goodBad()) {
      return "good/bad ratings, CSAT = good / (good + bad)";
    }
    return scale.min() + "-" + scale.max() + ", satisfied = " + scale.satisfiedFrom() + "-"
        + scale.max();
  }

  private Table overallTable() {
    Csat csat = overall.snapshot();
    Table table = new Table("csat",
        "CSAT on " + scaleText() + " (" + Sections.levelText(settings.level)
            + (goodBad() ? " Wilson interval)"
                : " intervals: Wilson for the share, Student t for the mean)"),
        column("n", Kind.COUNT), column("satisfied", Kind.COUNT), column("csat", Kind.PERCENT),
        column("ci_low", Kind.PERCENT), column("ci_high", Kind.PERCENT),
        column("mean", Kind.DECIMAL), column("mean_low", Kind.DECIMAL),
        column("mean_high", Kind.DECIMAL), column("sd", Kind.DECIMAL));
    if (csat.isEmpty()) {
      table.row(0L, 0L, null, null, null, null, null, null, null);
      table.note("no responses: CSAT is undefined");
      return table;
    }
    table.aggregate(csat, null).chart(csat);
    Interval share = csat.confidenceInterval(settings.level);
    Double meanLow = null;
    Double meanHigh = null;
    Double sd = null;
    if (goodBad()) {
      table.row(csat.total(), csat.satisfied(), csat.score(), share.lower(), share.upper(),
          null, null, null, null);
      table.note("good/bad ratings have no mean");
      return table;
    }
    if (csat.total() >= 2) {
      Interval mean = csat.meanConfidenceInterval(settings.level);
      meanLow = mean.lower();
      meanHigh = mean.upper();
      sd = csat.standardDeviation();
    } else {
      table.note("one answer: no standard deviation or interval for the mean");
    }
    table.row(csat.total(), csat.satisfied(), csat.score(), share.lower(), share.upper(),
        csat.mean(), meanLow, meanHigh, sd);
    return table;
  }

  private Table segmentTable() {
    List<Table.Column> columns = new ArrayList<>();
    for (String dimension : settings.columns.segments) {
      columns.add(column(dimension, Kind.TEXT));
    }
    columns.addAll(Arrays.asList(column("n", Kind.COUNT), column("csat", Kind.PERCENT),
        column("ci_low", Kind.PERCENT), column("ci_high", Kind.PERCENT),
        column("mean", Kind.DECIMAL), column("vs_rest", Kind.POINTS),
        column("p_value", Kind.P_VALUE), column("holm_p", Kind.P_VALUE),
        column("differs", Kind.FLAG)));
    Table table = new Table("segments",
        "CSAT by " + String.join(", ", settings.columns.segments)
            + " (* = share satisfied differs from the rest: Holm-adjusted p <= "
            + Sections.trim(SegmentComparison.DEFAULT_SIGNIFICANCE_LEVEL) + ")",
        columns.toArray(new Table.Column[0]));
    Map<Segment, Csat> results = segments.snapshot();
    table.aggregate(results, NpsModule.CSAT_BY_SEGMENT);
    Map<Segment, SegmentComparison.Entry<Csat>> comparisons = new LinkedHashMap<>();
    SegmentComparison<Csat> compared = CsatSegmentComparison.compare(results);
    table.chart(compared);
    for (SegmentComparison.Entry<Csat> entry : compared.entries()) {
      comparisons.put(entry.segment(), entry);
    }
    for (Segment segment : Sections.sorted(results.keySet())) {
      Csat csat = results.get(segment);
      List<Object> row = new ArrayList<>();
      for (String dimension : settings.columns.segments) {
        row.add(segment.value(dimension).orElse(""));
      }
      row.add(csat.total());
      if (csat.isEmpty()) {
        row.addAll(Arrays.asList(null, null, null, null, null, null, null, null));
      } else {
        Interval interval = csat.confidenceInterval(settings.level);
        row.add(csat.score());
        row.add(interval.lower());
        row.add(interval.upper());
        row.add(goodBad() ? null : csat.mean());
        SegmentComparison.Entry<Csat> comparison = comparisons.get(segment);
        boolean testable = comparison != null && comparison.isTestable();
        row.add(testable ? comparison.estimate() : null);
        row.add(testable ? comparison.pValue() : null);
        row.add(testable ? comparison.adjustedPValue() : null);
        row.add(testable ? comparison.isFlagged() : null);
      }
      table.row(row.toArray());
    }
    return table;
  }

  private Table trendTable() {
    Table table = new Table("trend",
        "CSAT per " + settings.granularity.name().toLowerCase(Locale.ROOT)
            + " (change in the share satisfied from the period before, with its p-value)",
        column("period", Kind.TEXT), column("n", Kind.COUNT), column("csat", Kind.PERCENT),
        column("ci_low", Kind.PERCENT), column("ci_high", Kind.PERCENT),
        column("change", Kind.POINTS), column("p_value", Kind.P_VALUE));
    if (periods.isEmpty()) {
      return table;
    }
    SurveyPeriod last = periods.lastKey();
    SurveyPeriod period = periods.firstKey();
    Csat previous = null;
    Map<SurveyPeriod, Object> perPeriod = new LinkedHashMap<>();
    while (true) {
      CsatAccumulator accumulator = periods.get(period);
      Csat csat = accumulator == null ? Csat.empty(scale) : accumulator.snapshot();
      perPeriod.put(period, csat);
      if (csat.isEmpty()) {
        table.row(period.label(), 0L, null, null, null, null, null);
      } else {
        Interval interval = csat.confidenceInterval(settings.level);
        RateDifference change = previous == null ? null : CsatDifference.of(csat, previous).share();
        table.row(period.label(), csat.total(), csat.score(), interval.lower(), interval.upper(),
            change == null ? null : change.estimate(), change == null ? null : change.pValue());
      }
      previous = csat.isEmpty() ? null : csat;
      if (period.equals(last)) {
        break;
      }
      period = settings.scheme.next(period).orElseThrow();
    }
    table.aggregate(ReportDocument.trendAggregate(settings, perPeriod), null).chart(perPeriod);
    return table;
  }
}

package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.cli.Table.Kind;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatAccumulator;
import dev.nps.csat.CsatFollowUp;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.csat.CsatTrend;
import dev.nps.csat.SegmentedCsatAccumulator;
import dev.nps.jackson.NpsModule;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.program.TrendAccumulator;
import dev.nps.stats.Interval;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The CSAT sections of a report: overall, per segment and trend, on one answer scale. */
final class CsatSections implements Sections {
  private final ReportSettings settings;
  private final CsatScale scale;
  private final CsatAccumulator overall;
  private final SegmentedCsatAccumulator segments;
  private final CsatFollowUp.Builder followUp;
  private final TrendAccumulator<Csat> trend;

  CsatSections(ReportSettings settings, CsatScale scale) {
    this.settings = settings;
    this.scale = scale;
    this.overall = new CsatAccumulator(scale);
    this.segments = settings.columns.segments.isEmpty()
        ? null : new SegmentedCsatAccumulator(scale);
    this.trend = settings.scheme == null
        ? null : new TrendAccumulator<>(CsatTrend.metric(scale), settings.scheme);
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
    if (trend != null) {
      trend.add(response);
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
      document.trend.forEach((period, result) -> trend.addAll(period, (Csat) result));
    }
  }

  @Override
  public void addTables(List<Table> tables) {
    tables.add(overallTable());
    if (segments != null) {
      tables.add(segmentTable());
    }
    if (trend != null) {
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
      return table.value(csat, null);
    }
    table.aggregate(csat, null).chart(csat);
    table.value(csat, null);
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
      table.intervals(settings.level, "confidenceInterval", share,
          "meanConfidenceInterval", mean);
    } else {
      table.intervals(settings.level, "confidenceInterval", share);
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
    Map<Segment, Csat> results = segments.snapshot();
    SegmentComparison<Csat> comparison = CsatSegmentComparison.compare(results);
    Table table = new Table("segments",
        "CSAT by " + String.join(", ", settings.columns.segments)
            + " (* = share satisfied differs from the rest: Holm-adjusted p <= "
            + Sections.trim(comparison.significanceLevel()) + ")",
        columns.toArray(new Table.Column[0]));
    table.aggregate(results, NpsModule.CSAT_BY_SEGMENT);
    table.value(comparison, null).chart(comparison);
    Sections.noteUntestable(table, comparison, Csat::isEmpty);
    for (SegmentComparison.Entry<Csat> entry : Sections.sortedEntries(comparison)) {
      Segment segment = entry.segment();
      Csat csat = entry.result();
      List<Object> row = new ArrayList<>();
      for (String dimension : settings.columns.segments) {
        row.add(segment.value(dimension).orElse(""));
      }
      row.add(csat.total());
      if (csat.isEmpty()) {
        row.addAll(Arrays.asList(null, null, null, null, null, null, null, null));
      } else {
        Interval interval = csat.confidenceInterval(settings.level);
        table.intervals(settings.level, "segment", segment, "confidenceInterval", interval);
        row.add(csat.score());
        row.add(interval.lower());
        row.add(interval.upper());
        row.add(goodBad() ? null : csat.mean());
        boolean testable = entry.isTestable();
        row.add(testable ? entry.estimate() : null);
        row.add(testable ? entry.pValue() : null);
        row.add(testable ? entry.adjustedPValue() : null);
        row.add(testable ? entry.isFlagged() : null);
      }
      table.row(row.toArray());
    }
    return table;
  }

  private Table trendTable() {
    Trend<Csat> result = trend.snapshot();
    Table table = new Table("trend",
        "CSAT per " + settings.granularity.name().toLowerCase(Locale.ROOT)
            + " (change in the share satisfied from the period before, with its p-value)",
        column("period", Kind.TEXT), column("n", Kind.COUNT), column("csat", Kind.PERCENT),
        column("ci_low", Kind.PERCENT), column("ci_high", Kind.PERCENT),
        column("change", Kind.POINTS), column("p_value", Kind.P_VALUE));
    table.value(result, null);
    Map<SurveyPeriod, Object> perPeriod = new LinkedHashMap<>();
    for (Trend.Point<Csat> point : result.points()) {
      Csat csat = point.result();
      perPeriod.put(point.period(), csat);
      if (csat.isEmpty()) {
        table.row(point.period().label(), 0L, null, null, null, null, null);
        continue;
      }
      Interval interval = csat.confidenceInterval(settings.level);
      table.intervals(settings.level, "period", point.period(), "confidenceInterval", interval);
      SignificanceResult change = point.change().orElse(null);
      table.row(point.period().label(), csat.total(), csat.score(), interval.lower(),
          interval.upper(), change == null ? null : change.estimate(),
          change == null ? null : change.pValue());
    }
    table.aggregate(ReportDocument.trendAggregate(settings, perPeriod), null).chart(result);
    return table;
  }
}

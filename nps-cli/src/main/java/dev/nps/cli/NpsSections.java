package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.cli.Table.Kind;
import dev.nps.jackson.NpsModule;
import dev.nps.program.FollowUp;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.program.TrendAccumulator;
import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** The NPS sections of a report: overall, weighted, per segment, trend and follow-up lists. */
final class NpsSections implements Sections {
  private static final TypeReference<List<Response>> RESPONSES = new TypeReference<>() {};

  private final ReportSettings settings;
  private final NpsAccumulator overall = new NpsAccumulator();
  private final WeightedNpsAccumulator weighted = new WeightedNpsAccumulator();
  private final SegmentedNpsAccumulator segments;
  private final TrendAccumulator<Nps> trend;
  private final FollowUp.Builder followUp;
  private long weightedRows;

  NpsSections(ReportSettings settings) {
    this.settings = settings;
    this.segments = settings.columns.segments.isEmpty() ? null : new SegmentedNpsAccumulator();
    this.trend =
        settings.scheme == null ? null : new TrendAccumulator<>(Trend.NPS, settings.scheme);
    this.followUp = !settings.followUp ? null
        : settings.latestPerRespondent ? FollowUp.onePerRespondent(settings.scheme)
        : FollowUp.onePerRespondent();
  }

  @Override
  public String check(Response response) {
    return null;
  }

  @Override
  public void feed(Response response) {
    overall.add(response);
    if (response.hasWeight()) {
      weightedRows++;
    }
    weighted.add(response);
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
    Nps nps = (Nps) document.overall;
    if (nps != null) {
      overall.addAll(nps);
    }
    if (document.weighted != null) {
      weighted.addAll(document.weighted);
      weightedRows += document.weightedRows;
    }
    if (segments != null && document.segments != null) {
      document.segments.forEach((segment, result) -> segments.addAll(segment, (Nps) result));
    }
    if (trend != null && document.trend != null) {
      document.trend.forEach((period, result) -> trend.addAll(period, (Nps) result));
    }
  }

  @Override
  public void addTables(List<Table> tables) {
    tables.add(overallTable());
    if (weightedRows > 0) {
      tables.add(weightedTable());
    }
    if (segments != null) {
      tables.add(segmentTable());
    }
    if (trend != null) {
      tables.add(trendTable());
    }
    if (followUp != null) {
      FollowUp lists = followUp.build();
      tables.add(FollowUpTables.table(settings, "detractors",
          "Detractors to contact (lowest score first, without a comment first)",
          lists.detractors()).note(FollowUpTables.peopleNote(settings, lists.replaced())));
      tables.add(FollowUpTables.table(settings, "review_candidates",
          "Promoters to ask for a review (10s first)", lists.reviewCandidates()));
      Table rates = new Table("comment_rates",
          "Comment rate per category (one entry per person)",
          column("category", Kind.TEXT), column("responses", Kind.COUNT),
          column("comments", Kind.COUNT), column("comment_pct", Kind.PERCENT));
      Map<String, Rate> byCategory = new LinkedHashMap<>();
      for (Category category : Category.values()) {
        Rate rate = lists.commentRate(category);
        String name = category.name().toLowerCase(Locale.ROOT);
        byCategory.put(name, rate);
        rates.row(name, rate.total(), rate.successes(), rate.isEmpty() ? null : rate.percent());
      }
      tables.add(rates.value(byCategory, null));
    }
  }

  private Table overallTable() {
    Nps nps = overall.snapshot();
    Table table = new Table("nps",
        "NPS (" + Sections.levelText(settings.level) + " confidence interval, adjusted Wald)",
        column("n", Kind.COUNT), column("detractors", Kind.COUNT),
        column("passives", Kind.COUNT), column("promoters", Kind.COUNT),
        column("detractor_pct", Kind.PERCENT), column("passive_pct", Kind.PERCENT),
        column("promoter_pct", Kind.PERCENT), column("nps", Kind.POINTS),
        column("ci_low", Kind.POINTS), column("ci_high", Kind.POINTS));
    if (nps.isEmpty()) {
      table.row(0L, 0L, 0L, 0L, null, null, null, null, null, null);
      table.note("no responses: NPS is undefined");
      return table.value(nps, null);
    }
    table.aggregate(nps, null).chart(nps);
    table.value(nps, null);
    Interval interval = nps.confidenceInterval(settings.level);
    table.intervals(settings.level, "confidenceInterval", interval);
    table.row(nps.total(), nps.detractors(), nps.passives(), nps.promoters(),
        nps.detractorPercent(), nps.passivePercent(), nps.promoterPercent(), nps.score(),
        interval.lower(), interval.upper());
    return table;
  }

  private Table weightedTable() {
    WeightedNps result = weighted.snapshot();
    Interval interval = result.confidenceInterval(settings.level);
    Table table = new Table("weighted_nps",
        "Weighted NPS (" + Sections.levelText(settings.level)
            + " interval on the effective sample size)",
        column("n", Kind.COUNT), column("weighted_rows", Kind.COUNT),
        column("effective_n", Kind.POINTS), column("design_effect", Kind.POINTS),
        column("nps", Kind.POINTS), column("ci_low", Kind.POINTS), column("ci_high", Kind.POINTS));
    table.row(result.total(), weightedRows, result.effectiveSampleSize(), result.designEffect(),
        result.score(), interval.lower(), interval.upper());
    table.value(result, null).intervals(settings.level, "confidenceInterval", interval);
    table.aggregate(result, null);
    if (weightedRows < result.total()) {
      table.note((result.total() - weightedRows) + " rows without a weight count with weight 1");
    }
    return table;
  }

  private Table segmentTable() {
    List<Table.Column> columns = new ArrayList<>();
    for (String dimension : settings.columns.segments) {
      columns.add(column(dimension, Kind.TEXT));
    }
    columns.add(column("n", Kind.COUNT));
    columns.add(column("nps", Kind.POINTS));
    columns.add(column("ci_low", Kind.POINTS));
    columns.add(column("ci_high", Kind.POINTS));
    columns.add(column("vs_rest", Kind.POINTS));
    columns.add(column("p_value", Kind.P_VALUE));
    columns.add(column("holm_p", Kind.P_VALUE));
    columns.add(column("differs", Kind.FLAG));
    Map<Segment, Nps> results = segments.snapshot();
    SegmentComparison<Nps> comparison = SegmentComparison.of(results);
    Table table = new Table("segments",
        "NPS by " + String.join(", ", settings.columns.segments)
            + " (* = differs from the rest of the responses: Holm-adjusted p <= "
            + Sections.trim(comparison.significanceLevel()) + ")",
        columns.toArray(new Table.Column[0]));
    table.aggregate(results, NpsModule.NPS_BY_SEGMENT);
    table.value(comparison, null).chart(comparison);
    Sections.noteUntestable(table, comparison, Nps::isEmpty);
    for (SegmentComparison.Entry<Nps> entry : Sections.sortedEntries(comparison)) {
      Segment segment = entry.segment();
      Nps nps = entry.result();
      List<Object> row = new ArrayList<>();
      for (String dimension : settings.columns.segments) {
        row.add(segment.value(dimension).orElse(""));
      }
      row.add(nps.total());
      if (nps.isEmpty()) {
        row.addAll(Arrays.asList(null, null, null, null, null, null, null));
      } else {
        Interval interval = nps.confidenceInterval(settings.level);
        table.intervals(settings.level, "segment", segment, "confidenceInterval", interval);
        row.add(nps.score());
        row.add(interval.lower());
        row.add(interval.upper());
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
    Trend<Nps> result = trend.snapshot();
    Table table = new Table("trend",
        "NPS per " + settings.granularity.name().toLowerCase(Locale.ROOT) + " in "
            + settings.scheme.toString().replaceFirst("^[A-Z]+ in ", "")
            + " (change from the period before, with its p-value)",
        column("period", Kind.TEXT), column("n", Kind.COUNT), column("nps", Kind.POINTS),
        column("ci_low", Kind.POINTS), column("ci_high", Kind.POINTS),
        column("change", Kind.POINTS), column("p_value", Kind.P_VALUE));
    table.value(result, null);
    Map<SurveyPeriod, Object> perPeriod = new LinkedHashMap<>();
    for (Trend.Point<Nps> point : result.points()) {
      Nps nps = point.result();
      perPeriod.put(point.period(), nps);
      if (nps.isEmpty()) {
        table.row(point.period().label(), 0L, null, null, null, null, null);
        continue;
      }
      Interval interval = nps.confidenceInterval(settings.level);
      table.intervals(settings.level, "period", point.period(), "confidenceInterval", interval);
      SignificanceResult change = point.change().orElse(null);
      table.row(point.period().label(), nps.total(), nps.score(), interval.lower(),
          interval.upper(), change == null ? null : change.estimate(),
          change == null ? null : change.pValue());
    }
    table.aggregate(ReportDocument.trendAggregate(settings, perPeriod), null).chart(result);
    return table;
  }
}

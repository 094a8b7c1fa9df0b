package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
import dev.nps.cli.Table.Kind;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The support-quality sections of a report, beside the metric's: the key-driver analysis of
 * {@code --drivers} and the yes/no rates of {@code --rate}. {@link #check} reads a row's driver
 * and rate fields (a bad value makes the row bad); {@link #feed} then counts them.
 */
final class AnalysisSections {
  /** The names of the rate tables' columns, which segment columns must not take. */
  static final List<String> RATE_COLUMNS =
      List.of("rate", "n", "yes", "rate_pct", "ci_low", "ci_high", "blank", "vs_rest",
          "p_value", "holm_p", "differs", "period", "change");

  private final ReportSettings settings;
  private final DriverSection drivers;
  private final List<RateSection> rates = new ArrayList<>();

  private AnalysisSections(ReportSettings settings) {
    this.settings = settings;
    AnalysisColumns analysis = settings.columns.analysis;
    this.drivers = analysis.drivers.isEmpty() ? null : new DriverSection(settings);
    for (ColumnRef rate : analysis.rates) {
      rates.add(new RateSection(rate.text, settings));
    }
  }

  /** The sections of the settings' --drivers and --rate, or null when there are none. */
  static AnalysisSections of(ReportSettings settings) {
    return settings.columns.analysis.size() == 0 ? null : new AnalysisSections(settings);
  }

  /**
   * Reads a good row's driver and rate fields.
   *
   * @return null, or "kind: message" naming the column
   */
  String check(Row row) {
    String[] fields = row.analysis;
    int offset = 0;
    if (drivers != null) {
      String problem = drivers.check(fields, 0);
      if (problem != null) {
        return problem;
      }
      offset = settings.columns.analysis.drivers.size();
    }
    for (int i = 0; i < rates.size(); i++) {
      String problem = rates.get(i).check(fields[offset + i]);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** Counts the fields {@link #check} read for the row's response. */
  void feed(Response response) {
    if (drivers != null) {
      drivers.feed(response);
    }
    rates.forEach(rate -> rate.feed(response));
  }

  void addTables(List<Table> tables) {
    if (drivers != null) {
      drivers.addTables(tables);
    }
    if (rates.isEmpty()) {
      return;
    }
    String level = Sections.levelText(settings.level);
    Table overall = new Table("rates", "Rates (share of yes, " + level + " Wilson interval)",
        column("rate", Kind.TEXT), column("n", Kind.COUNT), column("yes", Kind.COUNT),
        column("rate_pct", Kind.PERCENT), column("ci_low", Kind.PERCENT),
        column("ci_high", Kind.PERCENT), column("blank", Kind.COUNT));
    rates.forEach(rate -> rate.overallRow(overall));
    overall.note("yes: true, yes or 1; no: false, no or 0 (any case); a blank value is not"
        + " counted (column blank)");
    tables.add(overall);
    if (!settings.columns.segments.isEmpty()) {
      List<Table.Column> columns = new ArrayList<>();
      columns.add(column("rate", Kind.TEXT));
      for (String dimension : settings.columns.segments) {
        columns.add(column(dimension, Kind.TEXT));
      }
      columns.add(column("n", Kind.COUNT));
      columns.add(column("yes", Kind.COUNT));
      columns.add(column("rate_pct", Kind.PERCENT));
      columns.add(column("ci_low", Kind.PERCENT));
      columns.add(column("ci_high", Kind.PERCENT));
      columns.add(column("vs_rest", Kind.POINTS));
      columns.add(column("p_value", Kind.P_VALUE));
      columns.add(column("holm_p", Kind.P_VALUE));
      columns.add(column("differs", Kind.FLAG));
      Table table = new Table("rate_segments",
          "Rates by " + String.join(", ", settings.columns.segments)
              + " (* = differs from the rest: Holm-adjusted p <= "
              + Sections.trim(SegmentComparison.DEFAULT_SIGNIFICANCE_LEVEL)
              + ", per rate column)",
          columns.toArray(new Table.Column[0]));
      rates.forEach(rate -> rate.segmentRows(table));
      table.note("vs_rest: the segment's rate minus the rest's, in points; p_value: the"
          + " Miettinen-Nurminen score test of RateDifference");
      tables.add(table);
    }
    if (settings.scheme != null) {
      Table table = new Table("rate_trend",
          "Rates per " + settings.granularity.name().toLowerCase(Locale.ROOT)
              + " (change from the period before, in points, with its p-value)",
          column("rate", Kind.TEXT), column("period", Kind.TEXT), column("n", Kind.COUNT),
          column("yes", Kind.COUNT), column("rate_pct", Kind.PERCENT),
          column("ci_low", Kind.PERCENT), column("ci_high", Kind.PERCENT),
          column("change", Kind.POINTS), column("p_value", Kind.P_VALUE));
      rates.forEach(rate -> rate.trendRows(table));
      tables.add(table);
    }
  }
}

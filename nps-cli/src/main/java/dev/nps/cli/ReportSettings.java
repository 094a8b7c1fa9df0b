package dev.nps.cli;

import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validated options of one report. */
final class ReportSettings {
  final String file;
  final Columns columns;
  final PeriodScheme scheme;
  final Granularity granularity;
  final boolean followUp;
  final int limit;
  final boolean latestPerRespondent;
  final Metric metric;
  final double level;
  final Renderer renderer;
  final boolean lenient;
  final List<String> namedColumnOptions;

  ReportSettings(String file, Columns columns, PeriodScheme scheme, Granularity granularity,
      boolean followUp, int limit, boolean latestPerRespondent, Metric metric, double level,
      Renderer renderer, boolean lenient, List<String> namedColumnOptions) {
    this.file = file;
    this.columns = columns;
    this.scheme = scheme;
    this.granularity = granularity;
    this.followUp = followUp;
    this.limit = limit;
    this.latestPerRespondent = latestPerRespondent;
    this.metric = metric;
    this.level = level;
    this.renderer = renderer;
    this.lenient = lenient;
    this.namedColumnOptions = List.copyOf(namedColumnOptions);
  }

  /** The columns the header must have, each with the reason it is needed. */
  Map<String, String> requiredColumns() {
    Map<String, String> required = new LinkedHashMap<>();
    required.put(columns.score, "the score column (--score-column)");
    for (String segment : columns.segments) {
      required.putIfAbsent(segment, "a segment column (--by)");
    }
    if (scheme != null) {
      required.putIfAbsent(columns.answeredAt, "the time column, needed by --period");
    }
    if (latestPerRespondent) {
      required.putIfAbsent(columns.respondent,
          "the respondent column, needed by --latest-per-respondent");
    }
    // A column named explicitly on the command line must exist: a typo is not an absent column.
    for (String option : namedColumnOptions) {
      String column = option.equals("--respondent-column") ? columns.respondent
          : option.equals("--time-column") ? columns.answeredAt
          : option.equals("--comment-column") ? columns.comment
          : columns.weight;
      required.putIfAbsent(column, "named by " + option);
    }
    return required;
  }
}

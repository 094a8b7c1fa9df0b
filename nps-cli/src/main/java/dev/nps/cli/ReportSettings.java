package dev.nps.cli;

import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import java.time.ZoneId;

/** The validated options of one report. */
final class ReportSettings {
  /** The inputs' names, for the title of the rows table. */
  final String file;
  final Columns columns;
  final PeriodScheme scheme;
  final Granularity granularity;
  final ZoneId zone;
  final boolean followUp;
  final int limit;
  final boolean latestPerRespondent;
  final Metric metric;
  final double level;
  final Renderer renderer;
  final boolean lenient;
  final int maxSegments;
  /** Where the follow-up lists find the contact columns of a listed answer. */
  final ContactBook contacts;

  ReportSettings(String file, Columns columns, PeriodScheme scheme, Granularity granularity,
      ZoneId zone, boolean followUp, int limit, boolean latestPerRespondent, Metric metric,
      double level, Renderer renderer, boolean lenient, int maxSegments) {
    this.file = file;
    this.columns = columns;
    this.scheme = scheme;
    this.granularity = granularity;
    this.zone = zone;
    this.followUp = followUp;
    this.limit = limit;
    this.latestPerRespondent = latestPerRespondent;
    this.metric = metric;
    this.level = level;
    this.renderer = renderer;
    this.lenient = lenient;
    this.maxSegments = maxSegments;
    this.contacts = new ContactBook();
  }

  ReportSettings withColumns(Columns newColumns) {
    return new ReportSettings(file, newColumns, scheme, granularity, zone, followUp, limit,
        latestPerRespondent, metric, level, renderer, lenient, maxSegments);
  }
}

package dev.nps.cli;

import java.util.Locale;

/** Which metric a report computes: NPS, or CSAT on a given scale. */
final class Metric {
  final boolean csat;
  final String scale;

  private Metric(boolean csat, String scale) {
    this.csat = csat;
    this.scale = scale;
  }

  /** Returns the sections that compute this metric. */
  Sections sections(ReportSettings settings) {
    return new NpsSections(settings);
  }

  static Metric parse(String metric, String scale) {
    switch (metric.toLowerCase(Locale.ROOT)) {
      case "nps":
        return new Metric(false, null);
      case "csat":
        return new Metric(true, scale);
      default:
        throw new IllegalArgumentException("--metric must be nps or csat, was '" + metric + "'");
    }
  }
}

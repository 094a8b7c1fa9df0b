package dev.nps.cli;

import dev.nps.csat.CsatScale;
import java.util.Locale;

/** Which metric a report computes: NPS, or CSAT on a given scale. */
final class Metric {
  final CsatScale csatScale;
  final String scale;

  private Metric(CsatScale csatScale, String scale) {
    this.csatScale = csatScale;
    this.scale = scale;
  }

  /** Returns the sections that compute this metric. */
  Sections sections(ReportSettings settings) {
    return csatScale == null ? new NpsSections(settings) : new CsatSections(settings, csatScale);
  }

  boolean isCsat() {
    return csatScale != null;
  }

  static Metric parse(String metric, String scale) {
    switch (metric.toLowerCase(Locale.ROOT)) {
      case "nps":
        return new Metric(null, null);
      case "csat":
        return new Metric(CsatSections.parseScale(scale), scale);
      default:
        throw new IllegalArgumentException("--metric must be nps or csat, was '" + metric + "'");
    }
  }
}

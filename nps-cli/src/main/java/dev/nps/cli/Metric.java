package dev.nps.cli;

import dev.nps.csat.CsatScale;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

  String name() {
    return isCsat() ? "csat" : "nps";
  }

  /** The key of the main result table, which --format csv writes by default. */
  String mainTable() {
    return name();
  }

  /** The metric, its scale and its interval methods, for the JSON metadata. */
  void describe(Map<String, Object> meta) {
    meta.put("metric", name());
    if (isCsat()) {
      Map<String, Object> scaleJson = new LinkedHashMap<>();
      scaleJson.put("min", csatScale.min());
      scaleJson.put("max", csatScale.max());
      scaleJson.put("satisfiedFrom", csatScale.satisfiedFrom());
      meta.put("scale", scaleJson);
      Map<String, Object> methods = new LinkedHashMap<>();
      methods.put("share", "wilson");
      methods.put("mean", "student_t");
      meta.put("interval_method", methods);
    } else {
      meta.put("scale", null);
      meta.put("interval_method", "adjusted_wald");
    }
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

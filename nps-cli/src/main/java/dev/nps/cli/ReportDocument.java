package dev.nps.cli;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.WeightedNps;
import dev.nps.csat.Csat;
import dev.nps.jackson.NpsModule;
import dev.nps.program.PeriodScheme;
import dev.nps.program.SurveyPeriod;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report read back from its JSON ({@code --format json}) for {@code nps merge}: the row counts
 * and the mergeable aggregates (counts per answer value, overall, per segment and per period),
 * each checked by nps-jackson before it is trusted.
 */
final class ReportDocument {
  /** One reason for skipped rows. */
  static final class Skip {
    final String reason;
    final long rows;
    final String firstFile;
    final long firstLine;
    final String firstProblem;

    Skip(String reason, long rows, String firstFile, long firstLine, String firstProblem) {
      this.reason = reason;
      this.rows = rows;
      this.firstFile = firstFile;
      this.firstLine = firstLine;
      this.firstProblem = firstProblem;
    }
  }

  final String file;
  final JsonNode meta;
  long read;
  long used;
  long unanswered;
  long skipped;
  long replaced;
  final List<Skip> skips = new ArrayList<>();
  /** The overall result (an Nps or a Csat), or null when the report had no answers. */
  Object overall;
  /** The results per segment, or null. */
  Map<Segment, Object> segments;
  WeightedNps weighted;
  long weightedRows;
  /** The results per period, or null. */
  Map<SurveyPeriod, Object> trend;

  private ReportDocument(String file, JsonNode meta) {
    this.file = file;
    this.meta = meta;
  }

  /** The trend's aggregate as JSON writes it: the scheme and every period's counts. */
  static Map<String, Object> trendAggregate(ReportSettings settings,
      Map<SurveyPeriod, Object> periods) {
    Map<String, Object> aggregate = new LinkedHashMap<>();
    aggregate.put("format", 1);
    aggregate.put("period", settings.granularity.name().toLowerCase(Locale.ROOT));
    aggregate.put("zone", settings.zone.getId());
    List<Map<String, Object>> list = new ArrayList<>();
    periods.forEach((period, result) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("period", period.label());
      entry.put("start", period.start().toString());
      entry.put("result", result);
      list.add(entry);
    });
    aggregate.put("periods", list);
    return aggregate;
  }

  /** The metadata a report needs to be read: its format, metric, segments and period. */
  static JsonNode meta(JsonNode root, String file) throws InputException {
    if (root == null || !root.isObject()) {
      throw new InputException(file + ": expected the JSON object of nps report --format json");
    }
    JsonNode meta = root.get("meta");
    if (meta == null || !meta.isObject() || meta.get("format") == null
        || !meta.get("format").isIntegralNumber()) {
      throw new InputException(file + ": not a report of nps report --format json (no"
          + " \"meta\" with a \"format\")");
    }
    if (meta.get("format").asLong() != Report.FORMAT) {
      throw new InputException(file + ": report format " + meta.get("format").asLong()
          + " is not supported; this version reads format " + Report.FORMAT);
    }
    return meta;
  }

  /**
   * Reads a report.
   *
   * @param scheme the periods of the merged trend, or null to ignore trends
   */
  static ReportDocument read(JsonNode root, String file, JsonMapper mapper, Metric metric,
      PeriodScheme scheme) throws InputException {
    ReportDocument document = new ReportDocument(file, meta(root, file));
    try {
      JsonNode rows = first(root, "rows", file);
      document.read = count(rows, "read", file);
      document.used = count(rows, "used", file);
      document.unanswered = count(rows, "unanswered", file);
      document.skipped = count(rows, "skipped", file);
      document.replaced = count(rows, "replaced", file);
      long sum = Math.addExact(Math.addExact(document.used, document.unanswered),
          Math.addExact(document.skipped, document.replaced));
      if (sum != document.read) {
        throw new InputException(file + ": rows: read must be used + unanswered + skipped +"
            + " replaced = " + sum + ", was " + document.read);
      }
      JsonNode skipped = root.get("skipped");
      if (skipped != null && skipped.isArray()) {
        for (JsonNode skip : skipped) {
          document.skips.add(new Skip(text(skip, "reason"), count(skip, "rows", file),
              text(skip, "first_file"), count(skip, "first_line", file),
              text(skip, "first_problem")));
        }
      }
      JsonNode aggregates = root.get("aggregates");
      if (aggregates == null) {
        aggregates = mapper.createObjectNode();
      }
      String overallKey = metric.isCsat() ? "csat" : "nps";
      JsonNode overall = aggregates.get(overallKey);
      if (overall != null) {
        document.overall = metric.isCsat() ? mapper.treeToValue(overall, Csat.class)
            : mapper.treeToValue(overall, Nps.class);
      }
      JsonNode segments = aggregates.get("segments");
      if (segments != null) {
        String json = mapper.writeValueAsString(segments);
        document.segments = new LinkedHashMap<>(metric.isCsat()
            ? mapper.readValue(json, NpsModule.CSAT_BY_SEGMENT)
            : mapper.readValue(json, NpsModule.NPS_BY_SEGMENT));
      }
      JsonNode weighted = aggregates.get("weighted_nps");
      if (weighted != null) {
        document.weighted = mapper.treeToValue(weighted, WeightedNps.class);
        document.weightedRows = count(first(root, "weighted_nps", file), "weighted_rows", file);
      }
      JsonNode trend = aggregates.get("trend");
      if (trend != null && scheme != null) {
        document.trend = new LinkedHashMap<>();
        for (JsonNode entry : trend.path("periods")) {
          SurveyPeriod period = period(entry, scheme, file);
          JsonNode result = entry.get("result");
          if (result == null) {
            throw new InputException(file + ": trend period " + period.label()
                + " has no result");
          }
          Object value = metric.isCsat() ? mapper.treeToValue(result, Csat.class)
              : mapper.treeToValue(result, Nps.class);
          if (document.trend.put(period, value) != null) {
            throw new InputException(file + ": trend period " + period.label()
                + " is given twice");
          }
        }
      }
    } catch (JacksonException e) {
      throw new InputException(file + ": " + Text.cut(e.getOriginalMessage() == null
          ? e.getClass().getSimpleName() : e.getOriginalMessage(), 300), e);
    } catch (ArithmeticException e) {
      throw new InputException(file + ": a row count overflows a 64-bit integer", e);
    }
    if (metric.isCsat() && document.overall != null
        && !((Csat) document.overall).scale().equals(metric.csatScale)) {
      throw new InputException(file + ": the report's scale is "
          + ((Csat) document.overall).scale() + ", not " + metric.csatScale);
    }
    return document;
  }

  private static SurveyPeriod period(JsonNode entry, PeriodScheme scheme, String file)
      throws InputException {
    String label = text(entry, "period");
    String start = text(entry, "start");
    if (label == null || start == null) {
      throw new InputException(file + ": a trend period needs \"period\" and \"start\"");
    }
    try {
      SurveyPeriod period = scheme.periodOf(Instant.parse(start));
      if (!period.label().equals(label) || !period.start().equals(Instant.parse(start))) {
        throw new InputException(file + ": trend period " + Text.quote(label) + " starting "
            + Text.quote(start) + " is not a period of " + scheme);
      }
      return period;
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new InputException(file + ": trend period " + Text.quote(label)
          + " has no valid start " + Text.quote(start));
    }
  }

  private static JsonNode first(JsonNode root, String table, String file)
      throws InputException {
    JsonNode rows = root.get(table);
    if (rows == null || !rows.isArray() || rows.size() != 1 || !rows.get(0).isObject()) {
      throw new InputException(file + ": expected one row in \"" + table + "\"");
    }
    return rows.get(0);
  }

  private static long count(JsonNode object, String name, String file) throws InputException {
    JsonNode value = object.get(name);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()
        || value.asLong() < 0) {
      throw new InputException(file + ": \"" + name + "\" must be a count (a non-negative"
          + " integer), was " + (value == null ? "missing" : Text.cut(value.toString(), 40)));
    }
    return value.asLong();
  }

  private static String text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}

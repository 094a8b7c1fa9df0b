package dev.nps.jackson;

import dev.nps.Nps;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.csat.CsatTrend;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.stats.SignificanceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;

/**
 * {@link Trend} as its points, each a period with its result and the change from the point
 * before, and the counts of responses without a period. Net Promoter Score ({@link Trend#NPS}):
 *
 * <pre>{@code
 * {"points": [
 *    {"period": {"label": "2026-01", "start": "2026-01-01T00:00:00Z",
 *                "end": "2026-02-01T00:00:00Z"},
 *     "nps": {"format": 1, "counts": [...], ...}},
 *    {"period": {...}, "nps": {...},
 *     "change": {"estimate": 6.5, "statistic": 1.2, "pValue": 0.23}},
 *    ...],
 *  "undated": 0, "outside": 0}
 * }</pre>
 *
 * <p>CSAT ({@link CsatTrend.Metric}) names its measure and scale first and its results {@code
 * "csat"}: {@code {"measure": "share", "scale": {...}, "points": [{"period": {...}, "csat":
 * {...}, "change": {...}}, ...], "undated": 0, "outside": 0}}.
 *
 * <p>The periods, results and counts are the truth; {@code change} is optional on reading. The
 * periods must be in time order without overlap and CSAT results on the trend's scale. Reading
 * recomputes each change from the results: an {@code estimate} that disagrees with them is
 * rejected, while {@code statistic} and {@code pValue} depend on the test and are only
 * type-checked, as is a change this version does not compute (so that documents stay readable when
 * a method is refined).
 */
final class TrendJson {
  private static final String[] CHANGE = {"estimate", "statistic", "pValue"};

  private TrendJson() {}

  static void write(Trend<?> trend, JsonGenerator generator) {
    Trend.Metric<?> metric = trend.metric();
    boolean csat = metric instanceof CsatTrend.Metric;
    if (!csat && metric != Trend.NPS) {
      throw DatabindException.from(generator, "a trend of " + metric.name() + " has no JSON"
          + " form: only those of Trend.NPS and CsatTrend.metric(...) have");
    }
    generator.writeStartObject();
    if (csat) {
      CsatTrend.Metric csatMetric = (CsatTrend.Metric) metric;
      generator.writeStringProperty("measure", EnumJson.name(csatMetric.measure()));
      generator.writeName("scale");
      CsatJson.writeScale(csatMetric.scale(), generator);
    }
    generator.writeName("points");
    generator.writeStartArray();
    for (Trend.Point<?> point : trend.points()) {
      generator.writeStartObject();
      generator.writeName("period");
      SurveyPeriodJson.write(point.period(), generator);
      if (csat) {
        generator.writeName("csat");
        CsatJson.write((Csat) point.result(), generator, CsatJson.CSAT_NAMES);
      } else {
        generator.writeName("nps");
        NpsJson.write((Nps) point.result(), generator);
      }
      if (point.change().isPresent()) {
        SignificanceResult change = point.change().get();
        double[] figures = {change.estimate(), change.statistic(), change.pValue()};
        generator.writeName("change");
        generator.writeStartObject();
        for (int i = 0; i < CHANGE.length; i++) {
          generator.writeName(CHANGE[i]);
          JsonInput.writeExtended(figures[i], generator);
        }
        generator.writeEndObject();
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeNumberProperty("undated", trend.undated());
    generator.writeNumberProperty("outside", trend.outside());
    generator.writeEndObject();
  }

  /** One point as read: its period, its result, the change's figures as given, and where. */
  private static final class PointRead {
    String path;
    SurveyPeriod period;
    String resultName;
    Object result;
    Double estimate;
  }

  static Trend<?> read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a trend"));
    String objectPath = input.path();
    CsatSegmentComparison.Measure measure = null;
    CsatScale scale = null;
    List<PointRead> points = null;
    long undated = -1;
    long outside = -1;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "measure":
          input.next();
          measure = EnumJson.read(input, CsatSegmentComparison.Measure.class);
          break;
        case "scale":
          input.next();
          scale = CsatJson.readScale(input);
          break;
        case "points":
          points = readPoints(input);
          break;
        case "undated":
          undated = input.nextCount();
          break;
        case "outside":
          outside = input.nextCount();
          break;
        default:
          throw input.unknownProperty(name,
              "\"measure\", \"scale\", \"points\", \"undated\" and \"outside\"");
      }
    }
    if (points == null || undated < 0 || outside < 0) {
      throw input.failAt(objectPath, "a trend needs \"points\", \"undated\" and \"outside\"");
    }
    if ((measure == null) != (scale == null)) {
      throw input.failAt(objectPath, "a CSAT trend needs both \"measure\" and \"scale\", and a"
          + " Net Promoter Score trend neither; was missing "
          + (measure == null ? "\"measure\"" : "\"scale\""));
    }
    String expected = measure == null ? "nps" : "csat";
    for (int i = 0; i < points.size(); i++) {
      PointRead point = points.get(i);
      if (!point.resultName.equals(expected)) {
        throw input.failAt(point.path + "." + point.resultName, measure == null
            ? "a trend without \"measure\" holds Net Promoter Score results, \"nps\", was"
                + " \"csat\""
            : "a trend with \"measure\" holds CSAT results, \"csat\", was \"nps\"");
      }
      if (scale != null && !((Csat) point.result).scale().equals(scale)) {
        throw input.failAt(point.path + ".csat.scale", "the results must be on the trend's scale "
            + scale + ", was " + ((Csat) point.result).scale());
      }
      if (i > 0) {
        SurveyPeriod previous = points.get(i - 1).period;
        if (point.period.start().isBefore(previous.end())) {
          throw input.failAt(point.path + ".period", "periods must be in time order without"
              + " overlap, but " + point.period + " starts before " + previous + " ends");
        }
      }
    }
    Trend<?> trend = measure == null
        ? Trend.of(results(points, Nps.class), Trend.NPS, undated, outside)
        : Trend.of(results(points, Csat.class), CsatTrend.metric(scale, measure), undated,
            outside);
    for (int i = 0; i < points.size(); i++) {
      PointRead read = points.get(i);
      SignificanceResult change = trend.points().get(i).change().orElse(null);
      if (read.estimate != null && change != null
          && !NpsJson.agrees(read.estimate, change.estimate())) {
        throw input.failAt(read.path + ".change.estimate",
            "estimate is " + read.estimate + " but the results give " + change.estimate());
      }
    }
    return trend;
  }

  private static <R> Map<SurveyPeriod, R> results(List<PointRead> points, Class<R> type) {
    Map<SurveyPeriod, R> results = new LinkedHashMap<>();
    for (PointRead point : points) {
      results.put(point.period, type.cast(point.result));
    }
    return results;
  }

  private static List<PointRead> readPoints(JsonInput input) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("points must be an array, was " + input.describe());
    }
    List<PointRead> points = new ArrayList<>();
    while (input.next() != JsonToken.END_ARRAY) {
      JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a point"));
      PointRead point = new PointRead();
      point.path = input.path();
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "period":
            input.next();
            point.period = SurveyPeriodJson.read(input);
            break;
          case "nps":
          case "csat":
            if (point.result != null) {
              throw input.fail("a point has one result, \"nps\" or \"csat\", had both");
            }
            input.next();
            point.resultName = name;
            point.result = name.equals("nps")
                ? NpsJson.read(input)
                : CsatJson.read(input, CsatJson.CSAT_NAMES);
            break;
          case "change":
            point.estimate = readChange(input);
            break;
          default:
            throw input.unknownProperty(name, "\"period\", \"nps\" or \"csat\", and \"change\"");
        }
      }
      if (point.period == null || point.result == null) {
        throw input.failAt(point.path,
            "a point needs \"period\" and its result, \"nps\" or \"csat\"");
      }
      points.add(point);
    }
    return points;
  }

  /** Reads a change's figures, type-checking them all; returns the estimate, if given. */
  private static Double readChange(JsonInput input) {
    input.next();
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a change"));
    Double estimate = null;
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      for (String figure : CHANGE) {
        if (figure.equals(name)) {
          double value = input.nextExtendedDouble();
          if (figure.equals("estimate")) {
            estimate = value;
          }
          continue properties;
        }
      }
      throw input.unknownProperty(name, "\"estimate\", \"statistic\" and \"pValue\"");
    }
    return estimate;
  }
}

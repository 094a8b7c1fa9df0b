package dev.nps.jackson;

import dev.nps.Segment;
import dev.nps.program.ResponseRates;
import dev.nps.program.SurveyPeriod;
import dev.nps.stats.Rate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * {@link ResponseRates} as its rates in order, each with its segment and period, and the counts of
 * answers that had no invitation count or no time:
 *
 * <pre>{@code
 * {"rates": [
 *    {"segment": {"region": "EU"}, "period": {"label": "2026-03", "start": "...", "end": "..."},
 *     "rate": {"format": 1, "successes": 2, "total": 10, "percent": 20.0}},
 *    ...],
 *  "uninvited": 1, "undated": 0}
 * }</pre>
 *
 * <p>All properties are required. No (segment, period) may appear twice, and the entries count
 * against the module's limit on segments per document. (A segment's hash code is a keyed hash of
 * its content, so a document cannot be built to make the tables that hold its keys slow.)
 */
final class ResponseRatesJson {
  private ResponseRatesJson() {}

  static void write(ResponseRates rates, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("rates");
    generator.writeStartArray();
    for (Map.Entry<ResponseRates.Key, Rate> entry : rates.all().entrySet()) {
      generator.writeStartObject();
      generator.writeName("segment");
      SegmentJson.write(entry.getKey().segment(), generator);
      generator.writeName("period");
      SurveyPeriodJson.write(entry.getKey().period(), generator);
      generator.writeName("rate");
      RateJson.write(entry.getValue(), generator);
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeNumberProperty("uninvited", rates.uninvited());
    generator.writeNumberProperty("undated", rates.undated());
    generator.writeEndObject();
  }

  static ResponseRates read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("response rates"));
    String objectPath = input.path();
    Map<ResponseRates.Key, Rate> rates = null;
    long uninvited = -1;
    long undated = -1;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "rates":
          rates = readRates(input);
          break;
        case "uninvited":
          uninvited = input.nextCount();
          break;
        case "undated":
          undated = input.nextCount();
          break;
        default:
          throw input.unknownProperty(name, "\"rates\", \"uninvited\" and \"undated\"");
      }
    }
    if (rates == null || uninvited < 0 || undated < 0) {
      throw input.failAt(objectPath,
          "response rates need \"rates\", \"uninvited\" and \"undated\"");
    }
    return ResponseRates.of(rates, uninvited, undated);
  }

  private static Map<ResponseRates.Key, Rate> readRates(JsonInput input) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("rates must be an array, was " + input.describe());
    }
    Map<ResponseRates.Key, Rate> rates = new LinkedHashMap<>();
    Map<ResponseRates.Key, String> firstSeenAt = new HashMap<>();
    while (input.next() != JsonToken.END_ARRAY) {
      input.limits().countSegment(input);
      JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a rate entry"));
      String path = input.path();
      Segment segment = null;
      SurveyPeriod period = null;
      Rate rate = null;
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        switch (name) {
          case "segment":
            input.next();
            segment = SegmentJson.read(input);
            break;
          case "period":
            input.next();
            period = SurveyPeriodJson.read(input);
            break;
          case "rate":
            input.next();
            rate = RateJson.read(input);
            break;
          default:
            throw input.unknownProperty(name, "\"segment\", \"period\" and \"rate\"");
        }
      }
      if (segment == null || period == null || rate == null) {
        throw input.failAt(path, "a rate entry needs \"segment\", \"period\" and \"rate\"");
      }
      ResponseRates.Key key = ResponseRates.Key.of(segment, period);
      String earlier = firstSeenAt.putIfAbsent(key, path);
      if (earlier != null) {
        throw input.failAt(path, "segment [" + segment + "] in period " + period.label()
            + " appears twice, first at " + earlier);
      }
      rates.put(key, rate);
    }
    return rates;
  }
}

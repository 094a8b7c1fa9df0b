package dev.nps.jackson;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatByDimension;
import dev.nps.csat.CsatByDimensionAccumulator;
import dev.nps.csat.CsatScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * {@link CsatByDimension} and {@link CsatByDimensionAccumulator} as a versioned partial aggregate:
 *
 * <pre>{@code
 * {"format": 1, "scale": {"min": 1, "max": 5, "satisfiedFrom": 4}, "respondents": 4,
 *  "dimensions": [
 *    {"dimension": "business", "counts": [0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0], "total": 3,
 *     "satisfied": 2, "score": 66.67, "mean": 3.67, "missing": 1},
 *    ...]}
 * }</pre>
 *
 * <p>The scale, the respondents and each dimension's name and counts are the truth; the other
 * figures are optional and must agree with them. At least one dimension, no name blank or twice,
 * and no dimension with more answers than there are respondents.
 */
final class CsatByDimensionJson {
  private CsatByDimensionJson() {}

  static void write(CsatByDimension result, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("scale");
    CsatJson.writeScale(result.scale(), generator);
    generator.writeNumberProperty("respondents", result.respondents());
    generator.writeName("dimensions");
    generator.writeStartArray();
    for (Map.Entry<String, Csat> entry : result.asMap().entrySet()) {
      generator.writeStartObject();
      generator.writeStringProperty("dimension", entry.getKey());
      CsatJson.writeBody(entry.getValue(), generator, CsatJson.CSAT_NAMES);
      generator.writeNumberProperty("missing", result.missing(entry.getKey()));
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  static void writeAccumulator(CsatByDimensionAccumulator accumulator, JsonGenerator generator) {
    write(accumulator.snapshot(), generator);
  }

  /** One dimension as read, checked once the scale and respondents are known. */
  private static final class DimensionRead {
    String name;
    CsatJson.Body body;
    Long missing;
  }

  static CsatByDimension read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a result per dimension"));
    String objectPath = input.path();
    boolean formatSeen = false;
    CsatScale scale = null;
    long respondents = -1;
    List<DimensionRead> dimensions = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          break;
        case "scale":
          input.next();
          scale = CsatJson.readScale(input);
          break;
        case "respondents":
          respondents = input.nextCount();
          break;
        case "dimensions":
          dimensions = readDimensions(input);
          break;
        default:
          throw input.unknownProperty(
              name, "\"format\", \"scale\", \"respondents\" and \"dimensions\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (scale == null || respondents < 0 || dimensions == null) {
      throw input.failAt(objectPath,
          "a result per dimension needs \"scale\", \"respondents\" and \"dimensions\"");
    }
    Map<String, Csat> results = new LinkedHashMap<>();
    for (DimensionRead dimension : dimensions) {
      Csat csat = dimension.body.build(input, scale);
      if (csat.total() > respondents) {
        throw input.failAt(dimension.body.objectPath + ".counts", "dimension '"
            + JsonInput.quote(dimension.name) + "' has " + csat.total()
            + " answers, more than the " + respondents + " respondents");
      }
      if (dimension.missing != null && dimension.missing != respondents - csat.total()) {
        throw input.failAt(dimension.body.objectPath + ".missing", "missing is "
            + dimension.missing + " but the respondents and counts give "
            + (respondents - csat.total()));
      }
      results.put(dimension.name, csat);
    }
    return CsatByDimension.of(scale, respondents, results);
  }

  private static List<DimensionRead> readDimensions(JsonInput input) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("dimensions must be an array, was " + input.describe());
    }
    String arrayPath = input.path();
    List<DimensionRead> dimensions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (input.next() != JsonToken.END_ARRAY) {
      JsonInput.ObjectFields fields =
          new JsonInput.ObjectFields(input.startObject("a dimension"));
      DimensionRead dimension = new DimensionRead();
      dimension.body = new CsatJson.Body(input.path(), CsatJson.CSAT_NAMES);
      String name;
      while ((name = input.nextPropertyName(fields)) != null) {
        if (name.equals("dimension")) {
          dimension.name = input.nextString();
          if (dimension.name.isBlank()) {
            throw input.fail("a dimension name must not be blank, was " + input.describe());
          }
          if (!names.add(dimension.name)) {
            throw input.fail("dimension " + input.describe() + " is named twice");
          }
        } else if (name.equals("missing")) {
          dimension.missing = input.nextCount();
        } else if (!dimension.body.read(name, input)) {
          throw input.unknownProperty(name, "\"dimension\", \"missing\" and the properties of a"
              + " result such as \"counts\"");
        }
      }
      if (dimension.name == null) {
        throw input.failAt(dimension.body.objectPath, "missing \"dimension\"");
      }
      dimensions.add(dimension);
    }
    if (dimensions.isEmpty()) {
      throw input.failAt(arrayPath, "at least one dimension is needed, got none");
    }
    return dimensions;
  }

  static CsatByDimensionAccumulator readAccumulator(JsonInput input) {
    CsatByDimension result = read(input);
    CsatByDimensionAccumulator accumulator =
        new CsatByDimensionAccumulator(result.scale(), result.dimensions());
    accumulator.addAll(result);
    return accumulator;
  }
}

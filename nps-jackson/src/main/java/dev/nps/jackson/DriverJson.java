package dev.nps.jackson;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.csat.drivers.DriverMoments;
import dev.nps.csat.drivers.MomentSums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The partial aggregate of a key-driver analysis, {@link DriverMoments} and {@link
 * DriverAccumulator}, as JSON:
 *
 * <pre>{@code
 * {"format": 1, "respondents": 4,
 *  "outcome": {"scale": {...}, "counts": [11 integers], "total": 4, "satisfied": 2, ...},
 *  "dimensions": [{"name": "business", "scale": {...}, "counts": [...], "total": 3, ...}, ...],
 *  "complete": {"count": 2, "sums": [19, 9, 9], "products": [[181, 85, 86], [41, 40], [41]]},
 *  "pairs": [{"of": [0, 1], "count": 3, "sums": [22, 11], "products": [[190, 91], [45]]}, ...]}
 * }</pre>
 *
 * <p>Variable 0 is the outcome and variable j the j-th dimension. {@code outcome} and each entry of
 * {@code dimensions} have the body of a {@link Csat} (counts per answer 0 to 10, zero off the
 * scale, and the derived total, satisfied count, score and mean). {@code complete} holds the sums
 * over the responses that answered every dimension: the count, the sum of each variable and the
 * upper triangle of the sums of products, row by row. {@code pairs} holds one such block of two
 * variables for every pair, over the responses that answered both, in the order (0,1), ...,
 * (0,k), (1,2), ..., (k-1,k), each naming its pair in {@code of}. {@code respondents} is derived.
 *
 * <p>Reading checks every value where it stands (types, signs, lengths, at most {@value
 * DriverAccumulator#MAX_DIMENSIONS} dimensions, unique non-blank names, pairs in order, counts
 * off a scale) and then the parts against each other (a pair's count within its variables'
 * answers, sums within what the scales allow, no negative variance, no correlation beyond
 * &plusmn;1) through {@link DriverMoments#of}, whose message is reported at the document's path.
 */
final class DriverJson {
  private static final int MAX_VARIABLES = DriverAccumulator.MAX_DIMENSIONS + 1;

  private DriverJson() {}

  static void write(DriverMoments moments, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeNumberProperty("respondents", moments.respondents());
    generator.writeName("outcome");
    writeAnswers(null, moments.outcome(), generator);
    generator.writeName("dimensions");
    generator.writeStartArray();
    for (String dimension : moments.dimensions()) {
      writeAnswers(dimension, moments.answers(dimension), generator);
    }
    generator.writeEndArray();
    generator.writeName("complete");
    writeSums(null, moments.complete(), generator);
    generator.writeName("pairs");
    generator.writeStartArray();
    int m = moments.dimensions().size() + 1;
    List<MomentSums> pairs = moments.pairs();
    int index = 0;
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        writeSums(new int[] {a, b}, pairs.get(index++), generator);
      }
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  private static void writeAnswers(String name, Csat answers, JsonGenerator generator) {
    generator.writeStartObject();
    if (name != null) {
      generator.writeStringProperty("name", name);
    }
    generator.writeName("scale");
    CsatJson.writeScale(answers.scale(), generator);
    CsatJson.writeBody(answers, generator, CsatJson.CSAT_NAMES);
    generator.writeEndObject();
  }

  private static void writeSums(int[] of, MomentSums sums, JsonGenerator generator) {
    generator.writeStartObject();
    if (of != null) {
      generator.writeName("of");
      generator.writeArray(of, 0, 2);
    }
    generator.writeNumberProperty("count", sums.count());
    generator.writeName("sums");
    long[] values = sums.sums();
    generator.writeArray(values, 0, values.length);
    generator.writeName("products");
    generator.writeStartArray();
    for (long[] row : sums.products()) {
      generator.writeArray(row, 0, row.length);
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /** A block of sums as read, with the paths its shape is checked at once the size is known. */
  private static final class Sums {
    final String path;
    long count = -1;
    long[] sums;
    String sumsPath;
    long[][] products;
    String productsPath;
    int[] of;
    String ofPath;

    Sums(String path) {
      this.path = path;
    }

    MomentSums build(JsonInput input, int variables, String what) {
      if (count < 0) {
        throw input.failAt(path, "missing \"count\"");
      }
      if (sums == null) {
        throw input.failAt(path, "missing \"sums\"");
      }
      if (products == null) {
        throw input.failAt(path, "missing \"products\"");
      }
      if (sums.length != variables) {
        throw input.failAt(sumsPath, "expected " + variables + " sums (" + what + "), found "
            + sums.length);
      }
      if (products.length != variables) {
        throw input.failAt(productsPath, "expected " + variables + " rows of products ("
            + what + "), found " + products.length);
      }
      for (int i = 0; i < variables; i++) {
        if (products[i].length != variables - i) {
          throw input.failAt(productsPath + "[" + i + "]", "row " + i + " of products must"
              + " have " + (variables - i) + " sums, found " + products[i].length);
        }
      }
      return MomentSums.of(count, sums, products);
    }
  }

  /** Reads a block of sums at the current token, which must start an object. */
  private static Sums readSums(JsonInput input, boolean pair) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("a block of"
        + " sums"));
    Sums block = new Sums(input.path());
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "count":
          block.count = input.nextCount();
          break;
        case "sums":
          block.sumsPath = input.path();
          block.sums = readLongs(input, "sums", "a sum of answers", MAX_VARIABLES);
          break;
        case "products":
          block.productsPath = input.path();
          if (input.next() != JsonToken.START_ARRAY) {
            throw input.fail("products must be an array of rows, was " + input.describe());
          }
          List<long[]> rows = new ArrayList<>();
          while (input.next() != JsonToken.END_ARRAY) {
            if (rows.size() == MAX_VARIABLES) {
              throw input.fail("products may have at most " + MAX_VARIABLES + " rows");
            }
            rows.add(readLongsAt(input, "a row of products", "a sum of products of answers",
                MAX_VARIABLES));
          }
          block.products = rows.toArray(new long[0][]);
          break;
        case "of":
          if (!pair) {
            throw input.unknownProperty(name, "\"count\", \"sums\" and \"products\"");
          }
          block.ofPath = input.path();
          long[] of = readLongs(input, "of", "a variable's index", 2);
          if (of.length != 2) {
            throw input.fail("of must name 2 variables, found " + of.length);
          }
          block.of = new int[] {(int) Math.min(of[0], Integer.MAX_VALUE),
              (int) Math.min(of[1], Integer.MAX_VALUE)};
          break;
        default:
          throw input.unknownProperty(name, pair
              ? "\"of\", \"count\", \"sums\" and \"products\""
              : "\"count\", \"sums\" and \"products\"");
      }
    }
    return block;
  }

  /** Advances to an array and reads at most {@code max} non-negative integers. */
  private static long[] readLongs(JsonInput input, String what, String element, int max) {
    input.next();
    return readLongsAt(input, what, element, max);
  }

  private static long[] readLongsAt(JsonInput input, String what, String element, int max) {
    if (input.token() != JsonToken.START_ARRAY) {
      throw input.fail(what + " must be an array of integers, was " + input.describe());
    }
    long[] values = new long[max];
    int size = 0;
    while (input.next() != JsonToken.END_ARRAY) {
      if (size == max) {
        throw input.fail(what + " may have at most " + max + " elements");
      }
      long value = input.readLong();
      if (value < 0) {
        throw input.fail(element + " must not be negative, was " + value);
      }
      values[size++] = value;
    }
    return Arrays.copyOf(values, size);
  }

  /** One variable's answers as read: name (null for the outcome), scale and body. */
  private static Csat readAnswers(JsonInput input, boolean named, List<String> names,
      Map<String, String> seen) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject(named ? "a dimension" : "the outcome"));
    CsatJson.Body body = new CsatJson.Body(input.path(), CsatJson.CSAT_NAMES);
    CsatScale scale = null;
    String dimension = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      if (name.equals("scale")) {
        input.next();
        scale = CsatJson.readScale(input);
      } else if (named && name.equals("name")) {
        dimension = input.nextString();
        if (dimension.isBlank()) {
          throw input.fail("dimension name must not be blank, was '" + JsonInput.quote(dimension)
              + "'");
        }
        String earlier = seen.putIfAbsent(dimension, input.path());
        if (earlier != null) {
          throw input.fail("dimension '" + JsonInput.quote(dimension) + "' appears twice, first"
              + " at " + earlier);
        }
      } else if (!body.read(name, input)) {
        throw input.unknownProperty(name, (named ? "\"name\", " : "") + "\"scale\", \"counts\","
            + " \"total\", \"satisfied\", \"score\" and \"mean\"");
      }
    }
    if (named && dimension == null) {
      throw input.failAt(body.objectPath, "missing \"name\"");
    }
    if (scale == null) {
      throw input.failAt(body.objectPath, "missing \"scale\"");
    }
    if (named) {
      names.add(dimension);
    }
    return body.build(input, scale);
  }

  static DriverMoments read(JsonInput input) {
    JsonInput.ObjectFields fields = new JsonInput.ObjectFields(input.startObject("driver"
        + " moments"));
    String objectPath = input.path();
    boolean formatSeen = false;
    long respondents = -1;
    String respondentsPath = null;
    Csat outcome = null;
    List<String> names = null;
    List<Csat> answers = null;
    Sums complete = null;
    List<Sums> pairs = null;
    String pairsPath = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          break;
        case "respondents":
          respondents = input.nextCount();
          respondentsPath = input.path();
          break;
        case "outcome":
          input.next();
          outcome = readAnswers(input, false, null, null);
          break;
        case "dimensions":
          if (input.next() != JsonToken.START_ARRAY) {
            throw input.fail("dimensions must be an array, was " + input.describe());
          }
          names = new ArrayList<>();
          answers = new ArrayList<>();
          Map<String, String> seen = new HashMap<>();
          while (input.next() != JsonToken.END_ARRAY) {
            if (answers.size() == DriverAccumulator.MAX_DIMENSIONS) {
              throw input.fail("too many dimensions: at most " + DriverAccumulator.MAX_DIMENSIONS);
            }
            answers.add(readAnswers(input, true, names, seen));
          }
          break;
        case "complete":
          input.next();
          complete = readSums(input, false);
          break;
        case "pairs":
          pairsPath = input.path();
          if (input.next() != JsonToken.START_ARRAY) {
            throw input.fail("pairs must be an array, was " + input.describe());
          }
          pairs = new ArrayList<>();
          int maxPairs = MAX_VARIABLES * (MAX_VARIABLES - 1) / 2;
          while (input.next() != JsonToken.END_ARRAY) {
            if (pairs.size() == maxPairs) {
              throw input.fail("too many pairs: at most " + maxPairs);
            }
            pairs.add(readSums(input, true));
          }
          break;
        default:
          throw input.unknownProperty(name, "\"format\", \"respondents\", \"outcome\","
              + " \"dimensions\", \"complete\" and \"pairs\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    for (Object[] part : new Object[][] {{outcome, "outcome"}, {names, "dimensions"},
        {complete, "complete"}, {pairs, "pairs"}}) {
      if (part[0] == null) {
        throw input.failAt(objectPath, "missing \"" + part[1] + "\"");
      }
    }
    if (names.isEmpty()) {
      throw input.failAt(objectPath + ".dimensions", "at least one dimension is needed");
    }
    if (respondents >= 0 && respondents != outcome.total()) {
      throw input.failAt(respondentsPath, "respondents is " + respondents + " but the outcome's"
          + " counts give " + outcome.total());
    }
    int m = names.size() + 1;
    String variables = "the outcome and " + names.size() + " dimensions";
    MomentSums completeSums = complete.build(input, m, variables);
    int expectedPairs = m * (m - 1) / 2;
    if (pairs.size() != expectedPairs) {
      throw input.failAt(pairsPath, "expected " + expectedPairs + " pairs of " + variables
          + ", found " + pairs.size());
    }
    List<MomentSums> pairSums = new ArrayList<>();
    int index = 0;
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        Sums pair = pairs.get(index++);
        if (pair.of == null) {
          throw input.failAt(pair.path, "missing \"of\"");
        }
        if (pair.of[0] != a || pair.of[1] != b) {
          throw input.failAt(pair.ofPath, "pair " + (index - 1) + " must be of [" + a + ", " + b
              + "], was [" + pair.of[0] + ", " + pair.of[1] + "]");
        }
        pairSums.add(pair.build(input, 2, "of 2 variables"));
      }
    }
    try {
      return DriverMoments.of(outcome, names, answers, completeSums, pairSums);
    } catch (IllegalArgumentException inconsistent) {
      throw input.failAt(objectPath, "the parts do not fit together: "
          + inconsistent.getMessage());
    }
  }

  static final class Serializer extends StdSerializer<DriverMoments> {
    Serializer() {
      super(DriverMoments.class);
    }

    @Override
    public void serialize(DriverMoments value, JsonGenerator generator,
        SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends StdDeserializer<DriverMoments> {
    Deserializer() {
      super(DriverMoments.class);
    }

    @Override
    public DriverMoments deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, DriverMoments.class, Limits.DEFAULT));
    }
  }

  static final class AccumulatorSerializer extends StdSerializer<DriverAccumulator> {
    AccumulatorSerializer() {
      super(DriverAccumulator.class);
    }

    @Override
    public void serialize(DriverAccumulator value, JsonGenerator generator,
        SerializationContext context) {
      write(value.snapshot(), generator);
    }
  }

  static final class AccumulatorDeserializer extends StdDeserializer<DriverAccumulator> {
    AccumulatorDeserializer() {
      super(DriverAccumulator.class);
    }

    @Override
    public DriverAccumulator deserialize(JsonParser parser, DeserializationContext context) {
      DriverMoments moments =
          read(new JsonInput(parser, context, DriverAccumulator.class, Limits.DEFAULT));
      DriverAccumulator accumulator = new DriverAccumulator(moments.outcomeScale(),
          moments.dimensions(), moments.dimensionScales());
      accumulator.addAll(moments);
      return accumulator;
    }
  }
}

package dev.nps.jackson;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.stats.PanelComparison;
import dev.nps.stats.TransitionTable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The panel types, both partial aggregates that merge exactly:
 *
 * <ul>
 *   <li>{@link TransitionTable} as {@code {"format": 1, "counts": [[30, 10, 5], [8, 40, 12], [2,
 *       9, 84]], "total": 200}}: rows are the first wave's category and columns the second's, both
 *       in the order detractor, passive, promoter; {@code total} is optional and must agree.
 *   <li>{@link PanelComparison} as {@code {"format": 1, "transitions": {table}, "onlyInFirst":
 *       {nps}, "onlyInSecond": {nps}, "matched": 200, "estimate": 4.5, "standardError": 2.1, "z":
 *       1.9, "pValue": 0.057}}: the table and the results of those in one wave only are the truth.
 *       {@code matched} and {@code estimate} follow from the table and must agree when given;
 *       {@code standardError}, {@code z} and {@code pValue} depend on the test and are only
 *       type-checked. The figures are left out when nobody answered both waves.
 * </ul>
 */
final class PanelJson {
  private static final int SIZE = Category.values().length;
  private static final String[] TEST = {"standardError", "z", "pValue"};

  private PanelJson() {}

  static void write(TransitionTable table, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("counts");
    generator.writeStartArray();
    for (Category first : Category.values()) {
      generator.writeStartArray();
      for (Category second : Category.values()) {
        generator.writeNumber(table.count(first, second));
      }
      generator.writeEndArray();
    }
    generator.writeEndArray();
    generator.writeNumberProperty("total", table.total());
    generator.writeEndObject();
  }

  static TransitionTable readTable(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a transition table"));
    String objectPath = input.path();
    boolean formatSeen = false;
    long[][] counts = null;
    Long total = null;
    String name;
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          break;
        case "counts":
          counts = readCounts(input);
          break;
        case "total":
          total = input.nextCount();
          break;
        default:
          throw input.unknownProperty(name, "\"format\", \"counts\" and \"total\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (counts == null) {
      throw input.failAt(objectPath, "a transition table needs \"counts\"");
    }
    long sum = 0;
    for (int row = 0; row < SIZE; row++) {
      for (int column = 0; column < SIZE; column++) {
        try {
          sum = Math.addExact(sum, counts[row][column]);
        } catch (ArithmeticException e) {
          throw input.failAt(objectPath + ".counts",
              "the counts add up past the largest 64-bit integer");
        }
      }
    }
    if (total != null && total != sum) {
      throw input.failAt(objectPath + ".total", "total is " + total + " but the counts add up to "
          + sum);
    }
    return TransitionTable.of(counts);
  }

  /** Reads three rows of three counts, naming the row and column of a bad one. */
  private static long[][] readCounts(JsonInput input) {
    if (input.next() != JsonToken.START_ARRAY) {
      throw input.fail("counts must be an array of 3 rows, was " + input.describe());
    }
    long[][] counts = new long[SIZE][];
    int row = 0;
    while (input.next() != JsonToken.END_ARRAY) {
      if (row == SIZE) {
        throw input.fail("counts must have 3 rows (detractor, passive, promoter), had more");
      }
      if (input.token() != JsonToken.START_ARRAY) {
        throw input.fail("a row of counts must be an array of 3 counts, was " + input.describe());
      }
      counts[row] = new long[SIZE];
      int column = 0;
      while (input.next() != JsonToken.END_ARRAY) {
        if (column == SIZE) {
          throw input.fail("row " + row + " must have 3 counts, had more");
        }
        long count = input.readLong();
        if (count < 0) {
          throw input.fail("transition count at row " + row + ", column " + column
              + " must not be negative, was " + count);
        }
        counts[row][column++] = count;
      }
      if (column < SIZE) {
        throw input.fail("row " + row + " must have 3 counts, had " + column);
      }
      row++;
    }
    if (row < SIZE) {
      throw input.fail("counts must have 3 rows (detractor, passive, promoter), had " + row);
    }
    return counts;
  }

  static void write(PanelComparison panel, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("format", NpsJson.FORMAT);
    generator.writeName("transitions");
    write(panel.transitions(), generator);
    generator.writeName("onlyInFirst");
    NpsJson.write(panel.onlyInFirst(), generator);
    generator.writeName("onlyInSecond");
    NpsJson.write(panel.onlyInSecond(), generator);
    generator.writeNumberProperty("matched", panel.matched());
    if (panel.matched() > 0) {
      generator.writeName("estimate");
      JsonInput.writeExtended(panel.estimate(), generator);
      double[] test = {panel.standardError(), panel.z(), panel.pValue()};
      for (int i = 0; i < TEST.length; i++) {
        generator.writeName(TEST[i]);
        JsonInput.writeExtended(test[i], generator);
      }
    }
    generator.writeEndObject();
  }

  static PanelComparison read(JsonInput input) {
    JsonInput.ObjectFields fields =
        new JsonInput.ObjectFields(input.startObject("a panel comparison"));
    String objectPath = input.path();
    boolean formatSeen = false;
    TransitionTable transitions = null;
    Nps onlyInFirst = null;
    Nps onlyInSecond = null;
    Long matched = null;
    Double estimate = null;
    String name;
    properties:
    while ((name = input.nextPropertyName(fields)) != null) {
      switch (name) {
        case "format":
          NpsJson.readFormat(input);
          formatSeen = true;
          continue;
        case "transitions":
          input.next();
          transitions = readTable(input);
          continue;
        case "onlyInFirst":
          input.next();
          onlyInFirst = NpsJson.read(input);
          continue;
        case "onlyInSecond":
          input.next();
          onlyInSecond = NpsJson.read(input);
          continue;
        case "matched":
          matched = input.nextCount();
          continue;
        case "estimate":
          estimate = input.nextExtendedDouble();
          continue;
        default:
          for (String figure : TEST) {
            if (figure.equals(name)) {
              input.nextExtendedDouble();
              continue properties;
            }
          }
          throw input.unknownProperty(name, "\"format\", \"transitions\", \"onlyInFirst\","
              + " \"onlyInSecond\", \"matched\", \"estimate\", \"standardError\", \"z\" and"
              + " \"pValue\"");
      }
    }
    if (!formatSeen) {
      throw input.failAt(objectPath, "missing \"format\" (this version reads format 1)");
    }
    if (transitions == null || onlyInFirst == null || onlyInSecond == null) {
      throw input.failAt(objectPath, "a panel comparison needs \"transitions\", \"onlyInFirst\""
          + " and \"onlyInSecond\"");
    }
    if (matched != null && matched != transitions.total()) {
      throw input.failAt(objectPath + ".matched", "matched is " + matched
          + " but the transition table holds " + transitions.total());
    }
    PanelComparison panel = PanelComparison.of(transitions, onlyInFirst, onlyInSecond);
    if (estimate != null) {
      if (transitions.isEmpty()) {
        throw input.failAt(objectPath + ".estimate", "estimate is " + estimate
            + " but nobody answered both waves, where it is undefined");
      }
      if (!NpsJson.agrees(estimate, panel.estimate())) {
        throw input.failAt(objectPath + ".estimate",
            "estimate is " + estimate + " but the transitions give " + panel.estimate());
      }
    }
    return panel;
  }
}

package dev.nps.jackson;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Strict, streaming reads of the tokens this module's deserializers expect. Every failure of a
 * well-formed document is a {@link MismatchedInputException} whose message starts with the JSON
 * path of the offending value, such as {@code $.counts[3]}, and names the value. A parser failure
 * (malformed JSON, a {@link tools.jackson.core.StreamReadConstraints} limit) keeps its type and
 * gains the path where the parser stopped: {@code near $.counts[3]: ...}.
 *
 * <p>Nothing is skipped: an unexpected token is rejected where it stands, so a hostile document
 * cannot make a reader descend into nested structures or long arrays it did not ask for.
 */
final class JsonInput {
  /** Longest excerpt of a bad value quoted in a message. */
  private static final int MAX_QUOTED = 40;

  private final JsonParser parser;
  private final DeserializationContext context;
  private final Class<?> target;
  private final Limits limits;

  JsonInput(JsonParser parser, DeserializationContext context, Class<?> target, Limits limits) {
    this.parser = parser;
    this.context = context;
    this.target = target;
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  DeserializationContext context() {
    return context;
  }

  /**
   * Returns the position of the current document among the root-level values of the input: 0 for
   * the first, 1 for the second of a stream of documents such as JSON Lines, and so on.
   */
  int documentIndex() {
    TokenStreamContext context = parser.streamReadContext();
    while (context.getParent() != null) {
      context = context.getParent();
    }
    return context.getCurrentIndex();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** Advances to the next token and returns it; end of input counts as a failure. */
  JsonToken next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (StreamReadException e) {
      throw new StreamReadException(
          parser, "near " + path() + ": " + e.getOriginalMessage(), e.getLocation(), e);
    } catch (StreamConstraintsException e) {
      throw new StreamConstraintsException(
          "near " + path() + ": " + e.getOriginalMessage(), e.getLocation());
    }
    if (token == null) {
      throw fail("unexpected end of input");
    }
    return token;
  }

  /** Returns a failure naming the current path, for the caller to throw. */
  MismatchedInputException fail(String message) {
    return failAt(path(), message);
  }

  /** Returns a failure naming a path captured earlier, for the caller to throw. */
  MismatchedInputException failAt(String path, String message) {
    return MismatchedInputException.from(parser, target, path + ": " + message);
  }

  /**
   * Checks that the current token starts an object. A parser already inside the object (at its
   * first property name, as Jackson does for some callers) is accepted too.
   *
   * @return whether the parser is at a property name already, so the first {@link
   *     #nextPropertyName(ObjectFields)} must not advance
   */
  boolean startObject(String what) {
    JsonToken token = token();
    if (token == JsonToken.START_OBJECT) {
      return false;
    }
    if (token == JsonToken.PROPERTY_NAME) {
      return true;
    }
    throw fail(what + " must be a JSON object, was " + describe());
  }

  /**
   * Advances to the next property name of the current object.
   *
   * @param fields the names seen so far in this object, to reject duplicates
   * @return the name, or null at the end of the object
   */
  String nextPropertyName(ObjectFields fields) {
    JsonToken token = fields.atName ? token() : next();
    fields.atName = false;
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw fail("expected a property name, was " + describe());
    }
    String name = parser.currentName();
    if (!fields.add(name)) {
      throw fail("duplicate " + fields.kind + " '" + quote(name) + "'");
    }
    return name;
  }

  /** Returns a failure for a property the shape does not have. */
  MismatchedInputException unknownProperty(String name, String known) {
    return fail("unknown property '" + quote(name) + "' (expected " + known + ")");
  }

  /** Advances to a value and reads an integer that fits a {@code long}. */
  long nextLong() {
    next();
    return readLong();
  }

  /** Reads the current token as an integer that fits a {@code long}. */
  long readLong() {
    JsonToken token = token();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw fail("expected an integer, was " + describe());
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      // A tree or buffer may hold a small number as a BigInteger: only its value counts.
      java.math.BigInteger value = parser.getBigIntegerValue();
      if (value.bitLength() > 63) {
        throw fail("integer does not fit in 64 bits: " + describe());
      }
      return value.longValue();
    }
    return parser.getLongValue();
  }

  /** Advances to a value and reads an integer that is 0 or more. */
  long nextCount() {
    long count = nextLong();
    if (count < 0) {
      throw fail("count must not be negative, was " + count);
    }
    return count;
  }

  /** Advances to a value and reads a finite number. */
  double nextDouble() {
    next();
    return readDouble();
  }

  /** Reads the current token as a finite number. */
  double readDouble() {
    JsonToken token = token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail("expected a number, was " + describe());
    }
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw fail("number must be finite, was " + describe());
    }
    return value;
  }

  /**
   * Advances to a value and reads a number that may be infinite: a JSON number, or the string
   * {@code "Infinity"} or {@code "-Infinity"}. NaN is never accepted.
   */
  double nextExtendedDouble() {
    if (next() == JsonToken.VALUE_STRING) {
      String text = readString();
      if (text.equals("Infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      if (text.equals("-Infinity")) {
        return Double.NEGATIVE_INFINITY;
      }
      throw fail("expected a number, \"Infinity\" or \"-Infinity\", was " + describe());
    }
    return readDouble();
  }

  /**
   * Writes a number that may be infinite, as {@link #nextExtendedDouble()} reads it: infinities as
   * the strings {@code "Infinity"} and {@code "-Infinity"}, since JSON has no such numbers.
   */
  static void writeExtended(double value, JsonGenerator generator) {
    if (Double.isInfinite(value)) {
      generator.writeString(value > 0 ? "Infinity" : "-Infinity");
    } else {
      generator.writeNumber(value);
    }
  }

  /** Advances to a value and reads a boolean. */
  boolean nextBoolean() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw fail("expected true or false, was " + describe());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** Advances to a value and reads a string. */
  String nextString() {
    next();
    return readString();
  }

  /** Reads the current token as a string. */
  String readString() {
    if (token() != JsonToken.VALUE_STRING) {
      throw fail("expected a string, was " + describe());
    }
    return parser.getString();
  }

  /** Advances to a value and reads a string, or null for a JSON null. */
  String nextStringOrNull() {
    return next() == JsonToken.VALUE_NULL ? null : readString();
  }

  /**
   * Describes the current token for a message: the value itself for scalars (quoted and cut short
   * for long strings), or the kind of structure.
   */
  String describe() {
    JsonToken token = token();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of the object";
      case END_ARRAY:
        return "the end of the array";
      case PROPERTY_NAME:
        return "property '" + quote(parser.currentName()) + "'";
      case VALUE_STRING:
        return "'" + quote(parser.getString()) + "'";
      case VALUE_NULL:
        return "null";
      default:
        String text = parser.getText();
        return text == null ? token.name() : quote(text);
    }
  }

  /** Cuts a quoted value to a readable length. */
  static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }

  /**
   * Returns the JSON path of the current token from the document's root, such as {@code
   * $.segments[2].counts[3]}. At the start or end of an object or array, the path is the path of
   * that object or array.
   */
  String path() {
    return path(parser);
  }

  /** Returns the JSON path of a parser's current token, as {@link #path()} does. */
  static String path(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    Deque<String> steps = new ArrayDeque<>();
    for (; context != null && !context.inRoot(); context = context.getParent()) {
      if (context.inArray()) {
        if (context.hasCurrentIndex()) {
          steps.push("[" + context.getCurrentIndex() + "]");
        }
      } else if (context.currentName() != null) {
        steps.push(step(context.currentName()));
      }
    }
    StringBuilder path = new StringBuilder("$");
    steps.forEach(path::append);
    return path.toString();
  }

  /** Returns {@code .name} for plain names and {@code ['name']} for any other. */
  static String step(String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    if (plain) {
      return "." + name;
    }
    return "['" + quote(name).replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The property names seen in one object, to reject duplicates. */
  static final class ObjectFields {
    private final java.util.Set<String> names = new java.util.HashSet<>();
    private final String kind;
    private boolean atName;

    /**
     * Starts the properties of an object.
     *
     * @param atName whether the parser is at the first property name already
     * @param kind what a property is called in messages, such as "property" or "dimension"
     */
    ObjectFields(boolean atName, String kind) {
      this.atName = atName;
      this.kind = kind;
    }

    /** Starts the properties of an object whose names are fixed by its shape. */
    ObjectFields(boolean atName) {
      this(atName, "property");
    }

    boolean add(String name) {
      return names.add(name);
    }
  }
}

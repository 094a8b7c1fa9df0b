package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** What every test of the module shares: a mapper, reading helpers and expected-failure checks. */
abstract class NpsJsonTestBase {
  /** A mapper with the module registered explicitly and default settings otherwise. */
  static final JsonMapper MAPPER = mapperBuilder().build();

  static JsonMapper.Builder mapperBuilder() {
    return JsonMapper.builder().addModule(new NpsModule());
  }

  /** Turns single quotes into double quotes, so that JSON reads well in Java source. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  static <T> T read(String json, TypeReference<T> type) {
    return MAPPER.readValue(json, type);
  }

  static Object read(String json, JavaType type) {
    return MAPPER.readValue(json, type);
  }

  /** Reads a file from the test resources as UTF-8. */
  static String resource(String path) {
    try (InputStream in = NpsJsonTestBase.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that reading fails with the documented validation failure: a {@link
   * MismatchedInputException} whose message starts with the JSON path and contains a description
   * of the bad value.
   *
   * @return the exception, for further checks
   */
  static MismatchedInputException assertInvalid(
      Executable read, String path, String valueFragment) {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, read);
    String message = e.getOriginalMessage();
    assertTrue(
        message.startsWith(path + ": "),
        () -> "message should start with path " + path + ": " + message);
    assertTrue(
        message.contains(valueFragment),
        () -> "message should contain '" + valueFragment + "': " + message);
    assertFalse(message.contains(GuardedDeserializer.MARKER),
        () -> "the reader's own validation should have caught this: " + message);
    return e;
  }

  /**
   * Asserts that reading fails with some Jackson exception of the given type, and returns it.
   */
  static <E extends JacksonException> E assertFailure(Class<E> type, Executable read) {
    return assertThrows(type, read);
  }

  /**
   * Asserts that two JSON documents have the same wire shape: the same properties in the same
   * order, the same kinds of values, equal strings, booleans and integers, and floating-point
   * numbers equal to a relative 1e-9 (so that a last-bit change in how a statistic is computed is
   * not mistaken for a change of format).
   */
  static void assertSameJson(String expected, String actual) {
    assertSameJson(expected, actual, Set.of());
  }

  /**
   * As {@link #assertSameJson(String, String)}, except that the values of properties with the
   * given names are compared by kind only: the statistics of a test method, which may be refined
   * without changing the format.
   */
  static void assertSameJson(String expected, String actual, Set<String> kindOnly) {
    assertSameNode(MAPPER.readTree(expected), MAPPER.readTree(actual), "$", kindOnly);
  }

  /** The statistics of test methods, which golden documents pin by kind only. */
  static final Set<String> TEST_STATISTICS = Set.of("center", "standardError", "z", "t",
      "statistic", "degreesOfFreedom", "pValue", "adjustedPValue", "flagged");

  private static void assertSameNode(
      JsonNode expected, JsonNode actual, String path, Set<String> kindOnly) {
    assertEquals(expected.getNodeType(), actual.getNodeType(), () -> "kind of " + path);
    if (expected.isObject()) {
      assertEquals(List.copyOf(expected.propertyNames()), List.copyOf(actual.propertyNames()),
          () -> "properties of " + path);
      for (String name : expected.propertyNames()) {
        if (kindOnly.contains(name)) {
          assertEquals(expected.get(name).getNodeType(), actual.get(name).getNodeType(),
              () -> "kind of " + path + "." + name);
        } else {
          assertSameNode(expected.get(name), actual.get(name), path + "." + name, kindOnly);
        }
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), () -> "length of " + path);
      for (int i = 0; i < expected.size(); i++) {
        assertSameNode(expected.get(i), actual.get(i), path + "[" + i + "]", kindOnly);
      }
    } else if (expected.isFloatingPointNumber()) {
      assertTrue(actual.isFloatingPointNumber(), () -> path + " should be a floating-point number");
      double want = expected.doubleValue();
      assertEquals(want, actual.doubleValue(), 1e-9 * Math.max(1.0, Math.abs(want)), path);
    } else if (expected.isIntegralNumber()) {
      assertTrue(actual.isIntegralNumber(), () -> path + " should be an integer");
      assertEquals(expected.longValue(), actual.longValue(), path);
    } else {
      assertEquals(expected, actual, path);
    }
  }

  /** Asserts that writing a value and reading it back as the given type gives an equal value. */
  static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = write(value);
    assertEquals(value, read(json, type), () -> "round trip through " + json);
  }
}

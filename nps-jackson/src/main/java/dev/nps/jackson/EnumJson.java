package dev.nps.jackson;

import dev.nps.Category;
import dev.nps.stats.IntervalMethod;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * An enum of the library as its constant's name in lower case: {@code Category.PROMOTER} is {@code
 * "promoter"}, {@code IntervalMethod.ADJUSTED_WALD} is {@code "adjusted_wald"}. Reading accepts
 * exactly those names.
 */
final class EnumJson {
  private EnumJson() {}

  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Reads the current token as one of the constants of {@code type}. */
  static <E extends Enum<E>> E read(JsonInput input, Class<E> type) {
    String text = input.readString();
    E[] constants = type.getEnumConstants();
    StringBuilder names = new StringBuilder();
    for (E constant : constants) {
      if (name(constant).equals(text)) {
        return constant;
      }
      names.append(names.length() == 0 ? "" : ", ").append('"').append(name(constant)).append('"');
    }
    throw input.fail("expected one of " + names + ", was " + input.describe());
  }

  static final class Serializer<E extends Enum<E>> extends StdSerializer<E> {
    Serializer(Class<E> type) {
      super(type);
    }

    @Override
    public void serialize(E value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(name(value));
    }
  }

  static final class Deserializer<E extends Enum<E>> extends StdDeserializer<E> {
    private final Class<E> type;

    Deserializer(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser parser, DeserializationContext context) {
      return read(new JsonInput(parser, context, type, Limits.DEFAULT), type);
    }
  }
}

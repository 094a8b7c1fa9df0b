package dev.nps.jackson;

import dev.nps.Category;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link Category} as a lowercase JSON string: {@code "detractor"}, {@code "passive"} or {@code
 * "promoter"}.
 */
final class CategoryJson {
  private CategoryJson() {}

  static String name(Category category) {
    return category.name().toLowerCase(Locale.ROOT);
  }

  static final class Serializer extends StdSerializer<Category> {
    Serializer() {
      super(Category.class);
    }

    @Override
    public void serialize(Category value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(name(value));
    }
  }

  static final class Deserializer extends StdDeserializer<Category> {
    Deserializer() {
      super(Category.class);
    }

    @Override
    public Category deserialize(JsonParser parser, DeserializationContext context) {
      JsonInput input = new JsonInput(parser, context, Category.class, Limits.DEFAULT);
      String text = input.readString();
      for (Category category : Category.values()) {
        if (name(category).equals(text)) {
          return category;
        }
      }
      throw input.fail(
          "category must be \"detractor\", \"passive\" or \"promoter\", was "
              + input.describe());
    }
  }
}

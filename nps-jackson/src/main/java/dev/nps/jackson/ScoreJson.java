package dev.nps.jackson;

import dev.nps.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** {@link Score} as a JSON integer from 0 to 10: {@code 9}. */
final class ScoreJson {
  private ScoreJson() {}

  /** Reads an answer at the current token: an integer in [0, 10], nothing else. */
  static int read(JsonInput input) {
    long score = input.readLong();
    if (score < Score.MIN || score > Score.MAX) {
      throw input.fail("score must be in [0, 10], was " + score);
    }
    return (int) score;
  }

  static final class Serializer extends StdSerializer<Score> {
    Serializer() {
      super(Score.class);
    }

    @Override
    public void serialize(Score value, JsonGenerator generator, SerializationContext context) {
      generator.writeNumber(value.value());
    }
  }

  static final class Deserializer extends StdDeserializer<Score> {
    Deserializer() {
      super(Score.class);
    }

    @Override
    public Score deserialize(JsonParser parser, DeserializationContext context) {
      return Score.of(read(new JsonInput(parser, context, Score.class, Limits.DEFAULT)));
    }
  }
}

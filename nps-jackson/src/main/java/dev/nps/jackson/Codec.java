package dev.nps.jackson;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One row of the module's registry ({@link NpsModule#CODECS}): a type with the serializer that
 * writes it and the deserializer that reads it, so that no type can be writable and not readable.
 * A row is either for a class itself or, {@link #bySegment}, for {@code Map<Segment, T>}.
 */
final class Codec {
  /** Writes a value, as the static {@code write} methods of the codec classes do. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator generator);
  }

  /** Reads a value at the current token, as the static {@code read} methods of the codecs do. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonInput input);
  }

  /** The registered class; for a {@link #bySegment} row, the class of the map's values. */
  final Class<?> type;

  /** Whether the row is for {@code Map<Segment, type>} rather than for {@code type}. */
  final boolean bySegment;

  final ValueSerializer<?> serializer;

  /** Makes the deserializer under a module's limits. */
  final Function<Limits, ValueDeserializer<?>> deserializer;

  private Codec(Class<?> type, boolean bySegment, ValueSerializer<?> serializer,
      Function<Limits, ValueDeserializer<?>> deserializer) {
    this.type = Objects.requireNonNull(type);
    this.bySegment = bySegment;
    this.serializer = Objects.requireNonNull(serializer);
    this.deserializer = Objects.requireNonNull(deserializer);
  }

  /** A row of a class with its serializer and its deserializer under the module's limits. */
  static Codec of(Class<?> type, ValueSerializer<?> serializer,
      Function<Limits, ValueDeserializer<?>> deserializer) {
    return new Codec(type, false, serializer, deserializer);
  }

  /** A row of a class written and read by a codec's static methods. */
  static <T> Codec of(Class<T> type, Writer<? super T> writer, Reader<? extends T> reader) {
    return new Codec(type, false, new WriterSerializer<>(type, writer),
        limits -> new ReaderDeserializer<>(type, reader, limits));
  }

  /** A row of one of the library's enums, written as its constant's name in lower case. */
  static <E extends Enum<E>> Codec ofEnum(Class<E> type) {
    return new Codec(type, false, new EnumJson.Serializer<>(type),
        limits -> new EnumJson.Deserializer<>(type));
  }

  /** A row of {@code Map<Segment, content>}. */
  static Codec bySegment(Class<?> content, ValueSerializer<?> serializer,
      Function<Limits, ValueDeserializer<?>> deserializer) {
    return new Codec(content, true, serializer, deserializer);
  }

  @Override
  public String toString() {
    return bySegment ? "Map<Segment, " + type.getSimpleName() + ">" : type.getSimpleName();
  }

  /** Serializes through a {@link Writer}. */
  private static final class WriterSerializer<T> extends StdSerializer<T> {
    private final Writer<? super T> writer;

    WriterSerializer(Class<T> type, Writer<? super T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      writer.write(value, generator);
    }
  }

  /** Deserializes through a {@link Reader}, under the module's limits. */
  private static final class ReaderDeserializer<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final Reader<? extends T> reader;
    private final Limits limits;

    ReaderDeserializer(Class<T> type, Reader<? extends T> reader, Limits limits) {
      super(type);
      this.type = type;
      this.reader = reader;
      this.limits = limits;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return reader.read(new JsonInput(parser, context, type, limits));
    }
  }
}

package dev.nps.jackson;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Makes sure that reading a value fails with a Jackson exception only. The readers validate every
 * field before they build a value, so the library's constructors should never refuse one; should a
 * constructor still throw (say, after nps-core adds a rule the reader does not know), its exception
 * becomes a {@link MismatchedInputException} naming the path of the value and the constructor's
 * message, marked {@value #MARKER}.
 */
final class GuardedDeserializer<T> extends ValueDeserializer<T> {
  /** Marks a refusal that the reader's own validation should have caught first. */
  static final String MARKER = "rejected by the library";

  private final ValueDeserializer<T> delegate;

  GuardedDeserializer(ValueDeserializer<T> delegate) {
    this.delegate = delegate;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    String path = JsonInput.path(parser);
    try {
      return delegate.deserialize(parser, context);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw MismatchedInputException.from(parser, delegate.handledType(),
          path + ": " + MARKER + ": " + e.getMessage());
    }
  }

  @Override
  public Class<?> handledType() {
    return delegate.handledType();
  }
}

package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.stats.Interval;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Mutates valid documents at random (with a fixed seed, so failures reproduce) and reads them.
 * Every read either succeeds with a valid value, which writes and reads back equal, or fails with
 * a {@link JacksonException}; a validation failure names the JSON path. Nothing else may escape:
 * no {@link IllegalArgumentException} from a constructor, no {@link ArithmeticException}, no
 * {@link NullPointerException}, no {@link StackOverflowError}.
 */
class MutationFuzzTest extends NpsJsonTestBase {
  private static final long SEED = 20261122L;
  private static final int MUTANTS_PER_DOCUMENT = 4000;

  private static final String[] FRAGMENTS = {
    "0", "1", "-1", "9", "10", "11", "1.5", "-0", "1e400", "99999999999999999999",
    "9223372036854775807", "-9223372036854775808", "null", "true", "\"\"", "\" \"", "\"x\"",
    "[", "]", "{", "}", ",", ":", "\"", "\\", "\"Infinity\"", "\"NaN\"", "\"format\"",
    "\"counts\"", "\"unscored\"", "\"segment\"", "\"score\"", "\"@class\"", "[[[[[[[[", "{}", "[]",
    "\"2026-13-01T00:00:00Z\"", "\"\\u0000\""
  };

  static List<Arguments> documents() {
    List<Arguments> documents = new ArrayList<>();
    documents.add(Arguments.of("nps.json", type(Nps.class)));
    documents.add(Arguments.of("nps-category-counts.json", type(NpsAccumulator.class)));
    documents.add(Arguments.of("nps-empty.json", type(Nps.class)));
    documents.add(Arguments.of("nps-by-segment.json",
        MAPPER.getTypeFactory().constructType(NpsModule.NPS_BY_SEGMENT)));
    documents.add(Arguments.of("nps-by-segment.json", type(SegmentedNpsAccumulator.class)));
    documents.add(Arguments.of("response.json", type(Response.class)));
    documents.add(Arguments.of("segment.json", type(Segment.class)));
    documents.add(Arguments.of("interval.json", type(Interval.class)));
    documents.add(Arguments.of("interval-unbounded.json", type(Interval.class)));
    documents.add(Arguments.of("nps-difference.json", type(NpsDifference.class)));
    documents.add(Arguments.of("nps-difference-infinite-z.json", type(NpsDifference.class)));
    documents.add(Arguments.of("segment-comparison.json", type(SegmentComparison.class)));
    documents.add(Arguments.of("response-weighted.json", type(Response.class)));
    documents.add(Arguments.of("weighted-nps.json", type(WeightedNps.class)));
    documents.add(Arguments.of("weighted-nps.json", type(WeightedNpsAccumulator.class)));
    return documents;
  }

  private static JavaType type(Class<?> type) {
    return MAPPER.constructType(type);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("documents")
  void mutantsAreReadOrRejectedWithAJacksonException(String fixture, JavaType type) {
    fuzz(fixture, type, (value, mutant) -> assertValid(value, type, mutant));
  }

  /**
   * Reads {@link #MUTANTS_PER_DOCUMENT} mutants of a fixture as {@code type}, checking each failure
   * and handing each value read (never null) with its document to {@code checkValid}.
   */
  static void fuzz(String fixture, JavaType type, BiConsumer<Object, String> checkValid) {
    String original = resource("format1/" + fixture);
    Random random = new Random(SEED ^ fixture.hashCode() ^ type.getRawClass().hashCode());
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < MUTANTS_PER_DOCUMENT; i++) {
      String mutant = mutate(original, random);
      Object value;
      try {
        value = read(mutant, type);
      } catch (MismatchedInputException e) {
        assertFalse(e.getOriginalMessage().contains(GuardedDeserializer.MARKER),
            () -> "the reader's own validation missed this for " + mutant + ": " + e.getMessage());
        // Jackson's own checks around the value (empty input, tokens after the value) report in
        // their own words; every failure from this module's readers starts with the path.
        assertTrue(e.getOriginalMessage().startsWith("$")
                || e.getOriginalMessage().startsWith("Trailing token")
                || e.getOriginalMessage().startsWith("No content to map"),
            () -> "validation failure without a path for " + mutant + ": " + e.getMessage());
        rejected++;
        continue;
      } catch (JacksonException e) {
        rejected++;
        continue;
      } catch (Throwable e) {
        fail("reading mutant " + i + " of " + fixture + " threw " + e + "\n" + mutant, e);
        return;
      }
      if (value != null) {
        checkValid.accept(value, mutant);
      }
      accepted++;
    }
    assertTrue(rejected > MUTANTS_PER_DOCUMENT / 4, "most mutants should be rejected");
    assertEquals(MUTANTS_PER_DOCUMENT, accepted + rejected);
  }

  /** A value read from any document must write and read back as itself. */
  private static void assertValid(Object value, JavaType type, String mutant) {
    if (value == null) {
      return;
    }
    String json = MAPPER.writerFor(type).writeValueAsString(value);
    Object back = read(json, type);
    if (value instanceof WeightedNpsAccumulator) {
      value = ((WeightedNpsAccumulator) value).snapshot();
      back = ((WeightedNpsAccumulator) back).snapshot();
    } else if (value instanceof NpsAccumulator) {
      value = ((NpsAccumulator) value).snapshot();
      back = ((NpsAccumulator) back).snapshot();
    } else if (value instanceof SegmentedNpsAccumulator) {
      value = List.copyOf(((SegmentedNpsAccumulator) value).snapshot().entrySet());
      back = List.copyOf(((SegmentedNpsAccumulator) back).snapshot().entrySet());
    } else if (value instanceof NpsDifference || value instanceof SegmentComparison) {
      value = json;
      back = MAPPER.writerFor(type).writeValueAsString(back);
    } else if (value instanceof Map) {
      value = List.copyOf(((Map<?, ?>) value).entrySet());
      back = List.copyOf(((Map<?, ?>) back).entrySet());
    }
    assertEquals(value, back, () -> "accepted mutant does not round trip: " + mutant);
    if (value instanceof Nps) {
      Nps nps = (Nps) value;
      assertEquals(nps.total(), nps.detractors() + nps.passives() + nps.promoters());
    }
  }

  private static String mutate(String document, Random random) {
    StringBuilder text = new StringBuilder(document);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(7)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
        case 3 -> replaceNumber(text, random);
        case 4 -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(40));
          text.insert(at, text.substring(at, end));
        }
        case 5 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
        default -> text.setLength(at);
      }
    }
    return text.toString();
  }

  /** Replaces one number in the document by a fragment, keeping the structure intact. */
  private static void replaceNumber(StringBuilder text, Random random) {
    List<int[]> numbers = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Character.isDigit(c) || c == '-')
          && (i == 0 || "[ ,:".indexOf(text.charAt(i - 1)) >= 0)) {
        int end = i;
        while (end < text.length() && "0123456789.-+eE".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        numbers.add(new int[] {i, end});
        i = end;
      }
    }
    if (!numbers.isEmpty()) {
      int[] number = numbers.get(random.nextInt(numbers.size()));
      text.replace(number[0], number[1], FRAGMENTS[random.nextInt(13)]);
    }
  }
}

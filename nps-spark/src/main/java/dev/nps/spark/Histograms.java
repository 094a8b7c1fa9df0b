package dev.nps.spark;

import dev.nps.Nps;
import dev.nps.Score;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one layout of a histogram in Spark, {@code ARRAY<BIGINT>} of eleven counts where element i
 * counts the answers equal to i, and the checks every function applies to it and to answers.
 *
 * <p>For NPS this is the library's {@link Nps#histogram()} and nps-jackson's {@code counts}. CSAT
 * answers use the same eleven slots whatever their scale (1-5 answers leave slots 0 and 6 to 10
 * at 0), so that a histogram can be built and stored before its scale is named, and every
 * histogram merges with the same aggregate.
 */
final class Histograms {
  /** Eleven counts: answers 0 to 10. */
  static final int SLOTS = 11;

  private Histograms() {}

  /** What the answers of a histogram are, for messages. */
  enum Kind {
    NPS("score", "NPS"),
    CSAT("answer", "CSAT");

    private final String answer;
    private final String label;

    Kind(String answer, String label) {
      this.answer = answer;
      this.label = label;
    }

    /**
     * Checks one answer and returns it as an {@code int}. Integral values in [0, 10] pass; others
     * throw the library's message for an integer outside the range, or the same wording for a
     * fraction.
     */
    int answer(Number value) {
      double asDouble = value.doubleValue();
      int asInt = (int) asDouble;
      if (asInt == asDouble && asInt >= 0 && asInt < SLOTS) {
        return asInt;
      }
      if (this == NPS && asInt == asDouble) {
        Score.of(asInt); // throws the library's message, "score must be in [0, 10], was 11"
      }
      throw new IllegalArgumentException(
          answer + " must be an integer in [0, 10], was " + value);
    }

    /**
     * Reads a histogram value as Spark hands it over: a {@code long[]}, a {@link List} (from
     * {@code Row.getList}) or a Scala {@code Seq} (a UDF's {@code ARRAY<BIGINT>} argument).
     *
     * @return a new array of eleven non-negative counts, or null for a null value
     */
    long[] counts(Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof long[]) {
        return check(((long[]) value).clone());
      }
      Object[] elements;
      if (value instanceof List) {
        elements = ((List<?>) value).toArray();
      } else if (value instanceof scala.collection.Seq) {
        scala.collection.Seq<?> seq = (scala.collection.Seq<?>) value;
        elements = new Object[seq.length()];
        for (int i = 0; i < elements.length; i++) {
          elements[i] = seq.apply(i);
        }
      } else {
        throw new IllegalArgumentException(
            label + " histogram must be an ARRAY<BIGINT> of 11 counts, was a "
                + value.getClass().getName());
      }
      checkLength(elements.length);
      long[] counts = new long[SLOTS];
      for (int i = 0; i < SLOTS; i++) {
        counts[i] = count(i, elements[i]);
      }
      return check(counts);
    }

    private long count(int slot, Object element) {
      if (element == null) {
        throw new IllegalArgumentException(
            "count for " + answer + " " + slot + " must not be NULL in " + label + " histogram");
      }
      if (element instanceof Long || element instanceof Integer || element instanceof Short
          || element instanceof Byte) {
        return ((Number) element).longValue();
      }
      throw new IllegalArgumentException(
          "count for " + answer + " " + slot + " must be a BIGINT, was " + element + " ("
              + element.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ")");
    }

    private void checkLength(int length) {
      if (length != SLOTS) {
        throw new IllegalArgumentException(
            label + " histogram must have 11 counts (" + answer + "s 0 to 10), had " + length);
      }
    }

    private long[] check(long[] counts) {
      checkLength(counts.length);
      for (int i = 0; i < SLOTS; i++) {
        if (counts[i] < 0) {
          throw new IllegalArgumentException(
              "count for " + answer + " " + i + " must not be negative, was " + counts[i]);
        }
      }
      return counts;
    }
  }

  /**
   * Adds {@code from} into {@code into}, overflow throwing before anything changes.
   *
   * @return {@code into}
   */
  static long[] addInto(long[] into, long[] from) {
    long[] sum = new long[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      sum[i] = Math.addExact(into[i], from[i]);
    }
    System.arraycopy(sum, 0, into, 0, SLOTS);
    return into;
  }

  /** The result of eleven checked counts; the library checks the total for overflow. */
  static Nps nps(long[] counts) {
    return Nps.ofHistogram(counts);
  }

  /**
   * The result of eleven checked counts on a scale: the counts of answers off the scale must be 0,
   * else the library's message for such an answer.
   */
  static Csat csat(long[] counts, CsatScale scale) {
    for (int answer = 0; answer < SLOTS; answer++) {
      if (counts[answer] != 0 && !scale.contains(answer)) {
        Csat.ofAnswers(scale, answer); // throws "answer must be in [1, 5] for scale 1-5, was 6"
      }
    }
    return Csat.ofHistogram(scale, Arrays.copyOfRange(counts, scale.min(), scale.max() + 1));
  }

  /** The eleven-slot histogram of a CSAT result, the layout of {@code csat_histogram}. */
  static long[] slots(Csat csat) {
    long[] counts = new long[SLOTS];
    long[] perAnswer = csat.histogram();
    System.arraycopy(perAnswer, 0, counts, csat.scale().min(), perAnswer.length);
    return counts;
  }
}

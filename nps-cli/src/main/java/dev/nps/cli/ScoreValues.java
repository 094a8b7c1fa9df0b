package dev.nps.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text of an answer: a plain integer, the number a label starts with ("10 - Extremely
 * likely"), a label mapped to a value ({@code --map Good=1}), or a value that means the question
 * was not answered (blank, or a preset's "not rated" values such as Zendesk's "Offered").
 *
 * <p>The syntax is strict: after trimming spaces and tabs (nothing else), a number is an optional
 * sign and at most nine digits; so {@code "9\0"} or {@code "9\u0001"} is invalid, not 9.
 */
final class ScoreValues {
  /** The result of a blank or "not rated" answer. */
  static final int UNANSWERED = Integer.MIN_VALUE;
  /** The result of text that is no answer value. */
  static final int INVALID = Integer.MIN_VALUE + 1;

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  /** A number, spaces, a dash and a label: "10 - Extremely likely", "0 – Not at all likely". */
  private static final Pattern LABELLED =
      Pattern.compile("([0-9]{1,2}) +[-\u2013\u2014] +[^ ].*");

  private final Map<String, Integer> labels;
  private final Set<String> notRated;

  ScoreValues(Map<String, Integer> labels, Set<String> notRated) {
    Map<String, Integer> lower = new LinkedHashMap<>();
    labels.forEach((label, value) -> lower.put(label.toLowerCase(Locale.ROOT), value));
    Set<String> lowerNotRated = new LinkedHashSet<>();
    notRated.forEach(value -> lowerNotRated.add(value.toLowerCase(Locale.ROOT)));
    this.labels = Collections.unmodifiableMap(lower);
    this.notRated = Collections.unmodifiableSet(lowerNotRated);
  }

  Map<String, Integer> labels() {
    return labels;
  }

  Set<String> notRated() {
    return notRated;
  }

  /**
   * Reads an answer.
   *
   * @param text the field's text, not null
   * @return the value, {@link #UNANSWERED} or {@link #INVALID}
   */
  int parse(String text) {
    String trimmed = RowParser.trim(text);
    if (trimmed.isEmpty()) {
      return UNANSWERED;
    }
    if (INTEGER.matcher(trimmed).matches()) {
      return Integer.parseInt(trimmed);
    }
    if (!labels.isEmpty() || !notRated.isEmpty()) {
      String lower = trimmed.toLowerCase(Locale.ROOT);
      Integer value = labels.get(lower);
      if (value != null) {
        return value;
      }
      if (notRated.contains(lower)) {
        return UNANSWERED;
      }
    }
    if (trimmed.length() <= 200 && LABELLED.matcher(trimmed).matches()
        && Text.escape(trimmed).equals(trimmed)) {
      return Integer.parseInt(trimmed.substring(0, trimmed.indexOf(' ')));
    }
    return INVALID;
  }
}

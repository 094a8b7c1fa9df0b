package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strict syntax of answers, labels and "not rated" values. */
class ScoreValuesTest {
  private static final ScoreValues PLAIN = new ScoreValues(Map.of(), Set.of());

  @Test
  void anOptionalSignAndDigitsAfterTrimmingSpacesAndTabsOnly() {
    assertEquals(9, PLAIN.parse("9"));
    assertEquals(9, PLAIN.parse(" 9 "));
    assertEquals(9, PLAIN.parse("\t9\t"));
    assertEquals(9, PLAIN.parse("+9"));
    assertEquals(10, PLAIN.parse("010"));
    assertEquals(-1, PLAIN.parse("-1"), "a range error later, not a syntax error");
    for (String invalid : new String[] {"9\u0000", "\u00009", "9\u0001\u0002\u0003", "9.0",
        "\u0669", "nine", "9 9", "1234567890", "\u00a09", "9\r", "+", "--9"}) {
      assertEquals(ScoreValues.INVALID, PLAIN.parse(invalid), invalid);
    }
  }

  @Test
  void blankIsUnanswered() {
    assertEquals(ScoreValues.UNANSWERED, PLAIN.parse(""));
    assertEquals(ScoreValues.UNANSWERED, PLAIN.parse("  \t "));
  }

  @Test
  void anAnswerThatStartsWithItsNumberIsThatNumber() {
    assertEquals(10, PLAIN.parse("10 - Extremely likely"));
    assertEquals(0, PLAIN.parse("0 - Not at all likely"));
    assertEquals(10, PLAIN.parse("10 \u2013 Extremely likely"));
    for (String invalid : new String[] {"10-Extremely likely", "10 -", "10 - ",
        "10 - \u001b[31m", "100 - Too much", "x - label"}) {
      assertEquals(ScoreValues.INVALID, PLAIN.parse(invalid), invalid);
    }
  }

  @Test
  void labelsAndNotRatedValuesInAnyCase() {
    ScoreValues zendesk = new ScoreValues(Map.of("Good", 1, "Bad", 0), Set.of("Offered"));
    assertEquals(1, zendesk.parse("good"));
    assertEquals(1, zendesk.parse("GOOD"));
    assertEquals(0, zendesk.parse(" Bad "));
    assertEquals(ScoreValues.UNANSWERED, zendesk.parse("offered"));
    assertEquals(ScoreValues.INVALID, zendesk.parse("meh"));
    assertEquals(1, zendesk.parse("1"), "numbers still work");
  }
}

package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import dev.nps.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CesTest {
  /**
   * 100 answers on the seven-point CES scale: counts 2, 3, 5, 10, 20, 40, 20 for answers 1 to 7.
   * Sum = 2 + 6 + 15 + 40 + 100 + 240 + 140 = 543, mean 5.43. Sum of squares = 2 + 12 + 45 + 160 +
   * 500 + 1440 + 980 = 3139; variance = (100 * 3139 - 543^2) / 9900 = (313900 - 294849) / 9900 =
   * 19051 / 9900 = 1.924343, s = 1.387207. Agreeing (5 to 7): 80 of 100.
   */
  private static final long[] COUNTS = {2, 3, 5, 10, 20, 40, 20};

  @Test
  void meanWithIntervalAndShareAgreeing() {
    Ces ces = Ces.ofHistogram(CsatScale.CES_ONE_TO_SEVEN, COUNTS);
    assertEquals(5.43, ces.mean(), 1e-15);
    assertEquals(Math.sqrt(19051.0 / 9900), ces.standardDeviation(), 1e-15);
    assertEquals(80, ces.agreeing());
    assertEquals(80.0, ces.agreePercent());
    assertEquals(100, ces.total());
    // 90%: t(0.95, 99) = 1.660391156 (mpmath), half-width 1.660391156 * 1.387207 / 10 = 0.230331.
    Interval mean = ces.meanConfidenceInterval(0.90);
    assertEquals(5.43 - 0.2303306338, mean.lower(), 1e-9);
    assertEquals(5.43 + 0.2303306338, mean.upper(), 1e-9);
    // Wilson 95% for 80 of 100: root = 1.959964 sqrt(3.841459 + 64) = 16.14617, lower = (160 +
    // 3.841459 - 16.14617) / 207.68292 = 0.711171, upper = (163.841459 + 16.14617) / 207.68292 =
    // 0.866633.
    Interval agree = ces.agreeConfidenceInterval(0.95);
    assertEquals(71.1171, agree.lower(), 0.0005);
    assertEquals(86.6633, agree.upper(), 0.0005);
  }

  @Test
  void sevenPointScaleIsTheDefault() {
    List<Response> responses = new ArrayList<>();
    for (int answer : new int[] {7, 5, 4, 1, 6}) {
      responses.add(Response.of(answer));
    }
    Ces ces = Ces.of(responses);
    assertEquals(CsatScale.CES_ONE_TO_SEVEN, ces.scale());
    // 7, 5, 6 agree: 3 of 5.
    assertEquals(60.0, ces.agreePercent());
    assertEquals(4.6, ces.mean(), 1e-15);
    assertEquals(Ces.of(Csat.ofAnswers(CsatScale.CES_ONE_TO_SEVEN, 7, 5, 4, 1, 6)), ces);
    assertEquals(ces.hashCode(), Ces.of(ces.csat()).hashCode());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ces.of(List.of(Response.of(8))));
    assertEquals("answer of response at position 0 must be in [1, 7] for scale 1-7, was 8",
        e.getMessage());
  }

  @Test
  void legacyFivePointScaleAgreesFromFour() {
    List<Response> responses = new ArrayList<>();
    for (int answer : new int[] {5, 4, 3, 2}) {
      responses.add(Response.of(answer));
    }
    Ces ces = Ces.of(CsatScale.CES_ONE_TO_FIVE, responses);
    assertEquals(50.0, ces.agreePercent());
    assertEquals(3.5, ces.mean());
  }
}

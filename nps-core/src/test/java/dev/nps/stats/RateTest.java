package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateTest {
  /** Table values are given to four decimals of a proportion, so to 0.005 percent. */
  private static final double TABLE = 0.005 + 1e-9;

  private static void assertInterval(double lower, double upper, Interval actual, double delta) {
    assertEquals(lower, actual.lower(), delta, "lower bound of " + actual);
    assertEquals(upper, actual.upper(), delta, "upper bound of " + actual);
  }

  /**
   * Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
   * methods", Statistics in Medicine 17 (1998) 857-872, Table I, method 3 (Wilson score interval
   * without continuity correction), 95%.
   */
  @Test
  void wilsonIntervalsOfNewcombeTableOne() {
    assertInterval(25.53, 36.62, Rate.of(81, 263).confidenceInterval(0.95), TABLE);
    assertInterval(6.24, 16.05, Rate.of(15, 148).confidenceInterval(0.95), TABLE);
    assertInterval(0.0, 16.11, Rate.of(0, 20).confidenceInterval(0.95), TABLE);
    assertInterval(0.61, 17.18, Rate.of(1, 29).confidenceInterval(0.95), TABLE);
    // k = 0 gives exactly 0 as the lower bound.
    assertEquals(0.0, Rate.of(0, 20).confidenceInterval(0.95).lower());
  }

  /**
   * Wald ("simple asymptotic", method 1 of Newcombe 1998), worked by hand: 81/263 = 0.30798, SE =
   * sqrt(0.30798 * 0.69202 / 263) = 0.028468, 1.96 * SE = 0.055797, so [0.2522, 0.3638]; for 0 of
   * 20 the standard error is 0 and the interval degenerates to the single point 0, the aberration
   * Newcombe warns of.
   */
  @Test
  void waldIntervalsOfNewcombeTableOne() {
    assertInterval(25.22, 36.38,
        Rate.of(81, 263).confidenceInterval(0.95, ProportionInterval.WALD), TABLE);
    assertInterval(0.0, 0.0, Rate.of(0, 20).confidenceInterval(0.95, ProportionInterval.WALD), 0);
    // 1 of 29: 0.03448 +- 1.96 * sqrt(0.03448 * 0.96552 / 29) = 0.03448 +- 0.06643: the lower
    // bound -0.0319 is clipped to 0.
    assertInterval(0.0, 10.09, Rate.of(1, 29).confidenceInterval(0.95, ProportionInterval.WALD),
        TABLE);
  }

  /**
   * 12 escalations of 240 tickets, 95% Wilson: with z = 1.959964, z^2 = 3.841459, 4k(n - k)/n =
   * 4 * 12 * 228 / 240 = 45.6, root = z sqrt(3.841459 + 45.6) = 1.959964 * 7.031462 = 13.78141,
   * denominator 2(240 + 3.841459) = 487.68292: lower = (24 + 3.841459 - 13.78141) / 487.68292 =
   * 0.028830, upper = (24 + 3.841459 + 13.78141) / 487.68292 = 0.085348.
   */
  @Test
  void workedExample() {
    Rate rate = Rate.of(12, 240);
    assertEquals(5.0, rate.percent());
    assertEquals(12, rate.successes());
    assertEquals(228, rate.failures());
    assertEquals(240, rate.total());
    assertInterval(2.8830, 8.5348, rate.confidenceInterval(0.95), 0.0005);
  }

  @Test
  void intervalWidensWithTheLevelAndStaysInRange() {
    Rate rate = Rate.of(7, 9);
    Interval narrow = rate.confidenceInterval(0.8);
    Interval wide = rate.confidenceInterval(0.99);
    assertTrue(wide.lower() < narrow.lower() && narrow.upper() < wide.upper());
    assertTrue(wide.contains(rate.percent()));
    Interval all = Rate.of(9, 9).confidenceInterval(0.999999);
    assertEquals(100.0, all.upper());
    assertTrue(all.lower() > 0);
  }

  @Test
  void mergesByAddingCounts() {
    assertEquals(Rate.of(21, 440), Rate.of(12, 240).plus(Rate.of(9, 200)));
    assertEquals(Rate.of(3, 4), Rate.of(3, 4).plus(Rate.empty()));
    assertEquals(Rate.empty(), Rate.of(0, 0));
    assertNotEquals(Rate.of(1, 2), Rate.of(2, 4));
    assertEquals(Rate.of(1, 2).hashCode(), Rate.of(1, 2).hashCode());
    assertEquals("Rate[12 of 240, 5.00%]", Rate.of(12, 240).toString());
    assertEquals("Rate[0 of 0, undefined]", Rate.empty().toString());
    assertThrows(ArithmeticException.class,
        () -> Rate.of(1, Long.MAX_VALUE).plus(Rate.of(1, 1)));
  }

  /** Tickets 0..999, escalated when divisible by 8: 125 of 1000. */
  @Test
  void countsAStreamSequentiallyAndInParallel() {
    List<Integer> tickets = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(Rate.of(125, 1000), tickets.stream().collect(Rate.collector(t -> t % 8 == 0)));
    assertEquals(Rate.of(125, 1000),
        tickets.parallelStream().collect(Rate.collector(t -> t % 8 == 0)));
    assertEquals(Rate.empty(), List.<Integer>of().stream().collect(Rate.collector(t -> true)));
  }

  @Test
  void rejectsInvalidInput() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rate.of(12, 10));
    assertEquals("successes must be in [0, 10] for total 10, was 12", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, 10));
    assertEquals("successes must be in [0, 10] for total 10, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Rate.of(0, -3));
    assertEquals("total must not be negative, was -3", e.getMessage());
    IllegalStateException empty =
        assertThrows(IllegalStateException.class, () -> Rate.empty().percent());
    assertEquals("a rate is undefined without trials: total is 0", empty.getMessage());
    assertThrows(IllegalStateException.class, () -> Rate.empty().confidenceInterval(0.95));
    e = assertThrows(IllegalArgumentException.class, () -> Rate.of(1, 2).confidenceInterval(1.5));
    assertEquals("level must be in (0, 1), was 1.5", e.getMessage());
  }
}

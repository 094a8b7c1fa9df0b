package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.nps.Nps;
import org.junit.jupiter.api.Test;

/** The comparison results are values: equal on their inputs and method, unequal otherwise. */
class ResultEqualityTest {
  private static final Nps A = Nps.ofAnswers(10, 9, 8, 3);
  private static final Nps B = Nps.ofAnswers(0, 9, 4, 7);

  private static void assertEqualValues(Object one, Object two) {
    assertEquals(one, two);
    assertEquals(two, one);
    assertEquals(one.hashCode(), two.hashCode());
    assertEquals(one, one);
  }

  @Test
  void npsDifferencesAreEqualOnTheirGroupsAndVariant() {
    NpsDifference difference = NpsDifference.of(A, B);
    assertEqualValues(difference, NpsDifference.of(Nps.ofAnswers(3, 8, 9, 10), B));
    assertNotEquals(difference, NpsDifference.of(B, A));
    assertNotEquals(difference, NpsDifference.of(A, B, DifferenceMethod.ADJUSTED_WALD));
    assertNotEquals(difference, NpsDifference.of(A, Nps.ofAnswers(0, 9, 4, 8)));
    assertNotEquals(difference, NpsDifference.of(Nps.ofAnswers(10, 9, 8, 4), B));
    // The same categories without the per-score histogram are different inputs.
    assertNotEquals(difference, NpsDifference.of(A.categoriesOnly(), B));
    assertNotEquals(difference, null);
    assertNotEquals(difference, RateDifference.of(Rate.of(1, 2), Rate.of(1, 3)));
  }

  @Test
  void rateDifferencesAreEqualOnTheirRates() {
    RateDifference difference = RateDifference.of(Rate.of(56, 70), Rate.of(48, 80));
    assertEqualValues(difference, RateDifference.of(Rate.of(56, 70), Rate.of(48, 80)));
    assertNotEquals(difference, RateDifference.of(Rate.of(48, 80), Rate.of(56, 70)));
    assertNotEquals(difference, RateDifference.of(Rate.of(55, 70), Rate.of(48, 80)));
    assertNotEquals(difference, RateDifference.of(Rate.of(56, 71), Rate.of(48, 80)));
    assertNotEquals(difference, RateDifference.of(Rate.of(56, 70), Rate.of(47, 80)));
    assertNotEquals(difference, RateDifference.of(Rate.of(56, 70), Rate.of(48, 81)));
    assertNotEquals(difference, Rate.of(56, 70));
  }

  @Test
  void panelComparisonsAreEqualOnTheirTablesAndUnmatchedAnswers() {
    TransitionTable table = TransitionTable.of(new long[][] {{3, 1, 0}, {0, 4, 2}, {1, 0, 5}});
    PanelComparison panel = PanelComparison.of(table, A, B);
    assertEqualValues(panel, PanelComparison.of(
        TransitionTable.of(new long[][] {{3, 1, 0}, {0, 4, 2}, {1, 0, 5}}), A, B));
    assertNotEquals(panel, PanelComparison.of(
        TransitionTable.of(new long[][] {{3, 1, 0}, {0, 4, 2}, {1, 1, 4}}), A, B));
    assertNotEquals(panel, PanelComparison.of(table, B, A));
    assertNotEquals(panel, PanelComparison.of(table, A, A));
    assertNotEquals(panel, PanelComparison.of(table, B, B));
    assertNotEquals(panel, PanelComparison.of(table));
    assertNotEquals(panel, table);
  }
}

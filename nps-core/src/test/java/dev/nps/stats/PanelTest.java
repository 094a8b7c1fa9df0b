package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {
  private static final double EPS = 1e-9;

  /** Rows: first wave detractor, passive, promoter; columns: second wave, same order. */
  private static final long[][] TABLE = {{30, 10, 5}, {8, 40, 12}, {2, 9, 84}};

  @Test
  void changeAndStandardErrorFromTheTransitionTable() {
    // 200 respondents. First wave: 45 detractors, 60 passives, 95 promoters -> NPS 25.
    // Second wave: 40, 59, 101 -> NPS 30.5. Change 5.5 points.
    // Paired differences y2 - y1 per cell (column - row): sum = 10*1 + 5*2 + 8*(-1) + 12*1
    // + 2*(-2) + 9*(-1) = 11; sum of squares = 10 + 20 + 8 + 12 + 8 + 9 = 67.
    // s^2 = 67/200 - (11/200)^2 = 0.331975; SE = 100 sqrt(0.331975 / 200) = 4.0741563543880;
    // The test uses the variance under "no change", the mean square 67/200:
    // z = (11/200) / sqrt(67/200/200) = 1.3438638879194, p = 0.17899240543729 (mpmath, 30 digits).
    PanelComparison panel = PanelComparison.of(TransitionTable.of(TABLE));
    assertEquals(200, panel.matched());
    assertEquals(25.0, panel.transitions().first().score(), EPS);
    assertEquals(30.5, panel.transitions().second().score(), EPS);
    assertEquals(5.5, panel.estimate(), EPS);
    assertEquals(100 * Math.sqrt(0.331975 / 200), panel.standardError(), EPS);
    assertEquals(1.3438638879193575, panel.z(), EPS);
    assertEquals(0.17899240543729048, panel.pValue(), 1e-12);
    Interval interval = panel.confidenceInterval(0.95);
    assertEquals(-2.4851997219854572, interval.lower(), EPS);
    assertEquals(13.485199721985457, interval.upper(), EPS);
  }

  @Test
  void pairedStandardErrorEqualsVarianceOfDifferencesComputedPerRespondent() {
    // Expand the table into 200 respondents and compute Var(y1) + Var(y2) - 2 Cov(y1, y2)
    // directly (population moments), as an independent check of the table formula.
    List<int[]> pairs = new ArrayList<>();
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        for (long k = 0; k < TABLE[row][column]; k++) {
          pairs.add(new int[] {row - 1, column - 1});
        }
      }
    }
    double n = pairs.size();
    double m1 = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
    double m2 = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
    double v1 = pairs.stream().mapToDouble(p -> (p[0] - m1) * (p[0] - m1)).sum() / n;
    double v2 = pairs.stream().mapToDouble(p -> (p[1] - m2) * (p[1] - m2)).sum() / n;
    double cov = pairs.stream().mapToDouble(p -> (p[0] - m1) * (p[1] - m2)).sum() / n;
    double expected = 100 * Math.sqrt((v1 + v2 - 2 * cov) / n);
    PanelComparison panel = PanelComparison.of(TransitionTable.of(TABLE));
    assertEquals(expected, panel.standardError(), 1e-9);
    // Treating the waves as independent overstates the uncertainty here (positive correlation).
    double independent =
        NpsDifference.of(panel.transitions().second(), panel.transitions().first())
            .standardError();
    assertEquals(100 * Math.sqrt((v1 + v2) / n), independent, 1e-9);
    assertTrue(panel.standardError() < independent);
  }

  @Test
  void matchesRespondentsByIdAndReportsThoseInOneWaveOnly() {
    List<Response> first =
        List.of(
            answer("a", 3),
            answer("b", 7),
            answer("c", 10),
            answer("d", 9), // only in the first wave
            answer("e", 0)); // only in the first wave
    List<Response> second =
        List.of(
            answer("c", 6),
            answer("a", 9),
            answer("b", 8),
            answer("f", 10)); // only in the second wave
    PanelComparison panel = PanelComparison.of(first, second);
    // a: detractor -> promoter, b: passive -> passive, c: promoter -> detractor.
    assertEquals(
        TransitionTable.of(new long[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}}), panel.transitions());
    assertEquals(3, panel.matched());
    assertEquals(0.0, panel.estimate(), EPS);
    assertEquals(Nps.ofAnswers(9, 0), panel.onlyInFirst());
    assertEquals(Nps.ofAnswers(10), panel.onlyInSecond());
    assertEquals(
        "PanelComparison[matched=3, estimate=0.00, standardError=94.28, onlyInFirst=2,"
            + " onlyInSecond=1]",
        panel.toString());
  }

  @Test
  void worksWithOneShotIterables() {
    List<Response> first = List.of(answer("a", 3), answer("b", 10));
    List<Response> second = List.of(answer("a", 9), answer("b", 10));
    Iterable<Response> once = first::iterator;
    PanelComparison panel = PanelComparison.of(once, second);
    // a: detractor -> promoter (+2), b: promoter -> promoter (0): change 100 points.
    assertEquals(100.0, panel.estimate(), EPS);
  }

  @Test
  void tablesMergeByAddition() {
    TransitionTable left = TransitionTable.of(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    TransitionTable right = TransitionTable.of(new long[][] {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}});
    TransitionTable sum = left.plus(right);
    assertEquals(
        TransitionTable.of(new long[][] {{10, 10, 10}, {10, 10, 10}, {10, 10, 10}}), sum);
    assertEquals(sum, right.plus(left));
    assertEquals(90, sum.total());
    assertEquals(3, left.count(Category.DETRACTOR, Category.PROMOTER));
    assertEquals(7, left.count(Category.PROMOTER, Category.DETRACTOR));
    assertEquals(left, left.plus(TransitionTable.empty()));
    assertNotEquals(left, right);
    assertEquals("TransitionTable[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", left.toString());

    PanelComparison a =
        PanelComparison.of(
            List.of(answer("a", 3), answer("x", 9)), List.of(answer("a", 9)));
    PanelComparison b =
        PanelComparison.of(List.of(answer("b", 10)), List.of(answer("b", 0), answer("y", 7)));
    PanelComparison merged = a.plus(b);
    assertEquals(a.transitions().plus(b.transitions()), merged.transitions());
    assertEquals(Nps.ofAnswers(9), merged.onlyInFirst());
    assertEquals(Nps.ofAnswers(7), merged.onlyInSecond());
  }

  @Test
  void noMatchedRespondentMeansNoEstimate() {
    PanelComparison panel =
        PanelComparison.of(List.of(answer("a", 3)), List.of(answer("b", 9)));
    assertEquals(0, panel.matched());
    IllegalStateException e = assertThrows(IllegalStateException.class, panel::estimate);
    assertEquals(
        "no respondent answered both waves: the change is undefined (matched is 0; 1 only in the"
            + " first wave, 1 only in the second)",
        e.getMessage());
    assertThrows(IllegalStateException.class, panel::standardError);
    assertThrows(IllegalStateException.class, () -> panel.confidenceInterval(0.95));
    assertEquals(
        "PanelComparison[matched=0, estimate=undefined, onlyInFirst=1, onlyInSecond=1]",
        panel.toString());
  }

  @Test
  void responsesWithoutIdOrWithARepeatedIdAreRejected() {
    IllegalArgumentException anonymous =
        assertThrows(
            IllegalArgumentException.class,
            () -> PanelComparison.of(List.of(answer("a", 3), Response.of(9)), List.of()));
    assertEquals(
        "response at position 1 of the first wave has no respondent id; a panel comparison"
            + " matches respondents by id",
        anonymous.getMessage());
    IllegalArgumentException repeated =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PanelComparison.of(
                    List.of(answer("a", 3)),
                    List.of(answer("a", 3), answer("b", 5), answer("a", 9))));
    assertEquals(
        "respondent at position 2 of the second wave already answered it at position 0; each"
            + " respondent may answer a wave once",
        repeated.getMessage());
    NullPointerException nullElement =
        assertThrows(
            NullPointerException.class,
            () -> PanelComparison.of(Arrays.asList(answer("a", 3), null), List.of()));
    assertEquals("response at position 1 of the first wave is null", nullElement.getMessage());
  }

  @Test
  void invalidTablesAreRejected() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> TransitionTable.of(new long[][] {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}));
    assertEquals(
        "transition count at row 1, column 1 must not be negative, was -5", negative.getMessage());
    IllegalArgumentException rows =
        assertThrows(
            IllegalArgumentException.class, () -> TransitionTable.of(new long[][] {{1, 2, 3}}));
    assertEquals(
        "transition table must have 3 rows (detractor, passive, promoter), had 1",
        rows.getMessage());
    IllegalArgumentException columns =
        assertThrows(
            IllegalArgumentException.class,
            () -> TransitionTable.of(new long[][] {{1, 2, 3}, {4, 5}, {7, 8, 9}}));
    assertEquals("transition table row 1 must have 3 counts, had 2", columns.getMessage());
  }

  @Test
  void invalidLevelIsRejected() {
    PanelComparison panel = PanelComparison.of(TransitionTable.of(TABLE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> panel.confidenceInterval(1.5));
    assertEquals("level must be in (0, 1), was 1.5", e.getMessage());
  }

  private static Response answer(String respondentId, int score) {
    return Response.builder().score(score).respondentId(respondentId).build();
  }

  @Test
  void fewRespondentsWhoAllMovedGiveAModestPValueNotZero() {
    // Three respondents, each detractor -> promoter: every paired difference is 2, so the Wald
    // SE is 0; under "no change" the variance is the mean square 4, z = 2 / sqrt(4/3) = sqrt(3)
    // = 1.7320508, p = 0.083264516663550 (mpmath, 30 digits).
    PanelComparison panel =
        PanelComparison.of(TransitionTable.of(new long[][] {{0, 0, 3}, {0, 0, 0}, {0, 0, 0}}));
    assertEquals(200.0, panel.estimate(), EPS);
    assertEquals(0.0, panel.standardError(), EPS);
    assertEquals(Math.sqrt(3), panel.z(), EPS);
    assertEquals(0.08326451666355040, panel.pValue(), 1e-12);
    // Nobody moved: z = 0, p = 1.
    PanelComparison still =
        PanelComparison.of(TransitionTable.of(new long[][] {{2, 0, 0}, {0, 0, 0}, {0, 0, 5}}));
    assertEquals(0.0, still.z());
    assertEquals(1.0, still.pValue(), 1e-15);
  }
}

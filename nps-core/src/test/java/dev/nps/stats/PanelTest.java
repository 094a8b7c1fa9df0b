package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
    // s^2 = 67/200 - (11/200)^2 = 0.331975; SE = 100 sqrt(0.331975 / 200) = 4.0741563543880.
    // The score test and interval: score_reference.py, with the change counts (-2..2) = (2, 17,
    // 154, 22, 5), gives z = 1.35151220680276791516, p = 0.17653141233089992 and the 95% interval
    // [-2.59449073854831673328, 14.07209175392488773906].
    PanelComparison panel = PanelComparison.of(TransitionTable.of(TABLE));
    assertEquals(200, panel.matched());
    assertEquals(25.0, panel.transitions().first().score(), EPS);
    assertEquals(30.5, panel.transitions().second().score(), EPS);
    assertEquals(5.5, panel.estimate(), EPS);
    assertEquals(100 * Math.sqrt(0.331975 / 200), panel.standardError(), EPS);
    assertEquals(1.3515122068027679, panel.z(), 1e-12);
    assertEquals(panel.z(), panel.statistic());
    assertEquals(0.17653141233089992, panel.pValue(), 1e-14);
    Interval interval = panel.confidenceInterval(0.95);
    assertEquals(-2.5944907385483167, interval.lower(), 1e-11);
    assertEquals(14.072091753924888, interval.upper(), 1e-11);
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
    // Three respondents, each detractor -> promoter: every paired difference is 2, so the
    // observed SE is 0. Under "mean change 0" the restricted shares put 1/2 on +2 (observed) and
    // 1/2 on -2 (the unobserved extreme; 1 + t (x - 0) = 0 at t = 1/2 for x = -2), variance 4,
    // so z = 2 / sqrt(4/3) = sqrt(3) = 1.7320508, p = 0.08326451666355043 (score_reference.py),
    // interval [-24.59881270201821038381, 200].
    PanelComparison panel =
        PanelComparison.of(TransitionTable.of(new long[][] {{0, 0, 3}, {0, 0, 0}, {0, 0, 0}}));
    assertEquals(200.0, panel.estimate(), EPS);
    assertEquals(0.0, panel.standardError(), EPS);
    assertEquals(Math.sqrt(3), panel.z(), 1e-12);
    assertEquals(0.08326451666355043, panel.pValue(), 1e-14);
    assertEquals(-24.59881270201821, panel.confidenceInterval(0.95).lower(), 1e-10);
    assertEquals(200.0, panel.confidenceInterval(0.95).upper());
    // Nobody moved: z = 0, p = 1.
    PanelComparison still =
        PanelComparison.of(TransitionTable.of(new long[][] {{2, 0, 0}, {0, 0, 0}, {0, 0, 5}}));
    assertEquals(0.0, still.z());
    assertEquals(1.0, still.pValue(), 1e-15);
  }

  @Test
  void pValueAtMostAlphaExactlyWhenTheIntervalExcludesZero() {
    qt().forAll(lists().of(integers().between(0, 12)).ofSize(9), doubles().between(0.001, 0.5))
        .assuming((c, alpha) -> c.stream().mapToInt(Integer::intValue).sum() > 0)
        .checkAssert(
            (c, alpha) -> {
              long[][] table = new long[3][3];
              for (int i = 0; i < 9; i++) {
                table[i / 3][i % 3] = c.get(i);
              }
              PanelComparison panel = PanelComparison.of(TransitionTable.of(table));
              Interval interval = panel.confidenceInterval(1 - alpha);
              assertEquals(panel.pValue() <= alpha, !interval.contains(0.0),
                  () -> c + " alpha " + alpha + ": p " + panel.pValue() + " " + interval);
              assertTrue(interval.contains(panel.estimate()));
            });
  }

  @Test
  void exactCoverageOfTheScoreIntervalForThirtyRespondents() {
    // Every table of 30 respondents, summarised by its change counts (-2..2), with change
    // probabilities (0.02, 0.13, 0.60, 0.20, 0.05): mean change 0.13, 13 points. The interval
    // covers the truth with probability within a point or two of 95%; the Wald interval on the
    // observed standard error falls short.
    double[] shares = {0.02, 0.13, 0.60, 0.20, 0.05};
    double truth = 100 * (-2 * 0.02 - 0.13 + 0.20 + 2 * 0.05);
    int m = 30;
    double score = 0;
    double wald = 0;
    double total = 0;
    for (int a = 0; a <= m; a++) {
      for (int b = 0; a + b <= m; b++) {
        for (int c = 0; a + b + c <= m; c++) {
          for (int d = 0; a + b + c + d <= m; d++) {
            int e = m - a - b - c - d;
            double p = multinomial(m, new int[] {a, b, c, d, e}, shares);
            total += p;
            // One table per change vector (a, b, c, d, e respondents changed by -2, ..., 2):
            // row = first wave, column = second wave, change = column - row.
            long[][] table = {{c, d, e}, {b, 0, 0}, {a, 0, 0}};
            PanelComparison panel = PanelComparison.of(TransitionTable.of(table));
            if (panel.confidenceInterval(0.95).contains(truth)) {
              score += p;
            }
            double half = 1.959963984540054 * panel.standardError();
            if (Math.abs(panel.estimate() - truth) <= half) {
              wald += p;
            }
          }
        }
      }
    }
    assertEquals(1.0, total, 1e-12);
    assertTrue(score > 0.935 && score < 0.965, "score coverage " + score);
    assertTrue(wald < score, "Wald " + wald + " score " + score);
  }

  private static double multinomial(int n, int[] counts, double[] shares) {
    double log = logFactorial(n);
    for (int k = 0; k < counts.length; k++) {
      log += counts[k] * Math.log(shares[k]) - logFactorial(counts[k]);
    }
    return Math.exp(log);
  }

  private static double logFactorial(int n) {
    double sum = 0;
    for (int i = 2; i <= n; i++) {
      sum += Math.log(i);
    }
    return sum;
  }
}

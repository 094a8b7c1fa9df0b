package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.internal.Normal;
import dev.nps.stats.TwoGroupStudy.Cell;
import dev.nps.stats.TwoGroupStudy.Procedure;
import dev.nps.stats.TwoGroupStudy.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The type I error, coverage and power of the comparisons, before and after the score methods:
 * the study behind the README's tables.
 *
 * <p>By default a few cells run quickly and are checked against independent computations. With
 * {@code -Dnps.study=true} the whole study runs (about ten minutes on two cores) and
 * prints the README's tables:
 *
 * <pre>{@code
 * mvn -B -ntp -pl nps-core test -Dtest=ComparisonStudyTest -Dnps.study=true
 * }</pre>
 *
 * <p>Two independent NPS groups and two rates are enumerated exactly: every pair of samples, with
 * the outcomes of one group whose probability is below 1e-15 left out (the mass left out is
 * printed; it is below 1e-11 in every cell). The segment study is a seeded Monte Carlo.
 */
class ComparisonStudyTest {
  private static final double[] BALANCED = {0.20, 0.30, 0.50};
  private static final double[] EXTREME = {0.05, 0.15, 0.80};
  private static final double[] SPREAD = {0.40, 0.20, 0.40};
  private static final double[] NARROW = {0.10, 0.80, 0.10};
  private static final double[] SKEWED = {0.30, 0.10, 0.60};
  private static final double[] MIDDLE = {0.10, 0.50, 0.40};
  private static final double[] LOWER = {0.30, 0.30, 0.40};

  /** The share pairs of the study, each pair with equal NPS. */
  private static final double[][][] NULL_PAIRS = {
    {BALANCED, BALANCED}, {EXTREME, EXTREME}, {SPREAD, NARROW}, {SKEWED, MIDDLE},
  };

  private static final int[][] SIZES = {
    {20, 20}, {50, 50}, {200, 200}, {50, 200}, {200, 50}, {20, 200},
  };

  private static final Procedure[] PROCEDURES = {
    Procedure.POOLED_TEST_WALD_INTERVAL, Procedure.SCORE, Procedure.WALD,
    Procedure.ADJUSTED_WALD, Procedure.MOVER, Procedure.LIKELIHOOD_RATIO,
  };

  // ---------------------------------------------------------------------------------------------
  // Checks that run by default
  // ---------------------------------------------------------------------------------------------

  @Test
  void enumerationAgreesWithAnIndependentOne() {
    // nps-core/src/test/reference/enumeration_reference.py (exact fractions for the
    // probabilities, golden-section maximisation for the score test's restricted estimate):
    // 20/20, 40/20/40 vs 10/80/10: pooled 0.05702408211435659, score 0.04790596212745787.
    Cell cell = TwoGroupStudy.enumerate(20, SPREAD, 20, NARROW, 0.0,
        Procedure.POOLED_TEST_WALD_INTERVAL, Procedure.SCORE);
    assertEquals(1.0, cell.mass, 1e-12);
    assertEquals(0.05702408211435659, cell.rejects[0], 1e-12);
    assertEquals(0.04790596212745787, cell.rejects[1], 1e-12);
  }

  @Test
  void thePooledTestRejectedFarTooOftenWhenTheSmallGroupIsTheSpreadOne() {
    // The figures of the issue that started this, and of enumeration_reference.py: with 20
    // answers spread 40/20/40 against 100 answers at 10/80/10 (both NPS 0), the old pooled test
    // rejected 20.47% of the time, and 0.30% with the sizes swapped.
    Cell small = TwoGroupStudy.enumerate(20, SPREAD, 100, NARROW, 0.0,
        Procedure.POOLED_TEST_WALD_INTERVAL, Procedure.SCORE);
    assertEquals(0.20470368843747366, small.rejects[0], 1e-12);
    assertTrue(small.rejects[1] > 0.035 && small.rejects[1] < 0.065, "" + small.rejects[1]);
    Cell large = TwoGroupStudy.enumerate(100, SPREAD, 20, NARROW, 0.0,
        Procedure.POOLED_TEST_WALD_INTERVAL, Procedure.SCORE);
    assertEquals(0.0030407551739375493, large.rejects[0], 1e-12);
    assertTrue(large.rejects[1] > 0.035 && large.rejects[1] < 0.065, "" + large.rejects[1]);
    // The old test and its interval disagreed on 13% of the samples; the new ones never do.
    assertTrue(small.disagrees[0] > 0.10, "" + small.disagrees[0]);
  }

  @Test
  void theStudysScoreDecisionsAreTheLibrarys() {
    // The study decides through ScoreInference directly; NpsDifference must decide alike.
    for (Sample a : TwoGroupStudy.outcomes(12, SPREAD, false)) {
      for (Sample b : TwoGroupStudy.outcomes(9, NARROW, false)) {
        NpsDifference difference =
            NpsDifference.of(Nps.ofCategories(a.d, a.m, a.p), Nps.ofCategories(b.d, b.m, b.p));
        assertEquals(difference.rejects(0.05), Procedure.SCORE.rejectsZero(a, b));
        assertEquals(difference.confidenceInterval(0.95).contains(10.0),
            Procedure.SCORE.covers(a, b, 0.1));
      }
    }
  }

  @Test
  void monteCarloAgreesWithTheEnumeration() {
    // 40,000 seeded pairs at 20/20, 30/10/60 vs 10/50/40: a rejection rate near 0.05 has a Monte
    // Carlo standard error of sqrt(0.05 * 0.95 / 40000) = 0.0011; 0.0045 is 4 of them.
    Cell exact = TwoGroupStudy.enumerate(20, SKEWED, 20, MIDDLE, 0.0, Procedure.SCORE);
    Cell simulated =
        TwoGroupStudy.simulate(20, SKEWED, 20, MIDDLE, 0.0, 40_000, 11L, Procedure.SCORE);
    assertEquals(exact.rejects[0], simulated.rejects[0], 0.0045);
  }

  /**
   * The study's Newcombe interval, the one RateDifference had, against Newcombe, "Interval
   * estimation for the difference between independent proportions: comparison of eleven
   * methods", Statistics in Medicine 17 (1998) 873-890, Table II, method 10, in proportions to
   * four decimals.
   */
  @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
  @CsvSource({
      "56, 70, 48, 80, 0.0524, 0.3339",
      "9, 10, 3, 10, 0.1705, 0.8090",
      "6, 7, 2, 7, 0.0582, 0.8062",
      "5, 56, 0, 29, -0.0381, 0.1926",
      "0, 10, 0, 20, -0.1611, 0.2775",
      "0, 10, 0, 10, -0.2775, 0.2775",
      "10, 10, 0, 20, 0.6791, 1.0000",
      "10, 10, 0, 10, 0.6075, 1.0000",
  })
  void newcombeTableTwo(int ka, int na, int kb, int nb, double lower, double upper) {
    double[] interval = newcombe(ka, na, kb, nb);
    assertEquals(lower, interval[0], 0.00005 + 1e-9);
    assertEquals(upper, Math.min(1.0, interval[1]), 0.00005 + 1e-9);
  }

  @Test
  void rateCellsQuickly() {
    double[] fifty = rateCell(50, 0.5, 50, 0.5);
    // The pooled test and the score test agree at 50/50 (the factor (N - 1)/N moves no sample
    // across 1.96 here); both hold their level. [before, MN, Newcombe-inverted, ...]
    assertEquals(fifty[0], fifty[1], 1e-12);
    assertTrue(fifty[1] > 0.035 && fifty[1] < 0.065, "" + fifty[1]);
    double[] rare = rateCell(50, 0.05, 50, 0.05);
    // Newcombe's interval turned into a test is conservative for rare events (half the level).
    assertTrue(rare[2] < 0.6 * rare[1], rare[2] + " vs " + rare[1]);
  }

  @Test
  void segmentsOfPureNoiseAreRarelyFlagged() {
    // 300 seeded programmes of 200 noise segments whose spreads differ: with Holm at 0.05, the
    // old pooled test flagged some segment in about one programme in four; the score test holds
    // the family-wise rate near 0.05 (the Monte Carlo error of 300 programmes is 0.013). Among the
    // widest-spread segments of 20 answers, the old test rejected about one in ten at the raw 5%
    // level, twice the nominal rate.
    double[] rates = segmentStudy(300, 31L);
    assertTrue(rates[0] > 0.15, "before " + rates[0]);
    assertTrue(rates[1] < 0.09, "score " + rates[1]);
    int k = ADJUSTMENTS.length;
    assertTrue(rates[4 * k] > 0.08, "before, raw " + rates[4 * k]);
    assertTrue(rates[4 * k + 1] < 0.07, "score, raw " + rates[4 * k + 1]);
  }

  // ---------------------------------------------------------------------------------------------
  // The full study, printed for the README
  // ---------------------------------------------------------------------------------------------

  @Test
  @EnabledIfSystemProperty(named = "nps.study", matches = "true")
  void fullStudy() {
    StringBuilder out = new StringBuilder();
    npsTable(out);
    powerTable(out);
    rateTable(out);
    segmentTable(out);
    System.out.print(out);
  }

  private static String shares(double[] s) {
    return String.format(Locale.ROOT, "%.0f/%.0f/%.0f", 100 * s[0], 100 * s[1], 100 * s[2]);
  }

  /** A type I error outside [0.035, 0.065] or a coverage outside [0.935, 0.965], marked. */
  private static String rate(double value, boolean coverage) {
    boolean misses = coverage ? value < 0.935 || value > 0.965 : value < 0.035 || value > 0.065;
    return String.format(Locale.ROOT, misses ? "**%.4f**" : "%.4f", value);
  }

  private static void npsTable(StringBuilder out) {
    out.append("| shares A vs B (D/P/Pr) | n A / n B | type I before | type I score "
        + "| coverage before | coverage score | before: test and interval disagree "
        + "| type I Wald | adjusted Wald | MOVER | likelihood ratio |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double leftOut = 0;
    for (double[][] pair : NULL_PAIRS) {
      for (int[] size : SIZES) {
        Cell cell = TwoGroupStudy.enumerate(size[0], pair[0], size[1], pair[1], 0.0, PROCEDURES);
        leftOut = Math.max(leftOut, 1 - cell.mass);
        out.append(String.format(Locale.ROOT,
            "| %s vs %s | %d / %d | %s | %s | %s | %s | %.4f | %s | %s | %s | %s |%n",
            shares(pair[0]), shares(pair[1]), size[0], size[1],
            rate(cell.rejects[0], false), rate(cell.rejects[1], false),
            rate(cell.covers[0], true), rate(cell.covers[1], true), cell.disagrees[0],
            rate(cell.rejects[2], false), rate(cell.rejects[3], false),
            rate(cell.rejects[4], false), rate(cell.rejects[5], false)));
      }
    }
    out.append(String.format(Locale.ROOT,
        "%nExact enumeration; probability left out at most %.1e per cell.%n%n", leftOut));
  }

  private static void powerTable(StringBuilder out) {
    out.append("| n A / n B | power before | power score | coverage before (Wald) "
        + "| coverage score | power MOVER | coverage MOVER |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    double truth = 0.20;
    for (int[] size : SIZES) {
      Cell cell = TwoGroupStudy.enumerate(size[0], BALANCED, size[1], LOWER, truth,
          Procedure.POOLED_TEST_WALD_INTERVAL, Procedure.SCORE, Procedure.MOVER);
      out.append(String.format(Locale.ROOT, "| %d / %d | %.4f | %.4f | %s | %s | %.4f | %s |%n",
          size[0], size[1], cell.rejects[0], cell.rejects[1], rate(cell.covers[0], true),
          rate(cell.covers[1], true), cell.rejects[2], rate(cell.covers[2], true)));
    }
    out.append("\n");
  }

  // ---------------------------------------------------------------------------------------------
  // Rates
  // ---------------------------------------------------------------------------------------------

  /** Newcombe's hybrid score interval (method 10), in proportions. */
  static double[] newcombe(int ka, int na, int kb, int nb) {
    double z = Normal.criticalValue(0.95);
    Interval wa = Rate.of(ka, na).wilson(z);
    Interval wb = Rate.of(kb, nb).wilson(z);
    double pa = (double) ka / na;
    double pb = (double) kb / nb;
    double d = pa - pb;
    return new double[] {
      d - Math.hypot(pa - wa.lower(), wb.upper() - pb),
      d + Math.hypot(wa.upper() - pa, pb - wb.lower())
    };
  }

  /**
   * Exact rejection and coverage rates of two rates: {type I / power before (pooled z test),
   * Miettinen-Nurminen, Newcombe inverted; coverage before (Newcombe), MN; disagreement before}.
   */
  static double[] rateCell(int na, double ra, int nb, double rb) {
    double z = Normal.criticalValue(0.95);
    double delta = ra - rb;
    double[] result = new double[6];
    for (int x = 0; x <= na; x++) {
      for (int y = 0; y <= nb; y++) {
        double w = binomial(na, x, ra) * binomial(nb, y, rb);
        double pa = (double) x / na;
        double pb = (double) y / nb;
        double pooled = (double) (x + y) / (na + nb);
        double v0 = pooled * (1 - pooled) * (1.0 / na + 1.0 / nb);
        boolean before = v0 > 0 && Math.abs(pa - pb) / Math.sqrt(v0) > z;
        double[] newcombe = newcombe(x, na, y, nb);
        boolean newcombeRejects = newcombe[0] > 0 || newcombe[1] < 0;
        RateDifference difference = RateDifference.of(Rate.of(x, na), Rate.of(y, nb));
        boolean score = difference.rejects(0.05);
        boolean covers = delta == 0 ? !score
            : difference.confidenceInterval(0.95).contains(100 * delta);
        result[0] += before ? w : 0;
        result[1] += score ? w : 0;
        result[2] += newcombeRejects ? w : 0;
        result[3] += newcombe[0] <= delta && delta <= newcombe[1] ? w : 0;
        result[4] += covers ? w : 0;
        result[5] += before != newcombeRejects ? w : 0;
      }
    }
    return result;
  }

  private static double binomial(int n, int k, double p) {
    double log = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    if (k > 0) {
      log += k * Math.log(p);
    }
    if (n - k > 0) {
      log += (n - k) * Math.log(1 - p);
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

  private static void rateTable(StringBuilder out) {
    out.append("| rates A vs B | n A / n B | type I before | type I score "
        + "| coverage before (Newcombe) | coverage score | before: test and interval disagree "
        + "| type I Newcombe inverted |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    double[][] rates = {{0.5, 0.5}, {0.2, 0.2}, {0.05, 0.05}, {0.6, 0.4}};
    for (double[] r : rates) {
      for (int[] size : SIZES) {
        double[] cell = rateCell(size[0], r[0], size[1], r[1]);
        boolean isNull = r[0] == r[1];
        out.append(String.format(Locale.ROOT,
            "| %.2f vs %.2f | %d / %d | %s | %s | %s | %s | %.4f | %s |%n",
            r[0], r[1], size[0], size[1],
            isNull ? rate(cell[0], false) : String.format(Locale.ROOT, "%.4f", cell[0]),
            isNull ? rate(cell[1], false) : String.format(Locale.ROOT, "%.4f", cell[1]),
            rate(cell[3], true), rate(cell[4], true), cell[5],
            isNull ? rate(cell[2], false) : String.format(Locale.ROOT, "%.4f", cell[2])));
      }
    }
    out.append("\nExact enumeration of every pair of samples; 0.60 vs 0.40 rows are power.\n\n");
  }

  // ---------------------------------------------------------------------------------------------
  // Segments
  // ---------------------------------------------------------------------------------------------

  /** Four spreads of the same NPS, +20: from every answer a detractor or a promoter to few. */
  private static final double[][] SEGMENT_SHARES = {
    {0.40, 0.00, 0.60}, {0.25, 0.30, 0.45}, {0.10, 0.60, 0.30}, {0.05, 0.70, 0.25},
  };

  private static final int[] SEGMENT_SIZES = {20, 50, 100, 200, 400};

  private static final PValueAdjustment[] ADJUSTMENTS = {
    PValueAdjustment.HOLM, PValueAdjustment.BENJAMINI_HOCHBERG,
    PValueAdjustment.BENJAMINI_YEKUTIELI, PValueAdjustment.NONE,
  };

  /**
   * Runs seeded programmes of 200 noise segments: segment i has the shares {@code i % 4} and the
   * size {@code (i / 4) % 5} of the lists above, so every segment has NPS +20 and none differs.
   * Returns, per adjustment of {@link #ADJUSTMENTS} and before / score in turn, the share of
   * programmes in which some segment is flagged at 0.05, then the mean number flagged, then the
   * raw rejection rate of the widest-spread segments of 20 answers.
   */
  static double[] segmentStudy(int programmes, long seed) {
    int k = ADJUSTMENTS.length;
    double[][] partial =
        IntStream.range(0, programmes)
            .parallel()
            .mapToObj(
                run -> {
                  SplittableRandom random = new SplittableRandom(seed * 1_000_003L + run);
                  Map<Segment, Nps> segments = new LinkedHashMap<>();
                  for (int i = 0; i < 200; i++) {
                    Sample s = TwoGroupStudy.draw(random, SEGMENT_SIZES[(i / 4) % 5],
                        SEGMENT_SHARES[i % 4]);
                    segments.put(Segment.of("segment", Integer.toString(i)),
                        Nps.ofCategories(s.d, s.m, s.p));
                  }
                  double[] sums = new double[4 * k + 2];
                  double[] before = pooledPValues(segments);
                  SegmentComparison<Nps> report = SegmentComparison.of(segments);
                  double[] score = new double[200];
                  List<SegmentComparison.Entry<Nps>> entries = report.entries();
                  for (int i = 0; i < 200; i++) {
                    score[i] = entries.get(i).isTestable() ? entries.get(i).pValue() : Double.NaN;
                  }
                  for (int j = 0; j < k; j++) {
                    int beforeFlags = flags(before, ADJUSTMENTS[j]);
                    int scoreFlags = flags(score, ADJUSTMENTS[j]);
                    if (ADJUSTMENTS[j] == PValueAdjustment.HOLM) {
                      // The report's own flags, by its default Holm adjustment.
                      assertEquals(report.flagged().size(), scoreFlags);
                    }
                    sums[2 * j] += beforeFlags > 0 ? 1 : 0;
                    sums[2 * j + 1] += scoreFlags > 0 ? 1 : 0;
                    sums[2 * k + 2 * j] += beforeFlags;
                    sums[2 * k + 2 * j + 1] += scoreFlags;
                  }
                  for (int i = 0; i < 200; i += 20) {
                    // Segments 0, 20, 40, ...: shares 40/0/60, 20 answers.
                    sums[4 * k] += before[i] <= 0.05 ? 1 : 0;
                    sums[4 * k + 1] += score[i] <= 0.05 ? 1 : 0;
                  }
                  return sums;
                })
            .toArray(double[][]::new);
    double[] totals = new double[4 * k + 2];
    for (double[] sums : partial) {
      for (int j = 0; j < totals.length; j++) {
        totals[j] += sums[j];
      }
    }
    for (int j = 0; j < 4 * k; j++) {
      totals[j] /= programmes;
    }
    totals[4 * k] /= 10.0 * programmes;
    totals[4 * k + 1] /= 10.0 * programmes;
    return totals;
  }

  private static int flags(double[] pValues, PValueAdjustment adjustment) {
    int flagged = 0;
    for (double p : SegmentComparison.adjustTestable(pValues, adjustment)) {
      if (SegmentComparison.isFlagged(p, 0.05)) {
        flagged++;
      }
    }
    return flagged;
  }

  /** The old test of each segment against the rest: categories of both pooled. */
  private static double[] pooledPValues(Map<Segment, Nps> segments) {
    long d = 0;
    long m = 0;
    long p = 0;
    for (Nps nps : segments.values()) {
      d += nps.detractors();
      m += nps.passives();
      p += nps.promoters();
    }
    double total = d + m + p;
    double v0 = (p + d) / total - Math.pow((p - d) / total, 2);
    List<Double> pValues = new ArrayList<>();
    for (Nps nps : segments.values()) {
      double n = nps.total();
      double rest = total - n;
      double restScore = ((p - nps.promoters()) - (d - nps.detractors())) / rest;
      double center = (nps.promoters() - nps.detractors()) / n - restScore;
      double se0 = Math.sqrt(v0 * (1 / n + 1 / rest));
      pValues.add(Normal.twoSidedPValue(center / se0));
    }
    return pValues.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void segmentTable(StringBuilder out) {
    int programmes = 20_000;
    double[] rates = segmentStudy(programmes, 2026L);
    int k = ADJUSTMENTS.length;
    out.append("| adjustment | programmes with a flag, before | with a flag, score "
        + "| segments flagged per programme, before | flagged, score |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (int j = 0; j < k; j++) {
      out.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.2f | %.2f |%n",
          ADJUSTMENTS[j], rates[2 * j], rates[2 * j + 1], rates[2 * k + 2 * j],
          rates[2 * k + 2 * j + 1]));
    }
    double error = Math.sqrt(0.05 * 0.95 / programmes);
    out.append(String.format(Locale.ROOT,
        "%nSeeded Monte Carlo: %d programmes of 200 segments (%d segment samples); Monte Carlo"
            + " standard error %.4f at a rate of 0.05. Raw 5%% rejection rate of the 20-answer"
            + " segments spread 40/0/60: before %.4f, score %.4f.%n",
        programmes, 200 * programmes, error, rates[4 * k], rates[4 * k + 1]));
  }
}

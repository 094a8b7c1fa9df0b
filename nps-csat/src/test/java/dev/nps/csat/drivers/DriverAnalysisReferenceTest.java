package dev.nps.csat.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nps.csat.Csat;
import dev.nps.stats.Interval;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the seeded data set against the independent computation of {@code
 * nps-csat/src/test/reference/drivers_reference.py}: exact fractions for R&sup2;, the coefficients,
 * the VIFs and the Shapley decomposition over all subsets; a Denman-Beavers square root for the
 * relative weights; power iteration for the condition number; numerical integration of the t
 * density for the p-values. Every expected number below is that script's output.
 *
 * <p>The outcome was built as (6 business + 3 human + 1 hidden + 0 speed + noise - 10) / 4, so
 * the ranking must come out business, human, hidden, speed.
 */
class DriverAnalysisReferenceTest {
  private static final DriverFixtures DATA = new DriverFixtures();
  private static final List<String> RANKING = List.of("business", "human", "hidden", "speed");

  /** One dimension's figures as the script prints them. */
  private static final class Expected {
    final double r;
    final long n;
    final double low;
    final double high;
    final double beta;
    final double se;
    final double t;
    final double p;
    final double vif;
    final double lmg;
    final double lmgPercent;
    final double weight;
    final double weightPercent;

    Expected(double r, long n, double low, double high, double beta, double se, double t,
        double p, double vif, double lmg, double lmgPercent, double weight,
        double weightPercent) {
      this.r = r;
      this.n = n;
      this.low = low;
      this.high = high;
      this.beta = beta;
      this.se = se;
      this.t = t;
      this.p = p;
      this.vif = vif;
      this.lmg = lmg;
      this.lmgPercent = lmgPercent;
      this.weight = weight;
      this.weightPercent = weightPercent;
    }
  }

  // Script output, "== listwise: n = 1985, R^2 = 0.797171475236364", condition number
  // 2.2040704496210024, then per dimension: r (n, 95% interval), beta, se, t, p, vif, lmg (%),
  // relative weight (%).
  private static final Expected[] LISTWISE = {
    new Expected(0.8382899116667901, 1985, 0.8247103027359838, 0.8509034738701804,
        0.6414998391402249, 0.012600948572858412, 50.908853046347005, 0.0,
        1.5500390398209616, 0.42443565109853226, 53.242704271710885, 0.42044412599792563,
        52.74199329237948),
    new Expected(0.6633113774133114, 1985, 0.6379320247915122, 0.6872514307907119,
        0.30093180242467316, 0.012535201511169991, 24.006937754970743, 5.414409208382082e-112,
        1.5339061834390617, 0.19312576518994215, 24.22637678206934, 0.19642790803819365,
        24.640609221491793),
    new Expected(0.5607297143802206, 1985, 0.5298037136373716, 0.5901665628277829,
        0.1239436248234807, 0.012593629484276522, 9.841771586040988, 2.399415433953839e-22,
        1.5482389248192827, 0.108842452132063, 13.653580881050823, 0.1109392354040625,
        13.916608766158955),
    new Expected(0.49127951566783734, 1985, 0.457164618411274, 0.5239508640247725,
        -0.019747882135624364, 0.012638736949373881, -1.562488578940055, 0.11833273957441888,
        1.5593496540291951, 0.07076760681582667, 8.877338065168956, 0.06936020579618189,
        8.700788719969735),
  };

  // Script output, "== pairwise: n = 2290, R^2 = 0.7888954075359208", condition number
  // 2.1942472470537977.
  private static final Expected[] PAIRWISE = {
    new Expected(0.8369619067525635, 2842, 0.8256004640824741, 0.8476449654985562,
        0.6481893340070656, 0.011936142284025909, 54.304759325342054, 0.0,
        1.5421140622622982, 0.4283421021124849, 54.29643752780766, 0.42414948398847674,
        53.76498328381559),
    new Expected(0.6541585552486058, 2684, 0.6319648126526738, 0.6752802406317209,
        0.29236132845070417, 0.011874109453667733, 24.62174781119254, 6.330671458052462e-119,
        1.5261267997081671, 0.1872054832998115, 23.73007644759137, 0.19042092721440998,
        24.137664561792946),
    new Expected(0.5399158137410552, 2564, 0.5119044924253153, 0.5667802165909547,
        0.1081865486379951, 0.011830069976266627, 9.145047227534402, 1.2808048150735082e-19,
        1.5148273939113999, 0.0988898165292096, 12.535225276324965, 0.10095531658808549,
        12.79704706399735),
    new Expected(0.4979056333572889, 2749, 0.4692555842412194, 0.5255085826385735,
        -0.006580897755279813, 0.01199647991831765, -0.5485690635993411, 0.5833548134925836,
        1.5577443540925022, 0.0744580055944149, 9.438260748276013, 0.07336967974494872,
        9.300305090394126),
  };

  private static void close(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.abs(expected), what);
  }

  private static List<String> names(List<Driver> drivers) {
    return drivers.stream().map(Driver::dimension).collect(Collectors.toList());
  }

  @Test
  void theDataSetIsTheScriptsOne() {
    DriverMoments moments = DATA.moments();
    // Script: "responses 3000, sum of outcomes 13918", "complete responses 1985, sum of outcomes
    // 9089, sum of business x human 19432".
    assertEquals(3000, moments.respondents());
    long sum = 0;
    long[] counts = moments.outcome().histogram();
    for (int answer = 0; answer <= 10; answer++) {
      sum += answer * counts[answer];
    }
    assertEquals(13918, sum);
    assertEquals(1985, moments.complete().count());
    assertEquals(9089, moments.complete().sum(0));
    assertEquals(19432, moments.complete().product(1, 2));
    // Script: answered, sum and top box per dimension.
    long[][] expected = {{2842, 8474, 1122}, {2684, 7955, 1042}, {2564, 7690, 1030},
        {2749, 8221, 1098}};
    for (int j = 0; j < 4; j++) {
      Csat answers = moments.answers(DriverFixtures.DIMENSIONS.get(j));
      assertEquals(expected[j][0], answers.total());
      assertEquals(expected[j][1], moments.pairs().get(j).sum(1));
      assertEquals(expected[j][2], answers.satisfied());
    }
  }

  @Test
  void listwiseShapley() {
    DriverAnalysis analysis = DATA.moments().analyze();
    assertEquals(MissingAnswers.LISTWISE, analysis.missingAnswers());
    assertEquals(ImportanceMethod.SHAPLEY, analysis.importanceMethod());
    assertEquals(1985, analysis.n());
    assertEquals(1980, analysis.degreesOfFreedom());
    close(0.797171475236364, analysis.rSquared(), 1e-13, "R^2");
    close(2.2040704496210024, analysis.conditionNumber(), 1e-10, "condition number");
    check(analysis, LISTWISE, true);
    assertEquals(RANKING, names(analysis.ranking()));
  }

  @Test
  void listwiseRelativeWeights() {
    DriverAnalysis analysis =
        DATA.moments().analyze(MissingAnswers.LISTWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    close(0.797171475236364, analysis.rSquared(), 1e-13, "R^2");
    check(analysis, LISTWISE, false);
    assertEquals(RANKING, names(analysis.ranking()));
  }

  @Test
  void pairwiseShapley() {
    DriverAnalysis analysis =
        DATA.moments().analyze(MissingAnswers.PAIRWISE, ImportanceMethod.SHAPLEY);
    // Script: n = 2290, the smallest number of responses behind a correlation (human, hidden).
    assertEquals(2290, analysis.n());
    close(0.7888954075359208, analysis.rSquared(), 1e-13, "R^2");
    close(2.1942472470537977, analysis.conditionNumber(), 1e-10, "condition number");
    check(analysis, PAIRWISE, true);
    assertEquals(RANKING, names(analysis.ranking()));
  }

  @Test
  void pairwiseRelativeWeights() {
    DriverAnalysis analysis =
        DATA.moments().analyze(MissingAnswers.PAIRWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    check(analysis, PAIRWISE, false);
    assertEquals(RANKING, names(analysis.ranking()));
  }

  private static void check(DriverAnalysis analysis, Expected[] expected, boolean shapley) {
    double importanceSum = 0;
    for (int j = 0; j < expected.length; j++) {
      Driver driver = analysis.drivers().get(j);
      Expected e = expected[j];
      String name = driver.dimension();
      close(e.r, driver.correlation(), 1e-13, name + " r");
      assertEquals(e.n, driver.correlationN(), name + " n");
      Interval interval = driver.correlationInterval(0.95);
      close(e.low, interval.lower(), 1e-12, name + " lower");
      close(e.high, interval.upper(), 1e-12, name + " upper");
      close(e.beta, driver.coefficient(), 1e-11, name + " beta");
      close(e.se, driver.standardError(), 1e-11, name + " se");
      close(e.t, driver.t(), 1e-11, name + " t");
      // The script integrates the density numerically: agreement to 1e-8 relative. A p-value
      // of 0.0 is below the smallest double in both.
      close(e.p, driver.pValue(), 1e-8, name + " p");
      close(e.vif, driver.varianceInflation(), 1e-12, name + " vif");
      double importance = shapley ? e.lmg : e.weight;
      double percent = shapley ? e.lmgPercent : e.weightPercent;
      close(importance, driver.importance(), 1e-11, name + " importance");
      close(percent, driver.importancePercent(), 1e-11, name + " percent");
      importanceSum += driver.importance();
    }
    close(analysis.rSquared(), importanceSum, 1e-13, "importances add up to R^2");
  }

  @Test
  void importanceAgainstPerformance() {
    DriverAnalysis analysis = DATA.moments().analyze();
    // Script: top box per dimension 39.47923997185081, 38.822652757078984, 40.17160686427457,
    // 39.94179701709712 (%); quadrants ['FIX_FIRST', 'FIX_FIRST', 'POSSIBLE_OVERKILL',
    // 'POSSIBLE_OVERKILL'], median importance 0.1509841086610026, median performance
    // 39.710518494473966.
    double[] performance = {39.47923997185081, 38.822652757078984, 40.17160686427457,
        39.94179701709712};
    List<Quadrant> quadrants = List.of(Quadrant.FIX_FIRST, Quadrant.FIX_FIRST,
        Quadrant.POSSIBLE_OVERKILL, Quadrant.POSSIBLE_OVERKILL);
    for (int j = 0; j < 4; j++) {
      Driver driver = analysis.drivers().get(j);
      close(performance[j], driver.performance(), 1e-15, driver.dimension());
      assertEquals(quadrants.get(j), driver.quadrant(), driver.dimension());
    }
    close(0.1509841086610026, analysis.medianImportance(), 1e-11, "median importance");
    close(39.710518494473966, analysis.medianPerformance(), 1e-15, "median performance");
    assertEquals(List.of("business", "human"), names(analysis.fixFirst()));
    assertEquals(List.of("hidden", "speed"),
        names(analysis.inQuadrant(Quadrant.POSSIBLE_OVERKILL)));
    assertEquals(List.of(), analysis.inQuadrant(Quadrant.KEEP_UP));
    // Script, pairwise with relative weights: the same quadrants.
    DriverAnalysis pairwise =
        DATA.moments().analyze(MissingAnswers.PAIRWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    assertEquals(List.of("business", "human"), names(pairwise.fixFirst()));
  }
}

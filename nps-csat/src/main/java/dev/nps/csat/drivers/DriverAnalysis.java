package dev.nps.csat.drivers;

import dev.nps.csat.Csat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A key-driver analysis: which service dimensions move the outcome (likelihood to recommend, or
 * overall satisfaction) most, and where performance is weak on something that matters. Immutable,
 * computed from {@link DriverMoments} by {@link DriverMoments#analyze(MissingAnswers,
 * ImportanceMethod)}.
 *
 * <h2>The model</h2>
 *
 * <p>The outcome is regressed on the k dimension ratings by least squares, with an intercept, on
 * the responses that {@link MissingAnswers} selects. Everything is computed from the correlation
 * matrix of the outcome and the ratings, which follows from the exact integer sums: {@link
 * #rSquared()}, the share of the outcome's variance the dimensions explain together; per dimension
 * its correlation, standardized coefficient, standard error, p-value and variance inflation
 * ({@link Driver}); and the split of R&sup2; into one importance per dimension ({@link
 * ImportanceMethod}). {@link #conditionNumber()} and the variance inflation factors report how
 * entangled the dimensions are: importances stay meaningful when they are (that is what Shapley
 * and relative weights are for), coefficients and their p-values do not.
 *
 * <h2>Importance &times; performance</h2>
 *
 * <p>Each dimension is placed against the median importance and the median performance (top-box
 * share) of all dimensions, in one of the four {@link Quadrant}s: {@link Quadrant#FIX_FIRST}
 * (important, performing below the median), {@link Quadrant#KEEP_UP} (important, performing at or
 * above it), {@link Quadrant#LOW_PRIORITY} (less important, below it) and {@link
 * Quadrant#POSSIBLE_OVERKILL} (less important, at or above it). {@link #fixFirst()} lists the
 * first quadrant, most important first. With an even number of dimensions the median is the mean
 * of the middle two.
 *
 * <h2>When there is no analysis</h2>
 *
 * <p>The analysis refuses, with an {@link IllegalStateException} that says why, when it would be
 * undefined: fewer than k + 2 responses in the model (no degrees of freedom left for the errors);
 * an outcome or a dimension that is constant in the model's responses (it has no correlation); a
 * dimension that is an exact linear combination of others in the complete responses (its effect
 * cannot be told apart from theirs; found exactly, from the integer sums, under listwise deletion,
 * for example when two questions always got the same answer); dimensions so nearly collinear that
 * double precision cannot separate them (condition number above 10<sup>6.5</sup>, that is, a
 * correlation matrix whose eigenvalues span more than 10<sup>13</sup>); and, under pairwise
 * deletion, correlations that no single data set could have. Remove a dimension or collect more
 * responses.
 *
 * <p>What is not here: confidence intervals of the importances (they need the responses
 * themselves, for a bootstrap, not their sums), and causal claims (the model shows association).
 */
public final class DriverAnalysis {
  /**
   * The largest number of dimensions for {@link ImportanceMethod#SHAPLEY}, 20: the exact Shapley
   * value needs R&sup2; of all 2<sup>k</sup> subsets of the dimensions.
   */
  public static final int MAX_SHAPLEY_DIMENSIONS = 20;

  /**
   * The smallest ratio of the smallest to the largest eigenvalue of the dimensions' correlation
   * matrix that the analysis accepts; below it, rounding errors swamp the coefficients.
   */
  private static final double MIN_EIGENVALUE_RATIO = 1e-13;

  private final DriverMoments moments;
  private final MissingAnswers missingAnswers;
  private final ImportanceMethod method;
  private final long n;
  private final double rSquared;
  private final double conditionNumber;
  private final List<Driver> drivers;
  private final double medianImportance;
  private final double medianPerformance;

  private DriverAnalysis(DriverMoments moments, MissingAnswers missingAnswers,
      ImportanceMethod method, long n, double rSquared, double conditionNumber,
      List<Driver> drivers, double medianImportance, double medianPerformance) {
    this.moments = moments;
    this.missingAnswers = missingAnswers;
    this.method = method;
    this.n = n;
    this.rSquared = rSquared;
    this.conditionNumber = conditionNumber;
    this.drivers = drivers;
    this.medianImportance = medianImportance;
    this.medianPerformance = medianPerformance;
  }

  static DriverAnalysis of(DriverMoments moments, MissingAnswers missingAnswers,
      ImportanceMethod method) {
    Objects.requireNonNull(missingAnswers, "missingAnswers must not be null");
    Objects.requireNonNull(method, "method must not be null");
    int k = moments.dimensions().size();
    if (method == ImportanceMethod.SHAPLEY && k > MAX_SHAPLEY_DIMENSIONS) {
      throw new IllegalArgumentException("exact Shapley importance takes R-squared of all 2^k"
          + " subsets and supports at most " + MAX_SHAPLEY_DIMENSIONS + " dimensions, got " + k
          + ": use RELATIVE_WEIGHTS");
    }
    Correlations correlations = missingAnswers == MissingAnswers.LISTWISE
        ? listwise(moments) : pairwise(moments);
    return fit(moments, missingAnswers, method, correlations);
  }

  /** The correlation matrix of the outcome (index 0) and the dimensions, and its sample sizes. */
  private static final class Correlations {
    final double[][] r;
    final long n;
    final long[] outcomeN;
    /** Whether the outcome is exactly a linear function of the dimensions. */
    boolean exactFit;

    Correlations(int variables, long n) {
      this.r = new double[variables][variables];
      this.n = n;
      this.outcomeN = new long[variables];
    }
  }

  private static Correlations listwise(DriverMoments moments) {
    MomentSums complete = moments.complete();
    int m = complete.variables();
    int k = m - 1;
    long n = complete.count();
    checkEnough(n, k, "complete responses (that rated every dimension)");
    BigInteger count = BigInteger.valueOf(n);
    BigInteger[][] c = new BigInteger[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = a; b < m; b++) {
        c[a][b] = DriverMoments.coMoment(count, complete, a, b);
        c[b][a] = c[a][b];
      }
      if (c[a][a].signum() == 0) {
        throw constant(moments, a, n + " complete responses");
      }
    }
    Correlations correlations = new Correlations(m, n);
    correlations.exactFit = checkRank(moments, c, n);
    double[] scale = new double[m];
    for (int a = 0; a < m; a++) {
      scale[a] = Math.sqrt(c[a][a].doubleValue());
    }
    for (int a = 0; a < m; a++) {
      correlations.outcomeN[a] = n;
      for (int b = 0; b < m; b++) {
        correlations.r[a][b] = a == b ? 1.0 : c[a][b].doubleValue() / scale[a] / scale[b];
      }
    }
    return correlations;
  }

  /**
   * Finds exact collinearity in the co-moment matrix c (outcome at index 0) by fraction-free
   * Gaussian elimination (Bareiss, <i>Mathematics of Computation</i> 22(103), 1968) on the
   * dimensions first and the outcome last, in integers. A pivot that vanishes marks a variable
   * that is a linear combination of the ones before it: for a dimension that is an error, for the
   * outcome an exact fit.
   *
   * @return whether the outcome is exactly a linear function of the dimensions
   */
  private static boolean checkRank(DriverMoments moments, BigInteger[][] c, long n) {
    int m = c.length;
    int[] order = new int[m];
    for (int i = 0; i < m - 1; i++) {
      order[i] = i + 1;
    }
    order[m - 1] = 0;
    BigInteger[][] a = new BigInteger[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = c[order[i]][order[j]];
      }
    }
    BigInteger previous = BigInteger.ONE;
    List<String> kept = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      BigInteger pivot = a[p][p];
      if (pivot.signum() < 0) {
        throw new IllegalStateException("the sums of the complete responses are inconsistent:"
            + " their covariance matrix is not positive semi-definite");
      }
      if (pivot.signum() == 0) {
        if (order[p] == 0) {
          return true;
        }
        throw new IllegalStateException(moments.name(order[p]) + " is an exact linear"
            + " combination of dimensions " + kept + " in the " + n + " complete responses"
            + " (for example, always the same answer as one of them): its effect cannot be"
            + " told apart from theirs; leave one of them out");
      }
      if (order[p] != 0) {
        kept.add(moments.dimensions().get(order[p] - 1));
      }
      for (int i = p + 1; i < m; i++) {
        for (int j = p + 1; j < m; j++) {
          a[i][j] = pivot.multiply(a[i][j]).subtract(a[i][p].multiply(a[p][j]))
              .divide(previous);
        }
      }
      previous = pivot;
    }
    return false;
  }

  private static Correlations pairwise(DriverMoments moments) {
    int m = moments.dimensions().size() + 1;
    int k = m - 1;
    long n = Long.MAX_VALUE;
    List<MomentSums> pairs = moments.pairs();
    for (MomentSums pair : pairs) {
      n = Math.min(n, pair.count());
    }
    checkEnough(n, k, "responses behind some pairwise correlation");
    Correlations correlations = new Correlations(m, n);
    DriverLayout layout = moments.layout();
    for (int a = 0; a < m; a++) {
      correlations.r[a][a] = 1.0;
      for (int b = a + 1; b < m; b++) {
        MomentSums pair = pairs.get(layout.pairIndex(a, b));
        BigInteger count = BigInteger.valueOf(pair.count());
        BigInteger aa = DriverMoments.coMoment(count, pair, 0, 0);
        BigInteger bb = DriverMoments.coMoment(count, pair, 1, 1);
        String among = pair.count() + " responses that answered both " + moments.name(a)
            + " and " + moments.name(b);
        if (aa.signum() == 0) {
          throw constant(moments, a, among);
        }
        if (bb.signum() == 0) {
          throw constant(moments, b, among);
        }
        double r = DriverMoments.coMoment(count, pair, 0, 1).doubleValue()
            / Math.sqrt(aa.doubleValue()) / Math.sqrt(bb.doubleValue());
        correlations.r[a][b] = r;
        correlations.r[b][a] = r;
      }
      correlations.outcomeN[a] = a == 0 ? n : pairs.get(layout.pairIndex(0, a)).count();
    }
    return correlations;
  }

  private static void checkEnough(long n, int k, String what) {
    if (n < k + 2L) {
      throw new IllegalStateException("a driver analysis of " + k + " dimensions needs at least "
          + (k + 2) + " " + what + ", has " + n);
    }
  }

  private static IllegalStateException constant(DriverMoments moments, int variable,
      String among) {
    return new IllegalStateException(moments.name(variable) + " is constant in the " + among
        + ": it has no correlation" + (variable == 0 ? " to explain" : ", leave it out"));
  }

  private static DriverAnalysis fit(DriverMoments moments, MissingAnswers missingAnswers,
      ImportanceMethod method, Correlations correlations) {
    int k = moments.dimensions().size();
    double[][] rxx = new double[k][k];
    double[] rxy = new double[k];
    for (int i = 0; i < k; i++) {
      rxy[i] = correlations.r[0][i + 1];
      for (int j = 0; j < k; j++) {
        rxx[i][j] = correlations.r[i + 1][j + 1];
      }
    }
    double[] eigenvalues = new double[k];
    double[][] eigenvectors = SymmetricMatrices.eigen(rxx, eigenvalues);
    double largest = Arrays.stream(eigenvalues).max().getAsDouble();
    double smallest = Arrays.stream(eigenvalues).min().getAsDouble();
    double[][] l = SymmetricMatrices.cholesky(rxx);
    if (l == null || !(smallest > MIN_EIGENVALUE_RATIO * largest)) {
      if (missingAnswers == MissingAnswers.PAIRWISE && (l == null || smallest <= 0.0)) {
        throw new IllegalStateException("the pairwise correlations of the dimensions are not"
            + " positive definite (smallest eigenvalue " + smallest + "): no single set of"
            + " responses has them; use listwise deletion");
      }
      throw new IllegalStateException("the dimensions are too nearly collinear to separate"
          + " (eigenvalues of their correlation matrix from " + smallest + " to " + largest
          + "): leave one of the most entangled out");
    }
    double[][] inverse = SymmetricMatrices.inverse(l);
    double[] beta = SymmetricMatrices.solve(l, rxy);
    double rSquared = 0.0;
    for (int i = 0; i < k; i++) {
      rSquared += beta[i] * rxy[i];
    }
    if (rSquared > 1.0 + 1e-9) {
      throw new IllegalStateException("the correlations are inconsistent: together they"
          + " would explain more than all of the outcome's variance (R-squared " + rSquared
          + "); use listwise deletion");
    }
    rSquared = correlations.exactFit ? 1.0 : Math.max(0.0, Math.min(1.0, rSquared));
    double degreesOfFreedom = correlations.n - k - 1.0;
    double[] importance = method == ImportanceMethod.SHAPLEY
        ? shapley(rxx, rxy) : relativeWeights(eigenvalues, eigenvectors, rxy);
    double[] performance = new double[k];
    Csat[] answers = new Csat[k];
    for (int j = 0; j < k; j++) {
      answers[j] = moments.answers(moments.dimensions().get(j));
      performance[j] = answers[j].score();
    }
    double medianImportance = median(importance);
    double medianPerformance = median(performance);
    List<Driver> drivers = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      double standardError = Math.sqrt((1.0 - rSquared) * inverse[j][j] / degreesOfFreedom);
      boolean important = importance[j] >= medianImportance;
      boolean weak = performance[j] < medianPerformance;
      Quadrant quadrant = important
          ? (weak ? Quadrant.FIX_FIRST : Quadrant.KEEP_UP)
          : (weak ? Quadrant.LOW_PRIORITY : Quadrant.POSSIBLE_OVERKILL);
      double percent = rSquared == 0.0 ? 0.0 : 100.0 * importance[j] / rSquared;
      drivers.add(new Driver(moments.dimensions().get(j), answers[j], rxy[j],
          correlations.outcomeN[j + 1], beta[j], standardError, degreesOfFreedom, inverse[j][j],
          importance[j], percent, quadrant));
    }
    return new DriverAnalysis(moments, missingAnswers, method, correlations.n, rSquared,
        Math.sqrt(largest / smallest), Collections.unmodifiableList(drivers), medianImportance,
        medianPerformance);
  }

  /**
   * The Shapley value of each dimension: the sum over the subsets S without j of |S|! (k - |S| -
   * 1)! / k! times R&sup2;(S + j) - R&sup2;(S).
   */
  private static double[] shapley(double[][] rxx, double[] rxy) {
    int k = rxy.length;
    double[] explained = SymmetricMatrices.subsetRSquared(rxx, rxy);
    // weight[s] = s! (k - s - 1)! / k! = 1 / (k * C(k - 1, s))
    double[] weight = new double[k];
    double binomial = 1.0;
    for (int s = 0; s < k; s++) {
      weight[s] = 1.0 / (k * binomial);
      binomial = binomial * (k - 1 - s) / (s + 1);
    }
    double[] value = new double[k];
    for (int mask = 0; mask < explained.length; mask++) {
      int size = Integer.bitCount(mask);
      for (int j = 0; j < k; j++) {
        if ((mask & (1 << j)) == 0) {
          value[j] += weight[size] * (explained[mask | (1 << j)] - explained[mask]);
        }
      }
    }
    return value;
  }

  /**
   * Johnson's relative weights: with R_xx = V diag(&lambda;) V', the square root &Lambda; = V
   * diag(&radic;&lambda;) V' relates the dimensions to their orthogonal counterparts, the outcome's
   * coefficients on those are &beta;* = V diag(1/&radic;&lambda;) V' r_xy, and dimension j's
   * weight is the sum over l of &Lambda;_jl&sup2; &beta;*_l&sup2;.
   */
  private static double[] relativeWeights(double[] eigenvalues, double[][] v, double[] rxy) {
    int k = rxy.length;
    double[][] root = new double[k][k];
    double[] projected = new double[k];
    for (int e = 0; e < k; e++) {
      for (int i = 0; i < k; i++) {
        projected[e] += v[i][e] * rxy[i];
      }
    }
    double[] star = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        for (int e = 0; e < k; e++) {
          root[i][j] += v[i][e] * Math.sqrt(eigenvalues[e]) * v[j][e];
        }
      }
      for (int e = 0; e < k; e++) {
        star[i] += v[i][e] * projected[e] / Math.sqrt(eigenvalues[e]);
      }
    }
    double[] weight = new double[k];
    for (int j = 0; j < k; j++) {
      for (int l = 0; l < k; l++) {
        weight[j] += root[j][l] * root[j][l] * star[l] * star[l];
      }
    }
    return weight;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle]
        : 0.5 * sorted[middle - 1] + 0.5 * sorted[middle];
  }

  /**
   * Returns the moments the analysis was computed from.
   *
   * @return the moments
   */
  public DriverMoments moments() {
    return moments;
  }

  /**
   * Returns how unanswered dimensions were treated.
   *
   * @return the choice
   */
  public MissingAnswers missingAnswers() {
    return missingAnswers;
  }

  /**
   * Returns how R&sup2; was shared among the dimensions.
   *
   * @return the method
   */
  public ImportanceMethod importanceMethod() {
    return method;
  }

  /**
   * Returns the outcome's answers over every response, such as the share of promoters for a Net
   * Promoter Score outcome.
   *
   * @return the outcome's result
   */
  public Csat outcome() {
    return moments.outcome();
  }

  /**
   * Returns the model's number of responses: the complete responses under listwise deletion, the
   * smallest number behind any correlation under pairwise deletion.
   *
   * @return at least k + 2
   */
  public long n() {
    return n;
  }

  /**
   * Returns the residual degrees of freedom of the model, n &minus; k &minus; 1.
   *
   * @return at least 1
   */
  public long degreesOfFreedom() {
    return n - drivers.size() - 1;
  }

  /**
   * Returns the share of the outcome's variance that the dimensions explain together, the
   * coefficient of determination of the model.
   *
   * @return a number in [0, 1]
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * Returns R&sup2; adjusted for the number of dimensions, 1 &minus; (1 &minus; R&sup2;) (n
   * &minus; 1) / (n &minus; k &minus; 1).
   *
   * @return a number at most R&sup2;, possibly negative
   */
  public double adjustedRSquared() {
    return 1.0 - (1.0 - rSquared) * (n - 1.0) / degreesOfFreedom();
  }

  /**
   * Returns the condition number of the dimensions' correlation matrix, &radic;(&lambda;<sub>max
   * </sub> / &lambda;<sub>min</sub>) of its eigenvalues: the condition number of the standardized
   * ratings. 1 for uncorrelated dimensions; above about 30 the collinearity is severe by Belsley,
   * Kuh and Welsch's rule of thumb (<i>Regression Diagnostics</i>, 1980).
   *
   * @return at least 1
   */
  public double conditionNumber() {
    return conditionNumber;
  }

  /**
   * Returns one row per dimension.
   *
   * @return an unmodifiable list in the order of {@link DriverMoments#dimensions()}
   */
  public List<Driver> drivers() {
    return drivers;
  }

  /**
   * Returns one dimension's row.
   *
   * @param dimension a dimension name
   * @return its driver
   * @throws NullPointerException if {@code dimension} is null
   * @throws IllegalArgumentException if {@code dimension} is not a dimension of the analysis
   */
  public Driver driver(String dimension) {
    return drivers.get(moments.indexOf(dimension));
  }

  /**
   * Returns the dimensions from the most to the least important.
   *
   * @return a new list; dimensions of equal importance in their original order
   */
  public List<Driver> ranking() {
    List<Driver> ranking = new ArrayList<>(drivers);
    ranking.sort(Comparator.comparingDouble(Driver::importance).reversed());
    return ranking;
  }

  /**
   * Returns the dimensions of one quadrant, the most important first.
   *
   * @param quadrant the quadrant
   * @return a new list, possibly empty
   * @throws NullPointerException if {@code quadrant} is null
   */
  public List<Driver> inQuadrant(Quadrant quadrant) {
    Objects.requireNonNull(quadrant, "quadrant must not be null");
    List<Driver> inside = new ArrayList<>();
    for (Driver driver : ranking()) {
      if (driver.quadrant() == quadrant) {
        inside.add(driver);
      }
    }
    return inside;
  }

  /**
   * Returns what to fix first: the dimensions whose importance is at or above the median and
   * whose performance is below the median, the most important first.
   *
   * @return {@code inQuadrant(Quadrant.FIX_FIRST)}
   */
  public List<Driver> fixFirst() {
    return inQuadrant(Quadrant.FIX_FIRST);
  }

  /**
   * Returns the median importance of the dimensions, the line between important and less
   * important.
   *
   * @return the median of {@link Driver#importance()}
   */
  public double medianImportance() {
    return medianImportance;
  }

  /**
   * Returns the median performance of the dimensions, the line between weak and strong.
   *
   * @return the median of {@link Driver#performance()}, in percent
   */
  public double medianPerformance() {
    return medianPerformance;
  }

  /**
   * Two analyses are equal when they are of equal moments with the same choices, which makes
   * every figure equal.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DriverAnalysis)) {
      return false;
    }
    DriverAnalysis that = (DriverAnalysis) other;
    return missingAnswers == that.missingAnswers && method == that.method
        && moments.equals(that.moments);
  }

  @Override
  public int hashCode() {
    return (moments.hashCode() * 31 + missingAnswers.hashCode()) * 31 + method.hashCode();
  }

  /**
   * Describes the analysis, for example {@code "DriverAnalysis[LISTWISE, SHAPLEY, n=97,
   * R²=0.412, condition=2.10, drivers=[Driver[business: ...], ...]]"}; rounded here only.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DriverAnalysis[%s, %s, n=%d, R\u00b2=%.3f,"
        + " condition=%.2f, drivers=%s]", missingAnswers, method, n, rSquared, conditionNumber,
        drivers);
  }
}

package dev.nps.csat.drivers;

import dev.nps.csat.Csat;
import dev.nps.internal.Normal;
import dev.nps.internal.StudentT;
import dev.nps.stats.Interval;
import java.util.Locale;

/**
 * One dimension's row of a {@link DriverAnalysis}: its performance (its answers), its correlation
 * with the outcome, its standardized coefficient in the model of the outcome on all dimensions,
 * its variance inflation, its share of the explained variance and its quadrant. Immutable.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link #answers()}: every answer to the dimension, whatever the analysis's {@link
 *       MissingAnswers}; its total is the dimension's n, its mean the mean rating and its score the
 *       top-box share in percent, the performance of the importance &times; performance view.
 *   <li>{@link #correlation()}: Pearson's correlation of the rating with the outcome over {@link
 *       #correlationN()} responses: the complete responses under listwise deletion, every response
 *       that rated the dimension under pairwise deletion. {@link #correlationInterval(double)} is
 *       Fisher's z interval, tanh(atanh r &plusmn; z<sub>&alpha;/2</sub> / &radic;(n &minus; 3))
 *       (R. A. Fisher, <i>Metron</i> 1, 1921).
 *   <li>{@link #coefficient()}: the standardized regression coefficient &beta; (the change of the
 *       outcome, in its standard deviations, per standard deviation of the rating, the other
 *       dimensions held fixed), with the standard error &radic;((1 &minus; R&sup2;) VIF / (n
 *       &minus; k &minus; 1)), its t statistic and two-sided p-value on n &minus; k &minus; 1
 *       degrees of freedom: the ordinary least-squares test that the dimension adds nothing to the
 *       others.
 *   <li>{@link #varianceInflation()}: VIF = 1 / (1 &minus; R&sup2;<sub>j</sub>), where
 *       R&sup2;<sub>j</sub> is what the other dimensions explain of this one; 1 for a dimension
 *       unrelated to the others, above 5 to 10 by the usual rules of thumb when it is so entangled
 *       with them that its coefficient is unstable.
 *   <li>{@link #importance()}: the dimension's share of R&sup2; by the analysis's {@link
 *       ImportanceMethod}; the importances add up to R&sup2;. {@link #importancePercent()} is the
 *       same share as a percentage of R&sup2;; the percentages add up to 100.
 * </ul>
 */
public final class Driver {
  private final String dimension;
  private final Csat answers;
  private final double correlation;
  private final long correlationN;
  private final double coefficient;
  private final double standardError;
  private final double degreesOfFreedom;
  private final double varianceInflation;
  private final double importance;
  private final double importancePercent;
  private final Quadrant quadrant;

  Driver(String dimension, Csat answers, double correlation, long correlationN,
      double coefficient, double standardError, double degreesOfFreedom,
      double varianceInflation, double importance, double importancePercent, Quadrant quadrant) {
    this.dimension = dimension;
    this.answers = answers;
    this.correlation = correlation;
    this.correlationN = correlationN;
    this.coefficient = coefficient;
    this.standardError = standardError;
    this.degreesOfFreedom = degreesOfFreedom;
    this.varianceInflation = varianceInflation;
    this.importance = importance;
    this.importancePercent = importancePercent;
    this.quadrant = quadrant;
  }

  /**
   * Returns the dimension's name.
   *
   * @return the name
   */
  public String dimension() {
    return dimension;
  }

  /**
   * Returns every answer to the dimension: its n, mean and top-box share.
   *
   * @return the dimension's answers, over every response that rated it
   */
  public Csat answers() {
    return answers;
  }

  /**
   * Returns the dimension's performance: the share of its answers in the top box(es) of its scale.
   *
   * @return {@code answers().score()}, in percent
   */
  public double performance() {
    return answers.score();
  }

  /**
   * Returns Pearson's correlation of the rating with the outcome.
   *
   * @return a number in [-1, 1]
   */
  public double correlation() {
    return correlation;
  }

  /**
   * Returns the number of responses behind {@link #correlation()}.
   *
   * @return the model's n under listwise deletion, the dimension's n under pairwise deletion
   */
  public long correlationN() {
    return correlationN;
  }

  /**
   * Returns Fisher's z confidence interval of the correlation.
   *
   * @param level the confidence level, in (0, 1)
   * @return an interval within [-1, 1]; a single point when the correlation is &plusmn;1
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   * @throws IllegalStateException if fewer than 4 responses are behind the correlation, where the
   *     interval is undefined
   */
  public Interval correlationInterval(double level) {
    double critical = Normal.criticalValue(level);
    if (correlationN < 4) {
      throw new IllegalStateException("Fisher's interval needs at least 4 responses, the"
          + " correlation of '" + dimension + "' has " + correlationN);
    }
    double r = Math.max(-1.0, Math.min(1.0, correlation));
    double z = 0.5 * (Math.log1p(r) - Math.log1p(-r));
    double half = critical / Math.sqrt(correlationN - 3.0);
    return Interval.of(Math.tanh(z - half), Math.tanh(z + half));
  }

  /**
   * Returns the standardized regression coefficient &beta; of the dimension.
   *
   * @return the coefficient, in standard deviations of the outcome per standard deviation of the
   *     rating
   */
  public double coefficient() {
    return coefficient;
  }

  /**
   * Returns the standard error of {@link #coefficient()}.
   *
   * @return a non-negative number; 0 when the model explains the outcome exactly
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the t statistic of the coefficient, {@code coefficient() / standardError()}.
   *
   * @return the statistic; infinite when the standard error is 0 and the coefficient is not, 0
   *     when both are
   */
  public double t() {
    if (standardError == 0.0) {
      return coefficient == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, coefficient);
    }
    return coefficient / standardError;
  }

  /**
   * Returns the two-sided p-value of the test that the coefficient is 0.
   *
   * @return a probability in [0, 1], from Student's t on the model's degrees of freedom
   */
  public double pValue() {
    double t = t();
    return Double.isInfinite(t) ? 0.0 : StudentT.twoSidedPValue(t, degreesOfFreedom);
  }

  /**
   * Returns the confidence interval of the coefficient, &beta; &plusmn; t<sub>&alpha;/2</sub> SE,
   * the interval of the same t test as {@link #pValue()}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public Interval coefficientInterval(double level) {
    double half = StudentT.criticalValue(Normal.checkLevel(level), degreesOfFreedom)
        * standardError;
    return Interval.of(coefficient - half, coefficient + half);
  }

  /**
   * Returns the variance inflation factor of the dimension.
   *
   * @return at least 1
   */
  public double varianceInflation() {
    return varianceInflation;
  }

  /**
   * Returns the dimension's share of the explained variance, in units of R&sup2;.
   *
   * @return a number in [0, R&sup2;]; the importances of all dimensions add up to R&sup2;
   */
  public double importance() {
    return importance;
  }

  /**
   * Returns the dimension's share of the explained variance as a percentage of R&sup2;.
   *
   * @return a number in [0, 100]; the percentages of all dimensions add up to 100, and are all 0
   *     when R&sup2; is 0
   */
  public double importancePercent() {
    return importancePercent;
  }

  /**
   * Returns the dimension's place in the importance &times; performance view.
   *
   * @return the quadrant
   */
  public Quadrant quadrant() {
    return quadrant;
  }

  /**
   * Describes the driver, for example {@code "Driver[business: importance=41.2%,
   * performance=63.0%, r=0.520, beta=0.310, p=1.2e-05, vif=1.80, FIX_FIRST]"}; rounded here only.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Driver[%s: importance=%.1f%%, performance=%.1f%%, r=%.3f, beta=%.3f, p=%.2g, vif=%.2f,"
            + " %s]", dimension, importancePercent, performance(), correlation, coefficient,
        pValue(), varianceInflation, quadrant);
  }
}

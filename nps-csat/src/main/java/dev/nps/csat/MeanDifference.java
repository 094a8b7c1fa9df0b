package dev.nps.csat;

import dev.nps.internal.StudentT;
import dev.nps.stats.Interval;
import dev.nps.stats.SignificanceResult;
import java.util.Locale;

/**
 * The difference between the means of two independent groups, a &minus; b, in the units of the
 * answer scale, by Welch's unequal-variances t procedure.
 *
 * <h2>Definitions</h2>
 *
 * <p>With means m, sample variances s<sup>2</sup> (denominator n &minus; 1) and sizes n of each
 * group:
 *
 * <ul>
 *   <li>{@link #estimate()} = m<sub>a</sub> &minus; m<sub>b</sub>;
 *   <li>{@link #standardError()} = sqrt(s<sub>a</sub><sup>2</sup>/n<sub>a</sub> +
 *       s<sub>b</sub><sup>2</sup>/n<sub>b</sub>);
 *   <li>{@link #degreesOfFreedom()}: the Welch&ndash;Satterthwaite approximation
 *       (s<sub>a</sub><sup>2</sup>/n<sub>a</sub> +
 *       s<sub>b</sub><sup>2</sup>/n<sub>b</sub>)<sup>2</sup>
 *       / ((s<sub>a</sub><sup>2</sup>/n<sub>a</sub>)<sup>2</sup>/(n<sub>a</sub> &minus; 1) +
 *       (s<sub>b</sub><sup>2</sup>/n<sub>b</sub>)<sup>2</sup>/(n<sub>b</sub> &minus; 1)) (Welch,
 *       "The generalization of 'Student's' problem when several different population variances
 *       are involved", <i>Biometrika</i> 34, 1947, 28&ndash;35; Satterthwaite, <i>Biometrics
 *       Bulletin</i> 2, 1946), a fractional number between min(n<sub>a</sub>, n<sub>b</sub>)
 *       &minus; 1 and n<sub>a</sub> + n<sub>b</sub> &minus; 2;
 *   <li>{@link #t()} = estimate / standard error, {@link #pValue()} its two-sided p-value under
 *       Student's t with those degrees of freedom, and {@link #confidenceInterval(double)} =
 *       estimate &plusmn; t<sub>df</sub> &times; standard error.
 * </ul>
 *
 * <h2>Edge case</h2>
 *
 * <p>When both groups have zero variance (every answer in each group equal), the standard error is
 * 0: the degrees of freedom are then taken as n<sub>a</sub> + n<sub>b</sub> &minus; 2, the interval
 * is the single point of the estimate, {@link #t()} is 0 or infinite, and {@link #pValue()} is 1
 * when the means are equal and 0 otherwise.
 *
 * <h2>Equality</h2>
 *
 * <p>Two differences are equal when they compare equal results in the same order; every figure
 * follows from these.
 *
 * <pre>{@code
 * MeanDifference change = MeanDifference.of(thisMonth, lastMonth);
 * change.estimate();                   // e.g. +0.15 on the 1-5 scale
 * change.confidenceInterval(0.95);     // Welch
 * change.pValue();
 * }</pre>
 */
public final class MeanDifference implements SignificanceResult {
  private final Csat a;
  private final Csat b;
  private final double meanA;
  private final double meanB;
  private final double standardError;
  private final double degreesOfFreedom;

  private MeanDifference(Csat a, Csat b, double standardError, double degreesOfFreedom) {
    this.a = a;
    this.b = b;
    this.meanA = a.mean();
    this.meanB = b.mean();
    this.standardError = standardError;
    this.degreesOfFreedom = degreesOfFreedom;
  }

  /**
   * Returns Welch's comparison of two results' mean answers.
   *
   * @param a the first result
   * @param b the second result, on the same scale
   * @return the difference of means a &minus; b
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scales differ, or a result has fewer than 2 answers;
   *     the message names it
   */
  public static MeanDifference of(Csat a, Csat b) {
    Csat.checkSameScale(a, b);
    checkSize("a", a);
    checkSize("b", b);
    double na = a.total();
    double nb = b.total();
    double va = a.variance() / na;
    double vb = b.variance() / nb;
    double se2 = va + vb;
    double df = se2 == 0.0
        ? na + nb - 2.0
        : se2 * se2 / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
    return new MeanDifference(a, b, Math.sqrt(se2), df);
  }

  private static void checkSize(String name, Csat result) {
    if (result.total() < 2) {
      throw new IllegalArgumentException(
          "result " + name + " must have at least 2 answers to compare means, had "
              + result.total());
    }
  }

  /**
   * Returns the first result.
   *
   * @return a
   */
  public Csat a() {
    return a;
  }

  /**
   * Returns the second result.
   *
   * @return b
   */
  public Csat b() {
    return b;
  }

  /**
   * Returns the difference of the means.
   *
   * @return m<sub>a</sub> &minus; m<sub>b</sub>, in scale units
   */
  @Override
  public double estimate() {
    return meanA - meanB;
  }

  /**
   * Returns the standard error of the difference.
   *
   * @return sqrt(s<sub>a</sub><sup>2</sup>/n<sub>a</sub> +
   *     s<sub>b</sub><sup>2</sup>/n<sub>b</sub>), at least 0
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the Welch&ndash;Satterthwaite degrees of freedom.
   *
   * @return a positive, usually fractional number
   */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Returns the test statistic, {@link #t()}.
   *
   * @return Welch's t
   */
  @Override
  public double statistic() {
    return t();
  }

  /**
   * Returns Welch's test statistic.
   *
   * @return {@link #estimate()} / {@link #standardError()}; 0 when both are 0, infinite when only
   *     the standard error is 0
   */
  public double t() {
    double estimate = estimate();
    if (estimate == 0.0) {
      return 0.0;
    }
    return estimate / standardError;
  }

  /**
   * Returns the two-sided p-value of Welch's test of equal means.
   *
   * @return P(|T| &ge; |t|) for Student's T with {@link #degreesOfFreedom()}, in [0, 1]
   */
  @Override
  public double pValue() {
    return StudentT.twoSidedPValue(t(), degreesOfFreedom);
  }

  /**
   * Returns Welch's confidence interval of the difference of means.
   *
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return estimate &plusmn; t<sub>df</sub> &times; standard error, in scale units; not clipped,
   *     so with very few answers it can reach beyond the largest possible difference (max &minus;
   *     min of the scale), which is itself a sign that the data cannot say much
   * @throws IllegalArgumentException if {@code level} is not in (0, 1); the message names it
   */
  public Interval confidenceInterval(double level) {
    double half = StudentT.criticalValue(level, degreesOfFreedom) * standardError;
    double estimate = estimate();
    return Interval.of(estimate - half, estimate + half);
  }

  /** Returns whether another object is a difference of equal results, in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MeanDifference)) {
      return false;
    }
    MeanDifference that = (MeanDifference) other;
    return a.equals(that.a) && b.equals(that.b);
  }

  @Override
  public int hashCode() {
    return 31 * a.hashCode() + b.hashCode();
  }

  /**
   * Describes the difference, for example {@code "MeanDifference[estimate=0.250, se=0.110,
   * df=57.3]"}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MeanDifference[estimate=%.3f, se=%.3f, df=%.1f]",
        estimate(), standardError, degreesOfFreedom);
  }
}

package dev.nps.stats;

import dev.nps.Nps;
import dev.nps.Score;
import dev.nps.internal.Normal;

/**
 * Sample-size planning: how many answers are needed so that the confidence interval of a Net
 * Promoter Score has a given margin of error.
 *
 * <h2>Definition</h2>
 *
 * <p>With the per-answer variance V = p + d &minus; (p &minus; d)<sup>2</sup> of the expected
 * promoter and detractor shares p and d (see {@link Nps#variance()}), the critical value z of the
 * level and the margin e in points, the required number of answers is n<sub>0</sub> =
 * z<sup>2</sup> V / (e / 100)<sup>2</sup>, the inverse of the Wald margin z sqrt(V / n) (Rocks
 * 2016; the same reasoning as the classical
 * n = z<sup>2</sup> p (1 &minus; p) / e<sup>2</sup> for one proportion, Cochran, <i>Sampling
 * Techniques</i>, 3rd ed., 1977, section 4.4). When the shares are not given the worst case V = 1
 * is used (half promoters, half detractors): since the NPS spans 200 points, it needs four times
 * the answers of a proportion for the same margin, for example 1,537 for &plusmn;5 points at 95%.
 *
 * <p>When the population has a known, finite size N (all customers of an account, all tickets of
 * a month), the finite-population correction n = n<sub>0</sub> / (1 + (n<sub>0</sub> &minus; 1) /
 * N) applies (Cochran 1977, section 4.4), and the result never exceeds N.
 *
 * <p>Results are rounded up and at least 1. They are planning figures: the realised margin also
 * depends on the shares actually observed. They follow the Wald margin, while {@link
 * Nps#marginOfError(double)} reports the adjusted-Wald one, which is wider for small samples at
 * extreme shares: planning for 98% promoters and no detractors gives 31 answers for &plusmn;5
 * points, whose adjusted-Wald margin is about 13 points (30 promoters and 1 passive: 12.9). For
 * expected shares near 0 or 1, plan with the worst case or with less extreme shares.
 *
 * <pre>{@code
 * SampleSize.forMarginOfError(5, 0.95);                  // 1537, worst case
 * SampleSize.forMarginOfError(5, 0.95, 0.5, 0.2);        // expected 50% promoters, 20% detractors
 * SampleSize.forMarginOfError(5, 0.95, 0.5, 0.2, 2000);  // out of 2000 customers
 * }</pre>
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * Returns the number of answers needed in the worst case (V = 1).
   *
   * @param margin the wanted margin of error in points, positive (such as 5 for &plusmn;5 points)
   * @param level the confidence level, in (0, 1)
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if {@code margin} is not positive and finite or {@code level}
   *     is not in (0, 1); the message names the value
   * @throws ArithmeticException if more than {@link Long#MAX_VALUE} answers would be needed
   */
  public static long forMarginOfError(double margin, double level) {
    return required(margin, level, 1.0, 0);
  }

  /**
   * Returns the number of answers needed in the worst case (V = 1), from a finite population.
   *
   * @param margin the wanted margin of error in points, positive
   * @param level the confidence level, in (0, 1)
   * @param populationSize the number of people who could answer, at least 1
   * @return the number of answers, from 1 to {@code populationSize}
   * @throws IllegalArgumentException if an argument is out of range; the message names it
   */
  public static long forMarginOfError(double margin, double level, long populationSize) {
    return required(margin, level, 1.0, checkPopulation(populationSize));
  }

  /**
   * Returns the number of answers needed given the expected shares.
   *
   * @param margin the wanted margin of error in points, positive
   * @param level the confidence level, in (0, 1)
   * @param promoterShare the expected share of promoters, a fraction in [0, 1] (not a percent)
   * @param detractorShare the expected share of detractors, a fraction in [0, 1]; the two shares
   *     add up to at most 1
   * @return the number of answers, at least 1
   * @throws IllegalArgumentException if an argument is out of range; the message names it
   * @throws ArithmeticException if more than {@link Long#MAX_VALUE} answers would be needed
   */
  public static long forMarginOfError(
      double margin, double level, double promoterShare, double detractorShare) {
    return required(margin, level, variance(promoterShare, detractorShare), 0);
  }

  /**
   * Returns the number of answers needed given the expected shares, from a finite population.
   *
   * @param margin the wanted margin of error in points, positive
   * @param level the confidence level, in (0, 1)
   * @param promoterShare the expected share of promoters, a fraction in [0, 1] (not a percent)
   * @param detractorShare the expected share of detractors, a fraction in [0, 1]; the two shares
   *     add up to at most 1
   * @param populationSize the number of people who could answer, at least 1
   * @return the number of answers, from 1 to {@code populationSize}
   * @throws IllegalArgumentException if an argument is out of range; the message names it
   */
  public static long forMarginOfError(
      double margin,
      double level,
      double promoterShare,
      double detractorShare,
      long populationSize) {
    return required(
        margin, level, variance(promoterShare, detractorShare), checkPopulation(populationSize));
  }

  private static double variance(double promoterShare, double detractorShare) {
    checkShare("promoter", promoterShare);
    checkShare("detractor", detractorShare);
    if (promoterShare + detractorShare > 1.0 + 1e-12) {
      throw new IllegalArgumentException(
          "promoter and detractor shares must add up to at most 1, were "
              + promoterShare + " + " + detractorShare);
    }
    double net = promoterShare - detractorShare;
    return Math.max(0.0, promoterShare + detractorShare - net * net);
  }

  private static void checkShare(String name, double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException(
          name + " share must be a fraction in [0, 1], was " + share
              + (share > 1.0 && share <= 100.0 ? " (a percent? divide by 100)" : ""));
    }
  }

  private static long checkPopulation(long populationSize) {
    if (populationSize < 1) {
      throw new IllegalArgumentException(
          "population size must be at least 1, was " + populationSize);
    }
    return populationSize;
  }

  /** populationSize 0 means infinite. */
  private static long required(double margin, double level, double variance, long population) {
    if (!(margin > 0.0) || margin == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "margin of error must be positive and finite (in NPS points), was " + margin);
    }
    double z = Normal.criticalValue(level);
    double e = margin / 100.0;
    double n0 = z * z * variance / (e * e);
    double n = population == 0 ? n0 : n0 / (1.0 + (n0 - 1.0) / population);
    // Rounded up; the tolerance keeps an exact integer from becoming the next one by rounding.
    double rounded = Math.ceil(n - 1e-9);
    if (rounded >= 0x1p63) {
      throw new ArithmeticException(
          "more than Long.MAX_VALUE answers needed for a margin of " + margin + " points");
    }
    long answers = Math.max(1L, (long) rounded);
    return population == 0 ? answers : Math.min(answers, population);
  }
}

package dev.nps.stats;

import dev.nps.Score;

/**
 * How a confidence interval for a Net Promoter Score is computed from the counts of detractors
 * (d), passives and promoters (p) among n answers.
 *
 * <p>Every method treats the answers as a multinomial sample and the score as the difference of
 * two shares, 100 (p &minus; d) / n. Every interval is clipped to [&minus;100, 100]. The README
 * tabulates their exact coverage for small samples; in short, {@link #ADJUSTED_WALD} and {@link
 * #SCORE} stay close to the nominal level where {@link #WALD} falls short.
 */
public enum IntervalMethod {
  /**
   * The Wald interval: score &plusmn; z &times; SE, with SE = 100 sqrt(V / n) and the per-answer
   * variance V = p&#770; + d&#770; &minus; (p&#770; &minus; d&#770;)<sup>2</sup> of the observed
   * shares. Kept for comparison only: it is too narrow for small samples and extreme scores, and
   * it collapses to a single point when every answer falls in one category.
   */
  WALD,

  /**
   * The adjusted Wald interval, the default: add 0.75 detractors, 1.5 passives and 0.75 promoters
   * (3 answers in all) and compute the Wald interval of the adjusted counts, centred on the
   * adjusted score. Rocks, "Interval Estimation for the Net Promoter Score", <i>The American
   * Statistician</i> 70(4), 2016, found this adjustment among the best performers; MeasuringU
   * publishes the same rule as "add 3 to n and 3/4 to detractors and promoters". Its centre is
   * pulled slightly toward 0, so for extreme data it may not contain the observed score.
   */
  ADJUSTED_WALD,

  /**
   * The score interval: every difference &delta; whose score test is not rejected, that is
   * |Z(&delta;)| &le; z with Tango's statistic Z(&delta;) = (P &minus; D &minus; n&delta;) /
   * sqrt(n (2 q&#770; + &delta;(1 &minus; &delta;))), where q&#770; is the maximum likelihood
   * estimate of the detractor share under the constraint p &minus; d = &delta; (the non-negative
   * root of a quadratic). Tango, "Equivalence test and confidence interval for the difference in
   * proportions for the paired-sample design", <i>Statistics in Medicine</i> 17, 1998, treats the
   * two discordant cells of a paired table exactly as promoters and detractors are treated here;
   * Rocks (2016) recommends it for the NPS. The two limits are found by Brent's method to a
   * relative 1e-13. The upper limit is 100 when every answer is a promoter and the lower limit
   * &minus;100 when every answer is a detractor. The interval always contains the observed score.
   */
  SCORE
}

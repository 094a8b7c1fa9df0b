package dev.nps.stats;

/**
 * How an {@link NpsDifference} of two independent groups is tested and its interval computed.
 * Each method is one procedure: its p-value is at most alpha exactly when its 1 &minus; alpha
 * interval excludes 0.
 *
 * <p>The README tabulates the type I error and coverage of each for groups of unequal sizes and
 * spreads. In short, {@link #SCORE} holds its level everywhere in that study; the Wald methods
 * reject far too often when a small group has the wider spread.
 */
public enum DifferenceMethod {
  /**
   * The score test and the interval that inverts it, the default. For a hypothesised difference
   * &delta; of the scores (on the &minus;1..1 scale), the restricted maximum-likelihood shares of
   * both groups under NPS<sub>a</sub> &minus; NPS<sub>b</sub> = &delta; are found (each group
   * profiled with Tango's closed form, the two joined by one root), and
   *
   * <p>Z(&delta;) = (observed difference &minus; &delta;) / sqrt((&#7804;<sub>a</sub>/n<sub>a</sub>
   * + &#7804;<sub>b</sub>/n<sub>b</sub>) N / (N &minus; 1)),
   *
   * <p>with &#7804; = p&#771; + d&#771; &minus; (p&#771; &minus; d&#771;)<sup>2</sup> of each
   * group's restricted shares and N = n<sub>a</sub> + n<sub>b</sub>. The p-value is 2 Q(|Z(0)|)
   * and the interval is every &delta; with |Z(&delta;)| &le; z. This is the method of Miettinen and
   * Nurminen, "Comparative analysis of two rates", <i>Statistics in Medicine</i> 4, 1985,
   * 213&ndash;226, for two binomials, generalised to two trinomials; for one group the same
   * restricted estimate gives Tango's interval ({@link IntervalMethod#SCORE}; <i>Statistics in
   * Medicine</i> 17, 1998). Because the variance is estimated under "equal scores", not "equal
   * distributions" as a pooled test does, groups whose answers are spread differently do not
   * inflate the type I error; and because the restricted variance is never 0 for groups that
   * differ, one promoter against one detractor gives p = 0.32 and an interval of positive width,
   * not p = 0.
   */
  SCORE,

  /**
   * The Wald test and interval: z = observed difference / SE and observed difference &plusmn; z
   * SE, with SE = 100 sqrt(V<sub>a</sub>/n<sub>a</sub> + V<sub>b</sub>/n<sub>b</sub>) from the
   * observed shares. Kept for comparison only: it rejects too often with small groups, and its SE
   * is 0 when each group sits in one category.
   */
  WALD,

  /**
   * {@link #WALD} after adding 0.75 detractors, 1.5 passives and 0.75 promoters to each group, as
   * {@link IntervalMethod#ADJUSTED_WALD} does for one group (in the spirit of Agresti and Caffo,
   * <i>The American Statistician</i> 54, 2000). Better than plain Wald for small groups, but it
   * shares its weakness with unequal groups of unequal spreads.
   */
  ADJUSTED_WALD
}

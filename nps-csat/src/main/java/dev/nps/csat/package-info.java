/**
 * Customer satisfaction (CSAT), customer effort (CES) and support-quality rates.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>An answer lies on a {@link dev.nps.csat.CsatScale}, a sub-range of 0..10 with a satisfied
 *       threshold: 1-5 with 4-5 satisfied by default.
 *   <li>CSAT = 100 &times; satisfied / total, the top-box share in percent ({@link
 *       dev.nps.csat.Csat#score()}); the mean answer is reported beside it. Both are undefined for
 *       zero answers and then throw.
 *   <li>CES is the mean agreement with "the company made it easy to handle my issue" on 1-7, with
 *       the share agreeing (5-7) beside it ({@link dev.nps.csat.Ces}).
 *   <li>A {@link dev.nps.stats.Rate} is k successes of n trials, such as escalated tickets.
 * </ul>
 *
 * <h2>Statistics</h2>
 *
 * <p>Shares get Wilson score intervals, differences of shares the Miettinen&ndash;Nurminen score
 * test and interval ({@link dev.nps.stats.RateDifference}), means Student's t intervals and differences of means
 * Welch's test ({@link dev.nps.csat.MeanDifference}); each is a {@link
 * dev.nps.stats.SignificanceResult}. {@link dev.nps.csat.CsatSegmentComparison} compares each
 * segment with the rest in nps-core's {@link dev.nps.stats.SegmentComparison}, by share or by
 * mean, and adjusts the p-values with a {@link dev.nps.stats.PValueAdjustment}; {@link
 * dev.nps.csat.CsatTrend} gives nps-core's {@link dev.nps.program.Trend} of CSAT per period, each
 * period with its change from the one before.
 *
 * <p>As in nps-core, every result is a function of a histogram of {@code long} counts per answer
 * value: accumulators build and merge it exactly, results are immutable and compare with {@code
 * equals}.
 */
package dev.nps.csat;

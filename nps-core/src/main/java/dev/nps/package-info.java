/**
 * Net Promoter Score: answers, segments, the histogram accumulator and its immutable result.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>An answer is an integer from 0 to 10 ({@link dev.nps.Score}).
 *   <li>Detractors answered 0 to 6, passives 7 or 8, promoters 9 or 10 ({@link dev.nps.Category}).
 *   <li>NPS = 100 &times; (promoters &minus; detractors) / total, a number in [&minus;100, 100];
 *       undefined for zero answers ({@link dev.nps.Nps#score()} then throws).
 * </ul>
 *
 * <p>Every statistic is a function of the histogram of counts per answer value. That histogram is
 * the unit of aggregation: {@link dev.nps.NpsAccumulator} builds it, merges it with other
 * histograms, and snapshots it into an immutable {@link dev.nps.Nps}. Merging is exact, associative
 * and commutative, so a loop, a parallel stream and a distributed job give equal results.
 *
 * <h2>Statistical inference</h2>
 *
 * <p>All figures are in NPS points. {@link dev.nps.Nps#standardError()} and {@link
 * dev.nps.Nps#confidenceInterval(double, dev.nps.IntervalMethod)} (adjusted Wald by default, Wald,
 * or Tango's score interval) describe one result; {@link dev.nps.NpsDifference} compares two
 * independent groups and {@link dev.nps.PanelComparison} the same respondents in two waves; {@link
 * dev.nps.SegmentComparison} finds the segments that really differ from the rest, with p-values
 * adjusted by {@link dev.nps.PValueAdjustment}; {@link dev.nps.SampleSize} plans how many answers
 * are needed; {@link dev.nps.WeightedNps} gives weighted scores with Kish's effective sample size.
 * {@link dev.nps.Normal} and {@link dev.nps.Interval} are the building blocks.
 */
package dev.nps;

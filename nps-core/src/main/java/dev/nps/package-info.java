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
 * <h2>Where to start</h2>
 *
 * <p>There are two ways to obtain an {@link dev.nps.Nps}. The simplest is a static factory over
 * what you already hold: {@link dev.nps.Nps#of(Iterable)} over responses, {@link
 * dev.nps.Nps#ofAnswers(int...)} over raw answers, or {@link dev.nps.Nps#collector()} at the end of
 * a stream. When answers arrive over time, or from several threads, files or machines, feed a
 * {@link dev.nps.NpsAccumulator} (or a {@link dev.nps.ConcurrentNpsAccumulator} shared by threads)
 * and take a {@link dev.nps.NpsAccumulator#snapshot() snapshot} when you need one; accumulators merge with
 * {@code addAll}. Per segment, {@link dev.nps.SegmentedNpsAccumulator} keeps one histogram per
 * {@link dev.nps.Segment}; weighted answers go through {@link dev.nps.WeightedNpsAccumulator}.
 *
 * <p>Inference (intervals, differences, comparisons, rates) lives in {@code dev.nps.stats}, the
 * survey programme over time (periods, trends, cadence, follow-up) in {@code dev.nps.program}.
 */
package dev.nps;

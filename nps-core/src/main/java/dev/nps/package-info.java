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
 */
package dev.nps;

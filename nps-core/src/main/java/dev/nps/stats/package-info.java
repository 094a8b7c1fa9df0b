/**
 * Inference on NPS and rates: intervals, differences, comparisons, adjustment and sample sizes.
 *
 * <h2>Where to start</h2>
 *
 * <p>There are three questions people ask of a score, and a type for each. "How sure is it?" is
 * answered on the result itself ({@link dev.nps.Nps#confidenceInterval(double)}, with an {@link
 * dev.nps.stats.IntervalMethod}) and planned ahead with {@link dev.nps.stats.SampleSize}. "Did it
 * change?" is {@link dev.nps.stats.NpsDifference} for two independent groups or periods, and
 * {@link dev.nps.stats.PanelComparison} for the same respondents asked twice. "Which segments
 * really differ?" is {@link dev.nps.stats.SegmentComparison}: each segment against the rest, with
 * p-values adjusted by a {@link dev.nps.stats.PValueAdjustment} (Holm by default). Every test is a
 * {@link dev.nps.stats.SignificanceResult} (estimate, statistic, p-value), so a report can render
 * them alike.
 *
 * <p>Shares that are not NPS, such as escalated tickets or answered invitations, are a {@link
 * dev.nps.stats.Rate} (k of n, with a Wilson interval) and compare through {@link
 * dev.nps.stats.RateDifference}. Every figure is in NPS points or percent; every estimate comes
 * with its {@link dev.nps.stats.Interval}.
 */
package dev.nps.stats;

/**
 * Running a survey programme over time: periods, trends, cadence, follow-up and response rates.
 *
 * <h2>Where to start</h2>
 *
 * <p>Answers arrive continuously; a {@link dev.nps.program.PeriodScheme} puts each into a {@link
 * dev.nps.program.SurveyPeriod}, either by the calendar ({@link
 * dev.nps.program.PeriodScheme#calendar(dev.nps.program.Granularity, java.time.ZoneId)}) or by
 * fixed {@link dev.nps.program.SurveyWaves}. A {@link dev.nps.program.TrendAccumulator} then
 * counts per period and gives a {@link dev.nps.program.Trend}, each period with its result and its
 * change from the one before: of Net Promoter Score ({@link dev.nps.program.Trend#NPS}) or of
 * another metric, such as CSAT ({@code dev.nps.csat.CsatTrend}). {@link
 * dev.nps.program.SurveyCadence} says who is due for a survey (50 days after they start, then
 * every 12 months), {@link dev.nps.program.LatestPerRespondent} keeps one answer per person and
 * period, {@link dev.nps.program.FollowUp} lists the detractors to call
 * back and the promoters to ask for a review, and {@link dev.nps.program.ResponseRates} relates
 * answers to invitations.
 */
package dev.nps.program;

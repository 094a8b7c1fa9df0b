/**
 * Key-driver analysis: which service dimensions move the Net Promoter Score or overall
 * satisfaction most, and where performance is weak on something that matters, from exact and
 * mergeable sums.
 *
 * <h2>The pieces</h2>
 *
 * <ul>
 *   <li>{@link dev.nps.csat.drivers.DriverAccumulator} reads responses: an outcome (the answer to
 *       "how likely are you to recommend us?" on 0-10, or an overall CSAT answer) and ratings of k
 *       dimensions on their scales, any of them unanswered. It keeps integer sums only, so it
 *       merges exactly across threads, files and machines.
 *   <li>{@link dev.nps.csat.drivers.DriverMoments} are those sums, immutable: the answers of each
 *       variable, and the sums, sums of squares and sums of cross-products over the responses that
 *       answered every dimension and over those that answered each pair of variables. They are the
 *       partial aggregate that nps-jackson writes and reads.
 *   <li>{@link dev.nps.csat.drivers.DriverAnalysis} is the model of the outcome on the
 *       dimensions: R&sup2; and n, and per dimension a {@link dev.nps.csat.drivers.Driver} with its
 *       performance (n, mean, top-box share), correlation with Fisher's interval, standardized
 *       coefficient with its standard error and p-value, variance inflation, share of R&sup2; and
 *       {@link dev.nps.csat.drivers.Quadrant} in the importance &times; performance view.
 *   <li>{@link dev.nps.csat.drivers.MissingAnswers} chooses listwise (default) or pairwise
 *       deletion, {@link dev.nps.csat.drivers.ImportanceMethod} Shapley / LMG (default) or
 *       Johnson's relative weights.
 * </ul>
 *
 * <p>Per segment or per period, keep one accumulator per segment (for example in a map from
 * {@link dev.nps.Segment} to accumulator) and analyse each; merged segments give exactly the
 * moments of their union, because the sums add.
 */
package dev.nps.csat.drivers;

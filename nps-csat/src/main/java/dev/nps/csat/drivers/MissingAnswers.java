package dev.nps.csat.drivers;

/**
 * How a driver analysis treats responses that left some dimensions unanswered.
 *
 * <p>Neither choice imputes anything: an unanswered rating is never counted as zero or as the
 * lowest answer. The per-dimension performance ({@link Driver#answers()}) always uses every
 * response that answered the dimension, whichever choice is made here.
 */
public enum MissingAnswers {
  /**
   * Listwise deletion, the default: the model uses only the responses that answered every
   * dimension, so every correlation, coefficient and importance comes from one and the same set of
   * responses. The correlation matrix is then a real one (positive semi-definite), exact
   * collinearity is detected exactly, and the standard errors and p-values are those of ordinary
   * least squares on that sample. The cost is data: with many dimensions, or one that many people
   * skip, few responses may be complete, and when the skipping is related to the answers (the
   * unhappy skip the "human" question, say) the complete responses are not representative.
   */
  LISTWISE,

  /**
   * Pairwise deletion: each correlation uses every response that answered both of its variables,
   * so no answer is wasted, and each dimension's correlation with the outcome uses every response
   * that rated it. The cost is coherence: the correlations come from different sets of responses,
   * so together they may describe no data set at all (a matrix that is not positive definite,
   * which the analysis then refuses), and there is no single sample size. The model's n, used for
   * the standard errors and p-values, is the smallest number of responses behind any of the
   * correlations, which keeps them conservative. It suits dimensions that are skipped
   * independently of the answers (at random); when many answers are missing for reasons of their
   * own, neither choice is unbiased.
   */
  PAIRWISE
}

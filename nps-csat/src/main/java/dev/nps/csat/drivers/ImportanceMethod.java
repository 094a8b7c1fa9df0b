package dev.nps.csat.drivers;

/**
 * How a driver analysis shares the explained variance R&sup2; of the outcome among the dimensions.
 * Both give each dimension a non-negative share, and the shares add up to R&sup2;. With
 * uncorrelated dimensions both give each dimension its squared correlation with the outcome; they
 * differ in how they split what correlated dimensions explain together.
 */
public enum ImportanceMethod {
  /**
   * The Shapley value of each dimension in the game whose worth is R&sup2;, known in regression as
   * LMG after Lindeman, Merenda and Gold (1980, <i>Introduction to Bivariate and Multivariate
   * Analysis</i>): the increase of R&sup2; when the dimension joins the model, averaged over every
   * order in which the dimensions can enter. The default, and the standard of relative importance
   * (Gr&ouml;mping, "Relative importance for linear regression in R: the package relaimpo",
   * <i>Journal of Statistical Software</i> 17(1), 2006). Exact: R&sup2; is computed for all
   * 2<sup>k</sup> subsets of the k dimensions, so it is limited to {@value
   * DriverAnalysis#MAX_SHAPLEY_DIMENSIONS} dimensions.
   */
  SHAPLEY,

  /**
   * Johnson's relative weights (J. W. Johnson, "A heuristic method for estimating the relative
   * weight of predictor variables in multiple regression", <i>Multivariate Behavioral Research</i>
   * 35(1), 2000): the dimensions are replaced by their closest orthogonal counterparts (through the
   * symmetric square root of their correlation matrix), the outcome is regressed on those, and
   * each dimension receives the variance of the counterparts in proportion to how much it makes
   * them up. One eigen decomposition instead of 2<sup>k</sup> regressions, so it serves any number
   * of dimensions; its results are usually close to Shapley's.
   */
  RELATIVE_WEIGHTS
}

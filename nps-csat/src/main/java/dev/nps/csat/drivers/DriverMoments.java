package dev.nps.csat.drivers;

import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The immutable, exact sufficient statistics of a key-driver analysis, as a {@link
 * DriverAccumulator} collects them: the outcome's answers, each dimension's answers, and the
 * integer sums, sums of squares and sums of cross-products of the outcome and the dimensions, over
 * the responses that answered every dimension ({@link #complete()}) and over the responses that
 * answered each pair of variables ({@link #pairs()}).
 *
 * <p>Variable 0 is the outcome and variable {@code j} the j-th dimension of {@link #dimensions()};
 * the pairs come in the order (0,1), (0,2), ..., (0,k), (1,2), ..., (k-1,k).
 *
 * <p>Everything here is a {@code long} count or sum, so two moments compare exactly with {@link
 * #equals(Object)}, {@link #plus(DriverMoments)} is exactly associative and commutative, and a
 * moment read back from JSON or merged from parts equals the one built in one pass. {@link
 * #analyze()} turns them into importances and performances.
 */
public final class DriverMoments {
  private final DriverLayout layout;
  private final List<String> dimensions;
  private final List<CsatScale> dimensionScales;
  private final long[] row;

  /** Takes ownership of {@code row}, which must be valid for {@code layout}. */
  DriverMoments(DriverLayout layout, List<String> dimensions, List<CsatScale> dimensionScales,
      long[] row) {
    this.layout = layout;
    this.dimensions = dimensions;
    this.dimensionScales = dimensionScales;
    this.row = row;
  }

  /**
   * Returns the moments made of their parts, as {@link #outcome()}, {@link #answers(String)},
   * {@link #complete()} and {@link #pairs()} return them: the way back from a serialized form.
   * Every part is checked against the others: a count of responses in a pair or in the complete
   * block that exceeds the answers of one of its variables, a sum outside what answers on the
   * scales can give, a negative variance or a correlation beyond &plusmn;1, and a pair with the
   * outcome whose count and sums differ from the dimension's answers are rejected.
   *
   * @param outcome the outcome's answers, over every response
   * @param dimensions the dimension names; 1 to {@value DriverAccumulator#MAX_DIMENSIONS}, none
   *     blank, no name twice
   * @param answers each dimension's answers, in the order of {@code dimensions}
   * @param complete the sums of all k + 1 variables over the responses that answered every
   *     dimension
   * @param pairs the sums of each pair of variables over the responses that answered both, in the
   *     order of {@link #pairs()}
   * @return the moments
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the parts do not fit together; the message names the part
   *     and the bad value
   */
  public static DriverMoments of(Csat outcome, List<String> dimensions, List<Csat> answers,
      MomentSums complete, List<MomentSums> pairs) {
    Objects.requireNonNull(outcome, "outcome must not be null");
    List<String> names = DriverAccumulator.checkNames(dimensions);
    List<Csat> answerList =
        List.copyOf(Objects.requireNonNull(answers, "answers must not be null"));
    Objects.requireNonNull(complete, "complete must not be null");
    List<MomentSums> pairList =
        List.copyOf(Objects.requireNonNull(pairs, "pairs must not be null"));
    if (answerList.size() != names.size()) {
      throw new IllegalArgumentException("expected the answers of " + names.size()
          + " dimensions " + names + ", got " + answerList.size());
    }
    List<CsatScale> scales = new ArrayList<>();
    for (Csat csat : answerList) {
      scales.add(csat.scale());
    }
    DriverLayout layout = new DriverLayout(outcome.scale(), scales);
    DriverMoments moments = new DriverMoments(layout, names, List.copyOf(scales),
        new long[layout.width()]);
    moments.fill(outcome, answerList, complete, pairList);
    return moments;
  }

  private void fill(Csat outcome, List<Csat> answers, MomentSums complete,
      List<MomentSums> pairs) {
    int m = layout.variables();
    long respondents = outcome.total();
    row[0] = respondents;
    long[] answered = new long[m];
    for (int v = 0; v < m; v++) {
      Csat csat = v == 0 ? outcome : answers.get(v - 1);
      answered[v] = csat.total();
      if (answered[v] > respondents) {
        throw new IllegalArgumentException(name(v) + " has " + answered[v]
            + " answers, more than the " + respondents + " responses");
      }
      long[] histogram = csat.histogram();
      System.arraycopy(histogram, 0, row, layout.histogram(v, layout.scale(v).min()),
          histogram.length);
    }
    if (complete.variables() != m) {
      throw new IllegalArgumentException("the complete block must have " + m
          + " variables (the outcome and " + (m - 1) + " dimensions), got "
          + complete.variables());
    }
    for (int v = 0; v < m; v++) {
      if (complete.count() > answered[v]) {
        throw new IllegalArgumentException("the complete block counts " + complete.count()
            + " responses, more than the " + answered[v] + " answers of " + name(v));
      }
    }
    int[] all = new int[m];
    for (int v = 0; v < m; v++) {
      all[v] = v;
    }
    checkSums("the complete block", complete, all);
    row[layout.completeCount()] = complete.count();
    for (int a = 0; a < m; a++) {
      row[layout.completeSum(a)] = complete.sum(a);
      for (int b = a; b < m; b++) {
        row[layout.completeProduct(a, b)] = complete.product(a, b);
      }
    }
    if (pairs.size() != layout.pairs()) {
      throw new IllegalArgumentException("expected " + layout.pairs() + " pairs of the "
          + m + " variables, got " + pairs.size());
    }
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        int index = layout.pairIndex(a, b);
        MomentSums pair = pairs.get(index);
        String what = "pair " + index + " (" + name(a) + ", " + name(b) + ")";
        if (pair.variables() != 2) {
          throw new IllegalArgumentException(what + " must have 2 variables, got "
              + pair.variables());
        }
        long limit = Math.min(answered[a], answered[b]);
        if (pair.count() > limit) {
          throw new IllegalArgumentException(what + " counts " + pair.count()
              + " responses, more than the " + limit + " answers of one of them");
        }
        if (pair.count() < complete.count()) {
          throw new IllegalArgumentException(what + " counts " + pair.count()
              + " responses, fewer than the " + complete.count() + " that answered everything");
        }
        checkSums(what, pair, new int[] {a, b});
        if (a == 0) {
          checkAgainstAnswers(what, pair, answers.get(b - 1));
        }
        int slot = layout.pair(a, b);
        row[slot] = pair.count();
        row[slot + 1] = pair.sum(0);
        row[slot + 2] = pair.sum(1);
        row[slot + 3] = pair.product(0, 0);
        row[slot + 4] = pair.product(0, 1);
        row[slot + 5] = pair.product(1, 1);
      }
    }
  }

  /** A pair of the outcome and a dimension covers exactly the dimension's answers. */
  private static void checkAgainstAnswers(String what, MomentSums pair, Csat answers) {
    long sum = 0;
    long squares = 0;
    long[] histogram = answers.histogram();
    try {
      for (int i = 0; i < histogram.length; i++) {
        long answer = answers.scale().min() + i;
        sum = Math.addExact(sum, Math.multiplyExact(answer, histogram[i]));
        squares = Math.addExact(squares, Math.multiplyExact(answer * answer, histogram[i]));
      }
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException(what + ": the dimension's answers give sums beyond"
          + " the largest 64-bit integer");
    }
    long[] expected = {answers.total(), sum, squares};
    long[] given = {pair.count(), pair.sum(1), pair.product(1, 1)};
    String[] names = {"count", "sum of the dimension", "sum of squares of the dimension"};
    for (int i = 0; i < 3; i++) {
      if (expected[i] != given[i]) {
        throw new IllegalArgumentException(what + ": " + names[i] + " is " + given[i]
            + " but the dimension's answers give " + expected[i]);
      }
    }
  }

  /**
   * Checks that a block's sums are what answers on the scales can give: each sum within [min c,
   * max c], each product within [min_a min_b c, max_a max_b c], each variance at least 0 and each
   * correlation within [-1, 1].
   */
  private void checkSums(String what, MomentSums sums, int[] variables) {
    long c = sums.count();
    for (int i = 0; i < variables.length; i++) {
      CsatScale a = layout.scale(variables[i]);
      checkRange(what, "sum of " + name(variables[i]), sums.sum(i), a.min(), a.max(), c);
      for (int j = i; j < variables.length; j++) {
        CsatScale b = layout.scale(variables[j]);
        checkRange(what, "sum of " + name(variables[i]) + " times " + name(variables[j]),
            sums.product(i, j), (long) a.min() * b.min(), (long) a.max() * b.max(), c);
      }
    }
    BigInteger count = BigInteger.valueOf(c);
    BigInteger[] variance = new BigInteger[variables.length];
    for (int i = 0; i < variables.length; i++) {
      variance[i] = coMoment(count, sums, i, i);
      if (variance[i].signum() < 0) {
        throw new IllegalArgumentException(what + ": the sums of " + name(variables[i])
            + " give a negative variance");
      }
    }
    for (int i = 0; i < variables.length; i++) {
      for (int j = i + 1; j < variables.length; j++) {
        BigInteger covariance = coMoment(count, sums, i, j);
        if (covariance.multiply(covariance).compareTo(variance[i].multiply(variance[j])) > 0) {
          throw new IllegalArgumentException(what + ": the sums of " + name(variables[i])
              + " and " + name(variables[j]) + " give a correlation beyond -1 or 1");
        }
      }
    }
  }

  /** Returns c S_ab - S_a S_b, exactly: c - 1 times the sample covariance times c. */
  static BigInteger coMoment(BigInteger count, MomentSums sums, int a, int b) {
    return count.multiply(BigInteger.valueOf(sums.product(a, b)))
        .subtract(BigInteger.valueOf(sums.sum(a)).multiply(BigInteger.valueOf(sums.sum(b))));
  }

  private static void checkRange(String what, String sum, long value, long min, long max,
      long count) {
    BigInteger c = BigInteger.valueOf(count);
    BigInteger low = c.multiply(BigInteger.valueOf(min));
    BigInteger high = c.multiply(BigInteger.valueOf(max));
    BigInteger given = BigInteger.valueOf(value);
    if (given.compareTo(low) < 0 || given.compareTo(high) > 0) {
      throw new IllegalArgumentException(what + ": " + sum + " over " + count
          + " responses must be in [" + low + ", " + high + "], was " + value);
    }
  }

  /** Names a variable for messages: "the outcome" or "dimension 'name'". */
  String name(int variable) {
    return variable == 0 ? "the outcome" : "dimension '" + dimensions.get(variable - 1) + "'";
  }

  DriverLayout layout() {
    return layout;
  }

  /** The row itself, for the accumulator's merge; never modified. */
  long[] row() {
    return row;
  }

  /**
   * Returns the outcome's answer scale.
   *
   * @return the scale, {@link CsatScale#ZERO_TO_TEN} for a Net Promoter Score outcome
   */
  public CsatScale outcomeScale() {
    return layout.scale(0);
  }

  /**
   * Returns the dimension names.
   *
   * @return an unmodifiable list, in the accumulator's order
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Returns the dimensions' answer scales.
   *
   * @return an unmodifiable list, one scale per dimension in the order of {@link #dimensions()}
   */
  public List<CsatScale> dimensionScales() {
    return dimensionScales;
  }

  /**
   * Returns the number of responses, each with an outcome.
   *
   * @return a count
   */
  public long respondents() {
    return row[0];
  }

  /**
   * Returns the outcome's answers over every response. For a Net Promoter Score outcome on 0-10 its
   * {@link Csat#score()} is the share of promoters.
   *
   * @return a result on {@link #outcomeScale()}
   */
  public Csat outcome() {
    return histogram(0);
  }

  /**
   * Returns one dimension's answers over every response that answered it: its performance. The
   * {@link Csat#total()} is its n, {@link Csat#mean()} its mean and {@link Csat#score()} its
   * top-box share in percent.
   *
   * @param dimension a dimension name
   * @return a result on the dimension's scale
   * @throws NullPointerException if {@code dimension} is null
   * @throws IllegalArgumentException if {@code dimension} is not one of {@link #dimensions()}
   */
  public Csat answers(String dimension) {
    return histogram(indexOf(dimension) + 1);
  }

  private Csat histogram(int variable) {
    CsatScale scale = layout.scale(variable);
    int from = layout.histogram(variable, scale.min());
    return Csat.ofHistogram(scale, Arrays.copyOfRange(row, from, from + scale.size()));
  }

  int indexOf(String dimension) {
    int index = dimensions.indexOf(Objects.requireNonNull(dimension, "dimension must not be null"));
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown dimension '" + dimension + "': expected one of " + dimensions);
    }
    return index;
  }

  /**
   * Returns the sums of the outcome and every dimension over the responses that answered every
   * dimension, the sample of listwise deletion.
   *
   * @return sums of k + 1 variables, the outcome first
   */
  public MomentSums complete() {
    int m = layout.variables();
    long[] sums = new long[m];
    long[] products = new long[m * (m + 1) / 2];
    for (int a = 0; a < m; a++) {
      sums[a] = row[layout.completeSum(a)];
    }
    System.arraycopy(row, layout.completeProduct(0, 0), products, 0, products.length);
    return new MomentSums(row[layout.completeCount()], sums, products);
  }

  /**
   * Returns the sums of each pair of variables over the responses that answered both, the samples
   * of pairwise deletion.
   *
   * @return an unmodifiable list of sums of 2 variables each, in the order (0,1), ..., (0,k),
   *     (1,2), ..., (k-1,k), where variable 0 is the outcome
   */
  public List<MomentSums> pairs() {
    List<MomentSums> pairs = new ArrayList<>(layout.pairs());
    for (int index = 0; index < layout.pairs(); index++) {
      pairs.add(pair(index));
    }
    return Collections.unmodifiableList(pairs);
  }

  /** The sums of the pair block with the given index. */
  MomentSums pair(int index) {
    int slot = layout.pairAt(index);
    return new MomentSums(row[slot], new long[] {row[slot + 1], row[slot + 2]},
        new long[] {row[slot + 3], row[slot + 4], row[slot + 5]});
  }

  /**
   * Returns the key-driver analysis of these moments with the defaults: listwise deletion and
   * Shapley (LMG) importance.
   *
   * @return the analysis
   * @throws IllegalStateException if the analysis is undefined on these moments (too few complete
   *     responses, a constant outcome or dimension, exactly collinear dimensions); the message
   *     says which
   * @throws IllegalArgumentException if there are more than {@value
   *     DriverAnalysis#MAX_SHAPLEY_DIMENSIONS} dimensions, too many for exact Shapley importance
   */
  public DriverAnalysis analyze() {
    return analyze(MissingAnswers.LISTWISE, ImportanceMethod.SHAPLEY);
  }

  /**
   * Returns the key-driver analysis of these moments.
   *
   * @param missingAnswers how responses that left a dimension unanswered enter the model
   * @param method how the explained variance is shared among the dimensions
   * @return the analysis
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the analysis is undefined on these moments (too few
   *     responses, a constant outcome or dimension, exactly collinear dimensions, pairwise
   *     correlations that no data set could have); the message says which
   * @throws IllegalArgumentException if {@code method} is {@link ImportanceMethod#SHAPLEY} and
   *     there are more than {@value DriverAnalysis#MAX_SHAPLEY_DIMENSIONS} dimensions
   */
  public DriverAnalysis analyze(MissingAnswers missingAnswers, ImportanceMethod method) {
    return DriverAnalysis.of(this, missingAnswers, method);
  }

  /**
   * Returns the moments of this one's responses and another's together.
   *
   * @param other moments with the same scales and dimensions in the same order
   * @return the merged moments
   * @throws IllegalArgumentException if the scales or dimensions differ
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public DriverMoments plus(DriverMoments other) {
    checkCompatible(other);
    return new DriverMoments(layout, dimensions, dimensionScales,
        layout.sum(row, 0, other.row, 0));
  }

  void checkCompatible(DriverMoments other) {
    if (!outcomeScale().equals(other.outcomeScale()) || !dimensions.equals(other.dimensions)
        || !dimensionScales.equals(other.dimensionScales)) {
      throw new IllegalArgumentException("cannot merge dimensions " + other.dimensions
          + " on scales " + other.dimensionScales + " with outcome on " + other.outcomeScale()
          + " into dimensions " + dimensions + " on scales " + dimensionScales
          + " with outcome on " + outcomeScale());
    }
  }

  /** Two moments are equal when their scales, dimensions and every count and sum are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DriverMoments)) {
      return false;
    }
    DriverMoments that = (DriverMoments) other;
    return outcomeScale().equals(that.outcomeScale()) && dimensions.equals(that.dimensions)
        && dimensionScales.equals(that.dimensionScales) && Arrays.equals(row, that.row);
  }

  @Override
  public int hashCode() {
    return (31 * dimensions.hashCode() + dimensionScales.hashCode()) * 31 + Arrays.hashCode(row);
  }

  /**
   * Describes the moments by their sizes, for example {@code "DriverMoments[respondents=120,
   * complete=97, outcome 0-10 (satisfied 9-10), dimensions=[business 1-5 (satisfied 4-5),
   * ...]]"}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DriverMoments[respondents=").append(respondents())
        .append(", complete=").append(row[layout.completeCount()]).append(", outcome ")
        .append(outcomeScale()).append(", dimensions=[");
    for (int j = 0; j < dimensions.size(); j++) {
      text.append(j == 0 ? "" : ", ").append(dimensions.get(j)).append(' ')
          .append(dimensionScales.get(j));
    }
    return text.append("]]").toString();
  }
}

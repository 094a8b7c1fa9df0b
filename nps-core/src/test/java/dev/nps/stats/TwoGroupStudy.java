package dev.nps.stats;

import dev.nps.internal.Inference;
import dev.nps.internal.Normal;
import dev.nps.internal.ScoreInference;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The type I error, power and coverage of two-group NPS comparisons, by exact enumeration of every
 * pair of samples (outcomes of negligible probability left out, their mass reported) or by seeded
 * Monte Carlo. Each procedure answers two questions per pair of samples: does the 5% test reject
 * "no difference", and does the 95% interval contain the true difference.
 */
final class TwoGroupStudy {
  static final double LEVEL = 0.95;
  static final double CRITICAL = Normal.criticalValue(LEVEL);

  /** Outcomes of one group with probability below this are left out of an enumeration. */
  static final double NEGLIGIBLE = 1e-15;

  private TwoGroupStudy() {}

  /** One sample of a group: its counts, probability and the figures every procedure needs. */
  static final class Sample {
    final int d;
    final int m;
    final int p;
    final int n;
    final double probability;
    final double mean;
    final double variance;
    final double adjustedMean;
    final double adjustedVariance;
    final double adjustedN;
    final ScoreInference.Group group;
    /** Tango's 95% score limits of the group, on the -1..1 scale (computed when needed). */
    double scoreLower = Double.NaN;
    double scoreUpper = Double.NaN;

    Sample(int d, int m, int p, double probability) {
      this.d = d;
      this.m = m;
      this.p = p;
      this.n = d + m + p;
      this.probability = probability;
      this.mean = (double) (p - d) / n;
      this.variance = Inference.variance(d, m, p);
      double ad = d + Inference.ADJUST_DETRACTORS;
      double am = m + Inference.ADJUST_PASSIVES;
      double ap = p + Inference.ADJUST_PROMOTERS;
      this.adjustedN = ad + am + ap;
      this.adjustedMean = (ap - ad) / adjustedN;
      this.adjustedVariance = Inference.variance(ad, am, ap);
      this.group = ScoreInference.Group.ofCategories(d, m, p);
    }

    void computeScoreLimits() {
      Interval limits =
          dev.nps.Nps.ofCategories(d, m, p).confidenceInterval(LEVEL, IntervalMethod.SCORE);
      scoreLower = limits.lower() / 100.0;
      scoreUpper = limits.upper() / 100.0;
    }
  }

  /** A comparison procedure: whether it rejects delta = 0 and whether it covers the truth. */
  enum Procedure {
    /** The library before: a z test with the categories pooled, and a Wald interval. */
    POOLED_TEST_WALD_INTERVAL("before"),
    /** The library now: DifferenceMethod.SCORE. */
    SCORE("score"),
    WALD("Wald"),
    ADJUSTED_WALD("adjusted Wald"),
    /** Newcombe's square-and-add of each group's Tango limits, its test by inversion. */
    MOVER("MOVER"),
    /** The signed root of the profile likelihood-ratio statistic, inverted likewise. */
    LIKELIHOOD_RATIO("likelihood ratio");

    final String label;

    Procedure(String label) {
      this.label = label;
    }

    boolean rejectsZero(Sample a, Sample b) {
      switch (this) {
        case POOLED_TEST_WALD_INTERVAL: {
          double v0 = Inference.variance(a.d + b.d, a.m + b.m, a.p + b.p);
          double se0 = Math.sqrt(v0 * (1.0 / a.n + 1.0 / b.n));
          double center = a.mean - b.mean;
          return se0 > 0 && Math.abs(center) / se0 > CRITICAL;
        }
        case WALD:
          return excludes(a.mean - b.mean, waldSe(a, b), 0.0);
        case ADJUSTED_WALD:
          return excludes(a.adjustedMean - b.adjustedMean, adjustedSe(a, b), 0.0);
        case SCORE:
          return Math.abs(ScoreInference.z(a.group, b.group, 0.0)) > CRITICAL;
        case MOVER: {
          double[] interval = mover(a, b);
          return interval[0] > 0.0 || interval[1] < 0.0;
        }
        case LIKELIHOOD_RATIO:
          return Math.abs(signedRoot(a, b, 0.0)) > CRITICAL;
        default:
          throw new AssertionError(this);
      }
    }

    boolean covers(Sample a, Sample b, double delta) {
      switch (this) {
        case POOLED_TEST_WALD_INTERVAL:
        case WALD:
          return !excludes(a.mean - b.mean, waldSe(a, b), delta);
        case ADJUSTED_WALD:
          return !excludes(a.adjustedMean - b.adjustedMean, adjustedSe(a, b), delta);
        case SCORE:
          return Math.abs(ScoreInference.z(a.group, b.group, delta)) <= CRITICAL;
        case MOVER: {
          double[] interval = mover(a, b);
          return interval[0] <= delta && delta <= interval[1];
        }
        case LIKELIHOOD_RATIO:
          return Math.abs(signedRoot(a, b, delta)) <= CRITICAL;
        default:
          throw new AssertionError(this);
      }
    }

    boolean needsScoreLimits() {
      return this == MOVER;
    }
  }

  static double signedRoot(Sample a, Sample b, double delta) {
    double theta = ScoreInference.restrictedMean(a.group, b.group, delta);
    double deviance = 2 * (logLikelihoodLoss(a, theta) + logLikelihoodLoss(b, theta - delta));
    return Math.signum(a.mean - b.mean - delta) * Math.sqrt(Math.max(0, deviance));
  }

  /** l(observed shares) - l(Tango shares with mean theta). */
  private static double logLikelihoodLoss(Sample s, double theta) {
    double q = tangoQ(s.d, s.p, s.n, theta);
    double[] shares = {q, 1 - 2 * q - theta, q + theta};
    int[] counts = {s.d, s.m, s.p};
    double loss = 0;
    for (int k = 0; k < 3; k++) {
      if (counts[k] > 0) {
        loss += counts[k] * (Math.log((double) counts[k] / s.n) - Math.log(shares[k]));
      }
    }
    return loss;
  }

  private static double tangoQ(double detractors, double promoters, double n, double delta) {
    double a = 2.0 * n;
    double b = -promoters - detractors + (2.0 * n - promoters + detractors) * delta;
    double c = -detractors * delta * (1.0 - delta);
    double root = Math.sqrt(Math.max(0.0, b * b - 4.0 * a * c));
    return b <= 0.0 ? (root - b) / (2.0 * a) : -2.0 * c / (b + root);
  }

  private static boolean excludes(double center, double se, double delta) {
    return Math.abs(center - delta) > CRITICAL * se;
  }

  private static double waldSe(Sample a, Sample b) {
    return Math.sqrt(a.variance / a.n + b.variance / b.n);
  }

  private static double adjustedSe(Sample a, Sample b) {
    return Math.sqrt(a.adjustedVariance / a.adjustedN + b.adjustedVariance / b.adjustedN);
  }

  /** Newcombe's square-and-add (MOVER) interval of a - b from each group's Tango limits. */
  static double[] mover(Sample a, Sample b) {
    double estimate = a.mean - b.mean;
    double lower =
        estimate - Math.hypot(a.mean - a.scoreLower, b.scoreUpper - b.mean);
    double upper =
        estimate + Math.hypot(a.scoreUpper - a.mean, b.mean - b.scoreLower);
    return new double[] {lower, upper};
  }

  /** The samples of one group with probability at least {@link #NEGLIGIBLE}. */
  static List<Sample> outcomes(int n, double[] shares, boolean scoreLimits) {
    List<Sample> samples = new ArrayList<>();
    for (int d = 0; d <= n; d++) {
      for (int p = 0; p <= n - d; p++) {
        double probability = probability(n, d, n - d - p, p, shares);
        if (probability >= NEGLIGIBLE) {
          samples.add(new Sample(d, n - d - p, p, probability));
        }
      }
    }
    if (scoreLimits) {
      samples.parallelStream().forEach(Sample::computeScoreLimits);
    }
    return samples;
  }

  /** The results of one cell for several procedures. */
  static final class Cell {
    final double[] rejects;
    final double[] covers;
    /** Probability that the test and the interval disagree, per procedure. */
    final double[] disagrees;
    final double mass;
    final long pairs;
    /** Monte Carlo draws, 0 for an enumeration. */
    final int draws;

    Cell(double[] rejects, double[] covers, double[] disagrees, double mass, long pairs,
        int draws) {
      this.rejects = rejects;
      this.covers = covers;
      this.disagrees = disagrees;
      this.mass = mass;
      this.pairs = pairs;
      this.draws = draws;
    }

    /** The Monte Carlo standard error of a proportion near {@code value}, 0 when exact. */
    double monteCarloError(double value) {
      return draws == 0 ? 0.0 : Math.sqrt(value * (1.0 - value) / draws);
    }
  }

  /** Enumerates every pair of samples of sizes nA and nB. */
  static Cell enumerate(
      int nA, double[] sharesA, int nB, double[] sharesB, double delta, Procedure... procedures) {
    boolean limits = false;
    for (Procedure procedure : procedures) {
      limits |= procedure.needsScoreLimits();
    }
    List<Sample> groupA = outcomes(nA, sharesA, limits);
    List<Sample> groupB = outcomes(nB, sharesB, limits);
    int k = procedures.length;
    double[][] partial =
        IntStream.range(0, groupA.size())
            .parallel()
            .mapToObj(
                i -> {
                  Sample a = groupA.get(i);
                  double[] sums = new double[3 * k + 1];
                  for (Sample b : groupB) {
                    double w = a.probability * b.probability;
                    sums[3 * k] += w;
                    for (int j = 0; j < k; j++) {
                      boolean rejects = procedures[j].rejectsZero(a, b);
                      boolean covers =
                          delta == 0.0 ? !rejects : procedures[j].covers(a, b, delta);
                      if (rejects) {
                        sums[j] += w;
                      }
                      if (covers) {
                        sums[k + j] += w;
                      }
                      if (procedures[j] == Procedure.POOLED_TEST_WALD_INTERVAL
                          && rejects == procedures[j].covers(a, b, 0.0)) {
                        sums[2 * k + j] += w;
                      }
                    }
                  }
                  return sums;
                })
            .toArray(double[][]::new);
    double[] totals = new double[3 * k + 1];
    for (double[] sums : partial) {
      for (int j = 0; j < totals.length; j++) {
        totals[j] += sums[j];
      }
    }
    double[] rejects = new double[k];
    double[] covers = new double[k];
    double[] disagrees = new double[k];
    for (int j = 0; j < k; j++) {
      rejects[j] = totals[j];
      covers[j] = totals[k + j];
      disagrees[j] = totals[2 * k + j];
    }
    return new Cell(rejects, covers, disagrees, totals[3 * k],
        (long) groupA.size() * groupB.size(), 0);
  }

  /** Draws pairs of samples with a seeded generator. */
  static Cell simulate(
      int nA, double[] sharesA, int nB, double[] sharesB, double delta, int draws, long seed,
      Procedure... procedures) {
    int k = procedures.length;
    int chunks = 64;
    int perChunk = draws / chunks;
    double[][] partial =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(
                chunk -> {
                  SplittableRandom random = new SplittableRandom(seed + 7919L * chunk);
                  double[] sums = new double[3 * k];
                  for (int s = 0; s < perChunk; s++) {
                    Sample a = draw(random, nA, sharesA);
                    Sample b = draw(random, nB, sharesB);
                    for (int j = 0; j < k; j++) {
                      if (procedures[j].needsScoreLimits()) {
                        if (Double.isNaN(a.scoreLower)) {
                          a.computeScoreLimits();
                          b.computeScoreLimits();
                        }
                      }
                      boolean rejects = procedures[j].rejectsZero(a, b);
                      boolean covers =
                          delta == 0.0 ? !rejects : procedures[j].covers(a, b, delta);
                      if (rejects) {
                        sums[j]++;
                      }
                      if (covers) {
                        sums[k + j]++;
                      }
                      if (procedures[j] == Procedure.POOLED_TEST_WALD_INTERVAL
                          && rejects == procedures[j].covers(a, b, 0.0)) {
                        sums[2 * k + j]++;
                      }
                    }
                  }
                  return sums;
                })
            .toArray(double[][]::new);
    int total = perChunk * chunks;
    double[] rejects = new double[k];
    double[] covers = new double[k];
    double[] disagrees = new double[k];
    for (double[] sums : partial) {
      for (int j = 0; j < k; j++) {
        rejects[j] += sums[j] / total;
        covers[j] += sums[k + j] / total;
        disagrees[j] += sums[2 * k + j] / total;
      }
    }
    return new Cell(rejects, covers, disagrees, 1.0, total, total);
  }

  static Sample draw(SplittableRandom random, int n, double[] shares) {
    int d = 0;
    int m = 0;
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      if (u < shares[0]) {
        d++;
      } else if (u < shares[0] + shares[1]) {
        m++;
      }
    }
    return new Sample(d, m, n - d - m, 1.0);
  }

  /** Trinomial probability n! / (d! m! p!) sd^d sm^m sp^p, computed in logs. */
  static double probability(int n, int d, int m, int p, double[] shares) {
    double log = logFactorial(n) - logFactorial(d) - logFactorial(m) - logFactorial(p);
    log += term(d, shares[0]) + term(m, shares[1]) + term(p, shares[2]);
    return Math.exp(log);
  }

  private static double term(int count, double share) {
    if (count == 0) {
      return 0.0;
    }
    return count * Math.log(share);
  }

  private static final double[] LOG_FACTORIALS = new double[2001];

  static {
    for (int i = 1; i < LOG_FACTORIALS.length; i++) {
      LOG_FACTORIALS[i] = LOG_FACTORIALS[i - 1] + Math.log(i);
    }
  }

  private static double logFactorial(int n) {
    return LOG_FACTORIALS[n];
  }
}

package dev.nps.internal;

/**
 * The standard normal distribution: its cumulative distribution function, its quantile function,
 * and two-sided critical values for confidence intervals and tests.
 *
 * <h2>Accuracy</h2>
 *
 * <p>{@link #cdf(double)} is accurate to about 1e-15 absolute everywhere, and to about 1e-14
 * relative in both tails down to about 1e-308 (x &ge; &minus;37.5), so that tiny p-values keep
 * their leading digits; below that the result is a subnormal {@code double} with fewer digits.
 * {@link #quantile(double)} is accurate to about 1e-14 absolute for probabilities from {@code
 * Double.MIN_NORMAL} to 1 &minus; 2<sup>&minus;53</sup>. Both are tested against the
 * fifteen-decimal tables of Abramowitz and Stegun (1964), <i>Handbook of Mathematical
 * Functions</i>, Table 26.1, and against quantiles published to sixteen significant digits.
 *
 * <h2>Methods</h2>
 *
 * <ul>
 *   <li>For |x| &lt; 2.5 the Taylor series &Phi;(x) = 1/2 + &phi;(x) (x + x<sup>3</sup>/3 +
 *       x<sup>5</sup>/(3&middot;5) + ...), summed until a term no longer changes the sum
 *       (Marsaglia, "Evaluating the Normal Distribution", <i>Journal of Statistical Software</i>
 *       11(4), 2004).
 *   <li>For |x| &ge; 2.5 the upper tail Q(|x|) = &phi;(x) / (|x| + 1/(|x| + 2/(|x| + 3/(|x| +
 *       ...)))), Laplace's continued fraction (Abramowitz and Stegun 26.2.14), evaluated with the
 *       modified Lentz algorithm (Press et al., <i>Numerical Recipes</i>, 3rd ed., section 5.2).
 *   <li>The quantile starts from the rational approximation of Abramowitz and Stegun 26.2.23
 *       (error below 4.5e-4) and refines it with Halley's method on &Phi;(x) &minus; p, computed in
 *       the tail where p lies, so that it keeps full relative accuracy for tiny p.
 * </ul>
 */
public final class Normal {
  /** 1 / sqrt(2 pi). */
  private static final double INV_SQRT_2PI = 0.3989422804014327;

  /** Below this |x| the Taylor series is used, at and above it the continued fraction. */
  private static final double SERIES_LIMIT = 2.5;

  private Normal() {}

  /**
   * Returns the standard normal density &phi;(x) = exp(&minus;x<sup>2</sup>/2) / sqrt(2&pi;).
   *
   * @param x any number
   * @return the density, 0 for infinite {@code x}, NaN for NaN
   */
  public static double density(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /**
   * Returns the standard normal cumulative distribution function &Phi;(x) = P(Z &le; x).
   *
   * @param x any number
   * @return a probability in [0, 1]: 0 for negative infinity, 1 for positive infinity, NaN for NaN
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    double absX = Math.abs(x);
    if (absX < SERIES_LIMIT) {
      return 0.5 + density(x) * series(x);
    }
    double tail = upperTail(absX);
    return x < 0 ? tail : 1.0 - tail;
  }

  /**
   * Returns the upper tail probability Q(x) = 1 &minus; &Phi;(x) = P(Z &gt; x), computed without
   * the cancellation of {@code 1 - cdf(x)}, so that it keeps its relative accuracy for large
   * {@code x}.
   *
   * @param x any number
   * @return a probability in [0, 1]: 1 for negative infinity, 0 for positive infinity, NaN for NaN
   */
  public static double complementaryCdf(double x) {
    return cdf(-x);
  }

  /**
   * Returns the two-sided p-value of a standard normal test statistic: P(|Z| &ge; |z|) =
   * 2 Q(|z|).
   *
   * @param z a test statistic
   * @return a probability in [0, 1]: 1 for {@code z = 0}, 0 for infinite {@code z}
   * @throws IllegalArgumentException if {@code z} is NaN
   */
  public static double twoSidedPValue(double z) {
    if (Double.isNaN(z)) {
      throw new IllegalArgumentException("test statistic must not be NaN");
    }
    return Math.min(1.0, 2.0 * cdf(-Math.abs(z)));
  }

  /** Sum of x + x^3/3 + x^5/(3*5) + ..., the Taylor series of (Phi(x) - 1/2) / phi(x). */
  private static double series(double x) {
    double x2 = x * x;
    double term = x;
    double sum = x;
    for (int k = 1; k < 200; k++) {
      term *= x2 / (2 * k + 1);
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    return sum;
  }

  /** Q(x) for x at least SERIES_LIMIT, by Laplace's continued fraction (modified Lentz). */
  private static double upperTail(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0.0;
    for (int k = 1; k < 500; k++) {
      d = x + k * d;
      d = 1.0 / (d == 0.0 ? tiny : d);
      c = x + k / c;
      if (c == 0.0) {
        c = tiny;
      }
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return density(x) / f;
  }

  /**
   * Returns the standard normal quantile &Phi;<sup>&minus;1</sup>(p): the x with P(Z &le; x) = p.
   *
   * @param p a probability in [0, 1]
   * @return the quantile: negative infinity for 0, positive infinity for 1, 0 for 1/2
   * @throws IllegalArgumentException if {@code p} is outside [0, 1] or NaN; the message names it
   */
  public static double quantile(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
    }
    if (p == 0.5) {
      return 0.0;
    }
    // 1 - p is exact for p in [1/2, 1] (Sterbenz), so the upper half reuses the lower tail.
    return p < 0.5 ? lowerQuantile(p) : -lowerQuantile(1.0 - p);
  }

  /** The quantile for p in [0, 1/2). */
  private static double lowerQuantile(double p) {
    if (p == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    // Abramowitz and Stegun 26.2.23: |error| < 4.5e-4.
    double t = Math.sqrt(-2.0 * Math.log(p));
    double x = -(t - (2.515517 + t * (0.802853 + t * 0.010328))
        / (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
    // Halley's method on Phi(x) - p; x < 0 here, so cdf(x) is a lower tail with full relative
    // accuracy. Converges cubically: two or three steps from the starting error.
    for (int i = 0; i < 8; i++) {
      double density = density(x);
      if (density == 0.0) {
        break;
      }
      double r = (cdf(x) - p) / density;
      double next = x - r / (1.0 + 0.5 * x * r);
      if (Math.abs(next - x) <= 1e-15 * Math.abs(next)) {
        x = next;
        break;
      }
      x = next;
    }
    return x;
  }

  /**
   * Returns the two-sided critical value z for a confidence level: the z with P(|Z| &le; z) =
   * {@code level}, that is &Phi;<sup>&minus;1</sup>(1 &minus; (1 &minus; level)/2). For example
   * 1.959963984540054 for 0.95.
   *
   * @param level the confidence level, in (0, 1)
   * @return a positive critical value
   * @throws IllegalArgumentException if {@code level} is not in (0, 1) or is NaN; the message
   *     names it
   */
  public static double criticalValue(double level) {
    return -quantile(0.5 * (1.0 - checkLevel(level)));
  }

  /**
   * Checks a confidence level, for every interval of the library and its extensions.
   *
   * @param level the level to check
   * @return {@code level}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1) or is NaN; the message is
   *     "level must be in (0, 1), was " followed by the value
   */
  public static double checkLevel(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
    return level;
  }
}

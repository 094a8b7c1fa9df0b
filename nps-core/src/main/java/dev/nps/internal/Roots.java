package dev.nps.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * Bracketed root finding for the library's score intervals and restricted maximum-likelihood
 * estimates: Brent's method (Brent, <i>Algorithms for Minimization without Derivatives</i>,
 * Prentice-Hall, 1973, chapter 4, the procedure {@code zero}), which combines bisection, the
 * secant rule and inverse quadratic interpolation and never needs more than about the square of the
 * number of bisection steps.
 *
 * <p>The functions here are monotone but may jump (a profile score is discontinuous where a group's
 * restricted variance vanishes) or be infinite at an end of the bracket; Brent's method then falls
 * back to bisection, which finds the point where the sign changes. A root is returned when the
 * bracket around it is at most {@link #RELATIVE_TOLERANCE} times its magnitude wide (or, for a root
 * at exactly 0, when no double lies between the ends).
 */
public final class Roots {
  /** The relative width of the final bracket: 1e-13. */
  public static final double RELATIVE_TOLERANCE = 1e-13;

  /** Enough for bisection from [-2, 2] down to adjacent doubles near 0. */
  private static final int MAX_ITERATIONS = 2_000;

  private Roots() {}

  /**
   * Returns a point where {@code f} changes sign in [a, b], given the values at the ends.
   *
   * @param f the function; may return infinities, never NaN inside the bracket
   * @param a one end of the bracket
   * @param b the other end
   * @param fa f(a), of the opposite sign to f(b) or 0
   * @param fb f(b)
   * @return a point x in [a, b] such that f changes sign (or is 0) within a relative
   *     {@link #RELATIVE_TOLERANCE} of x; the end whose value is 0, if one is
   * @throws IllegalArgumentException if f(a) and f(b) have the same sign
   */
  public static double findRoot(DoubleUnaryOperator f, double a, double b, double fa, double fb) {
    if (fa == 0.0) {
      return a;
    }
    if (fb == 0.0) {
      return b;
    }
    if ((fa > 0) == (fb > 0)) {
      throw new IllegalArgumentException(
          "no sign change in [" + a + ", " + b + "]: f = " + fa + " and " + fb);
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      if ((fb > 0) == (fc > 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolerance = 0.5 * RELATIVE_TOLERANCE * Math.abs(b);
      double m = 0.5 * (c - b);
      double middle = b + m;
      if (Math.abs(m) <= tolerance || fb == 0.0 || middle == b || middle == c) {
        return b;
      }
      boolean finite = Double.isFinite(fa) && Double.isFinite(fb) && Double.isFinite(fc);
      if (!finite || Math.abs(e) < tolerance || Math.abs(fa) <= Math.abs(fb)) {
        d = m;
        e = m;
      } else {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2.0 * m * s;
          q = 1.0 - s;
        } else {
          double qa = fa / fc;
          double r = fb / fc;
          p = s * (2.0 * m * qa * (qa - r) - (b - a) * (r - 1.0));
          q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        double previous = e;
        e = d;
        if (2.0 * p < 3.0 * m * q - Math.abs(tolerance * q) && p < Math.abs(0.5 * previous * q)) {
          d = p / q;
        } else {
          d = m;
          e = m;
        }
      }
      a = b;
      fa = fb;
      if (Math.abs(d) > tolerance) {
        b += d;
      } else {
        b += m > 0 ? Math.max(tolerance, Double.MIN_VALUE) : -Math.max(tolerance, Double.MIN_VALUE);
      }
      fb = f.applyAsDouble(b);
    }
    return b;
  }
}

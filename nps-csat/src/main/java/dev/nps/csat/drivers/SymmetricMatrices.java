package dev.nps.csat.drivers;

/**
 * The linear algebra of a driver analysis on small symmetric matrices (at most {@value
 * DriverAccumulator#MAX_DIMENSIONS} rows): Cholesky factors, inverses, the explained variance of
 * every subset of predictors, and eigen decompositions by Jacobi's method.
 */
final class SymmetricMatrices {
  /** Off-diagonal mass, relative to the whole, at which Jacobi's method stops. */
  private static final double JACOBI_TOLERANCE = 1e-30;

  private SymmetricMatrices() {}

  /**
   * Returns the lower Cholesky factor of a positive definite matrix, or null if a pivot is not
   * positive.
   */
  static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int p = 0; p < j; p++) {
          sum -= l[i][p] * l[j][p];
        }
        if (i == j) {
          if (!(sum > 0.0)) {
            return null;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }

  /** Returns the inverse of a matrix from its Cholesky factor. */
  static double[][] inverse(double[][] l) {
    int n = l.length;
    double[][] inverse = new double[n][n];
    for (int column = 0; column < n; column++) {
      double[] e = new double[n];
      e[column] = 1.0;
      double[] x = solve(l, e);
      for (int i = 0; i < n; i++) {
        inverse[i][column] = x[i];
      }
    }
    return inverse;
  }

  /** Solves L L' x = b. */
  static double[] solve(double[][] l, double[] b) {
    int n = l.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int p = 0; p < i; p++) {
        sum -= l[i][p] * y[p];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int p = i + 1; p < n; p++) {
        sum -= l[p][i] * x[p];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  /**
   * Returns the explained variance R&sup2;(S) = r_S' R_SS^-1 r_S of every subset S of the
   * predictors, indexed by the bit mask of S.
   *
   * <p>The subsets are visited depth first, each extending its parent by a predictor of higher
   * index. The Cholesky factor of R_SS then extends the parent's by one row, and with z = L^-1
   * r_S, R&sup2;(S) = |z|&sup2; extends the parent's by the square of one new element: each
   * subset costs O(|S|&sup2;) rather than a factorization of its own.
   *
   * @param r the predictors' correlation matrix, positive definite
   * @param rxy the predictors' correlations with the outcome
   */
  static double[] subsetRSquared(double[][] r, double[] rxy) {
    int k = r.length;
    double[] explained = new double[1 << k];
    int[] path = new int[k];
    double[][] l = new double[k][k];
    double[] z = new double[k];
    extend(r, rxy, 0, 0, 0, 0.0, path, l, z, explained);
    return explained;
  }

  private static void extend(double[][] r, double[] rxy, int depth, int from, int mask,
      double parent, int[] path, double[][] l, double[] z, double[] explained) {
    int k = r.length;
    for (int u = from; u < k; u++) {
      double[] row = l[depth];
      double diagonal = r[u][u];
      for (int i = 0; i < depth; i++) {
        double sum = r[u][path[i]];
        for (int p = 0; p < i; p++) {
          sum -= row[p] * l[i][p];
        }
        row[i] = sum / l[i][i];
        diagonal -= row[i] * row[i];
      }
      if (!(diagonal > 0.0)) {
        throw new IllegalStateException("a subset of the dimensions is numerically singular");
      }
      row[depth] = Math.sqrt(diagonal);
      double sum = rxy[u];
      for (int p = 0; p < depth; p++) {
        sum -= row[p] * z[p];
      }
      z[depth] = sum / row[depth];
      path[depth] = u;
      int child = mask | (1 << u);
      explained[child] = parent + z[depth] * z[depth];
      extend(r, rxy, depth + 1, u + 1, child, explained[child], path, l, z, explained);
    }
  }

  /**
   * Returns the eigen decomposition of a symmetric matrix by the cyclic Jacobi method (Golub and
   * Van Loan, <i>Matrix Computations</i>, 4th ed., section 8.5): the eigenvalues in {@code
   * values}, and the eigenvectors as the columns of the returned matrix.
   */
  static double[][] eigen(double[][] matrix, double[] values) {
    int n = matrix.length;
    double[][] a = new double[n][];
    double[][] v = new double[n][n];
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
      v[i][i] = 1.0;
      for (int j = 0; j < n; j++) {
        total += a[i][j] * a[i][j];
      }
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0.0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off <= JACOBI_TOLERANCE * total) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] != 0.0) {
            rotate(a, v, p, q);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return v;
  }

  /** One Jacobi rotation that zeroes a[p][q] (Golub and Van Loan, Algorithm 8.5.1). */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int n = a.length;
    double tau = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
    double t = tau >= 0.0 ? 1.0 / (tau + Math.hypot(1.0, tau))
        : -1.0 / (-tau + Math.hypot(1.0, tau));
    double c = 1.0 / Math.hypot(1.0, t);
    double s = t * c;
    for (int i = 0; i < n; i++) {
      double ip = a[i][p];
      double iq = a[i][q];
      a[i][p] = c * ip - s * iq;
      a[i][q] = s * ip + c * iq;
    }
    for (int i = 0; i < n; i++) {
      double pi = a[p][i];
      double qi = a[q][i];
      a[p][i] = c * pi - s * qi;
      a[q][i] = s * pi + c * qi;
    }
    for (int i = 0; i < n; i++) {
      double ip = v[i][p];
      double iq = v[i][q];
      v[i][p] = c * ip - s * iq;
      v[i][q] = s * ip + c * iq;
    }
  }
}

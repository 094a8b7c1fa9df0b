#!/usr/bin/env python3
"""Reference values for the key-driver analysis tests of nps-csat (DriverAnalysisTest).

Independent of the library: it computes from the rows themselves (not from sufficient statistics),
in exact rational arithmetic (fractions.Fraction) wherever the quantity is rational (R-squared,
unstandardized coefficients, variance inflation, the Shapley / LMG decomposition over all
subsets), with a different algorithm wherever the library's is numerical (relative weights from
a Denman-Beavers matrix square root instead of a Jacobi eigen decomposition; extreme eigenvalues
by power iteration; t tail probabilities by numerical integration of the density instead of the
incomplete beta continued fraction). Python 3 standard library only.

The data set: 3000 responses, each with a likelihood to recommend 0-10 (the outcome) and four
ratings on 1-5, "business", "human", "hidden", "speed", drawn by SplitMix64 from seed 20261201
with integers only (so Java reproduces it exactly). Every rating is a shared mood (1-5) plus its
own offset (-2..2), clipped to 1-5, so the ratings are correlated. The outcome is (6 business +
3 human + 1 hidden + 0 speed + noise - 10) // 4 clipped to 0-10, with noise the sum of three
uniform integers 0-12 minus 18, so the importance ranking must come out business > human >
hidden > speed. Ratings are missing at random with probabilities 5%, 10%, 15% and 8%.

Run: python3 nps-csat/src/test/reference/drivers_reference.py
"""

import math
from fractions import Fraction
from statistics import NormalDist

MASK = (1 << 64) - 1
SEED = 20261201
RESPONSES = 3000
DIMENSIONS = ["business", "human", "hidden", "speed"]
WEIGHTS = [6, 3, 1, 0]
MISSING_PERCENT = [5, 10, 15, 8]
LEVEL = 0.95


class SplitMix64:
    """Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        """An integer in [0, bound) from the top 32 bits (bias below 1e-9 for small bounds)."""
        return (self.next() >> 32) % bound


def generate():
    rng = SplitMix64(SEED)
    rows = []
    for _ in range(RESPONSES):
        mood = 1 + rng.below(5)
        ratings = [min(5, max(1, mood + rng.below(5) - 2)) for _ in DIMENSIONS]
        noise = rng.below(13) + rng.below(13) + rng.below(13) - 18
        score = sum(w * x for w, x in zip(WEIGHTS, ratings)) + noise
        outcome = min(10, max(0, (score - 10) // 4))
        for j, percent in enumerate(MISSING_PERCENT):
            if rng.below(100) < percent:
                ratings[j] = None
        rows.append((outcome, ratings))
    return rows


# ---- exact linear algebra over fractions


def solve(matrix, vector):
    """Solves matrix x = vector exactly by Gauss-Jordan elimination over fractions."""
    n = len(vector)
    a = [[Fraction(v) for v in row] + [Fraction(vector[i])] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


def inverse_diagonal(matrix):
    n = len(matrix)
    return [solve(matrix, [1 if i == j else 0 for i in range(n)])[j] for j in range(n)]


def comoments(rows):
    """n * sum(a b) - sum(a) sum(b) for every pair of columns, exactly (ints)."""
    n = len(rows)
    m = len(rows[0])
    sums = [sum(r[a] for r in rows) for a in range(m)]
    return [[n * sum(r[a] * r[b] for r in rows) - sums[a] * sums[b] for b in range(m)]
            for a in range(m)]


def r_squared_exact(c, subset):
    """R^2 of the outcome (index 0) on the columns in subset, from co-moments, as a fraction."""
    if not subset:
        return Fraction(0)
    cxx = [[c[i][j] for j in subset] for i in subset]
    cxy = [c[i][0] for i in subset]
    b = solve(cxx, cxy)
    return sum(bi * ci for bi, ci in zip(b, cxy)) / c[0][0]


def shapley(r2, k):
    """LMG: average over the orders of entry of the increase in R^2 when j enters."""
    values = []
    for j in range(k):
        total = 0
        others = [i for i in range(k) if i != j]
        for size in range(k):
            weight = Fraction(math.factorial(size) * math.factorial(k - size - 1),
                              math.factorial(k))
            for subset in subsets(others, size):
                total += weight * (r2(tuple(sorted(subset + (j,)))) - r2(subset))
        values.append(total)
    return values


def subsets(items, size):
    if size == 0:
        yield ()
        return
    for i, item in enumerate(items):
        for rest in subsets(items[i + 1:], size - 1):
            yield (item,) + rest


# ---- floating-point linear algebra, algorithms other than the library's


def mat_mul(a, b):
    return [[sum(a[i][p] * b[p][j] for p in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def mat_inv(a):
    n = len(a)
    return [list(map(float, col)) for col in zip(*[solve(
        [[Fraction(x) for x in row] for row in a], [1 if i == j else 0 for i in range(n)])
        for j in range(n)])]


def sqrt_and_inverse_sqrt(a):
    """Denman-Beavers iteration: Y -> A^(1/2), Z -> A^(-1/2) (Denman and Beavers, 1976)."""
    n = len(a)
    y = [row[:] for row in a]
    z = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for _ in range(100):
        yi = mat_inv(y)
        zi = mat_inv(z)
        y_next = [[0.5 * (y[i][j] + zi[i][j]) for j in range(n)] for i in range(n)]
        z_next = [[0.5 * (z[i][j] + yi[i][j]) for j in range(n)] for i in range(n)]
        change = max(abs(y_next[i][j] - y[i][j]) for i in range(n) for j in range(n))
        y, z = y_next, z_next
        if change < 1e-17:
            break
    return y, z


def extreme_eigenvalue(a):
    """Largest eigenvalue of a positive definite matrix by power iteration."""
    n = len(a)
    v = [1.0 / math.sqrt(n) + 0.01 * i for i in range(n)]
    value = 0.0
    for _ in range(100000):
        w = [sum(a[i][j] * v[j] for j in range(n)) for i in range(n)]
        norm = math.sqrt(sum(x * x for x in w))
        v_next = [x / norm for x in w]
        if abs(norm - value) < 1e-16 * norm and max(abs(x - y) for x, y in zip(v, v_next)) < 1e-13:
            return norm
        v, value = v_next, norm
    return value


def t_two_sided(t, df):
    """P(|T| >= |t|) by composite Simpson integration of the t density over [|t|, |t| + 80]."""
    t = abs(t)
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)

    def density(x):
        return math.exp(log_c - (df + 1) / 2 * math.log1p(x * x / df))

    steps = 200000
    h = 80.0 / steps
    total = density(t) + density(t + 80.0)
    for i in range(1, steps):
        total += (4 if i % 2 else 2) * density(t + i * h)
    return 2 * total * h / 3


def fisher(r, n):
    z = NormalDist().inv_cdf(0.5 + LEVEL / 2)
    half = z / math.sqrt(n - 3)
    return math.tanh(math.atanh(r) - half), math.tanh(math.atanh(r) + half)


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def quadrants(importance, performance):
    mi = median(importance)
    mp = median(performance)
    out = []
    for imp, perf in zip(importance, performance):
        important = imp >= mi
        weak = perf < mp
        out.append(("FIX_FIRST" if weak else "KEEP_UP") if important
                   else ("LOW_PRIORITY" if weak else "POSSIBLE_OVERKILL"))
    return out, mi, mp


def report_model(title, n, k, corr, r2_value, beta, vif, lmg, outcome_n):
    """Prints the model figures that do not depend on exact arithmetic."""
    print(f"== {title}: n = {n}, R^2 = {float(r2_value)!r}")
    rxx = [[corr[i + 1][j + 1] for j in range(k)] for i in range(k)]
    rxy = [corr[0][j + 1] for j in range(k)]
    root, inverse_root = sqrt_and_inverse_sqrt(rxx)
    star = [sum(inverse_root[i][j] * rxy[j] for j in range(k)) for i in range(k)]
    weights = [sum(root[j][l] ** 2 * star[l] ** 2 for l in range(k)) for j in range(k)]
    largest = extreme_eigenvalue(rxx)
    smallest = 1.0 / extreme_eigenvalue(mat_inv(rxx))
    print(f"condition number {math.sqrt(largest / smallest)!r}")
    df = n - k - 1
    for j, name in enumerate(DIMENSIONS):
        se = math.sqrt((1 - float(r2_value)) * float(vif[j]) / df)
        t = float(beta[j]) / se
        low, high = fisher(corr[0][j + 1], outcome_n[j])
        print(f"{name}: r {corr[0][j + 1]!r} (n {outcome_n[j]}, 95% [{low!r}, {high!r}])")
        print(f"  beta {float(beta[j])!r} se {se!r} t {t!r} p {t_two_sided(t, df)!r}")
        print(f"  vif {float(vif[j])!r}")
        print(f"  lmg {float(lmg[j])!r} ({100 * float(lmg[j] / r2_value)!r}%)")
        print(f"  relative weight {weights[j]!r} ({100 * weights[j] / float(r2_value)!r}%)")
    return weights


def main():
    rows = generate()
    k = len(DIMENSIONS)
    print(f"responses {len(rows)}, sum of outcomes {sum(y for y, _ in rows)}")
    for j, name in enumerate(DIMENSIONS):
        answered = [x[j] for _, x in rows if x[j] is not None]
        top = sum(1 for a in answered if a >= 4)
        print(f"{name}: answered {len(answered)}, sum {sum(answered)}, top box {top}"
              f" = {100 * top / len(answered)!r}%, mean {sum(answered) / len(answered)!r}")
    performance = [100 * sum(1 for _, x in rows if x[j] is not None and x[j] >= 4)
                   / sum(1 for _, x in rows if x[j] is not None) for j in range(k)]

    # Listwise: the complete rows only, exact.
    complete = [[y] + x for y, x in rows if all(v is not None for v in x)]
    n = len(complete)
    print(f"complete responses {n}, sum of outcomes {sum(r[0] for r in complete)},"
          f" sum of business x human {sum(r[1] * r[2] for r in complete)}")
    c = comoments(complete)
    corr = [[c[a][b] / math.sqrt(c[a][a] * c[b][b]) for b in range(k + 1)] for a in range(k + 1)]
    cache = {}

    def r2(subset):
        key = tuple(s + 1 for s in subset)
        if key not in cache:
            cache[key] = r_squared_exact(c, list(key))
        return cache[key]

    full = r2(tuple(range(k)))
    cxx = [[c[i + 1][j + 1] for j in range(k)] for i in range(k)]
    b = solve(cxx, [c[i + 1][0] for i in range(k)])
    beta = [float(b[j]) * math.sqrt(c[j + 1][j + 1] / c[0][0]) for j in range(k)]
    vif = [c[j + 1][j + 1] * d for j, d in enumerate(inverse_diagonal(cxx))]
    lmg = shapley(r2, k)
    assert sum(lmg) == full
    report_model("listwise", n, k, corr, full, beta, vif, lmg, [n] * k)
    kinds, mi, mp = quadrants([float(v) for v in lmg], performance)
    print(f"quadrants {kinds}, median importance {mi!r}, median performance {mp!r}")

    # Pairwise: each correlation from the rows that answered both, in floating point.
    full_rows = [[y] + x for y, x in rows]
    pair_n = {}
    pcorr = [[1.0] * (k + 1) for _ in range(k + 1)]
    for a in range(k + 1):
        for bb in range(a + 1, k + 1):
            both = [(r[a], r[bb]) for r in full_rows if r[a] is not None and r[bb] is not None]
            pc = comoments(both)
            pcorr[a][bb] = pcorr[bb][a] = pc[0][1] / math.sqrt(pc[0][0] * pc[1][1])
            pair_n[(a, bb)] = len(both)
    pn = min(pair_n.values())
    rxx = [[pcorr[i + 1][j + 1] for j in range(k)] for i in range(k)]
    rxy = [pcorr[0][j + 1] for j in range(k)]
    inv = mat_inv(rxx)
    pbeta = [sum(inv[i][j] * rxy[j] for j in range(k)) for i in range(k)]
    pr2 = sum(bi * ri for bi, ri in zip(pbeta, rxy))

    def pr2_subset(subset):
        if not subset:
            return 0.0
        sxx = [[rxx[i][j] for j in subset] for i in subset]
        sxy = [rxy[i] for i in subset]
        sb = solve([[Fraction(v) for v in row] for row in sxx], [Fraction(v) for v in sxy])
        return float(sum(x * Fraction(y) for x, y in zip(sb, sxy)))

    plmg = shapley(pr2_subset, k)
    pweights = report_model("pairwise", pn, k, pcorr, pr2, pbeta,
                            [inv[j][j] for j in range(k)], plmg,
                            [pair_n[(0, j + 1)] for j in range(k)])
    kinds, mi, mp = quadrants(pweights, performance)
    print(f"quadrants by relative weights {kinds}")


if __name__ == "__main__":
    main()

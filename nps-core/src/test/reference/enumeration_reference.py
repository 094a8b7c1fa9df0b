#!/usr/bin/env python3
"""Exact type I error of two-group NPS tests by enumerating every pair of samples, written
independently of the Java study (TwoGroupStudy / ComparisonStudyTest).

Python 3 standard library only. Run from the repository root:

    python3 nps-core/src/test/reference/enumeration_reference.py

Probabilities are exact fractions (math.comb); a test decision is taken in double precision. The
score test's restricted estimate is found by golden-section maximisation of the summed profile
log-likelihood (the Java code solves the profile-score equation with Brent's method); each group is
profiled with Tango's (1998) closed form.
"""
from fractions import Fraction as F
from math import comb, log, sqrt

Z = 1.959963984540054
INV_PHI = (sqrt(5) - 1) / 2


def outcomes(n, shares):
    d_share, m_share, p_share = (F(s) for s in shares)
    for d in range(n + 1):
        for p in range(n + 1 - d):
            m = n - d - p
            prob = comb(n, d) * comb(n - d, p) * d_share ** d * m_share ** m * p_share ** p
            yield (d, m, p), prob


def tango_q(d, p, n, theta):
    a = 2.0 * n
    b = -p - d + (2.0 * n - p + d) * theta
    c = -d * theta * (1.0 - theta)
    return (sqrt(max(0.0, b * b - 4 * a * c)) - b) / (2 * a)


def profile(counts, theta):
    d, m, p = counts
    q = tango_q(d, p, d + m + p, theta)
    shares = (q, 1 - 2 * q - theta, q + theta)
    loglik = 0.0
    for c, s in zip(counts, shares):
        if c:
            loglik += c * log(s) if s > 0 else -1e300
    return shares, loglik


def score_z(a, b):
    na, nb = sum(a), sum(b)
    lo, hi = -1.0, 1.0
    f = lambda t: profile(a, t)[1] + profile(b, t)[1]
    x, y = lo, hi
    c, d = y - INV_PHI * (y - x), x + INV_PHI * (y - x)
    fc, fd = f(c), f(d)
    for _ in range(90):
        if fc > fd:
            y, d, fd = d, c, fc
            c = y - INV_PHI * (y - x)
            fc = f(c)
        else:
            x, c, fc = c, d, fd
            d = x + INV_PHI * (y - x)
            fd = f(d)
    theta = (x + y) / 2
    variance = 0.0
    for counts, n in ((a, na), (b, nb)):
        q, _, p = profile(counts, theta)[0]
        variance += (p + q - (p - q) ** 2) / n
    total = na + nb
    se = sqrt(variance * total / (total - 1))
    diff = (a[2] - a[0]) / na - (b[2] - b[0]) / nb
    if se == 0:
        return 0.0 if diff == 0 else float('inf')
    return diff / se


def pooled_z(a, b):
    na, nb = sum(a), sum(b)
    d, p = a[0] + b[0], a[2] + b[2]
    n = na + nb
    v0 = (p + d) / n - ((p - d) / n) ** 2
    se0 = sqrt(max(0.0, v0) * (1 / na + 1 / nb))
    diff = (a[2] - a[0]) / na - (b[2] - b[0]) / nb
    return 0.0 if se0 == 0 else diff / se0


def type_one(na, shares_a, nb, shares_b, tests):
    group_b = list(outcomes(nb, shares_b))
    rejects = {name: F(0) for name in tests}
    for a, pa in outcomes(na, shares_a):
        for b, pb in group_b:
            for name, test in tests.items():
                if abs(test(a, b)) > Z:
                    rejects[name] += pa * pb
    return rejects


def main():
    spread, narrow = ('0.4', '0.2', '0.4'), ('0.1', '0.8', '0.1')
    result = type_one(20, spread, 20, narrow, {'pooled': pooled_z, 'score': score_z})
    print("20/20, 40/20/40 vs 10/80/10:",
          {k: repr(float(v)) for k, v in result.items()})
    for na, nb in ((20, 100), (100, 20)):
        result = type_one(na, spread, nb, narrow, {'pooled': pooled_z})
        print(f"{na}/{nb}, 40/20/40 vs 10/80/10:",
              {k: repr(float(v)) for k, v in result.items()})


if __name__ == '__main__':
    main()

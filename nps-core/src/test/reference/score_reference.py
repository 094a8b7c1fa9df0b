#!/usr/bin/env python3
"""Independent reference values for the score tests and intervals of nps-core.

Python 3 standard library only (decimal at 40 digits, fractions). Run from the repository root:

    python3 nps-core/src/test/reference/score_reference.py

and the tests cite what it prints. The methods differ from the Java code on purpose:

* Two groups (NpsDifference, RateDifference): the restricted maximum-likelihood estimate under
  theta_a - theta_b = delta is found by golden-section MAXIMISATION of the summed profile
  log-likelihood over theta_a (the Java code finds the root of the summed profile scores with
  Brent's method). Each NPS group is profiled with Tango's published closed form (Tango 1998),
  itself checked here against a golden-section maximisation over the detractor share.
* One sample on a finite support (PanelComparison, Tango's interval): the restricted shares come
  from bisection on the Lagrange multiplier in 40-digit decimals, and are then certified optimal:
  no feasible direction of the simplex that keeps the mean increases the log-likelihood.
* Limits: bisection in 40-digit decimals to 1e-30.
"""
from decimal import Decimal as D, getcontext
from fractions import Fraction as F
import math

getcontext().prec = 40
Z975 = D('1.959963984540054235524594430520551527955')  # Phi^-1(0.975), 40 digits
ONE = D(1)
TWO = D(2)
INV_PHI = (D(5).sqrt() - ONE) / TWO


def ln(x):
    return x.ln()


def two_sided_p(z):
    return math.erfc(abs(float(z)) / math.sqrt(2.0))


def golden_max(f, lo, hi, iterations=170):
    """Maximum of a unimodal f on [lo, hi]."""
    a, b = lo, hi
    c = b - INV_PHI * (b - a)
    d = a + INV_PHI * (b - a)
    fc, fd = f(c), f(d)
    for _ in range(iterations):
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - INV_PHI * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + INV_PHI * (b - a)
            fd = f(d)
    return (a + b) / 2


def bisect(f, lo, hi, iterations=110):
    """Root of f on [lo, hi] with f(lo), f(hi) of opposite signs."""
    flo = f(lo)
    for _ in range(iterations):
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


def xlogy(count, share):
    if count == 0:
        return D(0)
    if share <= 0:
        return D('-1e80')
    return D(count) * ln(share)


# --- NPS groups: (detractors, passives, promoters) ---------------------------------------------

def tango_q(d, p, n, theta):
    """Tango (1998): restricted detractor share under promoters - detractors = theta."""
    a = TWO * n
    b = -p - d + (TWO * n - p + d) * theta
    c = -d * theta * (ONE - theta)
    disc = b * b - 4 * a * c
    root = disc.sqrt() if disc > 0 else D(0)
    return (root - b) / (2 * a)


def nps_profile(counts, theta):
    """Restricted shares (d, m, p) and log-likelihood of an NPS group with mean theta."""
    d, m, p = (D(c) for c in counts)
    n = d + m + p
    q = tango_q(d, p, n, theta)
    shares = (q, ONE - 2 * q - theta, q + theta)
    loglik = sum(xlogy(c, s) for c, s in zip(counts, shares))
    return shares, loglik


def nps_variance(shares):
    q, _, p = shares
    return p + q - (p - q) ** 2


def check_tango_closed_form(counts, theta):
    """Tango's q against a direct golden-section maximisation over q."""
    d, m, p = counts
    lo = max(D(0), -theta)
    hi = (ONE - theta) / 2

    def loglik(q):
        return xlogy(d, q) + xlogy(m, ONE - 2 * q - theta) + xlogy(p, q + theta)

    direct = golden_max(loglik, lo, hi)
    closed = nps_profile(counts, theta)[0][0]
    return abs(direct - closed)


# --- rates: (successes, total) ------------------------------------------------------------------

def rate_profile(counts, theta):
    k, n = counts
    loglik = xlogy(k, theta) + xlogy(n - k, ONE - theta)
    return (theta,), loglik


def rate_variance(shares):
    (t,) = shares
    return t * (ONE - t)


# --- two independent groups ---------------------------------------------------------------------

class TwoGroups:
    def __init__(self, a, b, kind):
        self.a, self.b = a, b
        if kind == 'nps':
            self.profile, self.variance = nps_profile, nps_variance
            self.na, self.nb = D(sum(a)), D(sum(b))
            self.mean_a = D(a[2] - a[0]) / self.na
            self.mean_b = D(b[2] - b[0]) / self.nb
            self.lo, self.hi = -ONE, ONE
        else:
            self.profile, self.variance = rate_profile, rate_variance
            self.na, self.nb = D(a[1]), D(b[1])
            self.mean_a = D(a[0]) / self.na
            self.mean_b = D(b[0]) / self.nb
            self.lo, self.hi = D(0), ONE

    def restricted(self, delta):
        low = max(self.lo, self.lo + delta)
        high = min(self.hi, self.hi + delta)

        def total(theta):
            return self.profile(self.a, theta)[1] + self.profile(self.b, theta - delta)[1]

        return golden_max(total, low, high)

    def z(self, delta):
        theta = self.restricted(delta)
        va = self.variance(self.profile(self.a, theta)[0])
        vb = self.variance(self.profile(self.b, theta - delta)[0])
        n = self.na + self.nb
        se = ((va / self.na + vb / self.nb) * n / (n - 1)).sqrt()
        numerator = self.mean_a - self.mean_b - delta
        if se == 0:
            return (D(0) if numerator == 0 else D('1e60') * (1 if numerator > 0 else -1)), se
        return numerator / se, se

    def interval(self, z=Z975):
        est = self.mean_a - self.mean_b
        span = self.hi - self.lo
        eps = D('1e-30')
        lower = -span if est == -span else bisect(lambda t: self.z(t)[0] - z, -span + eps, est)
        upper = span if est == span else bisect(lambda t: self.z(t)[0] + z, est, span - eps)
        return lower, upper


def report_two(label, a, b, kind, scale=100):
    groups = TwoGroups(a, b, kind)
    z, se = groups.z(D(0))
    lower, upper = groups.interval()
    print(f"{label}: z = {z:.25f}, nullSE = {scale * se:.25f}, p = {two_sided_p(z)!r}")
    print(f"    95% interval = [{scale * lower:.20f}, {scale * upper:.20f}]")


# --- one sample on a finite support -------------------------------------------------------------

def one_sample_restricted(values, counts, theta):
    """Restricted shares with mean theta, certified optimal; returns (shares, variance)."""
    values = [D(v) for v in values]
    n = D(sum(counts))
    obs = [k for k, c in enumerate(counts) if c > 0]
    lowest, highest = values[0], values[-1]
    t_low = -ONE / (highest - theta)
    t_high = ONE / (theta - lowest)

    def g(t):
        return sum(D(counts[k]) / n * (values[k] - theta) / (ONE + t * (values[k] - theta))
                   for k in obs)

    extreme = None
    mean = sum(D(c) * v for c, v in zip(counts, values)) / n
    if mean == theta:
        t = D(0)
    elif counts[-1] == 0 and g(t_low) <= 0:
        t, extreme = t_low, len(values) - 1
    elif counts[0] == 0 and g(t_high) >= 0:
        t, extreme = t_high, 0
    else:
        tiny = D('1e-35')
        t = bisect(g, t_low + tiny, t_high - tiny, 140)
    shares = [D(0)] * len(values)
    for k in obs:
        shares[k] = D(counts[k]) / n / (ONE + t * (values[k] - theta))
    if extreme is not None:
        shares[extreme] = ONE - sum(shares)
    # Certificate: for every pair of directions moving mass between three support points so that
    # the total and the mean stay fixed, a small step does not increase the log-likelihood.
    def loglik(s):
        return sum(xlogy(c, x) for c, x in zip(counts, s))

    base = loglik(shares)
    step = D('1e-12')
    k_count = len(values)
    for i in range(k_count):
        for j in range(k_count):
            for k in range(k_count):
                if len({i, j, k}) < 3 or not values[i] < values[j] < values[k]:
                    continue
                # Move mass from j to i and k, keeping sum and mean: weights (wi, -1, wk).
                wk = (values[j] - values[i]) / (values[k] - values[i])
                wi = ONE - wk
                for sign in (1, -1):
                    trial = list(shares)
                    trial[i] += sign * step * wi
                    trial[j] -= sign * step
                    trial[k] += sign * step * wk
                    if min(trial) < 0:
                        continue
                    assert loglik(trial) <= base + D('1e-30'), (values, counts, theta)
    variance = sum(s * (v - theta) ** 2 for s, v in zip(shares, values))
    return shares, variance


def one_sample_z(values, counts, theta):
    n = D(sum(counts))
    mean = sum(D(c) * D(v) for c, v in zip(counts, values)) / n
    _, variance = one_sample_restricted(values, counts, theta)
    if variance == 0:
        return D(0) if mean == theta else D('1e60') * (1 if mean > theta else -1)
    return (mean - theta) / (variance / n).sqrt()


def one_sample_interval(values, counts, z=Z975):
    n = D(sum(counts))
    mean = sum(D(c) * D(v) for c, v in zip(counts, values)) / n
    eps = D('1e-30')
    lo, hi = D(values[0]), D(values[-1])
    lower = lo if mean == lo else bisect(
        lambda t: one_sample_z(values, counts, t) - z, lo + eps, mean)
    upper = hi if mean == hi else bisect(
        lambda t: one_sample_z(values, counts, t) + z, mean, hi - eps)
    return lower, upper


def main():
    print("== Tango's closed form against direct maximisation (max |difference| in q)")
    worst = max(check_tango_closed_form(c, D(t)) for c in ((3, 5, 12), (0, 4, 1), (7, 0, 0))
                for t in ('-0.6', '-0.1', '0.2', '0.7'))
    print(f"    {worst:.3e}")

    print("== One-sample score limits (Tango), in points")
    lower, upper = one_sample_interval((-1, 0, 1), (0, 0, 1))
    print(f"one promoter: [{100 * lower:.20f}, {100 * upper:.20f}]")
    lower, upper = one_sample_interval((-1, 0, 1), (20, 30, 50))
    print(f"20/30/50: [{100 * lower:.20f}, {100 * upper:.20f}]")

    print("== NpsDifference, score method (Miettinen-Nurminen generalised)")
    report_two("a = (10, 20, 70), b = (20, 30, 50)", (10, 20, 70), (20, 30, 50), 'nps')
    report_two("a = (0, 0, 1), b = (1, 0, 0)", (0, 0, 1), (1, 0, 0), 'nps')
    report_two("a = (0, 0, 3), b = (2, 0, 0)", (0, 0, 3), (2, 0, 0), 'nps')
    report_two("a = (0, 29, 1), b = (24, 36, 60)", (0, 29, 1), (24, 36, 60), 'nps')
    report_two("a = (10, 3, 17), b = (12, 96, 12)", (10, 3, 17), (12, 96, 12), 'nps')
    report_two("a = (1, 1, 3), b = (2, 1, 1)", (1, 1, 3), (2, 1, 1), 'nps')

    print("== RateDifference, Miettinen-Nurminen")
    report_two("56/70 - 48/80", (56, 70), (48, 80), 'rate')
    report_two("0/16 - 15/72", (0, 16), (15, 72), 'rate')
    report_two("12/80 - 20/90", (12, 80), (20, 90), 'rate')
    report_two("10/10 - 0/20", (10, 10), (0, 20), 'rate')

    print("== PanelComparison, one-sample score on changes -2..2")
    changes = (-2, -1, 0, 1, 2)
    # The table {{30, 10, 5}, {8, 40, 12}, {2, 9, 84}}: change counts by after - before.
    table = ((30, 10, 5), (8, 40, 12), (2, 9, 84))
    counts = [0] * 5
    for before in range(3):
        for after in range(3):
            counts[after - before + 2] += table[before][after]
    z = one_sample_z(changes, counts, D(0))
    lower, upper = one_sample_interval(changes, counts)
    print(f"table {table}: change counts {counts}")
    print(f"    z = {z:.25f}, p = {two_sided_p(z)!r}")
    print(f"    95% interval = [{100 * lower:.20f}, {100 * upper:.20f}]")
    z = one_sample_z(changes, (0, 0, 0, 0, 3), D(0))
    print(f"three detractors to promoters: z = {z:.25f}, p = {two_sided_p(z)!r}")
    lower, upper = one_sample_interval(changes, (0, 0, 0, 0, 3))
    print(f"    95% interval = [{100 * lower:.20f}, {100 * upper:.20f}]")


if __name__ == '__main__':
    main()

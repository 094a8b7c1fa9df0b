#!/usr/bin/env python3
"""Weighted NPS figures by the formulas of R's survey package, in exact fractions.

Python 3 standard library only. Run from the repository root:

    python3 nps-core/src/test/reference/weighted_reference.py

R itself was not run: these are the formulas that survey::svymean applies to
svydesign(ids = ~1, weights = ~w) (one stratum, each answer its own primary sampling unit, with
replacement), written out from its source (svymean.survey.design2, svyrecvar, svyvar):

* the mean R = sum(w y) / sum(w), y = +1 promoter, 0 passive, -1 detractor;
* svyrecvar on the influence values z_i = w_i (y_i - R) / W gives
  var = n / (n - 1) * sum((z_i - mean(z))^2), and mean(z) = 0, so
  SE^2 = n / (n - 1) * sum(w_i^2 (y_i - R)^2) / W^2;
* svyvar(y) = sum(w (y - R)^2 * n / (n - 1)) / W, and deff = "replace" divides SE^2 by
  svyvar(y) / n;
* Kish's weighting effect is n sum(w^2) / W^2.
"""
from fractions import Fraction as F
from decimal import Decimal, getcontext
import os
import sys

getcontext().prec = 40


def code(score):
    return 1 if score >= 9 else (0 if score >= 7 else -1)


def figures(answers):
    n = len(answers)
    w_total = sum(w for _, w in answers)
    ratio = sum(w * code(s) for s, w in answers) / w_total
    squared = sum(w * w * (code(s) - ratio) ** 2 for s, w in answers)
    se2 = F(n, n - 1) * squared / w_total ** 2
    svyvar = sum(w * (code(s) - ratio) ** 2 for s, w in answers) * F(n, n - 1) / w_total
    deff = se2 / (svyvar / n)
    kish = n * sum(w * w for _, w in answers) / w_total ** 2
    return n, ratio, se2, deff, kish, svyvar


def sqrt(fraction):
    return (Decimal(fraction.numerator) / Decimal(fraction.denominator)).sqrt()


def show(label, answers):
    n, ratio, se2, deff, kish, svyvar = figures(answers)
    print(label)
    print(f"  score = {float(100 * ratio)!r} = 100 * {ratio}")
    print(f"  svymean SE = {100 * sqrt(se2):.20f} points (SE^2 = {se2} on the -1..1 scale)")
    print(f"  deff (replace) = {Decimal(deff.numerator) / Decimal(deff.denominator):.20f} = {deff}")
    print(f"  Kish weighting effect = {Decimal(kish.numerator) / Decimal(kish.denominator):.20f}")
    n_eff = n / deff
    print(f"  effective sample size n / deff = "
          f"{Decimal(n_eff.numerator) / Decimal(n_eff.denominator):.20f}")
    # The Wald half-width of the interval on effective counts, over z.
    wald = sqrt(se2 * F(n - 1, n))
    print(f"  Wald half-width / z = SE sqrt((n - 1) / n) = {100 * wald:.20f} points")


def main():
    show("five answers: 10 (w 2), 9 (w 1), 7 (w 1), 3 (w 0.5), 0 (w 1.5)",
         [(10, F(2)), (9, F(1)), (7, F(1)), (3, F(1, 2)), (0, F(3, 2))])
    show("two answers: 10 (w 1), 0 (w 3)", [(10, F(1)), (0, F(3))])
    # Weights that go with the answers: detractors weighted up.
    answers = [(0, F(3))] * 6 + [(8, F(1))] * 10 + [(10, F(1))] * 14 + [(10, F(2))] * 2
    show("32 answers: 6 detractors of weight 3, 10 passives and 14 promoters of weight 1,"
         " 2 promoters of weight 2", answers)
    show("nps-jackson's fixture weighted-nps-design-effect.json: 6 (w 2), 8 (w 0.5, 1),"
         " 10 (w 1.5, 1, 0.5)",
         [(6, F(2)), (8, F(1, 2)), (8, F(1)), (10, F(3, 2)), (10, F(1)), (10, F(1, 2))])



def intervals_on_effective_counts():
    """The five-answer example's intervals on effective counts, by the one-group formulas."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import score_reference as ref
    print("five answers, intervals on the effective counts (weights x (n / deff) / W)")
    answers = [(10, F(2)), (9, F(1)), (7, F(1)), (3, F(1, 2)), (0, F(3, 2))]
    n, ratio, se2, deff, kish, _ = figures(answers)
    w_total = sum(w for _, w in answers)
    scale = (n / deff) / w_total
    weights = [sum(w for s, w in answers if code(s) == c) for c in (-1, 0, 1)]
    d, m, p = (x * scale for x in weights)
    dec = lambda f: Decimal(f.numerator) / Decimal(f.denominator)
    z = ref.Z975
    for label, (dd, mm, pp) in (("Wald", (d, m, p)),
                                ("adjusted Wald", (d + F(3, 4), m + F(3, 2), p + F(3, 4)))):
        nn = dd + mm + pp
        est = dec((pp - dd) / nn)
        var = dec((pp + dd) / nn) - est * est
        half = z * (var / dec(nn)).sqrt()
        print(f"  {label} on effective counts: [{100 * (est - half):.20f},"
              f" {100 * (est + half):.20f}] (before clipping to [-100, 100])")
    lower, upper = ref.one_sample_interval((-1, 0, 1), (dec(d), dec(m), dec(p)))
    print(f"  score on effective counts: [{100 * lower:.20f}, {100 * upper:.20f}]")


if __name__ == '__main__':
    main()
    intervals_on_effective_counts()

# Exact coverage of the 95% Wald and adjusted-Wald NPS intervals: probabilities as exact
# fractions, interval limits in 30-digit mpmath.
from fractions import Fraction as F
from math import comb
import mpmath as mp
mp.mp.dps = 30
z = mp.sqrt(2) * mp.erfinv(mp.mpf('0.95'))
def cover(n, d, pa, p, adjusted):
    true = (F(p) - F(d)) * 100
    total = F(0)
    for nd in range(n + 1):
        for npr in range(n + 1 - nd):
            npa = n - nd - npr
            prob = F(comb(n, nd) * comb(n - nd, npr)) * F(d) ** nd * F(p) ** npr * F(pa) ** npa
            if adjusted:
                m = n + 3; sd = mp.mpf(nd) + mp.mpf('0.75'); sp = mp.mpf(npr) + mp.mpf('0.75')
            else:
                m = n; sd = mp.mpf(nd); sp = mp.mpf(npr)
            ps, ds = sp / m, sd / m
            est = ps - ds
            v = ps + ds - est ** 2
            se = mp.sqrt(v / m)
            lo = max(-1, est - z * se) * 100; hi = min(1, est + z * se) * 100
            t = mp.mpf(true.numerator) / true.denominator
            if lo <= t <= hi:
                total += prob
    return float(total)
for n, shares in ((10, ('0.02', '0.08', '0.90')), (10, ('0.3', '0.3', '0.4')), (30, ('0.02', '0.08', '0.90')), (30, ('0.3', '0.3', '0.4'))):
    d, pa, p = (F(s) for s in shares)
    print(n, shares, repr(cover(n, d, pa, p, False)), repr(cover(n, d, pa, p, True)))

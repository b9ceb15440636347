"""The tail of a Poisson count, for the anomaly watch's log patterns (no Bytewax).

A log pattern's count per bucket is mostly zeros; the anomaly watch
(:mod:`signalcraft.operators.anomaly`) counts a surge of one as anomalous only when a count
that high is this rare at the expected level.
"""

from __future__ import annotations

import math

__all__ = ["poisson_tail"]


def poisson_tail(k: int, mean: float) -> float:
    """P(X >= k) for X ~ Poisson(mean > 0), in log space so large counts neither overflow
    nor underflow: summed upward from ``k`` when ``k`` is above the mean (the tail is
    small there and the terms fall fast), else one minus the terms below ``k``.

    >>> round(poisson_tail(3, 1.0), 4), poisson_tail(0, 5.0), f"{poisson_tail(10_500, 10_000.0):.1e}"
    (0.0803, 1.0, '3.6e-07')
    """
    if k <= 0:
        return 1.0
    upward = k > mean
    i = k if upward else 0
    log_term = -mean + i * math.log(mean) - math.lgamma(i + 1)
    total = 0.0
    while (i < k + 100_000) if upward else (i < k):
        term = math.exp(log_term)
        total += term
        if upward and term < total * 1e-12:
            break
        i += 1
        log_term += math.log(mean / i)
    return min(1.0, total) if upward else max(0.0, 1.0 - total)

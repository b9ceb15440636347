"""The alert-rate evidence of the ranking: did the group's service raise more alerts after a change?

:func:`rate_factor` compares the alerts per minute of the group's service from the change
until a minute after the group opened (at least ``rate_window``, at most until the end of the
group's window, :meth:`~signalcraft.params.CorrelationParams.rate_end`, and at least a minute)
with those in ``rate_window`` before the change (the formula is in
:mod:`~signalcraft.operators.correlation_rank`). With the join's :class:`AlertCounts` both
counts are read in one call over the minutes, and what depends only on the times (the
minutes, the span) and only on the counts (the factor and its words) is remembered: a group
is scored again at every report in its reach, mostly with the same changes and counts.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from signalcraft.models import AlertGroup
from signalcraft.operators.correlation_state import AlertCounts
from signalcraft.params import CorrelationParams


class Memo(dict):
    """What the ranking remembers of work it repeats: a dict that forgets all it holds when it reaches
    ``max_size`` entries (16,384), so a long-running flow keeps at most that many."""

    def __init__(self, max_size: int = 16_384) -> None:
        super().__init__()
        self.max_size = max_size

    def put(self, key, value):
        """Remember ``value`` for ``key`` and return it."""
        if len(self) >= self.max_size:
            self.clear()
        self[key] = value
        return value


AlertRate = Callable[[str, datetime, datetime], int]
"""``alert_rate(service, start, end)``: how many alerts ``service`` raised in ``[start, end)``."""


def rate_factor(
    group: AlertGroup,
    t: datetime,
    params: CorrelationParams,
    alert_rate: AlertRate,
) -> tuple[float, str | None]:
    """The rate factor of a change taking effect at ``t`` for ``group`` and its reason (``None``:
    no alert of the service known around it). See :mod:`~signalcraft.operators.correlation_rank`."""
    w, service = params.rate_window, group.service
    if isinstance(alert_rate, AlertCounts):  # the join's counts: by minutes, the spans remembered
        lo, mid, hi, span_s = _rate_span(t, group, params)
        counts = alert_rate.count_around(service, lo, mid, hi)
        if counts is None:
            return 1.0, None
        n_before, n_after = counts
    else:
        end = _rate_end(t, group, params)
        n_before, n_after = alert_rate(service, t - w, t), alert_rate(service, t, end)
        span_s = (end - t).total_seconds()
    if not n_before and not n_after:
        return 1.0, None  # no alert volume known for the service: no evidence either way
    key = (n_before, n_after, span_s, w)
    hit = _RATES.get(key)
    if hit is None:
        hit = _RATES.put(key, _rate_factor(n_before, n_after, span_s, w))
    factor, words = hit
    return factor, "alert rate of " + service + words  # a string of its own, as each scoring made


def _rate_end(t: datetime, group: AlertGroup, params: CorrelationParams) -> datetime:
    """Until when alerts count as after a change taking effect at ``t``."""
    end = min(max(t + params.rate_window, group.opened_at + timedelta(minutes=1)), params.rate_end(group))
    return max(end, t + timedelta(minutes=1))


_SPANS: Memo = Memo()
"""(change time, first alert, the params' windows) -> the minutes of :meth:`AlertCounts.count_around`
and the seconds after the change: the same change is weighed for a group at every rescoring."""
_RATES: Memo = Memo()
"""(alerts before, alerts after, seconds after, rate window) -> the factor and its reason's words
after the service's name (the reason itself is made at each scoring: a state that holds it
pickles as it did when every scoring formatted it)."""


def _rate_span(t: datetime, group: AlertGroup, params: CorrelationParams) -> tuple[int, int, int, float]:
    key = (t, group.opened_at, params.rate_window, params.tolerance_after, params.allowed_lateness)
    hit = _SPANS.get(key)
    if hit is None:  # the end depends on the group's opened_at alone (CorrelationParams.rate_end)
        end = _rate_end(t, group, params)
        hit = _SPANS.put(key, (int((t - params.rate_window).timestamp()) // 60, int(t.timestamp()) // 60,
                               int(end.timestamp()) // 60, (end - t).total_seconds()))
    return hit


def _rate_factor(n_before: int, n_after: int, span_s: float, w: timedelta) -> tuple[float, str]:
    """The factor and the words of its reason after the service's name."""
    before = n_before / (w.total_seconds() / 60)
    after = n_after / (span_s / 60)
    ratio = after / max(before, 1 / (w.total_seconds() / 60))
    if ratio >= 2:
        return 1.0 + 0.1 * min(math.log2(ratio), 3.0), f" rose {ratio:.2g}× after the change"
    if ratio <= 1:
        return 0.85, " did not rise after the change"
    return 1.0, f" rose {ratio:.2g}× after the change"

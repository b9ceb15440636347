"""A group's candidates ranked in one pass: the join's rescoring (no Bytewax, no state of its own).

:class:`~signalcraft.operators.correlation.Correlator` ranks a group again at every report in its
reach and at every update: 22,000 times on the dense backlog, ~1.4 candidates each.
:func:`rank_scoped` gives what :func:`~signalcraft.operators.correlation_rank.rank_candidates`
gives for reports of the group's scope, with the same folding and the same memos
(``_fold_window``, ``_static_score``'s, ``rate_factor``'s, read through the ranking module so
that what replaces them there replaces them here), in one loop: the window's bounds once a
group, a remembered static score looked up without a call, the suspect threshold read once.
``tests/unit/test_rescore.py`` compares the two over seeded random reports, groups and counts.

>>> from datetime import datetime, timedelta, timezone
>>> from signalcraft.models import AlertGroup, ChangeEvent
>>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
>>> g = AlertGroup(id="g1", workspace_id="w", group_key="{}", group_labels={}, project="shop",
...     environment="prod", service="api", status="created", opened_at=t, updated_at=t,
...     fingerprints=("f",), alert_count=1, max_severity="error", version=1)
>>> c = ChangeEvent(id="c1", workspace_id="w", type="deployment", source="github", project="shop",
...     environment="prod", service="api", summary="deploy", timestamp=t - timedelta(minutes=2))
>>> params = rank.CorrelationParams()
>>> rank_scoped(g, [c], params, None) == rank.rank_candidates(g, [c], params, scoped=True)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from signalcraft.models import AlertGroup, ChangeEvent
from signalcraft.operators import correlation_rank as rank
from signalcraft.operators.correlation_rank import Candidate, CorrelationParams
from signalcraft.operators.correlation_rate import AlertRate

_ORDER = itemgetter(0, 1, 2)
"""A scored candidate's order: score (negated), absolute lag, change id."""


def rank_scoped(
    group: AlertGroup, reports: Sequence[ChangeEvent], params: CorrelationParams, alert_rate: AlertRate | None
) -> tuple[Candidate, ...]:
    """``rank_candidates(group, reports, params, alert_rate, scoped=True)``."""
    folded = rank._fold_window(reports, params.same_change_window, params.max_rollout)
    if not folded:
        return ()
    opened, service, of_params = group.opened_at, group.service, id(params)
    start, end = opened - params.lookback, opened + params.tolerance_after  # params.window(group)
    static, rate_factor = rank._STATIC, rank.rate_factor
    scored = []
    for change in folded:
        requested, live = change.requested_at, change.live_at
        effective = requested if live is None else live
        if not (start <= effective <= end or start <= requested <= end):
            continue  # requested and taking effect outside the window: not a candidate
        hit = static.get((id(change), opened, service, of_params))
        if hit is None:
            lag_s, score, reasons = rank._static_score(group, change, params)
        else:
            lag_s, score, reasons = hit[2], hit[3], hit[4]
        if alert_rate is not None:
            factor, rate_reason = rate_factor(group, effective, params, alert_rate)
            score *= factor
            if rate_reason is not None:
                reasons = (*reasons[:2], rate_reason, *reasons[2:])
        score = round(min(max(score, 0.0), 1.0), 4)
        scored.append((-score, abs(lag_s), change.representative.id, lag_s, reasons, change))
    if len(scored) > 1:
        scored.sort(key=_ORDER)
    threshold = params.suspect_threshold
    return tuple(
        Candidate(change_id, n, -neg, lag_s, reasons, n == 1 and -neg >= threshold and not change.failed,
                  change.requested_at, change.live_at)
        for n, (neg, _, change_id, lag_s, reasons, change) in enumerate(scored[: params.max_candidates], 1)
    )

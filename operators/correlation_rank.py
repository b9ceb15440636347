"""Ranking alert groups against change events: the candidate window and the score.

Pure functions, no state and no Bytewax; :mod:`signalcraft.operators.correlation`
does the event-time join and calls :func:`score_candidates`.

The reports of one change (a GitHub deployment and its statuses, the Argo CD sync and
the Kubernetes rollout of one revision) are first folded into one change by their
identity (:mod:`signalcraft.operators.change_identity`): a change has a request time
and, once a report says so, a live time, and takes effect at its live time (its request
time while nothing later is known, or when it failed). A candidate is a change of the
group's workspace, project and environment requested or taking effect in
``[opened_at - lookback, opened_at + tolerance_after]``. Its score is

    score = scope * (W_TIME * proximity + W_TYPE * type_prior) * timing * rate

clamped to ``[0, 1]`` and rounded to 4 decimals, where

- ``scope`` is 1.0 for the group's own service, 0.8 for an upstream dependency
  (``CorrelationParams.dependencies``) and 0.6 for another service of the project:
  the service outranks the project, yet a lone change of the project right before the
  alerts is still worth naming;
- ``proximity`` falls linearly from 1.0 (change taking effect at the first alert) to
  0.2 (``lookback`` before it); a change taking effect after the first alert gets
  ``0.3 * (1 - after / tolerance_after)``, at least 0;
- ``type_prior`` is :data:`TYPE_PRIOR` (deployment 1.0 ... other 0.3);
- ``timing`` is 1.0 for a change live before the first alert, 0.35 for one live after
  it (a candidate for clock skew, never the suspect by default), 0.05 for a rollback
  live after it (a remedy, not a cause, however long before the alerts it was
  requested), and 0.2 for a change that failed and never went live (never the suspect);
- ``rate`` is 1.0 unless alert counts of the service are known: the group service's alerts per minute
  from the change until a minute after the group opened (at least ``rate_window``, at
  most until the end of the group's window, ``CorrelationParams.rate_end``, and at least a
  minute) versus in ``rate_window`` before the change; a rise of ``r`` >= 2 times gives
  ``1 + 0.1 * min(log2(r), 3)``, no rise gives 0.85.

A candidate is represented by one of its reports (a delivery tool's, the live one
first), its reasons give both times when they differ and name the other reporters.

The rank-1 candidate is the suspect when its score reaches ``suspect_threshold``
(0.35): a deployment, flag change or config update of the group's project up to 12
minutes before the first alert qualifies; a change after the first alert does not,
nor one that failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

import msgspec

from signalcraft.models import AlertGroup, ChangeEvent, Correlation, make_id, to_utc
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.change_identity import FoldedChange, fold_reports
from signalcraft.operators.correlation_rate import AlertRate, Memo, rate_factor
from signalcraft.operators.records import trusted
from signalcraft.params import ENVIRONMENT_ALIASES, CorrelationParams

__all__ = [
    "ENVIRONMENT_ALIASES",
    "AlertRate",
    "Candidate",
    "CorrelationParams",
    "rank_candidates",
    "score_candidates",
    "score_one",
]

W_TIME = 0.5
W_TYPE = 0.5
SCOPE_SAME, SCOPE_UPSTREAM, SCOPE_PROJECT = 1.0, 0.8, 0.6
AFTER_PENALTY = 0.35
REMEDY_PENALTY = 0.05
FAILED_PENALTY = 0.2
TYPE_PRIOR = {
    "deployment": 1.0,
    "rollback": 1.0,
    "flag_change": 0.95,
    "config_update": 0.9,
    "release": 0.7,
    "scale": 0.5,
    "restart": 0.5,
    "other": 0.3,
}
_VERB = {
    "deployment": "deployed",
    "release": "released",
    "rollback": "rolled back",
    "flag_change": "changed a flag of",
    "config_update": "updated the config of",
    "scale": "scaled",
    "restart": "restarted",
    "other": "changed",
}


def human_duration(seconds: float) -> str:
    """A short duration for reasons.

    >>> human_duration(40), human_duration(120), human_duration(150), human_duration(0.4)
    ('40 s', '2 min', '2.5 min', '0 s')
    """
    seconds = abs(seconds)
    if seconds < 60:
        return f"{round(seconds)} s"
    return f"{round(seconds / 60, 1):g} min"


@lru_cache(maxsize=4096)
def short_version(version: str) -> str:
    """A version for reasons: a full commit sha is cut to 12 characters, as git shows it.

    >>> short_version("63544dc8fa959c59539ccb180845fe7c576e1e74"), short_version("v2.14.0")
    ('63544dc8fa95', 'v2.14.0')
    """
    if len(version) == 40 and all(c in "0123456789abcdef" for c in version):
        return version[:12]
    return version


def in_scope(group: AlertGroup, change: ChangeEvent, params: CorrelationParams) -> bool:
    """Whether ``change`` is of ``group``'s workspace, project and environment."""
    return (
        change.workspace_id == group.workspace_id
        and change.project == group.project
        and params.environment_of(change.environment) == params.environment_of(group.environment)
    )


def _scope(
    group: AlertGroup, change: ChangeEvent, params: CorrelationParams
) -> tuple[float, str]:
    if change.service == group.service:
        return SCOPE_SAME, "same service"
    if change.service in params.dependencies.get(group.service, ()):
        return SCOPE_UPSTREAM, f"upstream dependency of {group.service}"
    return SCOPE_PROJECT, f"same project, other service ({change.service})"


def _relative(seconds: float) -> str:
    """``lag`` seconds before the first alert in words (negative: after it)."""
    return f"{human_duration(seconds)} {'before' if seconds >= 0 else 'after'} the first alert"


def _timing(
    change: FoldedChange, lag_s: float, opened_at: datetime, params: CorrelationParams
) -> tuple[float, float, str]:
    """Return (proximity, timing factor, reason) for a change that took effect ``lag_s`` before the first alert."""
    rep = change.representative
    what = f"{_VERB[change.type]} {rep.service}" + (f" {short_version(rep.version)}" if rep.version else "")
    requested = (opened_at - change.requested_at).total_seconds()
    if change.failed:
        proximity = max(0.0, 1.0 - 0.8 * max(lag_s, 0.0) / params.lookback.total_seconds())
        reason = f"{what}: requested {_relative(requested)}, failed and never went live"
        return proximity, FAILED_PENALTY, reason
    if change.in_flight:
        when = f"requested {_relative(requested)}, not reported live"
    elif change.live_at == change.requested_at:
        when = _relative(lag_s)
    else:
        when = f"live {_relative(lag_s)} (requested {_relative(requested)})"
    if lag_s >= 0:
        proximity = 1.0 - 0.8 * lag_s / params.lookback.total_seconds()
        return proximity, 1.0, f"{what} {when}"
    tolerance = params.tolerance_after.total_seconds()
    proximity = max(0.0, 0.3 * (1.0 - -lag_s / tolerance)) if tolerance > 0 else 0.0
    if change.type == "rollback":
        return proximity, REMEDY_PENALTY, f"{what} {when}: a remedy, not a cause"
    verb = "changed " if change.live_at == change.requested_at else ""
    return proximity, AFTER_PENALTY, f"{what}; {verb}{when} (clock skew tolerance)"


def score_one(
    group: AlertGroup,
    change: FoldedChange,
    params: CorrelationParams,
    alert_rate: AlertRate | None = None,
) -> tuple[float, float, tuple[str, ...]]:
    """Score one candidate change: return (score, lag_s, reasons). Pure."""
    lag_s, score, reasons = _static_score(group, change, params)
    if alert_rate is not None:
        factor, rate_reason = rate_factor(group, change.effective_at, params, alert_rate)
        score *= factor
        if rate_reason is not None:
            reasons = (*reasons[:2], rate_reason, *reasons[2:])
    return round(min(max(score, 0.0), 1.0), 4), lag_s, reasons


_STATIC: Memo = Memo()
"""(change object id, first alert, service, params object id) -> (the change and the params,
kept alive so that neither id is reused; lag, score before the rate factor, reasons): a
group is scored again at every report in its reach, mostly against the same folded changes."""


def _static_score(
    group: AlertGroup, change: FoldedChange, params: CorrelationParams
) -> tuple[float, float, tuple[str, ...]]:
    """Lag, score before the rate factor, and the reasons (the rate's goes after the first two)."""
    key = (id(change), group.opened_at, group.service, id(params))
    hit = _STATIC.get(key)
    if hit is not None:
        return hit[2], hit[3], hit[4]
    lag_s = (group.opened_at - change.effective_at).total_seconds()
    scope, scope_reason = _scope(group, change.representative, params)
    proximity, timing, time_reason = _timing(change, lag_s, group.opened_at, params)
    score = scope * (W_TIME * proximity + W_TYPE * TYPE_PRIOR[change.type]) * timing
    reasons = (time_reason, scope_reason)
    others = change.other_sources
    if others:
        reasons += ("also reported by " + ", ".join(others),)
    _STATIC.put(key, (change, params, lag_s, score, reasons))
    return lag_s, score, reasons


_WINDOWS: Memo = Memo()
"""Report object ids (and the two windows) -> (the reports, kept alive so that no id is
reused while its entry exists; what they fold into): the groups of a key read the same
range of its buffer again and again (at each update, and each change of another range)."""


def _fold_window(
    reports: Iterable[ChangeEvent], same_change_window: timedelta, max_rollout: timedelta
) -> list[FoldedChange]:
    """:func:`fold_reports` of ``reports``, remembered per set of report objects."""
    reports = tuple(reports)
    key = (*map(id, reports), same_change_window, max_rollout)
    hit = _WINDOWS.get(key)
    if hit is not None:
        return hit[1]
    folded = fold_reports(reports, same_change_window, max_rollout)
    _WINDOWS.put(key, (reports, folded))
    return folded


def candidates_of(
    group: AlertGroup, reports: Iterable[ChangeEvent], params: CorrelationParams, scoped: bool = False
) -> list[FoldedChange]:
    """The changes of ``group``'s scope, folded from ``reports``, that are candidates for it
    (``scoped``: the reports are known to be of its scope)."""
    scoped_reports = reports if scoped else [r for r in reports if in_scope(group, r, params)]
    folded = _fold_window(scoped_reports, params.same_change_window, params.max_rollout)
    start, end = params.window(group)  # a candidate was requested or took effect in it
    return [c for c in folded if start <= c.effective_at <= end or start <= c.requested_at <= end]


_ROW_IDS: Memo = Memo()
"""(group id, change id) -> the correlation's row id: a group's candidates are emitted again at
every version of its set."""


class Candidate(NamedTuple):
    """A ranked candidate as plain values: a :class:`Correlation` without the group's fields."""

    change_id: str
    rank: int
    score: float
    lag_s: float
    reasons: tuple[str, ...]
    suspect: bool
    requested_at: datetime
    live_at: datetime | None

    def correlation(self, group: AlertGroup, version: int = 1, withdrawn: bool = False) -> Correlation:
        """The candidate as the record emitted for ``group``; ``withdrawn``: as the record that
        says it left the group's set (never the suspect)."""
        return trusted(Correlation, msgspec.structs.asdict(self.row(group, version, withdrawn)))  # its values are
        # of validated records (operators/records.py); one list of fields, the row's

    def row(self, group: AlertGroup, version: int = 1, withdrawn: bool = False) -> CorrelationRow:
        """:meth:`correlation` as a plain row of the same values (the flow's path: ``models/correlation_row.py``);
        its times made UTC as the record's are."""
        requested_at, live_at = self.requested_at, self.live_at
        if requested_at.tzinfo is not UTC:
            requested_at = to_utc(requested_at)
        if live_at is not None and live_at.tzinfo is not UTC:
            live_at = to_utc(live_at)
        return CorrelationRow(_row_id(group.id, self.change_id), group.workspace_id, group.id, self.change_id,
                              self.rank, self.score, self.lag_s, self.reasons, self.suspect and not withdrawn,
                              version, requested_at, live_at, withdrawn)


def _row_id(group_id: str, change_id: str) -> str:
    ids = (group_id, change_id)
    row_id = _ROW_IDS.get(ids)
    if row_id is None:
        row_id = _ROW_IDS.put(ids, make_id("corr", *ids))
    return row_id


def rank_candidates(
    group: AlertGroup,
    changes: Iterable[ChangeEvent],
    params: CorrelationParams,
    alert_rate: AlertRate | None = None,
    scoped: bool = False,
) -> tuple[Candidate, ...]:
    """:func:`score_candidates` as plain values, cheap to compare with the last set emitted."""
    scored = []
    for change in candidates_of(group, changes, params, scoped):
        score, lag_s, reasons = score_one(group, change, params, alert_rate)
        scored.append((-score, abs(lag_s), change.representative.id, lag_s, reasons, change))
    scored.sort(key=lambda s: s[:3])
    return tuple(
        Candidate(
            change_id, rank, -neg, lag_s, reasons,
            rank == 1 and -neg >= params.suspect_threshold and not change.failed,
            change.requested_at, change.live_at,
        )
        for rank, (neg, _, change_id, lag_s, reasons, change) in enumerate(scored[: params.max_candidates], 1)
    )


def score_candidates(
    group: AlertGroup,
    changes: Iterable[ChangeEvent],
    params: CorrelationParams,
    alert_rate: AlertRate | None = None,
) -> list[Correlation]:
    """Rank the candidate changes of ``group``; keep ``max_candidates``; mark the suspect.

    ``changes`` are reports: those of one change are folded into one candidate first
    (:func:`~signalcraft.operators.change_identity.fold_reports`). Ties are broken by the
    smaller absolute lag, then the change id, so the result depends only on the set of
    reports, never on their order. A failed change is never the suspect.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> g = AlertGroup(id="g1", workspace_id="w", group_key="{}", group_labels={},
    ...     project="shop", environment="prod", service="payments-api", status="created",
    ...     opened_at=t, updated_at=t, fingerprints=("f",), alert_count=1,
    ...     max_severity="error", version=1)
    >>> c = ChangeEvent(id="c1", workspace_id="w", type="deployment", source="github",
    ...     project="shop", environment="prod", service="payments-api", version="v2.4",
    ...     summary="deploy", timestamp=t - timedelta(minutes=2))
    >>> [corr] = score_candidates(g, [c], CorrelationParams())
    >>> corr.rank, corr.suspect, corr.lag_s, corr.reasons
    (1, True, 120.0, ('deployed payments-api v2.4 2 min before the first alert', 'same service'))
    """
    return [c.correlation(group) for c in rank_candidates(group, changes, params, alert_rate)]

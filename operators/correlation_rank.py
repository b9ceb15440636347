"""Ranking alert groups against change events: the candidate window and the score.

Pure functions, no state and no Bytewax; :mod:`signalcraft.operators.correlation`
does the event-time join and calls :func:`score_candidates`.

A candidate is a change of the group's workspace, project and environment whose
timestamp lies in ``[opened_at - lookback, opened_at + tolerance_after]``. Its score is

    score = scope * (W_TIME * proximity + W_TYPE * type_prior) * timing * rate

clamped to ``[0, 1]`` and rounded to 4 decimals, where

- ``scope`` is 1.0 for the group's own service, 0.8 for an upstream dependency
  (``CorrelationParams.dependencies``) and 0.6 for another service of the project:
  the service outranks the project, yet a lone change of the project right before the
  alerts is still worth naming;
- ``proximity`` falls linearly from 1.0 (change at the first alert) to 0.2 (change
  ``lookback`` before it); a change after the first alert gets
  ``0.3 * (1 - after / tolerance_after)``;
- ``type_prior`` is :data:`TYPE_PRIOR` (deployment 1.0 ... other 0.3);
- ``timing`` is 1.0 for a change before the first alert, 0.35 for one after it (a
  candidate for clock skew, never the suspect by default), and 0.05 for a rollback
  after it (a remedy, not a cause);
- ``rate`` is 1.0 unless alert counts of the service are known: the group service's alerts per minute
  from the change until a minute after the group opened (at least ``rate_window``, at
  most until the join deadline) versus in ``rate_window`` before the change; a rise of ``r`` >= 2 times gives
  ``1 + 0.1 * min(log2(r), 3)``, no rise gives 0.85.

One change is often reported by several tools (the GitHub deployment, its success
status, the Kubernetes ReplicaSet scaling): changes of the same service and type within
``same_change_window`` of the first are one candidate, represented by the earliest
report of a delivery tool (a Kubernetes event only when nothing else reported it), and
its reasons name the other reporters.

The rank-1 candidate is the suspect when its score reaches ``suspect_threshold``
(0.35): a deployment, flag change or config update of the group's project up to 12
minutes before the first alert qualifies; a change after the first alert does not.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.models import AlertGroup, ChangeEvent, Correlation, make_id

ENVIRONMENT_ALIASES = {
    "prod": "production", "prd": "production", "live": "production",
    "stage": "staging", "stg": "staging",
    "dev": "development",
}
"""Common spellings of one environment; ``SIGNALCRAFT_CORRELATION_ENVIRONMENT_ALIASES`` replaces them."""

AlertRate = Callable[[str, datetime, datetime], int]
"""``alert_rate(service, start, end)``: how many alerts ``service`` raised in ``[start, end)``."""

W_TIME = 0.5
W_TYPE = 0.5
SCOPE_SAME, SCOPE_UPSTREAM, SCOPE_PROJECT = 1.0, 0.8, 0.6
AFTER_PENALTY = 0.35
REMEDY_PENALTY = 0.05
ECHO_SOURCES = frozenset({"kubernetes-event"})
"""Sources that echo a change another tool usually reports first and in more detail."""
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


@dataclass(frozen=True)
class CorrelationParams:
    """Hyperparameters of the change correlation join and ranking.

    >>> CorrelationParams().lookback
    datetime.timedelta(seconds=900)
    """

    lookback: timedelta = timedelta(minutes=15)
    tolerance_after: timedelta = timedelta(minutes=2)
    """Changes up to this long after the group opened still count (clock skew), scored lower."""
    allowed_lateness: timedelta = timedelta(minutes=3)
    """How long, in event time, a group's join window stays open after it closes."""
    max_change_delay: timedelta | None = None
    """How far the alerts may run past a group's window (plus lateness) before it closes
    though the key's change stream has not got there; ``None``: wait for the changes (a
    backfill may read a large alert topic hours ahead of the change topic)."""
    max_open_groups: int = 1000
    """Per key, the most groups waiting for late changes; beyond it the oldest closes."""
    horizon: timedelta = timedelta(hours=72)
    """Changes (alert counts) older than this behind the newest change (group) of the key
    are dropped: the most a backfill may read one topic or partition ahead of another."""
    max_buffered_changes: int = 10_000
    """Per key, the most changes kept; beyond it the oldest go."""
    suspect_threshold: float = 0.35
    max_candidates: int = 3
    alert_rate: bool = True
    """Weigh in whether the group's service raised more alerts after a change."""
    rate_window: timedelta = timedelta(minutes=10)
    """How far before a change alerts are counted for the rate comparison."""
    same_change_window: timedelta = timedelta(minutes=5)
    """Reports of the same service and change type this close together are one change."""
    dependencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Service -> upstream services whose changes count for it."""
    environment_aliases: dict[str, str] = field(default_factory=lambda: dict(ENVIRONMENT_ALIASES))
    """Environment name (lower case) -> its canonical name: tools spell one environment
    differently (Prometheus ``env="prod"``, a GitHub deployment to ``production``)."""

    def environment_of(self, name: str) -> str:
        """The canonical name of an environment: lower case, aliases resolved.

        >>> p = CorrelationParams()
        >>> p.environment_of("Prod"), p.environment_of("production"), p.environment_of("eu-west")
        ('production', 'production', 'eu-west')
        """
        lowered = name.lower()
        return self.environment_aliases.get(lowered, lowered)

    def __post_init__(self) -> None:
        for name in ("lookback", "rate_window", "horizon", "same_change_window"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(
                    f"correlation params: {name} {getattr(self, name)!r} is not positive"
                )
        if self.max_change_delay is not None and self.max_change_delay < timedelta(0):
            raise ValueError(f"correlation params: max_change_delay {self.max_change_delay!r} is negative")
        if self.max_buffered_changes < 1:
            raise ValueError(f"correlation params: max_buffered_changes {self.max_buffered_changes!r} is below 1")
        if self.max_open_groups < 1:
            raise ValueError(f"correlation params: max_open_groups {self.max_open_groups!r} is below 1")
        for name in ("tolerance_after", "allowed_lateness"):
            if getattr(self, name) < timedelta(0):
                raise ValueError(
                    f"correlation params: {name} {getattr(self, name)!r} is negative"
                )
        if not 0.0 <= self.suspect_threshold <= 1.0:
            raise ValueError(
                f"correlation params: suspect_threshold {self.suspect_threshold!r} is not in [0, 1]"
            )
        if self.max_candidates < 1:
            raise ValueError(
                f"correlation params: max_candidates {self.max_candidates!r} is below 1"
            )

    def rate_end(self, group: AlertGroup) -> datetime:
        """No alert after this counts for ``group``'s rate evidence: its join deadline, so
        the evidence is complete, like the candidates, once the join closes."""
        return group.opened_at + self.tolerance_after + self.allowed_lateness

    def window(self, group: AlertGroup) -> tuple[datetime, datetime]:
        """The event-time range, both ends included, in which a change is a candidate."""
        return group.opened_at - self.lookback, group.opened_at + self.tolerance_after


def human_duration(seconds: float) -> str:
    """A short duration for reasons.

    >>> human_duration(40), human_duration(120), human_duration(150), human_duration(0.4)
    ('40 s', '2 min', '2.5 min', '0 s')
    """
    seconds = abs(seconds)
    if seconds < 60:
        return f"{round(seconds)} s"
    return f"{round(seconds / 60, 1):g} min"


def short_version(version: str) -> str:
    """A version for reasons: a full commit sha is cut to 12 characters, as git shows it.

    >>> short_version("63544dc8fa959c59539ccb180845fe7c576e1e74"), short_version("v2.14.0")
    ('63544dc8fa95', 'v2.14.0')
    """
    if len(version) == 40 and all(c in "0123456789abcdef" for c in version):
        return version[:12]
    return version


def is_candidate(
    group: AlertGroup, change: ChangeEvent, params: CorrelationParams
) -> bool:
    """Whether ``change`` is in scope and in the time window of ``group``."""
    start, end = params.window(group)
    return (
        change.workspace_id == group.workspace_id
        and change.project == group.project
        and params.environment_of(change.environment) == params.environment_of(group.environment)
        and start <= change.timestamp <= end
    )


def _scope(
    group: AlertGroup, change: ChangeEvent, params: CorrelationParams
) -> tuple[float, str]:
    if change.service == group.service:
        return SCOPE_SAME, "same service"
    if change.service in params.dependencies.get(group.service, ()):
        return SCOPE_UPSTREAM, f"upstream dependency of {group.service}"
    return SCOPE_PROJECT, f"same project, other service ({change.service})"


def _timing(
    change: ChangeEvent, lag_s: float, params: CorrelationParams
) -> tuple[float, float, str]:
    """Return (proximity, timing factor, reason) for a change ``lag_s`` before the first alert."""
    what = f"{_VERB[change.type]} {change.service}" + (
        f" {short_version(change.version)}" if change.version else ""
    )
    if lag_s >= 0:
        proximity = 1.0 - 0.8 * lag_s / params.lookback.total_seconds()
        return proximity, 1.0, f"{what} {human_duration(lag_s)} before the first alert"
    tolerance = params.tolerance_after.total_seconds()
    proximity = 0.3 * (1.0 - -lag_s / tolerance) if tolerance > 0 else 0.0
    if change.type == "rollback":
        reason = f"{what} {human_duration(lag_s)} after the first alert: a remedy, not a cause"
        return proximity, REMEDY_PENALTY, reason
    reason = (
        f"changed {human_duration(lag_s)} after the first alert (clock skew tolerance)"
    )
    return proximity, AFTER_PENALTY, f"{what}; {reason}"


def _rate(
    group: AlertGroup,
    change: ChangeEvent,
    params: CorrelationParams,
    alert_rate: AlertRate,
) -> tuple[float, str | None]:
    t, w, service = change.timestamp, params.rate_window, group.service
    end = min(max(t + w, group.opened_at + timedelta(minutes=1)), params.rate_end(group))
    end = max(end, t + timedelta(minutes=1))
    n_before, n_after = alert_rate(service, t - w, t), alert_rate(service, t, end)
    if not n_before and not n_after:
        return 1.0, None  # no alert volume known for the service: no evidence either way
    before = n_before / (w.total_seconds() / 60)
    after = n_after / ((end - t).total_seconds() / 60)
    ratio = after / max(before, 1 / (w.total_seconds() / 60))
    if ratio >= 2:
        return 1.0 + 0.1 * min(math.log2(ratio), 3.0), (
            f"alert rate of {service} rose {ratio:.2g}× after the change"
        )
    if ratio <= 1:
        return 0.85, f"alert rate of {service} did not rise after the change"
    return 1.0, f"alert rate of {service} rose {ratio:.2g}× after the change"


def score_one(
    group: AlertGroup,
    change: ChangeEvent,
    params: CorrelationParams,
    alert_rate: AlertRate | None = None,
) -> tuple[float, float, tuple[str, ...]]:
    """Score one candidate: return (score, lag_s, reasons). Pure."""
    lag_s = (group.opened_at - change.timestamp).total_seconds()
    scope, scope_reason = _scope(group, change, params)
    proximity, timing, time_reason = _timing(change, lag_s, params)
    score = scope * (W_TIME * proximity + W_TYPE * TYPE_PRIOR[change.type]) * timing
    reasons = [time_reason, scope_reason]
    if alert_rate is not None:
        factor, rate_reason = _rate(group, change, params, alert_rate)
        score *= factor
        if rate_reason is not None:
            reasons.append(rate_reason)
    return round(min(max(score, 0.0), 1.0), 4), lag_s, tuple(reasons)


def collapse_reports(
    changes: Iterable[ChangeEvent], window: timedelta
) -> list[tuple[ChangeEvent, tuple[str, ...]]]:
    """One entry per change, however many tools reported it: (representative, other sources).

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> def report(i, source, seconds, service="api"):
    ...     return ChangeEvent(id=f"c{i}", workspace_id="w", type="deployment", source=source,
    ...         project="p", environment="prod", service=service, summary="deploy",
    ...         timestamp=t + timedelta(seconds=seconds))
    >>> same = [report(1, "kubernetes-event", 38), report(2, "github-deployment", 0),
    ...     report(3, "github-deployment-status", 176), report(4, "github-deployment", 900)]
    >>> [(c.id, echoes) for c, echoes in collapse_reports(same, timedelta(minutes=5))]
    [('c2', ('github-deployment-status', 'kubernetes-event')), ('c4', ())]
    """
    ordered = sorted(changes, key=lambda c: (c.service, c.type, c.timestamp, c.id))
    clusters: list[list[ChangeEvent]] = []
    for change in ordered:
        first = clusters[-1][0] if clusters else None
        if (
            first is not None
            and (first.service, first.type) == (change.service, change.type)
            and change.timestamp - first.timestamp <= window
        ):
            clusters[-1].append(change)
        else:
            clusters.append([change])
    out = []
    for cluster in clusters:
        rep = min(cluster, key=lambda c: (c.source in ECHO_SOURCES, c.timestamp, c.id))
        out.append((rep, tuple(sorted({c.source for c in cluster if c is not rep}))))
    return out


def score_candidates(
    group: AlertGroup,
    changes: Iterable[ChangeEvent],
    params: CorrelationParams,
    alert_rate: AlertRate | None = None,
) -> list[Correlation]:
    """Rank the candidate changes of ``group``; keep ``max_candidates``; mark the suspect.

    Ties are broken by the smaller absolute lag, then the change id, so the result
    depends only on the set of changes, never on their order.

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
    scored = []
    candidates = [c for c in changes if is_candidate(group, c, params)]
    for change, echoes in collapse_reports(candidates, params.same_change_window):
        score, lag_s, reasons = score_one(group, change, params, alert_rate)
        if echoes:
            reasons = (*reasons, "also reported by " + ", ".join(echoes))
        scored.append((-score, abs(lag_s), change.id, lag_s, reasons))
    scored.sort(key=lambda s: s[:3])
    out = []
    for rank, (neg, _, change_id, lag_s, reasons) in enumerate(
        scored[: params.max_candidates], 1
    ):
        out.append(
            Correlation(
                id=make_id("corr", group.id, change_id),
                workspace_id=group.workspace_id,
                group_id=group.id,
                change_id=change_id,
                rank=rank,
                score=-neg,
                lag_s=lag_s,
                reasons=reasons,
                suspect=rank == 1 and -neg >= params.suspect_threshold,
            )
        )
    return out

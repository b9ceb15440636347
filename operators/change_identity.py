"""Reports of one change folded into one candidate: identity, request time and live time.

Pure functions, no state and no Bytewax; :mod:`signalcraft.operators.correlation_rank`
folds a group's change reports with :func:`fold_reports` before scoring them.

Tools report one change several times: GitHub sends the ``deployment`` (requested) and
then its ``queued``, ``in_progress`` and ``success`` statuses; Argo CD syncs the same
revision; Kubernetes scales up the new ReplicaSet. Reports are one change when they are
*the same change*, never merely close in time:

- **Identity.** Each report carries ``identifiers`` (see :class:`ChangeEvent`). Two
  reports *agree* when they share a kind with equal values (a ``revision`` equals another
  when one is a prefix of the other, at least 7 characters: short and full shas) and
  *contradict* when they share a kind with different values. Contradicting reports are
  never one change, however close: two deploys of one service four minutes apart with
  two shas stay two candidates.
- **Fold by identity.** Agreeing, non-contradicting reports of the same service and the
  same family of type (a rollback is a deployment) are one change: at any distance in
  time when they agree on a kind in :data:`UNIQUE_KINDS` (a GitHub deployment id names
  one change), otherwise (the same sha reported by GitHub and Argo CD) when each is within
  ``max_rollout`` of the change's reports so far.
- **Fold what cannot contradict.** A change whose identifiers share no kind with
  another's (a Kubernetes rollout known only by its pod-template hash, a report with no
  identifiers at all) joins the nearest change of the same service and family within
  ``same_change_window`` that it does not contradict, and whose kinds it then brings;
  otherwise it is a change of its own.

A folded change is timed by its reports' ``phase``: ``requested_at`` is its earliest
report, ``live_at`` its earliest ``live`` report (``None`` if none). It *failed* when a
report says ``failed`` and none says ``live``; it is *in flight* while no report says
``live`` or ``failed``. It takes effect at ``live_at``, else (requested only, or failed)
at ``requested_at``. A change made only of ``inactive`` reports (GitHub retiring an
older deployment) is no change and is left out.

The report that represents the change (its ``change_id``) is the first by: a delivery
tool before an echo (:data:`ECHO_SOURCES`), live before failed before the rest, earliest,
smallest id. Its type is ``rollback`` when any report says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter

from signalcraft.models import ChangeEvent

ECHO_SOURCES = frozenset({"kubernetes-event"})
"""Sources that echo a change another tool usually reports first and in more detail."""
UNIQUE_KINDS = frozenset({"github_deployment", "argocd_operation", "deployment", "rollout_revision"})
"""Identifier kinds whose value names one change (not an artifact that can ship twice)."""
FAMILY = {"rollback": "deployment"}
"""Change types that are one family for folding; any other type is its own family."""
_PHASE_RANK = {"live": 0, "failed": 1}


def same_value(kind: str, a: str, b: str) -> bool:
    """Whether two identifier values of ``kind`` name the same thing.

    >>> same_value("revision", "63544dc8fa959c59539ccb180845fe7c576e1e74", "63544dc")
    True
    >>> same_value("revision", "63544dc8", "63544d"), same_value("version", "v2.4", "v2.4.1")
    (False, False)
    """
    if a == b:
        return True
    if kind == "revision":
        short, full = sorted((a.lower(), b.lower()), key=len)
        return len(short) >= 7 and full.startswith(short)
    return False


def contradicts(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether two identifier sets disagree on a kind both carry.

    >>> contradicts({"revision": "abc1234", "github_deployment": "1"}, {"revision": "abc1234"})
    False
    >>> contradicts({"revision": "abc1234"}, {"revision": "def5678", "pod_template": "x"})
    True
    """
    return any(not same_value(k, v, b[k]) for k, v in a.items() if k in b)


def agreeing_kinds(a: dict[str, str], b: dict[str, str]) -> set[str]:
    """The kinds on which two identifier sets agree (empty if they contradict).

    >>> sorted(agreeing_kinds({"revision": "abc1234", "pod_template": "h1"}, {"revision": "ABC1234ff"}))
    ['revision']
    """
    if contradicts(a, b):
        return set()
    return {k for k in a if k in b}


@dataclass(frozen=True, slots=True)
class FoldedChange:
    """One change, however many reports of it arrived."""

    representative: ChangeEvent
    reports: tuple[ChangeEvent, ...]
    """Every report folded in, by time then id."""
    type: str
    requested_at: datetime
    live_at: datetime | None
    failed: bool
    identifiers: dict[str, str]

    @property
    def effective_at(self) -> datetime:
        """When the change took effect, as far as its reports tell."""
        return self.live_at if self.live_at is not None else self.requested_at

    @property
    def in_flight(self) -> bool:
        """Requested (or in progress) and neither live nor failed yet."""
        return self.live_at is None and not self.failed

    @property
    def other_sources(self) -> tuple[str, ...]:
        """The sources of the other reports, sorted, without the representative's."""
        rep = self.representative.source
        return tuple(sorted({r.source for r in self.reports if r.source != rep}))


class _Cluster:
    __slots__ = ("family", "first", "identifiers", "last", "reports", "service")

    def __init__(self, report: ChangeEvent):
        self.service = report.service
        self.family = _family(report)
        self.reports = [report]
        self.identifiers = dict(report.identifiers)
        self.first = self.last = report.timestamp

    def add(self, other: _Cluster) -> None:
        self.reports.extend(other.reports)
        for kind, value in other.identifiers.items():
            if len(value) > len(self.identifiers.get(kind, "")):
                self.identifiers[kind] = value  # the fuller of two agreeing shas
        self.first, self.last = min(self.first, other.first), max(self.last, other.last)

    def gap(self, other: _Cluster) -> timedelta:
        """The time between the two clusters' report spans (zero when they overlap)."""
        return max(other.first - self.last, self.first - other.last, timedelta(0))


def _family(report: ChangeEvent) -> str:
    return FAMILY.get(report.type, report.type)


def fold_reports(
    reports: Iterable[ChangeEvent], same_change_window: timedelta, max_rollout: timedelta
) -> list[FoldedChange]:
    """Fold change reports into changes (see the module docstring); by ``requested_at``, then id.

    Depends only on the set of reports, never on their order.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> def report(i, seconds, phase="live", source="github-deployment-status", **ids):
    ...     return ChangeEvent(id=f"c{i}", workspace_id="w", type="deployment", source=source,
    ...         project="p", environment="prod", service="api", summary="deploy", phase=phase,
    ...         identifiers=ids, timestamp=t + timedelta(seconds=seconds))
    >>> reports = [report(1, 0, "requested", "github-deployment", github_deployment="7", revision="aaaaaaa1"),
    ...     report(2, 90, github_deployment="7", revision="aaaaaaa1"),
    ...     report(3, 240, "requested", "github-deployment", github_deployment="8", revision="bbbbbbb2"),
    ...     report(4, 300, github_deployment="8", revision="bbbbbbb2"),
    ...     report(5, 310, source="kubernetes-event", pod_template="h2")]
    >>> [(c.representative.id, len(c.reports), c.live_at - t) for c in fold_reports(reports,
    ...     timedelta(minutes=5), timedelta(minutes=30))]
    [('c2', 2, datetime.timedelta(seconds=90)), ('c4', 3, datetime.timedelta(seconds=300))]
    """
    parts: dict[tuple[str, str], list[ChangeEvent]] = {}
    for report in reports:
        kind = report.type
        parts.setdefault((report.service, FAMILY.get(kind, kind)), []).append(report)  # (_family)
    out: list[FoldedChange] = []
    for part in parts.values():
        out.extend(_fold_part(part, same_change_window, max_rollout))
    out.sort(key=_change_order)
    return out


_change_order = attrgetter("requested_at", "representative.id")
"""A change's order: ``(requested_at, representative.id)``, read in C."""


_FOLDED: dict[tuple, tuple[tuple[ChangeEvent, ...], list[FoldedChange]]] = {}
"""Report object ids (and the two windows) -> (the reports, kept alive so that no id is
reused while its entry exists; what they fold into). A join re-reads the same reports of
a service for every change of another service: each set is folded once."""
_FOLDED_MAX = 16_384


def _fold_part(
    reports: list[ChangeEvent], same_change_window: timedelta, max_rollout: timedelta
) -> list[FoldedChange]:
    """Fold the reports of one service and family: reports of two never fold together, and
    the nearest-fit rules compare only reports that may, in the same order, so the folds of
    the parts are the fold of the whole."""
    key = (*map(id, reports), same_change_window, max_rollout)
    hit = _FOLDED.get(key)
    if hit is not None:
        return hit[1]
    if len(reports) == 1:
        change = _change_of_one(reports[0])
        folded = [] if change is None else [change]
    else:
        folded = _fold_clusters(reports, same_change_window, max_rollout)
    if len(_FOLDED) >= _FOLDED_MAX:
        _FOLDED.clear()
    _FOLDED[key] = (tuple(reports), folded)
    return folded


def _fold_clusters(
    reports: list[ChangeEvent], same_change_window: timedelta, max_rollout: timedelta
) -> list[FoldedChange]:
    ordered = sorted(reports, key=_time_and_id)
    by_identity: list[_Cluster] = []
    for report in ordered:
        cluster = _Cluster(report)
        home = _nearest_same(by_identity, cluster, max_rollout)
        if home is None:
            by_identity.append(cluster)
        else:
            home.add(cluster)
    by_identity.sort(key=lambda c: (c.first, min(r.id for r in c.reports)))
    folded: list[_Cluster] = []
    for cluster in by_identity:
        home = _nearest_unshared(folded, cluster, same_change_window)
        if home is None:
            folded.append(cluster)
        else:
            home.add(cluster)
    changes = [_change_of(c) for c in folded]
    return [c for c in changes if c is not None]


def _nearest_same(clusters: list[_Cluster], new: _Cluster, max_rollout: timedelta) -> _Cluster | None:
    """The cluster nearest in time to ``new`` (the later one on a tie) that is the same change by
    identity: of its service and family, agreeing on a kind and contradicting on none, on a kind of
    :data:`UNIQUE_KINDS` or within ``max_rollout``. What ``_nearest`` with ``_same_by_identity``
    picks, the tests of both in one loop (it runs for every pair of a part's reports)."""
    ids = new.identifiers
    if not ids:
        return None  # agrees on no kind with anything
    part = (new.service, new.family)
    best, best_key = None, None
    for i, c in enumerate(clusters):
        known = c.identifiers
        shared = known.keys() & ids.keys()
        if not shared or (c.service, c.family) != part:
            continue
        if any(not same_value(k, known[k], ids[k]) for k in shared):
            continue
        gap = c.gap(new)
        if (shared.isdisjoint(UNIQUE_KINDS) and gap > max_rollout) or (best_key is not None and (gap, -i) >= best_key):
            continue
        best, best_key = c, (gap, -i)
    return best


def _nearest_unshared(clusters: list[_Cluster], new: _Cluster, window: timedelta) -> _Cluster | None:
    """The cluster nearest in time to ``new`` (the later one on a tie) that ``new`` may join without
    sharing an identifier kind: of its service and family, within ``window``. What ``_nearest`` with
    ``_may_join`` picks (reports sharing no kind never contradict)."""
    ids, part = new.identifiers, (new.service, new.family)
    best, best_key = None, None
    for i, c in enumerate(clusters):
        if (c.service, c.family) != part or not c.identifiers.keys().isdisjoint(ids):
            continue
        gap = c.gap(new)
        if gap > window or (best_key is not None and (gap, -i) >= best_key):
            continue
        best, best_key = c, (gap, -i)
    return best


def _change_of_one(report: ChangeEvent) -> FoldedChange | None:
    """``_change_of(_Cluster(report))``, the change one report makes alone, without the cluster: its
    own representative, type, request time, and live time if it says it is live."""
    phase = report.phase
    if phase == "inactive":
        return None
    t = report.timestamp
    return FoldedChange(report, (report,), report.type, t, t if phase == "live" else None, phase == "failed",
                        dict(report.identifiers))


def _report_order(report: ChangeEvent) -> tuple[datetime, str]:
    return report.timestamp, report.id


_time_and_id = attrgetter("timestamp", "id")
""":func:`_report_order`, read in C."""


def _change_of(cluster: _Cluster) -> FoldedChange | None:
    """The change a cluster's reports make (``None`` if every one is ``inactive``), in one pass."""
    reports = cluster.reports
    if len(reports) > 1:
        reports = sorted(reports, key=_time_and_id)
    rep = rep_key = live_at = None
    failed = rollback = False
    for r in reports:
        if r.type == "rollback":
            rollback = True
        phase = r.phase
        if phase == "inactive":
            continue
        if phase == "live":
            if live_at is None:
                live_at = r.timestamp  # the earliest: reports are in time order
        elif phase == "failed":
            failed = True
        key = (r.source in ECHO_SOURCES, _PHASE_RANK.get(phase, 2), r.timestamp, r.id)
        if rep_key is None or key < rep_key:
            rep, rep_key = r, key
    if rep is None:
        return None
    return FoldedChange(
        representative=rep,
        reports=tuple(reports),
        type="rollback" if rollback else rep.type,
        requested_at=reports[0].timestamp,
        live_at=live_at,
        failed=failed and live_at is None,
        identifiers=dict(cluster.identifiers),
    )

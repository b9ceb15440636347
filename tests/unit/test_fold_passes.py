"""The two folding passes of a part's reports, each one loop (:func:`_nearest_same`,
:func:`_nearest_unshared`), fold what the passes did with a fitness test per pair of clusters
(the code before them, kept here as the reference), over seeded random reports."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import ChangeEvent
from signalcraft.operators import change_identity as ci

T0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
WINDOW, ROLLOUT = timedelta(minutes=5), timedelta(minutes=30)


def _compatible(home: ci._Cluster, new: ci._Cluster) -> bool:
    return (home.service, home.family) == (new.service, new.family) and not ci.contradicts(
        home.identifiers, new.identifiers)


def _nearest(clusters, cluster, fits):
    best, best_key = None, None
    for i, candidate in enumerate(clusters):
        if fits(candidate):
            key = (candidate.gap(cluster), -i)
            if best_key is None or key < best_key:
                best, best_key = candidate, key
    return best


def _same_by_identity(home, new, max_rollout):
    if not _compatible(home, new):
        return False
    kinds = ci.agreeing_kinds(home.identifiers, new.identifiers)
    if not kinds:
        return False
    return bool(kinds & ci.UNIQUE_KINDS) or home.gap(new) <= max_rollout


def _may_join(home, new, window):
    return _compatible(home, new) and not home.identifiers.keys() & new.identifiers.keys() and home.gap(new) <= window


def reference_fold(reports, same_change_window, max_rollout):
    """``_fold_clusters`` as it was: a fitness test per pair, then the nearest fitting cluster."""
    ordered = sorted(reports, key=ci._report_order)
    by_identity = []
    for report in ordered:
        cluster = ci._Cluster(report)
        home = _nearest(by_identity, cluster, lambda c, new=cluster: _same_by_identity(c, new, max_rollout))
        if home is None:
            by_identity.append(cluster)
        else:
            home.add(cluster)
    by_identity.sort(key=lambda c: (c.first, min(r.id for r in c.reports)))
    folded = []
    for cluster in by_identity:
        home = _nearest(folded, cluster, lambda c, new=cluster: _may_join(c, new, same_change_window))
        if home is None:
            folded.append(cluster)
        else:
            home.add(cluster)
    return [c for c in map(ci._change_of, folded) if c is not None]


KINDS = {
    "revision": ["aaaaaaa1", "aaaaaaa1ffff", "AAAAAAA1", "aaaaaa", "bbbbbbb2", "bbbbbbb2cc"],
    "github_deployment": ["1", "2"],
    "argocd_operation": ["op1", "op2"],
    "pod_template": ["h1", "h2"],
    "version": ["v1", "v1.1"],
}


def reports(seed: int) -> list[ChangeEvent]:
    """Reports of one service and family (a part): shas full, short and too short, unique kinds,
    kinds no other report has, none at all; times that tie, close and far apart; every phase."""
    rng = random.Random(seed)
    out = []
    for i in range(rng.randint(2, 12)):
        ids = {k: rng.choice(v) for k, v in KINDS.items() if rng.random() < 0.35}
        seconds = rng.choice([0, 30, 60, 240, 290, 300, 310, 1700, 1800, 1900, 4000]) + rng.choice([0, 0, 7])
        out.append(ChangeEvent(
            id=f"r{rng.randint(0, 99)}-{i}", workspace_id="w", type=rng.choice(["deployment", "rollback"]),
            source=rng.choice(["github", "argocd", "kubernetes-event"]), project="p", environment="prod",
            service="api", summary="x", phase=rng.choice(["requested", "in_progress", "live", "failed", "inactive"]),
            identifiers=ids, timestamp=T0 + timedelta(seconds=seconds)))
    return out


@pytest.mark.parametrize("seed", range(600))
def test_the_one_loop_passes_fold_what_the_pairwise_passes_folded(seed):
    part = reports(seed)
    assert ci._fold_clusters(part, WINDOW, ROLLOUT) == reference_fold(part, WINDOW, ROLLOUT)


def test_the_reports_fold_in_every_way_the_passes_know():
    """Over the seeds, reports join by identity (near and, on a unique kind, far), join without a
    shared kind, and stay apart; so the comparison above covers every branch."""
    sizes = [(len(part), len(reference_fold(part, WINDOW, ROLLOUT))) for part in map(reports, range(600))]
    assert any(n > k > 1 for n, k in sizes) and any(n == k for n, k in sizes) and any(k == 1 < n for n, k in sizes)

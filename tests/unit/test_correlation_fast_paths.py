"""The shortcuts of the join's hot path give what the plain computation gives.

Folding reports per service and family (and remembering each set folded) equals folding
them all at once; a group scored again from unchanged inputs is not scored, yet emits what
scoring would; grouping and joining in one fold per join key (the flow's default) gives the
groups of the grouper and, per group, the final candidate set of the two steps apart.
"""

from __future__ import annotations

import copy
import pickle
import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation
from signalcraft.operators.change_identity import _fold_clusters, fold_reports
from signalcraft.operators.correlation import CorrelationParams, Correlator
from signalcraft.operators.group_join import GroupJoin, GroupJoinState
from signalcraft.operators.grouping import AlertGrouper

T0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
WINDOW, ROLLOUT = timedelta(minutes=5), timedelta(minutes=30)
SERVICES = ("api", "db", "web")
TYPES = ("deployment", "rollback", "flag_change", "config_update")
PHASES = ("requested", "in_progress", "live", "failed", "inactive")


def report(i: int, rng: random.Random) -> ChangeEvent:
    ids = {}
    if rng.random() < 0.6:
        ids["revision"] = rng.choice(["aaaaaaa1", "aaaaaaa1ffff", "bbbbbbb2", "ccccccc3"])
    if rng.random() < 0.4:
        ids["github_deployment"] = rng.choice(["1", "2", "3"])
    if rng.random() < 0.2:
        ids["pod_template"] = rng.choice(["h1", "h2"])
    return ChangeEvent(
        id=f"r{i}", workspace_id="w", type=rng.choice(TYPES),
        source=rng.choice(["github", "argocd", "kubernetes-event"]), project="p",
        environment="prod", service=rng.choice(SERVICES), summary="x", phase=rng.choice(PHASES),
        identifiers=ids, timestamp=T0 + timedelta(minutes=rng.randrange(0, 90)),
    )


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 14))
def test_folding_per_service_and_family_equals_folding_everything_at_once(seed, n):
    rng = random.Random(seed)
    reports = [report(i, rng) for i in range(n)]
    whole = sorted(_fold_clusters(reports, WINDOW, ROLLOUT), key=lambda c: (c.requested_at, c.representative.id))
    assert fold_reports(reports, WINDOW, ROLLOUT) == whole
    assert fold_reports(list(reversed(reports)), WINDOW, ROLLOUT) == whole  # remembered sets change nothing


def alert(i: int, minutes: float, service: str = "api", status: str = "firing", name: str = "High") -> AlertEvent:
    start = T0 + timedelta(minutes=minutes)
    return AlertEvent(
        id=f"a{i}", workspace_id="w", project="p", environment="prod", service=service, name=name,
        severity="error", status=status, fingerprint=f"{service}-{name}-{i % 3}", starts_at=start,
        ends_at=start + timedelta(minutes=1) if status == "resolved" else None, source="test",
    )


def change(i: int, minutes: float, service: str = "api") -> ChangeEvent:
    return ChangeEvent(
        id=f"c{i}", workspace_id="w", type="deployment", source="github", project="p", environment="prod",
        service=service, summary="x", identifiers={"revision": f"{i:07d}abc"},
        timestamp=T0 + timedelta(minutes=minutes),
    )


def scenario(seed: int) -> list[AlertEvent | ChangeEvent]:
    """Alerts and changes of three services over two hours, a little out of order."""
    rng = random.Random(seed)
    records: list = []
    for i in range(120):
        minutes = rng.uniform(0, 120)
        if rng.random() < 0.25:
            records.append((minutes, change(i, minutes, rng.choice(SERVICES))))
        else:
            status = "resolved" if rng.random() < 0.3 else "firing"
            records.append((minutes, alert(i, minutes, rng.choice(SERVICES), status)))
    records.sort(key=lambda r: r[0] + rng.uniform(-3, 3))
    return [r for _, r in records]


def apart(records, grouper: AlertGrouper, correlator: Correlator) -> tuple[list[AlertGroup], list[Correlation]]:
    """Grouping, then the record (counted for the alert rate), then the join of the groups it made:
    in arrival order."""
    groups_states: dict = {}
    join = None
    groups, found = [], []
    for r in records:
        if isinstance(r, AlertEvent):
            key = grouper.key_of(r)
            groups_states[key], made = grouper.step(groups_states.get(key), r)
            join, _ = correlator.step(join, r)
            for g in made:
                groups.append(g)
                join, out = correlator.step(join, g)
                found += out
        else:
            join, out = correlator.step(join, r)
            found += out
    return groups, found


def final_sets(correlations: list[Correlation]) -> dict[str, list[tuple]]:
    last: dict[str, int] = {}
    for c in correlations:
        last[c.group_id] = max(last.get(c.group_id, 0), c.version)
    return {g: sorted((c.rank, c.change_id, c.score) for c in correlations
                      if c.group_id == g and c.version == v and not c.withdrawn)
            for g, v in last.items()}


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 40))
def test_group_and_join_in_one_fold_gives_what_the_two_steps_give(seed, batch):
    records = scenario(seed)
    grouper, correlator = AlertGrouper(), Correlator(CorrelationParams())
    groups, found = apart(records, grouper, correlator)
    gj = GroupJoin(AlertGrouper(), Correlator(CorrelationParams()))
    state, out = None, []
    for i in range(0, len(records), batch):
        [(_, part)] = gj.by_key(records[i:i + batch])
        state, emitted = gj.step_many(state, part)
        out += emitted
        snapshot = copy.deepcopy(state)  # what Bytewax takes at an epoch's end, then pickles
        state = pickle.loads(pickle.dumps(snapshot))  # and what recovery gives back
    assert isinstance(state, GroupJoinState)
    assert [r for r in out if isinstance(r, AlertGroup)] == groups
    assert [r for r in out if isinstance(r, Correlation)] == found


def test_the_scenario_of_the_one_fold_test_finds_correlations():
    groups, found = apart(scenario(1), AlertGrouper(), Correlator(CorrelationParams()))
    assert len(groups) >= 5 and len(final_sets(found)) >= 2


def test_group_and_join_applies_only_when_group_by_fixes_the_join_key():
    assert GroupJoin.applies(AlertGrouper())
    assert not GroupJoin.applies(AlertGrouper(group_by=("workspace", "alertname")))


def test_a_group_scored_again_from_unchanged_inputs_emits_nothing_and_a_new_alert_rescores_it():
    correlator = Correlator(CorrelationParams())
    state, _ = correlator.step(None, change(1, -2))
    g = AlertGroup(id="g", workspace_id="w", group_key="{}", group_labels={}, project="p", environment="prod",
                   service="api", status="created", opened_at=T0, updated_at=T0, fingerprints=("f",),
                   alert_count=1, max_severity="error", version=1)
    state, first = correlator.step(state, g)
    assert [c.change_id for c in first] == ["c1"]
    updated = g.model_copy(update={"status": "updated", "version": 2, "alert_count": 2})
    state, again = correlator.step(state, updated)
    assert again == []
    for i in range(6):  # the service's alert rate rises after the change: the score moves
        state, _ = correlator.step(state, alert(i, 0.5 + i / 10))
    state, rescored = correlator.step(state, updated.model_copy(update={"version": 3}))
    assert [c.version for c in rescored] == [2] and rescored[0].score != first[0].score

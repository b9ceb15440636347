"""The join's rescoring and per-record shortcuts give what the plain computation gives.

A group ranked in one pass (:func:`rank_scoped`) against ``rank_candidates``; a report folded
alone without a cluster against ``_change_of(_Cluster(report))``; the grouped join checking a
record's key once, and expiring with its evictions checked inline, against the code before
them (kept here as references, record by record); alert counts that skip an eviction with
nothing to drop against counts that rebuild every service; the output records' shared fields
set and remembered row ids against the model's own. Seeded random inputs throughout.
"""

from __future__ import annotations

import copy
import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation, make_id
from signalcraft.operators import change_identity as ci
from signalcraft.operators import correlation_rank as rank
from signalcraft.operators.correlation import Correlator, CorrelatorState
from signalcraft.operators.correlation_rescore import rank_scoped
from signalcraft.operators.correlation_state import AlertCounts
from signalcraft.operators.group_join import GroupJoin, GroupJoinState
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.params import CorrelationParams

T0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
SERVICES = ("api", "db", "web")
TYPES = ("deployment", "rollback", "flag_change", "config_update", "release", "other")
PHASES = ("requested", "in_progress", "live", "failed", "inactive")
SEEDS = range(10)


def report(i: int, rng: random.Random, minutes: float | None = None) -> ChangeEvent:
    ids = {}
    if rng.random() < 0.6:
        ids["revision"] = rng.choice(["aaaaaaa1", "aaaaaaa1ffff", "bbbbbbb2", "ccccccc3"])
    if rng.random() < 0.3:
        ids["github_deployment"] = rng.choice(["1", "2", "3"])
    if rng.random() < 0.2:
        ids["pod_template"] = rng.choice(["h1", "h2"])
    minutes = rng.uniform(0, 180) if minutes is None else minutes
    return ChangeEvent(
        id=f"r{i}", workspace_id="w", type=rng.choice(TYPES),
        source=rng.choice(["github", "argocd", "kubernetes-event"]), project="p", environment="prod",
        service=rng.choice(SERVICES), summary="x", phase=rng.choice(PHASES), version=rng.choice([None, "v1", "v2"]),
        identifiers=ids, timestamp=T0 + timedelta(seconds=round(minutes * 60)),
    )


def alert(i: int, rng: random.Random, minutes: float) -> AlertEvent:
    start = T0 + timedelta(seconds=round(minutes * 60))
    status = "resolved" if rng.random() < 0.3 else "firing"
    return AlertEvent(
        id=f"a{i}", workspace_id="w", project="p", environment=rng.choice(["prod", "production"]),
        service=rng.choice(SERVICES), name=rng.choice(["High", "Low"]), severity=rng.choice(["warning", "error"]),
        status=status, fingerprint=f"f{i % 7}", starts_at=start,
        ends_at=start + timedelta(minutes=2) if status == "resolved" else None, source="test",
    )


def group(rng: random.Random, minutes: float) -> AlertGroup:
    opened = T0 + timedelta(seconds=round(minutes * 60))
    return AlertGroup(
        id=f"g{minutes}", workspace_id="w", group_key="{}", group_labels={}, project="p", environment="prod",
        service=rng.choice(SERVICES), status="created", opened_at=opened, updated_at=opened,
        fingerprints=("f",), alert_count=1, max_severity="error", version=1,
    )


def stream(seed: int, n: int = 200) -> list[AlertEvent | ChangeEvent]:
    """Alerts and changes of one join key over three hours, a little out of order."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        minutes = rng.uniform(0, 180)
        records.append((minutes, report(i, rng, minutes) if rng.random() < 0.3 else alert(i, rng, minutes)))
    records.sort(key=lambda r: r[0] + rng.uniform(-4, 4))
    return [r for _, r in records]


# -- one group ranked in one pass ----------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_group_ranked_in_one_pass_is_ranked_as_rank_candidates_ranks_it(seed):
    rng = random.Random(seed)
    params = CorrelationParams(dependencies={"api": ("db",)}, max_candidates=rng.choice([1, 3, 5]))
    reports = sorted((report(i, rng) for i in range(80)), key=lambda r: r.timestamp)
    counts = AlertCounts()
    for _ in range(300):
        counts.add(rng.choice(SERVICES), T0 + timedelta(seconds=rng.randrange(0, 200 * 60)))
    for trial in range(60):
        g = group(rng, rng.uniform(0, 180))
        start, end = g.opened_at - timedelta(minutes=45), g.opened_at + timedelta(minutes=rng.choice([5, 40]))
        window = [r for r in reports if start <= r.timestamp <= end]
        at = (g.opened_at - T0).total_seconds() / 60
        edges = (at - params.lookback.total_seconds() / 60, at + params.tolerance_after.total_seconds() / 60)
        window = sorted([*window, report(1000 + trial, rng, rng.choice(edges))], key=lambda r: r.timestamp)
        if trial % 3 == 0:
            rank._STATIC.clear()  # scored afresh as well as remembered
        for rate in (None, counts):
            fast = rank_scoped(g, window, params, rate)
            assert fast == rank.rank_candidates(g, window, params, rate, scoped=True)
            assert [type(c.score) for c in fast] == [float] * len(fast)


# -- a report folded alone ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_report_folded_alone_is_the_change_its_cluster_makes(seed):
    rng = random.Random(seed)
    for i in range(200):
        r = report(i, rng)
        alone, clustered = ci._change_of_one(r), ci._change_of(ci._Cluster(r))
        assert alone == clustered
        if alone is not None:
            assert alone.identifiers is not r.identifiers and alone.reports == (r,)


# -- the grouped join: one key check a record, evictions checked inline -----------------------------------


class ReferenceCorrelator(Correlator):
    """The expiry as it was: every check made by the methods that act on it."""

    def _expire(self, state: CorrelatorState) -> list[Correlation]:
        p = self.params
        out: list[Correlation] = []
        if self._may_close(state):
            for gid in self._closing(state):
                tracked = state.groups.pop(gid)
                if tracked.stale:
                    out.extend(self._rescore(state, tracked))
            state.closes_from = min((self.close_at(t) for t in state.groups.values()), default=None)
        if state.change_clock is not None:
            state.buffer.evict(state.change_clock)
            state.buffer.trim(p.max_buffered_changes)
        if state.alert_clock is not None:
            state.alerts.evict_before(state.alert_clock - p.horizon)
        return out


class ReferenceGroupJoin(GroupJoin):
    """The grouped join as it was: every group, alert and change through the join's checked entries."""

    def step_many(self, state, records):
        if state is None:
            state = GroupJoinState()
        grouper, correlator = self.grouper, self.correlator
        out = []
        for record in records:
            if isinstance(record, AlertEvent):
                key = grouper.key_of(record)
                state.groups[key], groups = grouper.step(state.groups.get(key), record, key)
                if record.status == "firing":  # counted before the groups it makes are joined
                    state.join, _ = correlator.on_alert(state.join, record)
                for g in groups:
                    out.append(g)
                    state.join, found = correlator.on_group(state.join, g)
                    out.extend(found)
            else:
                state.join, found = correlator.on_change(state.join, record)
                out.extend(found)
        return state, out


def _params(rng: random.Random) -> CorrelationParams:
    """Small caps and horizons, so that groups close and changes and counts are evicted and trimmed."""
    return CorrelationParams(
        horizon=timedelta(minutes=rng.choice([20, 60, 600])), max_buffered_changes=rng.choice([3, 10, 10_000]),
        max_open_groups=rng.choice([1, 2, 1000]), max_change_delay=rng.choice([None, timedelta(minutes=5)]))


@pytest.mark.parametrize("seed", SEEDS)
def test_the_grouped_join_emits_and_keeps_what_it_did_checking_every_record_every_time(seed):
    rng = random.Random(seed)
    params = _params(rng)
    records = stream(seed)
    runs = []
    for join in (GroupJoin(AlertGrouper(), Correlator(params)),
                 ReferenceGroupJoin(AlertGrouper(), ReferenceCorrelator(params))):
        state, out, states = None, [], []
        for i in range(0, len(records), 1 + seed % 4):
            [(_, part)] = join.by_key(records[i:i + 1 + seed % 4])
            state, emitted = join.step_many(state, part)
            out += emitted
            states.append(copy.deepcopy(state).data)  # the state as its pickle, batch after batch
        runs.append((out, states))
    assert runs[0] == runs[1]
    assert any(isinstance(r, Correlation) for r in runs[0][0])


def test_a_resolved_alert_alone_leaves_the_join_without_a_state_and_another_key_is_refused():
    rng = random.Random(1)
    join = GroupJoin(AlertGrouper(), Correlator())
    resolved = alert(1, rng, 10).model_copy(update={"status": "resolved", "ends_at": T0})
    state, out = join.step_many(None, [resolved])
    assert out == [] and state.join is None
    change = report(2, rng, 10)
    state, _ = join.step_many(state, [change])
    other = change.model_copy(update={"id": "r3", "project": "other"})
    with pytest.raises(ValueError, match=r"change event 'r3' has key \('w', 'other', 'production'\), state is for"):
        join.step_many(state, [other])


# -- alert counts: an eviction with nothing to drop ---------------------------------------------------


def _evicted_every_service(counts: AlertCounts, cut_time: datetime) -> None:
    """``evict_before`` as it was: every service's minutes rebuilt at each cut."""
    cut = int(cut_time.timestamp()) // 60
    if counts.cut is not None and cut < counts.cut + 60:
        return
    counts.cut, counts.cuts, counts.edits = cut, counts.cuts + 1, {}
    for service in list(counts.minutes):
        kept = {m: n for m, n in counts.minutes[service].items() if m >= cut}
        if kept:
            counts.minutes[service] = kept
        else:
            del counts.minutes[service]


@pytest.mark.parametrize("seed", SEEDS)
def test_counts_that_skip_an_eviction_with_nothing_to_drop_hold_what_counts_rebuilt_hold(seed):
    rng = random.Random(seed)
    fast, reference = AlertCounts(), AlertCounts()
    for _ in range(400):
        t = T0 + timedelta(seconds=rng.randrange(0, 600 * 60))
        if rng.random() < 0.8:
            service = rng.choice(SERVICES)
            fast.add(service, t)
            reference.add(service, t)
        else:
            fast.evict_before(t)
            _evicted_every_service(reference, t)
        assert fast == reference
        assert pickle.dumps(fast) == pickle.dumps(reference)


# -- the output records ----------------------------------------------------------------------------


def _emitted(seed: int) -> list:
    join, out, state = GroupJoin(AlertGrouper(), Correlator()), [], None
    for record in stream(seed, 300):
        state, emitted = join.step_many(state, [record])
        out += emitted
    return out


def test_every_row_id_is_made_of_its_group_and_change_while_the_ids_are_remembered_or_forgotten(monkeypatch):
    monkeypatch.setattr(rank, "_ROW_IDS", rank.Memo(max_size=5))  # forgotten again and again
    correlations = [r for seed in SEEDS for r in _emitted(seed) if isinstance(r, Correlation)]
    assert len({(c.group_id, c.change_id) for c in correlations}) < len(correlations)  # ids made again
    assert all(c.id == make_id("corr", c.group_id, c.change_id) for c in correlations)


def test_the_records_share_their_fields_set_and_a_copy_gets_its_own():
    records = _emitted(2)
    groups = [r for r in records if isinstance(r, AlertGroup)]
    correlations = [r for r in records if isinstance(r, Correlation)]
    assert groups and correlations
    for kind in (groups, correlations):
        shared = kind[0].__pydantic_fields_set__
        assert all(r.__pydantic_fields_set__ is shared for r in kind) and shared == set(type(kind[0]).model_fields)
        copied = kind[0].model_copy(update={"version": 99})
        assert copied.model_fields_set == shared and copied.__pydantic_fields_set__ is not shared
    record = correlations[0]
    again = pickle.loads(pickle.dumps(record))
    assert again == record and again.model_fields_set == record.model_fields_set

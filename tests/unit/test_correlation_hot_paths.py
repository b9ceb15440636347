"""The join's per-record shortcuts give what the plain computation, record by record, gives.

The change buffer searches a list of its timestamps (kept beside its changes, not pickled);
the alert-rate factor counts the join's minutes in one call, its spans and factors remembered
(its reason still a string of its own: a state pickles to the same bytes);
a buffer range is folded once per set of report objects; a group closes when no member is
active, checked without a call per member. Each is compared here with a reference written
per record (the code before it) over seeded random inputs.
"""

from __future__ import annotations

import copy
import math
import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent
from signalcraft.operators import correlation_rank as rank
from signalcraft.operators import correlation_rate as rate
from signalcraft.operators.change_identity import fold_reports
from signalcraft.operators.correlation import CorrelationParams, Correlator
from signalcraft.operators.correlation_state import AlertCounts, ChangeBuffer
from signalcraft.operators.grouping import OpenGroup

T0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
SERVICES = ("api", "db", "web")
TYPES = ("deployment", "rollback", "flag_change", "config_update")
PHASES = ("requested", "in_progress", "live", "failed")
SEEDS = range(12)


def report(i: int, rng: random.Random, minutes: float | None = None) -> ChangeEvent:
    ids = {}
    if rng.random() < 0.6:
        ids["revision"] = rng.choice(["aaaaaaa1", "aaaaaaa1ffff", "bbbbbbb2", "ccccccc3"])
    if rng.random() < 0.4:
        ids["github_deployment"] = rng.choice(["1", "2", "3"])
    minutes = rng.uniform(0, 180) if minutes is None else minutes
    return ChangeEvent(
        id=f"r{i}", workspace_id="w", type=rng.choice(TYPES), source=rng.choice(["github", "argocd"]),
        project="p", environment="prod", service=rng.choice(SERVICES), summary="x", phase=rng.choice(PHASES),
        version=rng.choice([None, "v1", "v2"]), identifiers=ids,
        timestamp=T0 + timedelta(seconds=round(minutes * 60)),
    )


def group(rng: random.Random, minutes: float) -> AlertGroup:
    opened = T0 + timedelta(seconds=round(minutes * 60))
    return AlertGroup(
        id=f"g{minutes}", workspace_id="w", group_key="{}", group_labels={}, project="p", environment="prod",
        service=rng.choice(SERVICES), status="created", opened_at=opened, updated_at=opened,
        fingerprints=("f",), alert_count=1, max_severity="error", version=1,
    )


# -- the change buffer ---------------------------------------------------------------------


class ReferenceBuffer:
    """The buffer record by record: a change goes after every change not later than it."""

    def __init__(self, retention: timedelta):
        self.retention, self.changes = retention, []

    def add(self, change: ChangeEvent) -> bool:
        if any(c.id == change.id for c in self.changes):
            return False
        at = len(self.changes)
        while at and self.changes[at - 1].timestamp > change.timestamp:
            at -= 1
        self.changes.insert(at, change)
        return True

    def window(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        return [c for c in self.changes if start <= c.timestamp <= end]

    def evict(self, watermark: datetime) -> None:
        self.changes = [c for c in self.changes if c.timestamp >= watermark - self.retention]

    def trim(self, max_size: int) -> None:
        self.changes = self.changes[max(0, len(self.changes) - max_size):]


@pytest.mark.parametrize("seed", SEEDS)
def test_the_buffer_holds_and_finds_what_a_buffer_kept_record_by_record_does(seed):
    rng = random.Random(seed)
    retention = timedelta(minutes=rng.choice([20, 60, 240]))
    buf, ref = ChangeBuffer(retention=retention), ReferenceBuffer(retention)
    for _ in range(150):
        op = rng.random()
        if op < 0.6:
            new = report(rng.randrange(120), rng, minutes=rng.choice([rng.uniform(0, 180), 30.0]))
            assert buf.add(new) == ref.add(new)
        elif op < 0.75:
            watermark = T0 + timedelta(minutes=rng.uniform(0, 200))
            buf.evict(watermark)
            ref.evict(watermark)
        elif op < 0.8:
            size = rng.randrange(0, 30)
            buf.trim(size)
            ref.trim(size)
        elif op < 0.9:  # a snapshot and what recovery makes of it
            buf = rng.choice([pickle.loads(pickle.dumps(buf)), copy.deepcopy(buf)])
        start = T0 + timedelta(minutes=rng.uniform(-10, 190))
        end = start + timedelta(minutes=rng.choice([0, 1, 15, 45, 120]))
        assert buf.window(start, end) == ref.window(start, end)
        assert buf.changes == ref.changes and buf.ids == {c.id for c in ref.changes}
        assert buf.times == [c.timestamp for c in ref.changes]


def test_a_buffer_made_with_changes_searches_them():
    rng = random.Random(3)
    changes = sorted((report(i, rng) for i in range(20)), key=lambda c: c.timestamp)
    buf = ChangeBuffer(retention=timedelta(hours=1), changes=list(changes))
    assert buf.window(T0, T0 + timedelta(hours=3)) == changes


def test_the_buffer_pickles_as_before_its_timestamp_list():
    """The timestamps are not pickled: a state's bytes (and the benchmark's state size) are the same."""
    buf = ChangeBuffer(retention=timedelta(hours=1))
    rng = random.Random(5)
    for i in range(10):
        buf.add(report(i, rng))
    assert len(buf.__getstate__()) == 3 and buf.times
    assert ChangeBuffer.__getstate__(pickle.loads(pickle.dumps(buf))) == buf.__getstate__()


# -- the alert-rate factor -----------------------------------------------------------------


def reference_rate(group: AlertGroup, t: datetime, params: CorrelationParams, starts: dict[str, list[datetime]]):
    """The rate factor as it was computed before, counting alert by alert."""

    def counted(service: str, start: datetime, end: datetime) -> int:
        lo, hi = int(start.timestamp()) // 60, int(end.timestamp()) // 60
        return sum(1 for s in starts.get(service, ()) if lo <= int(s.timestamp()) // 60 < hi)

    w, service = params.rate_window, group.service
    end = min(max(t + w, group.opened_at + timedelta(minutes=1)), params.rate_end(group))
    end = max(end, t + timedelta(minutes=1))
    n_before, n_after = counted(service, t - w, t), counted(service, t, end)
    if not n_before and not n_after:
        return 1.0, None
    before = n_before / (w.total_seconds() / 60)
    after = n_after / ((end - t).total_seconds() / 60)
    ratio = after / max(before, 1 / (w.total_seconds() / 60))
    if ratio >= 2:
        return 1.0 + 0.1 * min(math.log2(ratio), 3.0), f"alert rate of {service} rose {ratio:.2g}× after the change"
    if ratio <= 1:
        return 0.85, f"alert rate of {service} did not rise after the change"
    return 1.0, f"alert rate of {service} rose {ratio:.2g}× after the change"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_rate_factor_is_the_one_counted_alert_by_alert(seed):
    rng = random.Random(seed)
    params = CorrelationParams(rate_window=timedelta(minutes=rng.choice([1, 5, 10, 17])),
                               allowed_lateness=timedelta(minutes=rng.choice([0, 3, 7])))
    counts, starts = AlertCounts(), {}
    bursts = [T0 + timedelta(minutes=rng.uniform(0, 180)) for _ in range(4)]  # rates that rise
    for _ in range(rng.randrange(50, 300)):
        service = rng.choice(SERVICES[:2])  # "web" never alerts: no evidence
        start = (rng.choice(bursts) + timedelta(seconds=rng.uniform(0, 240)) if rng.random() < 0.5
                 else T0 + timedelta(seconds=rng.uniform(0, 180 * 60)))
        counts.add(service, start)
        starts.setdefault(service, []).append(start)
    factors = set()
    for _ in range(200):
        g = group(rng, rng.choice([rng.uniform(0, 180), (rng.choice(bursts) - T0).total_seconds() / 60]))
        t = g.opened_at + timedelta(seconds=rng.uniform(-20 * 60, 3 * 60))
        expected = reference_rate(g, t, params, starts)
        assert rate.rate_factor(g, t, params, counts) == expected  # the join's counts: minutes, remembered
        assert rate.rate_factor(g, t, params, counts.count) == expected  # any other AlertRate
        factors.add(expected[0])
    assert len(factors) >= 3  # rises, no rise and no evidence all met


# -- folding a buffer range, closing a group -------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_range_folded_once_is_the_range_folded(seed):
    rng = random.Random(seed)
    buf = ChangeBuffer(retention=timedelta(hours=10))
    for i in range(60):
        buf.add(report(i, rng))
    window, rollout = timedelta(minutes=5), timedelta(minutes=30)
    for _ in range(40):
        start = T0 + timedelta(minutes=rng.uniform(0, 170))
        part = buf.window(start, start + timedelta(minutes=rng.choice([10, 47])))
        expected = fold_reports(list(part), window, rollout)
        assert rank._fold_window(part, window, rollout) == expected
        assert rank._fold_window(list(part), window, rollout) == expected  # remembered


@pytest.mark.parametrize("seed", SEEDS)
def test_a_group_has_an_active_member_as_its_members_tell(seed):
    rng = random.Random(seed)
    for _ in range(200):
        fps = [f"f{i}" for i in range(rng.randrange(1, 5))]
        g = OpenGroup(id="g", opened_at=T0, created_clock=T0, labels={}, workspace_id="w", project="p",
                      environment="prod", service="api", max_severity="error")
        for fp in fps:
            g.firing_since[fp] = T0 + timedelta(minutes=rng.randrange(0, 4))
            if rng.random() < 0.6:
                g.resolved_until[fp] = T0 + timedelta(minutes=rng.randrange(0, 4))
        assert g.any_active() == any(g.active(fp) for fp in g.firing_since)


# -- the whole join ------------------------------------------------------------------------------


def scenario(seed: int) -> list[AlertEvent | ChangeEvent | AlertGroup]:
    """Changes, groups and firing alerts of one key over three hours, a little out of order."""
    rng = random.Random(seed)
    records = []
    for i in range(160):
        minutes = rng.uniform(0, 180)
        kind = rng.random()
        if kind < 0.3:
            records.append((minutes, report(i, rng, minutes)))
        elif kind < 0.45:
            records.append((minutes, group(rng, minutes)))
        else:
            start = T0 + timedelta(seconds=round(minutes * 60))
            records.append((minutes, AlertEvent(
                id=f"a{i}", workspace_id="w", project="p", environment="prod", service=rng.choice(SERVICES),
                name="High", severity="error", status="firing", fingerprint=f"f{i % 5}", starts_at=start,
                source="test")))
    records.sort(key=lambda r: r[0] + rng.uniform(-4, 4))
    return [r for _, r in records]


@pytest.mark.parametrize("seed", SEEDS)
def test_the_join_emits_what_it_emits_with_rates_counted_alert_by_alert(seed, monkeypatch):
    """The join over a seeded stream, then again with every rate counted by the reference from
    the alerts folded so far (nothing is evicted within three hours)."""
    records = scenario(seed)
    folded: dict[str, list[datetime]] = {}

    def run() -> tuple[list, int]:
        correlator, state, out, largest = Correlator(CorrelationParams()), None, [], 0
        for i, r in enumerate(records):
            state, found = correlator.step(state, r)
            out += found
            if isinstance(r, AlertEvent):
                folded.setdefault(r.service, []).append(r.starts_at)
            if i % 10 == 0:  # the pickled size as the benchmark measures it (shared objects pickle once)
                largest = max(largest, len(pickle.dumps(state)))
        return out, largest

    fast, size = run()
    folded.clear()
    monkeypatch.setattr(rank, "rate_factor", lambda g, t, params, _: reference_rate(g, t, params, folded))
    monkeypatch.setattr(rank, "_fold_window", lambda reports, window, rollout: fold_reports(list(reports), window,
                                                                                             rollout))
    rank._STATIC.clear()  # the reference run folds and scores afresh: nothing of the first run's memos is read
    assert run() == (fast, size)
    assert any(c.suspect for c in fast) and any("alert rate" in " ".join(c.reasons) for c in fast)


def test_a_memo_forgets_everything_when_full():
    memo = rate.Memo(max_size=3)
    assert [memo.put(k, k * 10) for k in (1, 2, 3)] == [10, 20, 30] and len(memo) == 3
    assert memo.put(4, 40) == 40 and memo == {4: 40}  # full: cleared, then the new entry

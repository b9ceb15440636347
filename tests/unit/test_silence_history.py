"""The silence history as Bytewax snapshots it: a deep copy shares the frozen items, not the
containers, so a snapshot and the live history never see each other's changes, and a
snapshot pickled and restored resumes mining to the same suggestions."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import datetime, timedelta

from signalcraft.models import AlertMute, AuditEntry, Matcher
from signalcraft.operators.silence_firings import FiringTable
from signalcraft.operators.silence_history import Ack, History, event_time
from signalcraft.operators.silence_mining import SilenceMiner
from tests.unit.test_silence_suggest import NOW, T0, firing, history, silence


def records() -> list:
    return sorted(history(), key=event_time)


def mute(fp: str, start: datetime, silence_id: str) -> AlertMute:
    return AlertMute(id=f"mute-{fp}-{silence_id}", workspace_id="w", fingerprint=fp, name="IndexLag",
                     labels={"alertname": "IndexLag", "service": "search-indexer"}, starts_at=start,
                     observed_at=start + timedelta(minutes=1), silenced_by=(silence_id,), source="alertmanager-api")


def unsilence(key: str, at: datetime) -> AuditEntry:
    return AuditEntry(id=f"un-{key}", workspace_id="w", action="unsilence", target=key,
                      matchers=(Matcher(name="service", value="search-indexer"),), timestamp=at, updated_at=at,
                      source="alertmanager-silence")


def later_records() -> list:
    """Records that replace items already held (a resolve, a mute, an early expiry) and add new ones."""
    start = T0 + timedelta(weeks=12, days=1)
    fired = firing("IndexLag", "late-1", start, 30, service="search-indexer")
    return [fired[0], mute("late-1", start, "mnt-late"), silence("mnt-late", {"service": "search-indexer"}, start, 90),
            fired[1], unsilence("mnt-late", start + timedelta(minutes=20)),
            AuditEntry(id="ack-late", workspace_id="w", action="ack", target="late-1", timestamp=start,
                       source="pagerduty-events")]


def test_a_snapshot_and_the_live_history_never_see_each_other_change():
    rs = records()
    live = History().add_all(rs[: len(rs) // 2])
    as_taken = pickle.dumps(live)
    snapshot = copy.deepcopy(live)
    assert snapshot == live
    live.add_all([*rs[len(rs) // 2 :], *later_records()])  # new items, replaced items, a trim
    assert live != snapshot
    assert snapshot == pickle.loads(as_taken)  # the snapshot did not move with the live history
    live_now = pickle.dumps(live)
    snapshot.add_all(later_records())  # and the other way round
    snapshot.acks.clear()
    assert live == pickle.loads(live_now)


def test_the_copy_shares_no_container_and_only_frozen_items():
    live = History().add_all([*records(), *later_records()])
    assert all(len(getattr(live, kind)) > 0 for kind in ("silences", "acks", "firings", "warnings"))
    snapshot = copy.deepcopy(live)
    for f in dataclasses.fields(History):
        value = getattr(live, f.name)
        if isinstance(value, (dict, list, set)):
            assert getattr(snapshot, f.name) is not value, f"{f.name} is shared"
        elif isinstance(value, FiringTable):  # the firings' columns and index
            for part in FiringTable.__slots__:
                assert getattr(getattr(snapshot, f.name), part) is not getattr(value, part), f"{part} is shared"
                assert all(_immutable(v) for v in getattr(value, part)), part
        else:
            assert _immutable(value), f"{f.name}: {value!r} is shared and mutable"
    items = [*live.silences.values(), *live.acks, *live.firings.values(), *live.warnings.values()]
    assert all(_immutable(item) for item in items)
    assert any(f.muted_by for f in live.firings.values()) and any(f.end for f in live.firings.values())


def _immutable(value: object) -> bool:
    """Whether ``value`` can be shared between copies: nothing in it changes in place."""
    if value is None or isinstance(value, (str, int, float, bool, datetime, timedelta)):
        return True
    if isinstance(value, tuple):
        return all(_immutable(v) for v in value)
    if dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen:
        return all(_immutable(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False


def test_a_restored_snapshot_mines_on_to_the_same_suggestions():
    rs, miner = records(), SilenceMiner()
    live, sent = None, []
    for i in range(0, len(rs) // 2, 25):
        live, out = miner.step_many(live, rs[i : i + 25])
        sent += out
    restored = pickle.loads(pickle.dumps(copy.deepcopy(live)))  # what recovery keeps and gives back
    rest = rs[len(rs) // 2 // 25 * 25 :]
    live, from_live = miner.step_many(live, rest)
    restored, from_restored = miner.step_many(restored, rest)
    assert sent and from_live
    assert [(s.id, s.version, s.status) for s in from_restored] == [(s.id, s.version, s.status) for s in from_live]
    assert restored.history == live.history and restored.sent == live.sent
    assert miner.mine_now(restored, NOW) == miner.mine_now(live, NOW)


def test_a_clock_in_the_first_days_of_year_one_trims_nothing_and_does_not_raise():
    """A payload may say year 1; the clock minus the horizon was below the earliest datetime (OverflowError in the
    flow: a mutated batch of the decode corpus found it)."""
    early = datetime(1, 1, 2, tzinfo=T0.tzinfo)
    history = History()
    history.clock = early
    history.acks.append(Ack(early, None, ()))  # as old as the clock: within the horizon, kept
    history.trim()
    assert history.clock == early and history.acks == [Ack(early, None, ())]

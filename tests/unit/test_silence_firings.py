"""The silence history's firings as columns (:class:`FiringTable`): what the flow keeps is what
it kept as a dict of :class:`Firing` objects (the same firings in the same order, the same
suggestions, pickled and copied mid-stream), a state pickled in that earlier form loads and
continues as if never stopped, and the history holds no object per firing for the garbage
collector to walk."""

from __future__ import annotations

import copy
import dataclasses
import gc
import pickle
from datetime import datetime, timedelta

import pytest

from signalcraft.operators import silence_history as sh
from signalcraft.operators.silence_firings import FiringTable
from signalcraft.operators.silence_history import Ack, Firing, History, Silence, Warned
from signalcraft.operators.silence_mining import MinerState, SilenceMiner
from signalcraft.params import RuleParams, SilenceParams
from tests.unit.test_silence_fast_paths import alerts_then_mixed, in_order_alerts
from tests.unit.test_silence_fold import assert_same, one_by_one, stream
from tests.unit.test_silence_history import later_records, mute, records


@dataclasses.dataclass
class DictHistory:
    """:class:`History` as it was before its firings were columns (its fields, in order): what a
    snapshot of that code pickled. Pickled under the name ``History`` (:func:`pickled_as_before`)."""

    horizon: timedelta = timedelta(weeks=13)
    max_items: int = 200_000
    silences: dict[str, Silence] = dataclasses.field(default_factory=dict)
    acks: list[Ack] = dataclasses.field(default_factory=list)
    firings: dict[tuple[str, datetime], Firing] = dataclasses.field(default_factory=dict)
    warnings: dict[str, Warned] = dataclasses.field(default_factory=dict)
    clock: datetime | None = None


DictHistory.__qualname__, DictHistory.__module__ = "History", sh.__name__  # as pickle names it


def pickled_as_before(state: MinerState, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """``state`` pickled as the code before pickled it: its history a dataclass of these fields
    (the firings a dict of :class:`Firing`) named ``signalcraft.operators.silence_history.History``."""
    h = state.history
    before = DictHistory(h.horizon, h.max_items, dict(h.silences), list(h.acks), dict(h.firings),
                         dict(h.warnings), h.clock)
    with monkeypatch.context() as m:
        m.setattr(sh, "History", DictHistory)
        return pickle.dumps(dataclasses.replace(state, history=before))


def params() -> SilenceParams:
    return SilenceParams(every=timedelta(hours=2), rules=RuleParams(min_count=2))


def run(miner: SilenceMiner, state: MinerState | None, records: list, batch: int) -> tuple[MinerState, list]:
    sent = []
    for i in range(0, len(records), batch):
        state, out = miner.step_many(state, records[i : i + batch])
        sent += out
    return state, sent


STREAMS = [("examples", lambda: [*records(), *later_records()], 7),
           *((f"alerts-then-mixed-{seed}", lambda seed=seed: alerts_then_mixed(seed)[1], 50) for seed in range(1))]


@pytest.mark.parametrize(("name", "stream_of", "batch"), STREAMS, ids=[s[0] for s in STREAMS])
def test_a_state_pickled_with_its_firings_as_objects_continues_as_never_stopped(name, stream_of, batch, monkeypatch):
    records = stream_of()
    half = len(records) // 2
    miner = SilenceMiner(params())
    whole, sent_whole = run(miner, None, records, batch)
    state, sent = run(miner, None, records[:half], batch)
    as_before = pickled_as_before(state, monkeypatch)
    assert b"DictHistory" not in as_before and b"FiringTable" not in as_before
    restored = pickle.loads(as_before)
    assert type(restored.history) is History and type(restored.history.fired) is FiringTable
    assert restored.history == state.history and restored.history.firings == state.history.firings
    assert list(restored.history.firings) == list(state.history.firings)  # the same order
    restored, sent_after = run(miner, restored, records[half:], batch)
    assert [s.model_dump() for s in sent + sent_after] == [s.model_dump() for s in sent_whole]
    assert sent_after or name != "examples"  # the examples suggest after the pickle too
    assert_same(restored.history, whole.history)
    assert restored.history == whole.history


@pytest.mark.parametrize("seed", range(3))
def test_a_snapshot_copied_or_pickled_mid_stream_resumes_to_the_same_suggestions(seed):
    records = stream(seed, n=900, mixed=0.3)
    records.sort(key=sh.event_time)
    half = len(records) // 3
    miner = SilenceMiner(params())
    live, _ = run(miner, None, records[:half], 40)
    copied, pickled = copy.deepcopy(live), pickle.loads(pickle.dumps(live))
    live, sent_live = run(miner, live, records[half:], 40)
    for snapshot in (copied, pickled):
        assert snapshot.history != live.history  # the live history moved on without it
        resumed, sent_resumed = run(miner, snapshot, records[half:], 40)
        assert [s.model_dump() for s in sent_resumed] == [s.model_dump() for s in sent_live]
        assert_same(resumed.history, live.history)


def test_the_columns_hold_what_the_firing_objects_held_in_order():
    records = stream(4, n=900, mixed=0.4)
    got, want = History(max_items=10**9).add_all(records), one_by_one(records)
    want.trim()
    assert_same(got, want)
    t = got.fired
    assert len(t) == len(want.firings) > 100 and any(t.more)  # some fingerprints fired more than once
    assert [Firing(*row) for row in zip(*t.columns(), strict=True)] == list(want.firings.values())
    assert all(t.row(*key) == i for i, key in enumerate(want.firings))


def test_the_firings_read_are_kept_until_the_history_changes():
    alerts = in_order_alerts(1, n=200)
    h = History().add_all(alerts[:100])
    seen = h.firings
    assert h.firings is seen  # a mining run reads them several times: made once
    h.add_all(alerts[100:])
    assert h.firings is not seen and len(h.firings) > len(seen)
    seen = h.firings
    h.trim()  # nothing to cut: the same firings
    assert h.firings is seen
    h.horizon = timedelta(hours=1)
    h.trim()
    assert h.firings is not seen and len(h.firings) < len(seen)


def test_the_history_holds_no_object_per_firing_for_the_collector():
    """After a collection, the objects the collector tracks in a history of thousands of firings
    are its few containers, not one (or more) per firing."""
    h = History(max_items=10**9).add_all(in_order_alerts(2, n=3000))
    h._seen = None  # nothing read
    assert len(h.fired) > 2000
    gc.collect()
    tracked = [o for o in _reachable(h) if gc.is_tracked(o)]
    assert len(tracked) < 30, f"{len(tracked)} objects tracked: {sorted({type(o).__name__ for o in tracked})}"


def _reachable(root: object) -> list[object]:
    seen, out, todo = set(), [], [root]
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, type):
            continue
        seen.add(id(o))
        out.append(o)
        todo.extend(gc.get_referents(o))
        if isinstance(o, (History, FiringTable)):
            todo.extend(getattr(o, s) for s in getattr(o, "__slots__", ()))
    return out


def test_a_firing_resolved_or_muted_later_changes_its_row_in_place():
    alerts = in_order_alerts(3, n=60)
    h = History().add_all(alerts)
    on = next(a for a in alerts if h.fired.end[h.fired.row(a.fingerprint, a.starts_at)] is None)
    row, held = h.fired.row(on.fingerprint, on.starts_at), len(h.fired)
    ends = [on.starts_at + timedelta(minutes=m) for m in (9, 20)]
    for i, end in enumerate(ends):  # a resolve ends it once
        h.add(on.model_copy(update={"id": f"r{i}", "status": "resolved", "ends_at": end}))
    h.add(mute(on.fingerprint, on.starts_at, "s2"))
    h.add(mute(on.fingerprint, on.starts_at, "s1"))
    assert len(h.fired) == held and h.fired.row(on.fingerprint, on.starts_at) == row
    assert h.fired.end[row] == ends[0] and h.fired.muted_by[row] == ("s1", "s2")
    assert list(h.firings)[row] == (on.fingerprint, on.starts_at)
    h.add(mute("new", on.starts_at, "s3"))  # a mute of a firing not seen makes it
    assert h.fired.row("new", on.starts_at) == held and h.fired.muted_by[held] == ("s3",)

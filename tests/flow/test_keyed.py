"""Keyed steps built for a run without recovery (``recovery=False``): Bytewax never reads
their snapshots, so none is a copy and nothing is pickled, and the outputs are those of the
flow built for recovery; built for recovery, the snapshots are restorable copies; built
without and run with recovery, the flow stops at its first snapshot."""

from __future__ import annotations

import pickle
from datetime import timedelta
from typing import Any

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings, SilenceSettings
from signalcraft.flows.anomaly import WatchLogic
from signalcraft.flows.keyed import NOT_KEPT, fold
from signalcraft.flows.pipeline import build_flow
from signalcraft.flows.resolutions import _Attach
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.group_join import GroupJoinState
from signalcraft.operators.log_patterns import PatternState
from signalcraft.operators.resolutions import AttachState, ResolutionAttacher
from signalcraft.operators.silence_mining import MinerState
from signalcraft.params import AnomalyParams
from tests.flow import test_patterns_flow, test_silences_flow
from tests.flow.test_anomaly_snapshot import RECORDS, series_records
from tests.unit.test_resolutions import group

STATES = (WatchState, GroupJoinState, PatternState, MinerState, AttachState)
"""The state of every keyed step of the whole flow."""


def counting(key: str, calls: dict[str, int], original):
    def counted(self, *args):
        calls[key] += 1
        return original(self, *args)

    return counted


@pytest.fixture
def copies(monkeypatch) -> dict[str, int]:
    """Pickles and deep copies of the keyed steps' states, by state class."""
    calls = {cls.__name__: 0 for cls in STATES}
    for cls in STATES:
        monkeypatch.setattr(cls, "__reduce_ex__", counting(cls.__name__, calls, cls.__reduce_ex__))
        if "__deepcopy__" in vars(cls):
            monkeypatch.setattr(cls, "__deepcopy__", counting(cls.__name__, calls, cls.__deepcopy__))
    return calls


def whole_flow_input(s: Settings) -> list:
    """Audit entries and alerts (silences, correlation, attach, watch), then logs (patterns)."""
    return [*test_silences_flow.messages(s), *test_patterns_flow.batches(test_patterns_flow.stream(), s.topics.logs)]


def run_whole_flow(recovery: bool, config: RecoveryConfig | None) -> tuple[list, list]:
    s = Settings(correlation=CorrelationSettings(enabled=True), anomaly=AnomalySettings(enabled=True),
                 patterns=PatternSettings(enabled=True), silences=SilenceSettings(enabled=True))
    stored, dlq = [], []
    run_main(build_flow(s, TestingSource(whole_flow_input(s)), TestingSink(stored), TestingSink(dlq),
                        recovery=recovery), epoch_interval=timedelta(0), recovery_config=config)
    rows = sorted((name, repr(row)) for _key, tables in stored for name, table in tables.items()
                  for row in table.to_pylist())
    return rows, sorted(repr(m.value) for m in dlq)


def test_without_recovery_no_keyed_step_copies_or_pickles_its_state_and_the_outputs_are_the_same(copies, tmp_path):
    init_db_dir(tmp_path, 1)
    kept = run_whole_flow(True, RecoveryConfig(str(tmp_path), backup_interval=timedelta(0)))
    assert all(copies.values()), copies  # built for recovery: every step's state is copied for its snapshots
    for cls in STATES:
        copies[cls.__name__] = 0
    not_kept = run_whole_flow(False, None)
    assert copies == {cls.__name__: 0 for cls in STATES}
    rows, _dead = kept
    assert not_kept == kept and {"alert_groups", "log_templates", "silence_suggestions"} <= {name for name, _ in rows}


def test_without_recovery_bytewax_calls_snapshot_but_never_pickles_or_reads_it():
    """On the installed Bytewax: :data:`NOT_KEPT` refuses to pickle, and every epoch (one per
    item here) ends with snapshots; the flow runs to its end and no step is rebuilt from one."""
    built_with, snapshots, out = [], [0], []

    class Logic(op.StatefulLogic):
        def __init__(self, resumed: Any) -> None:
            built_with.append(resumed)
            self.total = 0

        def on_item(self, value: int):
            self.total += value
            return [self.total], op.StatefulLogic.RETAIN

        def snapshot(self):
            snapshots[0] += 1
            return NOT_KEPT

    flow = Dataflow("not-kept")
    keyed = op.key_on("key", op.input("input", flow, TestingSource(list(range(30)))), lambda x: str(x % 3))
    op.output("out", op.stateful("sum", keyed, Logic), TestingSink(out))
    run_main(flow, epoch_interval=timedelta(0))
    assert snapshots[0] >= 30 and built_with == [None, None, None]
    assert [t for k, t in out if k == "0"] == [sum(range(0, i + 1, 3)) for i in range(0, 30, 3)]


def test_a_flow_built_without_recovery_and_run_with_it_stops_at_its_first_snapshot(tmp_path):
    init_db_dir(tmp_path, 1)
    flow = Dataflow("mismatch")
    keyed = op.key_on("key", op.input("input", flow, TestingSource([1, 2, 3])), lambda x: "k")
    op.output("out", fold("sum", keyed, lambda s, v: ((s or 0) + v, [v]), recovery=False), TestingSink([]))
    with pytest.raises(TypeError, match="built with recovery=False"):
        run_main(flow, epoch_interval=timedelta(0), recovery_config=RecoveryConfig(str(tmp_path)))
    with pytest.raises(TypeError, match="built with recovery=False"):
        pickle.dumps(NOT_KEPT)


def test_with_recovery_a_fold_resumes_from_a_copy_of_its_state(tmp_path):
    """The state is a list changed in place after every snapshot: a snapshot that were the
    live list, or not kept, would not give the state at the abort."""
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    items = [*range(6), TestingSource.ABORT(), *range(6, 10)]

    def keep(state: list | None, value: int) -> tuple[list, list]:
        state = [] if state is None else state
        state.append(value)
        return state, [list(state)]

    runs = []
    for _ in range(2):
        out: list = []
        flow = Dataflow("kept")
        keyed = op.key_on("key", op.input("input", flow, TestingSource(items)), lambda x: "k")
        op.output("out", fold("fold", keyed, keep, recovery=True), TestingSink(out))
        run_main(flow, epoch_interval=timedelta(0), recovery_config=recovery)
        runs.append([seen for _k, seen in out])
    assert runs[0][-1] == list(range(6))
    assert runs[1] == [list(range(n + 1)) for n in range(6, 10)]


def test_with_recovery_the_logics_snapshots_are_restorable_copies():
    watcher = SeriesWatch(AnomalyParams())
    items = next(iter(series_records(RECORDS[:4000]).values()))
    live = WatchLogic(watcher.step_many, None, recovery=True)
    live.on_item(items[:len(items) // 2])
    snapshot = live.snapshot()
    at_snapshot = pickle.dumps(live.state)  # (states compare by their pickles: the estimators have no ==)
    assert snapshot is not NOT_KEPT and pickle.dumps(WatchLogic(watcher.step_many, snapshot).state) == at_snapshot
    live.on_item(items[len(items) // 2:])
    assert pickle.dumps(WatchLogic(watcher.step_many, snapshot).state) == at_snapshot != pickle.dumps(live.state)

    attacher = ResolutionAttacher()
    attach = _Attach(attacher, None, lambda: 0.0, True, recovery=True)
    attach.on_item(group("g1", 0, "f1"))
    snapshot = attach.snapshot()
    assert snapshot is not attach.state and snapshot == attach.state
    attach.on_item(group("g2", 1, "f1"))
    assert snapshot != attach.state and _Attach(attacher, snapshot, lambda: 0.0, True).state.groups == snapshot.groups
    assert _Attach(attacher, None, lambda: 0.0, True, recovery=False).snapshot() is NOT_KEPT
    assert WatchLogic(watcher.step_many, None, recovery=False).snapshot() is NOT_KEPT


def _discarding(state: int | None, value: int) -> tuple[int | None, list]:
    """A running sum that a multiple of 7 discards (the key starts again from ``None``)."""
    total = (state or 0) + value
    return (None if value % 7 == 0 else total), [(value, total)]


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_without_recovery_a_fold_gives_what_the_fold_built_for_recovery_gives(batch_size):
    """Several items of a key in one activation, and keys discarded by a ``None`` state mid-batch."""
    runs = []
    for recovery in (True, False):
        out: list = []
        flow = Dataflow("batches")
        items = op.input("input", flow, TestingSource([i * 5 % 23 for i in range(200)], batch_size))
        keyed = op.key_on("key", items, lambda x: str(x % 3))
        op.output("out", fold("fold", keyed, _discarding, recovery=recovery), TestingSink(out))
        run_main(flow)
        runs.append(out)
    assert runs[0] == runs[1] and len(runs[0]) == 200
    assert any(total == value for _key, (value, total) in runs[0][3:])  # discarded keys started again

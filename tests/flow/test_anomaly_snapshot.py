"""The watch's state as Bytewax snapshots it (its pickle, :class:`WatchLogic`): a snapshot
restores an equal state that continues exactly as the live one; the flow gives the same
warnings and baselines with recovery on or off; and a recovery folder written while the
watch was wired with ``op.stateful_flat_map`` (a deep copy for a snapshot) resumes with
its states."""

from __future__ import annotations

import pickle
from datetime import timedelta

import bytewax.operators as op
from bytewax.dataflow import Dataflow, operator
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.flows.anomaly import Watched, WatchLogic, watch
from signalcraft.models import AnomalyModel, EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.batching import as_batch
from signalcraft.operators.series import Late
from signalcraft.params import AnomalyParams
from tests.flow.test_anomaly_flow import interleave, logs

RECORDS = interleave(logs("payments-api", 240, 200, 1), logs("cart-service", 240, None, 2))
CUT = 200 * 40  # both services, just as the ramp begins
EPOCH = timedelta(milliseconds=50)


def series_records(records: list) -> dict[str, list]:
    """Each series' records of ``records``, as the watch keys them."""
    found: dict[str, list] = {}
    for key, items in SeriesWatch().by_series(records):
        found.setdefault(key, []).extend(items)
    return found


def test_a_snapshot_restores_an_equal_state_that_continues_as_the_live_one():
    """(States compare by their pickles: the estimators have no ``==``.)"""
    watcher = SeriesWatch(AnomalyParams())
    for key, items in series_records(RECORDS).items():
        live, out_live = WatchLogic(watcher.step_many, None), []
        for record in items[:len(items) // 2]:
            out_live += live.on_item((record,))[0]
        snapshot, at_snapshot = live.snapshot(), pickle.dumps(live.state)
        assert type(snapshot) is bytes and pickle.loads(pickle.dumps(snapshot)) == snapshot  # what recovery keeps
        resumed = WatchLogic(watcher.step_many, snapshot)
        assert type(resumed.state) is WatchState and pickle.dumps(resumed.state) == pickle.dumps(live.state)
        out_resumed = []
        for record in items[len(items) // 2:]:
            out_live += live.on_item((record,))[0]
            out_resumed += resumed.on_item((record,))[0]
        again = WatchLogic(watcher.step_many, snapshot).state  # the live state changed since, not the snapshot
        assert pickle.dumps(again) == at_snapshot != pickle.dumps(live.state)
        assert out_resumed == out_live[-len(out_resumed):] and out_resumed, key
        assert any(isinstance(x, AnomalyModel) for x in out_resumed)
        assert pickle.dumps(resumed.state) == pickle.dumps(live.state)


def test_a_state_snapshotted_by_a_deep_copy_is_taken_as_it_is():
    watcher = SeriesWatch(AnomalyParams())
    items = next(iter(series_records(RECORDS[:4000]).values()))
    state, _ = watcher.step_many(None, items)
    assert WatchLogic(watcher.step_many, state).state is state


def watch_flow(records: list, out: list, wiring=watch) -> Dataflow:
    flow = Dataflow("anomaly-branch")
    batches = op.map("as-batches", op.input("input", flow, TestingSource(records)), as_batch)
    watched = wiring("anomaly", batches, AnomalyParams())
    op.output("out", op.merge("found", watched.warnings, watched.models), TestingSink(out))
    return flow


@operator
def stateful_flat_map_watch(step_id: str, up, params: AnomalyParams) -> Watched:
    """The ``watch`` operator as it was wired before :class:`WatchLogic` (the same step ids)."""
    watcher = SeriesWatch(params)
    keyed = op.flat_map("records-by-series", up, watcher.by_series)
    found = op.key_rm("watched", op.stateful_flat_map("watch", keyed, watcher.step_many))
    return Watched(
        op.filter_map("warnings", found, lambda x: x if isinstance(x, EarlyWarning) else None),
        op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None),
        op.filter_map("late", found, lambda x: x if isinstance(x, Late) else None),
    )


def uninterrupted(wiring=watch, recovery: RecoveryConfig | None = None) -> list:
    out: list = []
    run_main(watch_flow(RECORDS, out, wiring), epoch_interval=EPOCH, recovery_config=recovery)
    return out


def test_warnings_and_baselines_are_the_same_with_recovery_on_or_off_and_as_before(tmp_path):
    init_db_dir(tmp_path, 1)
    off, on = uninterrupted(), uninterrupted(recovery=RecoveryConfig(str(tmp_path), backup_interval=timedelta(0)))
    before = uninterrupted(stateful_flat_map_watch)
    assert on == off == before
    assert [(w.labels["service"], w.status) for w in off if isinstance(w, EarlyWarning)] == [("payments-api", "firing")]


def test_a_recovery_folder_written_by_the_stateful_flat_map_wiring_resumes_with_its_states(tmp_path):
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    aborting = [*RECORDS[:CUT], TestingSource.ABORT(), *RECORDS[CUT:]]
    first: list = []
    run_main(watch_flow(aborting, first, stateful_flat_map_watch), epoch_interval=EPOCH, recovery_config=recovery)
    assert not any(isinstance(x, EarlyWarning) for x in first), "the abort must come before the ramp warns"
    second: list = []
    run_main(watch_flow(aborting, second), epoch_interval=EPOCH, recovery_config=recovery)
    expected = uninterrupted()
    # resumed empty, a series would have no warning (the detector in warm-up) and baselines of few buckets
    assert [x for x in second if isinstance(x, EarlyWarning)] == [x for x in expected if isinstance(x, EarlyWarning)]
    assert second and second == expected[-len(second):]

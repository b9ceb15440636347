"""The anomaly branch: alert, log and metric records -> per-series watch -> warnings.

    record batches ──► by series key ──► watch (SeriesWatch: buckets, detector, band,
                   (or by shard of series)    warning state machine) ──► warnings, baseline snapshots
                                                                     └─► late records

With a meter, the watch step also counts the warnings it emits and the series it watches.
The watch's state is snapshotted as its pickle (:class:`WatchLogic`); in a flow built
without recovery, not at all (:data:`~signalcraft.flows.keyed.NOT_KEPT`: nothing reads it),
and keyed by shards of series (:class:`ShardLogic`) unless ``shards`` is 0.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.flows.keyed import NOT_KEPT, NotKept, stateful
from signalcraft.models import AnomalyModel, DeadLetter, EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.metering import Meter, keyed_in_value, metered_watch
from signalcraft.operators.series import Late
from signalcraft.operators.shards import by_shard, fold_shard
from signalcraft.params import AnomalyParams

Step = Callable[[WatchState | None, Any], tuple[WatchState | None, list]]


@dataclass(frozen=True)
class Watched:
    """What :func:`watch` emits."""

    warnings: Stream[EarlyWarning]
    models: Stream[AnomalyModel]
    """Baseline snapshots for ``anomaly_models``."""
    late: Stream[Late]
    """Records that came after their series' bucket closed (stored and counted anyway)."""


def late_dead_letter(late: Late) -> DeadLetter:
    """A record that came after its series' bucket closed, as a dead letter (step ``series``)."""
    return DeadLetter.of_record(late.record, "series", late.reason)


class WatchLogic(op.StatefulLogic[Any, Any, bytes | NotKept]):
    """One series' :class:`WatchState` in Bytewax, snapshotted as its pickle.

    Bytewax snapshots the state of every key an epoch touched, with recovery on or off, and
    with recovery on pickles the snapshot; ``op.stateful_flat_map`` snapshots by
    ``copy.deepcopy``, which walks the state in Python at more than twice the cost of its
    (compact) pickle. Here the snapshot is the pickle itself: immutable, and pickled again
    by Bytewax as bytes. A resumed state is unpickled; a :class:`WatchState` (snapshotted by
    ``op.stateful_flat_map`` before) is taken as it is. With ``recovery`` off the snapshot
    is :data:`~signalcraft.flows.keyed.NOT_KEPT`, no pickle: Bytewax never reads it then
    (:mod:`signalcraft.flows.keyed`), and the pickle was most of the watch's cost in Bytewax.
    """

    def __init__(self, step: Step, resumed: bytes | WatchState | None, recovery: bool = True) -> None:
        self.step = step
        self.state = pickle.loads(resumed) if type(resumed) is bytes else resumed
        self.recovery = recovery

    def on_item(self, value: Any) -> tuple[list, bool]:
        self.state, out = self.step(self.state, value)
        return out, op.StatefulLogic.DISCARD if self.state is None else op.StatefulLogic.RETAIN

    def snapshot(self) -> bytes | NotKept:
        if not self.recovery:
            return NOT_KEPT
        return pickle.dumps(self.state, pickle.HIGHEST_PROTOCOL)


@operator
def fold_series(step_id: str, up: Stream[tuple[str, Any]], step: Step,
                recovery: bool = True) -> Stream[tuple[str, list]]:
    """``op.stateful_flat_map(step_id, up, step)`` with the state snapshotted as its pickle
    (:class:`WatchLogic`), or, with ``recovery`` off, not at all. The Bytewax step inside is
    named as ``op.stateful_flat_map`` names its own (``<step_id>.stateful``), so a recovery
    folder written by the flow that used ``op.stateful_flat_map`` resumes with its states."""
    return op.stateful("stateful", up, lambda resumed: WatchLogic(step, resumed, recovery))


class ShardLogic(op.StatefulBatchLogic[Any, Any, NotKept]):
    """One shard of series in Bytewax, in a flow without recovery: each series' :class:`WatchState`
    folded as if keyed alone (:func:`~signalcraft.operators.shards.fold_shard`); never snapshotted.

    A shard is not kept with recovery: Bytewax snapshots the whole state of every key an epoch
    touched, and a shard is touched at almost every epoch, so each series would be written at
    every epoch instead of at those it got a record in (docs/scale-out.md)."""

    def __init__(self, step: Callable, resumed: None) -> None:
        if resumed is not None:
            raise RuntimeError("anomaly watch: a watch keyed by shards of series is built without recovery, "
                               f"yet Bytewax resumed a shard with {type(resumed).__name__}")
        self.step = step
        self.states: dict[str, WatchState] = {}

    def on_batch(self, values: list) -> tuple[list, bool]:
        out: list = []
        for series in values:
            out += fold_shard(self.step, self.states, series)
        return out, False

    def snapshot(self) -> NotKept:
        return NOT_KEPT


@operator
def fold_shards(step_id: str, up: Stream[tuple[str, list]], step: Callable) -> Stream[tuple[str, list]]:
    """Each shard's series folded through ``step`` (:class:`ShardLogic`), in a flow without recovery."""
    return stateful("stateful", up, lambda resumed: ShardLogic(step, resumed))


def _series_step(step: Step) -> Callable[[WatchState | None, tuple[str, list]], tuple[WatchState | None, list]]:
    return lambda state, keyed: step(state, keyed[1])


@operator
def watch(step_id: str, up: Stream[list[Any]], params: AnomalyParams, health: Meter | None = None,
          recovery: bool = True, shards: int = 0) -> Watched:
    """Watch every series of the alert, log and metric records of the batches; ``health``,
    if given, hears of the warnings emitted and of the series watched. ``recovery``: the
    flow runs with Bytewax recovery (off: the states are not pickled for snapshots).
    ``shards``: without recovery, the state is keyed by that many shards of series, so that a
    batch crosses to another process as an item a shard (:mod:`~signalcraft.operators.shards`;
    the same warnings, snapshots and late records); 0: by series, which recovery requires."""
    if shards and recovery:
        raise ValueError(f"anomaly watch: {shards} shards with recovery; a watch with recovery is keyed by series "
                         "(shards 0): a shard's snapshot would hold all its series at every epoch")
    watcher = SeriesWatch(params)
    if shards:
        step = _series_step(watcher.step_many) if health is None else metered_watch(watcher.step_many, health)
        keyed = op.flat_map("records-by-shard", up, by_shard(watcher.by_series, shards))
        found = op.key_rm("watched", fold_shards("watch", keyed, step))
    else:
        by_series, step = watcher.by_series, watcher.step_many
        if health is not None:
            by_series, step = keyed_in_value(by_series), metered_watch(step, health)
        keyed = op.flat_map("records-by-series", up, by_series)
        found = op.key_rm("watched", fold_series("watch", keyed, step, recovery))
    return Watched(
        op.filter_map("warnings", found, lambda x: x if isinstance(x, EarlyWarning) else None),
        op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None),
        op.filter_map("late", found, lambda x: x if isinstance(x, Late) else None),
    )

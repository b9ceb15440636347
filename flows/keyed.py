"""Keyed steps in a flow that runs without recovery: no copy of the state for a snapshot.

    keyed records ──► fold (state, records) -> (state, out) ──► out
                        └─► snapshot at every epoch's end: a copy of the state (recovery on)
                                                           or NOT_KEPT (recovery off)

Bytewax 0.21 calls ``snapshot()`` of a stateful step at the end of every epoch for every
key the epoch touched, whether the run has recovery or not. Without recovery nothing reads
what it returns (bytewax 0.21.1):

- ``bytewax/operators/__init__.py``: ``op.stateful`` hands ``StatefulLogic.snapshot()`` to
  the core ``stateful_batch`` unchanged (``_StatefulLogic.snapshot``); its builder gets a
  resume state only from the core.
- ``stateful_batch`` (Rust, ``src/operators.rs``): the value becomes a
  ``StateChange::Upsert`` on the step's snapshot output and goes nowhere else; the builder
  is called with a state only for what arrives on the step's loads input.
- ``build_production_dataflow`` (Rust, ``src/worker.rs``): the snapshot outputs of all
  steps are concatenated into ``write_recovery`` (``ser_snap`` pickles them) only when a
  recovery config is given; otherwise the probe is put on the outputs, the snapshot
  streams have no reader, and the loads input is ``empty(scope)``. The installed
  ``_bytewax`` library has that design (its strings name ``recovery_snap_writer`` and
  ``ser_snap``); ``tests/flow/test_keyed.py`` checks it on the installed version: with
  recovery off a flow whose snapshots refuse to pickle runs to its end, and no step is
  ever rebuilt from a snapshot.

So a flow built with ``recovery=False`` has its keyed steps return :data:`NOT_KEPT` as the
snapshot, and a flow built with ``recovery=True`` (every factory's default) takes the
snapshots it took before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import operator
from bytewax.operators import KeyedStream

Mapper = Callable[[Any, Any], tuple[Any, Iterable[Any]]]


class NotKept:
    """The snapshot of a keyed step in a flow built without recovery. It refuses to be
    pickled: a flow built with ``recovery=False`` and run with recovery stops at its first
    snapshot instead of resuming later with empty states."""

    __slots__ = ()

    def __reduce__(self) -> tuple:
        raise TypeError("snapshot of a keyed step built with recovery=False: the state was not kept; "
                        "build the flow with recovery=True to run it with Bytewax recovery")

    def __repr__(self) -> str:
        return "NOT_KEPT"


NOT_KEPT = NotKept()
"""What a keyed step built with ``recovery=False`` returns as its snapshot (one constant)."""


class FoldLogic(op.StatefulBatchLogic[Any, Any, NotKept]):
    """``op.stateful_flat_map``'s logic without its deep copy: the snapshot is :data:`NOT_KEPT`.

    A batch logic of its own rather than a ``StatefulLogic`` under ``op.stateful``'s wrapper: a
    key's items of an activation (mostly one) go through the mapper in one call, and Bytewax's
    ``notify_at`` and ``snapshot`` calls, one per key per activation and per epoch, reach it
    without a wrapper in between. A ``None`` state discards the key, as there: the next item
    (in this call or a later one) starts from ``None``."""

    def __init__(self, mapper: Mapper, state: Any) -> None:
        self.mapper = mapper
        self.state = state

    def on_batch(self, values: list[Any]) -> tuple[Iterable[Any], bool]:
        if len(values) == 1:
            self.state, out = self.mapper(self.state, values[0])
            return out, self.state is None
        mapper, state, out = self.mapper, self.state, []
        for value in values:
            state, emitted = mapper(state, value)
            out.extend(emitted)
        self.state = state
        return out, state is None

    def snapshot(self) -> NotKept:
        return NOT_KEPT


def fold(step_id: str, up: KeyedStream[Any], mapper: Mapper, recovery: bool) -> KeyedStream[Any]:
    """``op.stateful_flat_map(step_id, up, mapper)``; with ``recovery`` off, the step's
    snapshots are :data:`NOT_KEPT` instead of deep copies of its states. The Bytewax step
    inside is ``<step_id>.stateful`` either way."""
    if recovery:
        return op.stateful_flat_map(step_id, up, mapper)
    return _fold_not_kept(step_id, up, mapper)


def fold_one(step_id: str, up: KeyedStream[Any], mapper: Callable[[Any, Any], tuple[Any, Any]],
             recovery: bool) -> KeyedStream[Any]:
    """``op.stateful_map(step_id, up, mapper)`` (one output per item); with ``recovery``
    off, as :func:`fold`."""
    if recovery:
        return op.stateful_map(step_id, up, mapper)

    def one(state: Any, value: Any) -> tuple[Any, tuple[Any]]:
        state, out = mapper(state, value)
        return state, (out,)

    return _fold_not_kept(step_id, up, one)


@operator
def _fold_not_kept(step_id: str, up: KeyedStream[Any], mapper: Mapper) -> KeyedStream[Any]:
    return stateful("stateful", up, lambda resumed: FoldLogic(mapper, resumed))


@operator
def stateful(step_id: str, up: KeyedStream[Any], builder: Callable[[Any], op.StatefulBatchLogic]) -> KeyedStream[Any]:
    """``op.stateful_batch`` named as ``op.stateful`` names its own (``<step_id>.stateful_batch``), for a
    batch logic in the place of a ``StatefulLogic`` (the same step ids, so the same recovery keys)."""
    return op.stateful_batch("stateful_batch", up, builder)

"""Resolutions named by an alert's fingerprint, attached to the group that held it.

    alert groups (as they open) ─┐   (the fingerprints new to a group)
                                 ├─► by workspace/fingerprint ──► attach ──► resolutions with group_id
    resolutions by fingerprint ──┘       (waits for a late group) └─► dead letters (no such group)

In a flow built without recovery, the state is not copied for Bytewax's snapshots
(:mod:`signalcraft.flows.keyed`).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.flows.keyed import NOT_KEPT, NotKept, stateful
from signalcraft.operators.resolutions import AttachKeys, AttachState, ResolutionAttacher


class _Attach(op.StatefulBatchLogic[Any, Any, AttachState | NotKept]):
    """One fingerprint's :class:`ResolutionAttacher` state in Bytewax: items, the wait's deadline, the end
    (a batch logic, as :class:`~signalcraft.flows.keyed.FoldLogic` is: no wrapper between Bytewax's calls and it)."""

    def __init__(self, attacher: ResolutionAttacher, state: AttachState | None, clock: Callable[[], float],
                 flush_at_eof: bool, recovery: bool = True) -> None:
        self.attacher, self.state, self.clock, self.flush_at_eof = attacher, state or AttachState(), clock, flush_at_eof
        self.recovery = recovery
        if state is not None:  # resumed: the wait counts from now, not from before the stop
            self.state.waiting = [(max(d, clock() + attacher.wait_s), r) for d, r in state.waiting]

    def on_batch(self, values: list[Any]) -> tuple[list[Any], bool]:
        if len(values) == 1:
            return self.on_item(values[0])
        return [x for value in values for x in self.on_item(value)[0]], op.StatefulBatchLogic.RETAIN

    def on_item(self, value: Any) -> tuple[list[Any], bool]:
        self.state, out = self.attacher.step(self.state, value, self.clock())
        return out, op.StatefulBatchLogic.RETAIN

    def on_notify(self) -> tuple[list[Any], bool]:
        self.state, out = self.attacher.expire(self.state, self.clock())
        return out, op.StatefulBatchLogic.RETAIN

    def on_eof(self) -> tuple[list[Any], bool]:
        if not self.flush_at_eof:  # a stop, not the end: the waiting ones stay in the snapshot
            return [], op.StatefulBatchLogic.RETAIN
        self.state, out = self.attacher.flush(self.state)
        return out, op.StatefulBatchLogic.RETAIN

    def notify_at(self) -> datetime | None:
        deadline = self.attacher.next_deadline(self.state)
        return None if deadline is None else datetime.fromtimestamp(deadline, UTC)

    def snapshot(self) -> AttachState | NotKept:
        """Taken at every epoch end for every key touched: new lists sharing the immutable items
        (recovery off: :data:`~signalcraft.flows.keyed.NOT_KEPT`, which nothing reads)."""
        return copy.deepcopy(self.state) if self.recovery else NOT_KEPT


@operator
def attach_resolutions(step_id: str, up: Stream[Any], input_ends: bool = True,
                       clock: Callable[[], float] = time.time, recovery: bool = True) -> Stream[Any]:
    """Alert groups and fingerprint-named resolutions in; attached resolutions and dead letters out.

    ``input_ends``: the input's end is the end (a bounded run), so resolutions still waiting
    then are dead letters; otherwise (a service stopping) they stay in the state for the restart.
    ``recovery``: the flow runs with Bytewax recovery (off: the state is not copied for snapshots).
    """
    attacher = ResolutionAttacher()
    keyed = op.flat_map("by-fingerprint", up, AttachKeys())
    return op.key_rm("attached", stateful("attach", keyed,
                                          lambda state: _Attach(attacher, state, clock, input_ends, recovery)))

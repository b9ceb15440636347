"""Grouping and the join in one fold per join key (no Bytewax here).

When ``group_by`` holds the workspace, the project and the environment, every alert of a
group key has one join key (:meth:`Correlator.key_of`), so the alert groups need not travel
to the join as records of their own: the flow keys alert and change events by join key
once per batch and folds each key's records, in order, through :meth:`GroupJoin.step_many`.
An alert event is grouped (:class:`AlertGrouper`), counted for the alert rate if firing, then
the groups it makes are joined (counted first, so that a group's first scoring reads the alert
that made it, whether the group's changes came before it or after); a change event is joined.
What comes out is what the two steps give apart: the groups and the correlations.

>>> from datetime import datetime, timedelta, timezone
>>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
>>> deploy = ChangeEvent(id="c1", workspace_id="w", type="deployment", source="github",
...     project="shop", environment="prod", service="api", summary="deploy",
...     timestamp=t - timedelta(minutes=2))
>>> alert = AlertEvent(id="a1", workspace_id="w", project="shop", environment="prod",
...     service="api", name="HighLatency", severity="error", status="firing",
...     fingerprint="f1", starts_at=t, source="test")
>>> gj = GroupJoin(AlertGrouper(), Correlator())
>>> [(key, len(records)) for key, records in gj.by_key([deploy, alert])]
[('["w","shop","production"]', 2)]
>>> state, out = gj.step_many(None, [deploy, alert])
>>> [type(r).__name__ for r in out], out[1].change_id, out[1].suspect
(['AlertGroup', 'Correlation'], 'c1', True)
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent
from signalcraft.models.change_row import CHANGES, ChangeRow
from signalcraft.operators.batching import group_by_key
from signalcraft.operators.correlation import Correlator, CorrelatorState, Emitted
from signalcraft.operators.grouping import AlertGrouper, GroupState
from signalcraft.sources.alert_rows import ALERTS, AlertRow

_JOINED = (*ALERTS, *CHANGES)
"""What the fold takes: alert events and change events (records or rows)."""

JOIN_KEY_FIELDS = frozenset({"workspace", "project", "environment"})
"""The ``group_by`` names that fix the join key of a group key."""


@dataclass(slots=True)
class GroupJoinState:
    """The grouping state of every group key of one join key, and the join's.

    ``copy.deepcopy`` gives a :class:`Snapshot`, the state as its pickle: Bytewax deep-copies
    every state an epoch touched and pickles the copy, and a deep copy walks the records in
    Python (about twice the cost of the pickle, which then walks them again); the snapshot
    pickles as its bytes and unpickles as the state.

    >>> state = GroupJoinState()
    >>> import copy
    >>> pickle.loads(pickle.dumps(copy.deepcopy(state))) == state
    True
    """

    groups: dict[str, GroupState] = field(default_factory=dict)
    """Group key -> its grouping state."""
    join: CorrelatorState | None = None

    def __deepcopy__(self, memo: dict) -> Snapshot:
        return Snapshot(pickle.dumps(self, pickle.HIGHEST_PROTOCOL))


class Snapshot:
    """A state frozen as its pickle: immutable; it unpickles as the state itself."""

    __slots__ = ("data",)

    def __init__(self, data: bytes):
        self.data = data

    def __reduce__(self) -> tuple:
        return pickle.loads, (self.data,)


class GroupJoin:
    """Alert grouping and the change join, folded per join key."""

    def __init__(self, grouper: AlertGrouper, correlator: Correlator):
        self.grouper = grouper
        self.correlator = correlator

    @staticmethod
    def applies(grouper: AlertGrouper) -> bool:
        """Whether every group key of ``grouper`` has one join key."""
        return set(grouper.group_by) >= JOIN_KEY_FIELDS

    def by_key(self, records: list[Any]) -> list[tuple[str, list[AlertEvent | AlertRow | ChangeEvent | ChangeRow]]]:
        """The alert events and change events (records or rows) among ``records``, by join key,
        each key's in order."""
        key_text = self.correlator.key_text
        return group_by_key(records, lambda r: key_text(r) if isinstance(r, _JOINED) else None)

    def step_many(
        self, state: GroupJoinState | None, records: list[AlertEvent | AlertRow | ChangeEvent | ChangeRow]
    ) -> tuple[GroupJoinState, list[AlertGroup | Emitted]]:
        """Fold one join key's records of a batch, in order; return the groups and correlations."""
        if state is None:
            state = GroupJoinState()
        grouper, correlator = self.grouper, self.correlator
        states = state.groups
        out: list[AlertGroup | Emitted] = []
        for record in records:
            if isinstance(record, ALERTS):
                key = grouper.key_of(record)
                states[key], groups = grouper.step(states.get(key), record, key)
                firing = record.status == "firing"
                if groups or firing:  # a group made of the alert is of the alert's join key
                    join = self._join_state(state, record, "alert event")
                    if firing:  # counted first: a group it makes reads it at its first scoring
                        correlator.count_alert(join, record)
                    for group in groups:
                        out.append(group)
                        out.extend(correlator.join_group(join, group))
            else:
                out.extend(correlator.join_change(self._join_state(state, record, "change event"), record))
        return state, out

    def _join_state(self, state: GroupJoinState, record: AlertEvent | AlertRow | ChangeEvent | ChangeRow,
                    kind: str) -> CorrelatorState:
        """The join's state (a new one if none), checked once against ``record``'s key."""
        join = state.join
        if join is None:
            join = state.join = self.correlator.new_state(self.correlator.key_of(record))
        elif join.key != self.correlator.key_of(record):
            join = self.correlator._enter(join, record, kind)  # raises, naming both keys
        return join

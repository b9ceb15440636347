"""Change correlation: alert groups joined with change events in event time (no Bytewax).

The flow keys both streams by :meth:`Correlator.key_of` (workspace, project,
environment) and folds each key's groups and changes through :meth:`Correlator.on_group`
and :meth:`Correlator.on_change`, keeping the returned :class:`CorrelatorState`.
Scoring lives in :mod:`signalcraft.operators.correlation_rank`.

Semantics, all in event time (the watermark is the latest event time seen for the key:
a change's ``timestamp``, a group's ``updated_at``):

- A ``created`` or ``updated`` group is scored against the buffered changes at once; its
  correlation set is emitted when it differs from the last one emitted for the group.
- The group's join window ``[opened_at - lookback, opened_at + tolerance_after]`` stays
  open for ``allowed_lateness`` after it ends: until the watermark reaches
  ``opened_at + tolerance_after + allowed_lateness`` the group is remembered, and a
  change that arrives inside its window re-scores it. The new set is emitted with
  ``version`` raised; ids are ``make_id("corr", group.id, change.id)``, so a sink that
  keeps the latest version per id holds the upgraded set.
- After that the group is forgotten, and changes older than
  ``watermark - lookback - allowed_lateness`` are evicted: state stays bounded.
- A ``resolved`` group changes nothing. An ``updated`` group whose window has already
  closed and which is no longer remembered is ignored (its ``created`` was scored).
- A change whose id is already buffered (a replay) is ignored.

Both methods update the state they are given in place and return it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.models import AlertGroup, ChangeEvent, Correlation
from signalcraft.operators.correlation_rank import (
    AlertRate,
    CorrelationParams,
    score_candidates,
)

__all__ = [
    "ChangeBuffer",
    "CorrelationParams",
    "Correlator",
    "CorrelatorState",
    "TrackedGroup",
    "score_candidates",
]

Key = tuple[str, str, str]


def _ts(change: ChangeEvent) -> datetime:
    return change.timestamp


@dataclass(slots=True)
class ChangeBuffer:
    """Change events of one key, sorted by timestamp; small and picklable.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
    >>> def change(i, minutes):
    ...     return ChangeEvent(id=f"c{i}", workspace_id="w", type="deployment", source="s",
    ...         project="p", environment="prod", service="api", summary="x",
    ...         timestamp=t + timedelta(minutes=minutes))
    >>> buf = ChangeBuffer(retention=timedelta(minutes=18))
    >>> [buf.add(change(i, m)) for i, m in enumerate([5, 0, 30])] + [buf.add(change(0, 5))]
    [True, True, True, False]
    >>> [c.id for c in buf.changes]
    ['c1', 'c0', 'c2']
    >>> buf.evict(t + timedelta(minutes=30)); buf.size
    1
    """

    retention: timedelta
    """How far behind the watermark a change is kept (``lookback + allowed_lateness``)."""
    changes: list[ChangeEvent] = field(default_factory=list)

    @property
    def size(self) -> int:
        """How many changes are held."""
        return len(self.changes)

    def add(self, change: ChangeEvent) -> bool:
        """Insert ``change`` in timestamp order; return False if its id is already held."""
        if any(c.id == change.id for c in self.changes):
            return False  # a replay; with another timestamp, the first one seen wins
        self.changes.insert(
            bisect_right(self.changes, change.timestamp, key=_ts), change
        )
        return True

    def window(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        """The changes with ``start <= timestamp <= end``."""
        lo = bisect_left(self.changes, start, key=_ts)
        hi = bisect_right(self.changes, end, key=_ts)
        return self.changes[lo:hi]

    def evict(self, watermark: datetime) -> None:
        """Drop the changes older than ``watermark - retention``."""
        cut = bisect_left(self.changes, watermark - self.retention, key=_ts)
        if cut:
            del self.changes[:cut]


@dataclass(slots=True)
class TrackedGroup:
    """A group whose join window is still open, and what was last emitted for it."""

    group: AlertGroup
    version: int = 0
    emitted: tuple[Correlation, ...] = ()
    """The last emitted set as scored (before its ``version`` was set); models compare by value."""


@dataclass(slots=True)
class CorrelatorState:
    """Everything :class:`Correlator` keeps for one (workspace, project, environment)."""

    key: Key
    buffer: ChangeBuffer
    watermark: datetime | None = None
    groups: dict[str, TrackedGroup] = field(default_factory=dict)
    """Group id -> the group, while its join window (plus lateness) is open."""


class Correlator:
    """Join alert groups with change events in event time and rank the candidates.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> g = AlertGroup(id="g1", workspace_id="w", group_key="{}", group_labels={},
    ...     project="shop", environment="prod", service="api", status="created",
    ...     opened_at=t, updated_at=t, fingerprints=("f",), alert_count=1,
    ...     max_severity="error", version=1)
    >>> late = ChangeEvent(id="c1", workspace_id="w", type="deployment", source="github",
    ...     project="shop", environment="prod", service="api", summary="deploy",
    ...     timestamp=t - timedelta(minutes=1))
    >>> correlator = Correlator()
    >>> state, out = correlator.on_group(None, g)
    >>> out
    []
    >>> state, out = correlator.on_change(state, late)
    >>> [(c.change_id, c.rank, c.suspect, c.version) for c in out]
    [('c1', 1, True, 1)]
    """

    def __init__(
        self,
        params: CorrelationParams | None = None,
        alert_rate: AlertRate | None = None,
    ):
        self.params = params or CorrelationParams()
        self.alert_rate = alert_rate

    @staticmethod
    def key_of(record: AlertGroup | ChangeEvent) -> Key:
        """The join key: workspace, project, environment."""
        return (record.workspace_id, record.project, record.environment)

    def new_state(self, key: Key) -> CorrelatorState:
        """An empty state for ``key``."""
        retention = self.params.lookback + self.params.allowed_lateness
        return CorrelatorState(key=key, buffer=ChangeBuffer(retention=retention))

    def deadline(self, group: AlertGroup) -> datetime:
        """The watermark at which ``group``'s join window (plus lateness) closes."""
        return (
            group.opened_at + self.params.tolerance_after + self.params.allowed_lateness
        )

    # -- the fold ---------------------------------------------------------------------

    def on_group(
        self, state: CorrelatorState | None, group: AlertGroup
    ) -> tuple[CorrelatorState, list[Correlation]]:
        """Fold one alert group; return the state and the correlations to emit."""
        state = self._enter(state, group, f"alert group {group.id!r}", group.updated_at)
        out: list[Correlation] = []
        if group.status != "resolved":
            tracked = state.groups.get(group.id)
            if tracked is not None:
                tracked.group = group
            elif group.status == "created" or state.watermark < self.deadline(group):
                tracked = TrackedGroup(group=group)
                state.groups[group.id] = tracked
            if tracked is not None:
                out = self._rescore(state, tracked)
        self._expire(state)
        return state, out

    def on_change(
        self, state: CorrelatorState | None, change: ChangeEvent
    ) -> tuple[CorrelatorState, list[Correlation]]:
        """Fold one change event; return the state and the upgraded correlations."""
        state = self._enter(
            state, change, f"change event {change.id!r}", change.timestamp
        )
        out: list[Correlation] = []
        if state.buffer.add(change):
            for tracked in state.groups.values():
                start, end = self.params.window(tracked.group)
                if start <= change.timestamp <= end and state.watermark < self.deadline(
                    tracked.group
                ):
                    out.extend(self._rescore(state, tracked))
        self._expire(state)
        return state, out

    # -- helpers ----------------------------------------------------------------------

    def _enter(self, state, record, what: str, t: datetime) -> CorrelatorState:
        key = self.key_of(record)
        if state is None:
            state = self.new_state(key)
        elif state.key != key:
            raise ValueError(
                f"change correlation: {what} has key {key!r}, state is for {state.key!r}"
            )
        state.watermark = t if state.watermark is None else max(state.watermark, t)
        return state

    def _rescore(
        self, state: CorrelatorState, tracked: TrackedGroup
    ) -> list[Correlation]:
        group = tracked.group
        changes = state.buffer.window(*self.params.window(group))
        correlations = tuple(score_candidates(group, changes, self.params, self.alert_rate))
        if correlations == tracked.emitted:
            return []
        tracked.emitted = correlations
        if not correlations:
            return []
        tracked.version += 1
        return [c.model_copy(update={"version": tracked.version}) for c in correlations]

    def _expire(self, state: CorrelatorState) -> None:
        wm = state.watermark
        state.groups = {
            gid: t for gid, t in state.groups.items() if wm < self.deadline(t.group)
        }
        state.buffer.evict(wm)

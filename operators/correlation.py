"""Change correlation: alert groups joined with change events in event time (no Bytewax).

The flow keys alert groups, change events and firing alert events by
:meth:`Correlator.key_of` (workspace, project, environment) and folds each key's items
through :meth:`Correlator.step`, keeping the returned :class:`CorrelatorState`.
Scoring lives in :mod:`signalcraft.operators.correlation_rank`.

Two event-time clocks per key, because the two sides arrive at their own pace (a
backfill may read a small change topic hours ahead of a large alert topic; a live
deploy webhook may land minutes after the alerts it caused):

- the *change clock*, the latest change ``timestamp`` seen;
- the *alert clock*, the latest group ``updated_at`` seen (firing alert events only add
  to the alert counts; they reach the join by another path than the groups made of
  them, in either order, and must not evict the counts their own groups will read).

Firing alert events reach the join by another path than changes too (their own topic and
partitions), so a group's rate evidence reads only alerts that start before its window ends
(:meth:`CorrelationParams.rate_end`, ``allowed_lateness`` before the deadline at which the
change clock closes it): an alert up to ``allowed_lateness`` behind the changes still reaches
the group's last scoring, and the final set does not depend on how the two streams interleave
within it. A group's first scoring reads the alert that made it
(:class:`~signalcraft.operators.group_join.GroupJoin` counts an alert before it joins the groups
the alert makes), so the values a withdrawal carries do not depend on whether a change came
before or after that alert.

Semantics:

- A ``created`` or ``updated`` group is scored against the buffered changes at once; its
  correlation set is emitted when it differs from the last one emitted for the group,
  with ``version`` raised. A candidate of the last set that is not in the new one is
  emitted with it, at the same version, as ``withdrawn`` (and not ``suspect``): pushed out
  of the top, represented by another of its reports since, or gone because a late report
  folded it into a change that took effect before the window (see
  :mod:`~signalcraft.operators.change_identity`). A set that became empty is thus its
  withdrawals alone, and the rows a sink holds per id, withdrawn ones dropped, are the
  set scored last: the batch's (:func:`score_candidates`) once the window closed.
- The group's join window ``[opened_at - lookback, opened_at + tolerance_after]`` stays
  open until the change clock reaches ``opened_at + tolerance_after + allowed_lateness``
  (changes may arrive that much out of order among themselves). However far the alerts
  run ahead of the changes, the group waits (at most ``max_open_groups`` per key, the
  oldest closing first; ``max_change_delay`` may also close it once the alert clock is
  that far past the same point). While a candidate of the emitted set is not known live
  (requested or in progress, or failed so far), the group stays open until the change
  clock passes that request by ``max_rollout``, so the report that it went live (or a
  retry that did) still re-times it. Meanwhile a change report that arrives in the
  group's reach (``max_rollout`` before its window up to where it closes: a report of a
  candidate may come before or after the window) re-scores the group and the new set is
  emitted with ``version`` raised; ids are ``make_id("corr", group.id, change_id)`` with
  the id of the report that represents the change, so a sink that keeps the latest
  version per id holds the upgraded set and the withdrawals of what left it.
- Changes older than ``change clock - horizon`` are dropped, and the oldest beyond
  ``max_buffered_changes``; alert counts older than ``alert clock - horizon``. Not
  sooner: in a backfill one partition may be read hours ahead of another, and a group
  that arrives late must still find its changes. State stays bounded.
- A ``resolved`` group changes nothing. An ``updated`` group whose window has already
  closed and which is no longer remembered is ignored (its ``created`` was scored).
- A change whose id is already buffered (a replay) is ignored.

Every method updates the state it is given in place and returns it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation
from signalcraft.models.change_row import CHANGES, ChangeRow
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.batching import fold_many, group_by_key
from signalcraft.operators.correlation_rank import Candidate, CorrelationParams, score_candidates
from signalcraft.operators.correlation_rescore import rank_scoped
from signalcraft.operators.correlation_state import AlertCounts, ChangeBuffer
from signalcraft.sources.alert_rows import ALERTS, AlertRow

__all__ = [
    "AlertCounts",
    "ChangeBuffer",
    "CorrelationParams",
    "Correlator",
    "CorrelatorState",
    "TrackedGroup",
    "score_candidates",
]

Key = tuple[str, str, str]


@dataclass(slots=True)
class TrackedGroup:
    """A group whose join window is still open, and what was last emitted for it."""

    group: AlertGroup
    version: int = 0
    emitted: tuple[Candidate, ...] = ()
    """The set last emitted (empty: none yet, or its withdrawals alone), as plain values
    (they compare by value); a scoring that gives another set withdraws what left it."""
    hold_until: datetime | None = None
    """While a candidate is not known live, the change clock until which the group waits
    for its outcome (its request plus ``max_rollout``), if later than the deadline."""
    stale: bool = False
    """Alerts of the group's service were counted since it was last scored."""
    read: tuple | None = None
    """What its last scoring read: the group's first alert and service, the range of change
    reports and the edit counts of the buffer and of the service's alert counts. While
    they stay, a new scoring would give the same set."""


@dataclass(slots=True)
class CorrelatorState:
    """Everything :class:`Correlator` keeps for one (workspace, project, environment)."""

    key: Key
    buffer: ChangeBuffer
    alerts: AlertCounts = field(default_factory=AlertCounts)
    change_clock: datetime | None = None
    """The latest change ``timestamp`` seen."""
    alert_clock: datetime | None = None
    """The latest group ``updated_at`` seen."""
    groups: dict[str, TrackedGroup] = field(default_factory=dict)
    """Group id -> the group, while its join window (plus lateness) is open."""
    closes_from: datetime | None = None
    """No group in ``groups`` closes by the change clock before this (a lower bound of
    their close times); ``None`` while unknown."""


Item = AlertGroup | ChangeEvent | ChangeRow | AlertEvent | AlertRow
"""What the join folds; an alert event may be its row (:data:`~signalcraft.sources.alert_rows.ALERTS`), a
change event its row (:data:`~signalcraft.models.change_row.CHANGES`)."""

Emitted = Correlation | CorrelationRow
"""What the join emits: records, or rows when it is built with ``rows``."""


class Correlator:
    """Join alert groups with change events in event time and rank the candidates.

    >>> from datetime import timedelta, timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> g = AlertGroup(id="g1", workspace_id="w", group_key="{}", group_labels={},
    ...     project="shop", environment="prod", service="api", status="created",
    ...     opened_at=t, updated_at=t, fingerprints=("f",), alert_count=1,
    ...     max_severity="error", version=1)
    >>> late = ChangeEvent(id="c1", workspace_id="w", type="deployment", source="github",
    ...     project="shop", environment="prod", service="api", summary="deploy",
    ...     timestamp=t - timedelta(minutes=1))
    >>> correlator = Correlator()
    >>> state, out = correlator.step(None, g)
    >>> out
    []
    >>> state, out = correlator.step(state, late)
    >>> [(c.change_id, c.rank, c.suspect, c.version) for c in out]
    [('c1', 1, True, 1)]

    ``rows``: emit each correlation as a :class:`~signalcraft.models.correlation_row.CorrelationRow`
    (the flow's path: the correlations topic and the store take rows), not a record; the same values.
    """

    def __init__(self, params: CorrelationParams | None = None, rows: bool = False):
        self.params = params or CorrelationParams()
        self.rows = rows
        self._keys: dict[tuple[str, str, str], tuple[Key, str]] = {}
        """(workspace, project, environment as spelled) -> the key and its text."""
        self._closes_after = self.params.tolerance_after + self.params.allowed_lateness  # (frozen; sums exact)
        self._reads_before = self.params.lookback + self.params.max_rollout

    def key_of(self, record: Item) -> Key:
        """The join key: workspace, project and environment (its canonical name: ``prod``
        and ``production`` are one environment)."""
        return self._key(record)[0]

    def _key(self, record: Item) -> tuple[Key, str]:
        spelled = (record.workspace_id, record.project, record.environment)
        known = self._keys.get(spelled)
        if known is None:
            key = (spelled[0], spelled[1], self.params.environment_of(spelled[2]))
            known = (key, json.dumps(key, separators=(",", ":")))
            if len(self._keys) >= 65_536:
                self._keys.clear()
            self._keys[spelled] = known
        return known

    def key_text(self, record: Item) -> str:
        """:meth:`key_of` as text, for a Bytewax key.

        >>> from datetime import timezone
        >>> c = ChangeEvent(id="c", workspace_id="w", type="deployment", source="s", project="shop",
        ...     environment="prod", service="api", summary="x", timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc))
        >>> Correlator().key_text(c)
        '["w","shop","production"]'
        """
        return self._key(record)[1]

    def new_state(self, key: Key) -> CorrelatorState:
        """An empty state for ``key``."""
        return CorrelatorState(key=key, buffer=ChangeBuffer(retention=self.params.horizon))

    def deadline(self, group: AlertGroup) -> datetime:
        """The change clock at which ``group``'s join window (plus lateness) closes."""
        return group.opened_at + self._closes_after

    def reach(self, tracked: TrackedGroup) -> tuple[datetime, datetime]:
        """The event-time range of the change reports read to score ``tracked``: from
        ``max_rollout`` before its window (when its candidates were requested) to the
        change clock at which it closes (when they went live)."""
        return tracked.group.opened_at - self._reads_before, self.close_at(tracked)

    def close_at(self, tracked: TrackedGroup) -> datetime:
        """The change clock at which ``tracked`` closes: its deadline, or later while it holds."""
        deadline = tracked.group.opened_at + self._closes_after
        hold = tracked.hold_until
        return deadline if hold is None or hold <= deadline else hold

    def is_open(self, state: CorrelatorState, group: AlertGroup, deadline: datetime | None = None) -> bool:
        """Whether a change may still join ``group``'s window (closing at ``deadline``, by
        default :meth:`deadline`)."""
        deadline = self.deadline(group) if deadline is None else deadline
        if state.change_clock is not None and state.change_clock >= deadline:
            return False
        delay = self.params.max_change_delay
        return delay is None or state.alert_clock is None or state.alert_clock < deadline + delay

    # -- the fold ---------------------------------------------------------------------

    def step(self, state: CorrelatorState | None, item: Item) -> tuple[CorrelatorState, list[Emitted]]:
        """Fold one item of any of the three kinds (the flow's mapper)."""
        if isinstance(item, AlertGroup):
            return self.on_group(state, item)
        if isinstance(item, CHANGES):
            return self.on_change(state, item)
        if isinstance(item, ALERTS):
            return self.on_alert(state, item)
        raise TypeError(
            f"change correlation: expected AlertGroup, ChangeEvent or AlertEvent, got {type(item).__name__}"
        )

    def step_many(
        self, state: CorrelatorState | None, items: Item | list[Item]
    ) -> tuple[CorrelatorState, list[Emitted]]:
        """Fold one item, or several of one key in order (one call per key per input batch)."""
        if not isinstance(items, list):
            return self.step(state, items)
        return fold_many(self.step, state, items)

    def by_key(self, records: list[Any]) -> list[tuple[str, list[Item]]]:
        """The change events and firing alert events among ``records``, by join key, in order."""
        return group_by_key(records, self._join_key_of)

    def _join_key_of(self, record: Any) -> str | None:
        joins = isinstance(record, CHANGES) or (isinstance(record, ALERTS) and record.status == "firing")
        return self.key_text(record) if joins else None

    def on_group(
        self, state: CorrelatorState | None, group: AlertGroup
    ) -> tuple[CorrelatorState, list[Emitted]]:
        """Fold one alert group; return the state and the correlations to emit."""
        state = self._enter(state, group, "alert group")
        return state, self.join_group(state, group)

    def join_group(self, state: CorrelatorState, group: AlertGroup) -> list[Emitted]:
        """:meth:`on_group` for a ``state`` of the group's key, known to be (not checked again)."""
        state.alert_clock = _later(state.alert_clock, group.updated_at)
        out: list[Emitted] = []
        if group.status != "resolved":
            tracked = state.groups.get(group.id)
            if tracked is not None:
                tracked.group = group
            elif group.status == "created" or self.is_open(state, group):
                tracked = TrackedGroup(group=group)
                state.groups[group.id] = tracked
            if tracked is not None:
                out = self._rescore(state, tracked)
                self._bound_close(state, tracked)
        out.extend(self._expire(state))
        return out

    def on_change(
        self, state: CorrelatorState | None, change: ChangeEvent | ChangeRow
    ) -> tuple[CorrelatorState, list[Emitted]]:
        """Fold one change event; return the state and the upgraded correlations."""
        state = self._enter(state, change, "change event")
        return state, self.join_change(state, change)

    def join_change(self, state: CorrelatorState, change: ChangeEvent | ChangeRow) -> list[Emitted]:
        """:meth:`on_change` for a ``state`` of the change's key, known to be (not checked again)."""
        out: list[Emitted] = []
        if state.buffer.add(change):
            t, before = change.timestamp, self._reads_before
            for tracked in state.groups.values():
                if tracked.group.opened_at - before <= t <= self.close_at(tracked):  # in its reach
                    out.extend(self._rescore(state, tracked))
                    self._bound_close(state, tracked)
        state.change_clock = _later(state.change_clock, change.timestamp)
        out.extend(self._expire(state))
        return out

    def on_alert(
        self, state: CorrelatorState | None, event: AlertEvent | AlertRow
    ) -> tuple[CorrelatorState, list[Emitted]]:
        """Count a firing alert for the alert-rate evidence (resolutions are not counted).

        The open groups of its service whose rate windows it falls in are marked stale:
        they are scored again at their next update or change, and in any case when their
        window closes, so a final set never depends on whether the alerts reached the join
        before the group, nor, for alerts up to ``allowed_lateness`` behind the changes, on
        whether they came before the change that closed it (see the module's docstring).
        Nothing is emitted here: alerts come by the thousand."""
        state = self._enter(state, event, "alert event")
        if event.status == "firing":
            self.count_alert(state, event)
        return state, []

    def count_alert(self, state: CorrelatorState, event: AlertEvent | AlertRow) -> None:
        """:meth:`on_alert` of a firing ``event``, for a ``state`` of its key, known to be."""
        state.alerts.add(event.service, event.starts_at)
        if self.params.alert_rate:
            p = self.params
            for tracked in state.groups.values():
                g = tracked.group
                if g.service == event.service and (
                    g.opened_at - p.lookback - p.rate_window <= event.starts_at <= p.rate_end(g)
                ):
                    tracked.stale = True

    # -- helpers ----------------------------------------------------------------------

    def _enter(self, state: CorrelatorState | None, record: Item, kind: str) -> CorrelatorState:
        """``state`` (a new one if ``None``) after checking that ``record`` (a ``kind``) is of its key."""
        key = self.key_of(record)
        if state is None:
            return self.new_state(key)
        if state.key != key:
            raise ValueError(
                f"change correlation: {kind} {record.id!r} has key {key!r}, state is for {state.key!r}"
            )
        return state

    def _rescore(
        self, state: CorrelatorState, tracked: TrackedGroup
    ) -> list[Emitted]:
        group = tracked.group
        start, end = self.reach(tracked)
        alerts = state.alerts
        read = (group.opened_at, group.service, start, end, state.buffer.edits,
                alerts.edits.get(group.service, 0), alerts.cuts)
        if read == tracked.read and not tracked.stale:
            return []  # the same inputs: the same set, already emitted
        tracked.read = read
        changes = state.buffer.window(start, end)
        rate = alerts if self.params.alert_rate else None
        ranked = rank_scoped(group, changes, self.params, rate)
        tracked.stale = False
        pending = [c.requested_at + self.params.max_rollout for c in ranked if c.live_at is None]
        tracked.hold_until = max(pending) if pending else None
        if ranked == tracked.emitted:
            return []
        return self._emit(tracked, ranked)

    def _emit(self, tracked: TrackedGroup, ranked: tuple[Candidate, ...]) -> list[Emitted]:
        """``ranked`` as the group's next version, with the withdrawals of the candidates of
        the last set emitted that are not in it (by ``change_id``, which makes the row id);
        as :class:`CorrelationRow` s when the join emits rows."""
        kept = {c.change_id for c in ranked}
        gone = [c for c in tracked.emitted if c.change_id not in kept]
        tracked.emitted = ranked
        tracked.version += 1
        group, version = tracked.group, tracked.version
        make = Candidate.row if self.rows else Candidate.correlation
        return [make(c, group, version) for c in ranked] + [make(c, group, version, True) for c in gone]

    def _bound_close(self, state: CorrelatorState, tracked: TrackedGroup) -> None:
        """Keep ``state.closes_from`` a lower bound once ``tracked`` may close sooner."""
        bound = state.closes_from
        if bound is not None:
            at = self.close_at(tracked)
            if at < bound:
                state.closes_from = at

    def _expire(self, state: CorrelatorState) -> list[Emitted]:
        """Close the groups whose windows closed (scoring a stale one a last time) and evict."""
        p = self.params
        out: list[Emitted] = []
        if state.groups and self._may_close(state):  # (none open: none closes, closes_from stays None)
            for gid in self._closing(state):
                tracked = state.groups.pop(gid)
                if tracked.stale:
                    out.extend(self._rescore(state, tracked))
            state.closes_from = min((self.close_at(t) for t in state.groups.values()), default=None)
        clock, buffer = state.change_clock, state.buffer
        if clock is not None:  # what evict and trim check first, checked here without their calls
            if buffer.times and buffer.times[0] < clock - buffer.retention:
                buffer.evict(clock)
            if len(buffer.changes) > p.max_buffered_changes:
                buffer.trim(p.max_buffered_changes)
        if state.alert_clock is not None:
            state.alerts.evict_before(state.alert_clock - p.horizon)
        return out

    def _may_close(self, state: CorrelatorState) -> bool:
        """Whether a group may close now (if not, :meth:`_closing` is empty: checked without it)."""
        if self.params.max_change_delay is not None or len(state.groups) > self.params.max_open_groups:
            return True
        bound = state.closes_from
        return bound is None or (state.change_clock is not None and state.change_clock >= bound)

    def _closing(self, state: CorrelatorState) -> list[str]:
        """The ids of the groups to close: those whose windows closed, then the oldest beyond
        ``max_open_groups``."""
        closing = [gid for gid, t in state.groups.items() if not self.is_open(state, t.group, self.close_at(t))]
        if len(state.groups) - len(closing) > self.params.max_open_groups:
            kept = sorted(
                (gid for gid in state.groups if gid not in closing),
                key=lambda gid: (state.groups[gid].group.opened_at, gid),
            )
            closing += kept[: len(kept) - self.params.max_open_groups]
        return closing


def _later(clock: datetime | None, t: datetime) -> datetime:
    return t if clock is None or t > clock else clock

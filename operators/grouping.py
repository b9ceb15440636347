"""Alert grouping in event time, the way Alertmanager groups (no Bytewax here).

The flow keys the alert stream by :meth:`AlertGrouper.key_of` and folds each key's
events through :meth:`AlertGrouper.step`, keeping the returned :class:`GroupState`.

Semantics, all in event time (the latest event time seen for the key is its clock):

- A group *opens* on its first firing event and a ``created`` record is emitted at once;
  ``opened_at`` is that event's ``starts_at``. ``group_wait`` does not delay it.
- A new member fingerprint or a higher severity is a change; changes are coalesced and
  emitted as one ``updated`` record on the first event at least ``group_interval``
  after the group's previous emission.
- A late firing event that starts before ``opened_at`` lowers ``opened_at`` only while
  the clock is less than ``group_wait`` past the group's creation; that correction is
  emitted at once, as an ``updated`` record of the same id. Later, it just joins.
- The group is ``resolved`` (emitted at once) when every member's latest resolution is
  not older than its latest ``starts_at``; ``resolved_at`` is the latest member
  ``ends_at``. With ``resolve_after``, a member not heard of for that long is resolved.
- A resolved group forgets its members. Events that start (firing) or end (resolved)
  no later than the last closed group's ``resolved_at`` belong to closed history and are
  ignored, so a replayed event never reopens a group. A firing after that opens a new
  group with a new id.
- A resolution that arrives before its firing waits (up to ``group_interval`` of event
  time) for the firing; the firing then joins already resolved.
- The group id is fixed when the group opens:
  ``make_id("group", workspace_id, group_key, opened_at.isoformat())``.

``step`` updates the state it is given in place and returns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any

from signalcraft.models import AlertEvent, AlertGroup, make_id
from signalcraft.operators.batching import fold_many, group_by_key
from signalcraft.operators.records import trusted
from signalcraft.params import GroupingParams
from signalcraft.sources.alert_rows import ALERTS

_DEFAULTS = GroupingParams()


_FIELDS = {
    "workspace": "workspace_id",
    "project": "project",
    "environment": "environment",
    "service": "service",
    "alertname": "name",
}
_SEVERITY_RANK = {"none": 0, "info": 1, "warning": 2, "error": 3, "critical": 4}


@dataclass(slots=True)
class OpenGroup:
    """The group currently open for a key, with its members."""

    id: str
    opened_at: datetime
    created_clock: datetime
    labels: dict[str, str]
    workspace_id: str
    project: str
    environment: str
    service: str
    max_severity: str
    version: int = 0
    last_emit: datetime | None = None
    pending: bool = False
    firing_since: dict[str, datetime] = field(default_factory=dict)
    """Member fingerprint -> ``starts_at`` of its latest firing episode."""
    resolved_until: dict[str, datetime] = field(default_factory=dict)
    """Member fingerprint -> latest ``ends_at`` seen for it."""
    last_seen: dict[str, datetime] = field(default_factory=dict)
    """Member fingerprint -> latest event time heard of it firing (for ``resolve_after``)."""

    def active(self, fp: str) -> bool:
        """Whether member ``fp`` is still firing: no resolution came after it started."""
        until = self.resolved_until.get(fp)
        return until is None or until < self.firing_since[fp]

    def any_active(self) -> bool:
        """``any(self.active(fp) for fp in self.firing_since)``, the same rule without a call per member (it runs
        at every event of the group): a group with no resolution has every member active."""
        resolved = self.resolved_until
        if not resolved:
            return bool(self.firing_since)
        for fp, since in self.firing_since.items():
            until = resolved.get(fp)
            if until is None or until < since:
                return True
        return False


@dataclass(slots=True)
class GroupState:
    """Everything :class:`AlertGrouper` keeps for one group key; small and picklable."""

    group_key: str
    clock: datetime
    """The latest event time seen for this key."""
    group: OpenGroup | None = None
    closed_until: datetime | None = None
    """``resolved_at`` of the last resolved group: older events are history."""
    orphans: dict[str, datetime] = field(default_factory=dict)
    """Fingerprint -> ``ends_at`` of resolutions whose firing has not arrived yet."""


def event_time(event: AlertEvent) -> datetime:
    """When the event happened: ``starts_at`` if firing, else ``ends_at`` (or ``starts_at``)."""
    if event.status == "firing":
        return event.starts_at
    return event.ends_at or event.starts_at


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


@lru_cache(maxsize=65_536)
def _group_key(items: tuple[tuple[str, str], ...]) -> str:
    """The key text of sorted label items; cached, since one key serves many alerts."""
    return "{" + ",".join(f"{k}={_quote(v)}" for k, v in items) + "}"


class AlertGrouper:
    """Turn a keyed stream of :class:`AlertEvent` into :class:`AlertGroup` records.

    The constructor takes :class:`~signalcraft.params.GroupingParams`' fields;
    :meth:`of` takes the dataclass.

    >>> from datetime import datetime, timezone
    >>> ev = AlertEvent(id="a1", workspace_id="w", project="p", environment="prod",
    ...     service="api", name="HighLatency", severity="warning", status="firing",
    ...     labels={"team": "core"}, fingerprint="f1",
    ...     starts_at=datetime(2024, 1, 1, tzinfo=timezone.utc), source="test")
    >>> grouper = AlertGrouper(group_by=("workspace", "alertname", "team"))
    >>> grouper.key_of(ev)
    '{alertname="HighLatency",team="core",workspace="w"}'
    >>> state, out = grouper.step(None, ev)
    >>> [(g.status, g.version, g.alert_count) for g in out]
    [('created', 1, 1)]
    """

    def __init__(
        self,
        group_by: tuple[str, ...] = _DEFAULTS.group_by,
        group_wait: timedelta = _DEFAULTS.group_wait,
        group_interval: timedelta = _DEFAULTS.group_interval,
        resolve_after: timedelta | None = _DEFAULTS.resolve_after,
    ):
        GroupingParams(group_by, group_wait, group_interval, resolve_after)  # checks them
        self.group_by = group_by
        self.group_wait = group_wait
        self.group_interval = group_interval
        self.resolve_after = resolve_after
        self._by_name = tuple((name, _FIELDS.get(name)) for name in sorted(set(group_by)))
        """The ``group_by`` names, sorted, each with the event attribute it reads (or none: a label)."""
        attrs = [attr for _, attr in self._by_name]
        self._attrs = attrgetter(*attrs) if len(attrs) > 1 and all(attrs) else None
        """The values of ``_by_name`` in one call, when they are all attributes (the default)."""
        self._keys: dict[tuple[str, ...], str] = {}
        """The ``group_by`` values, by sorted name -> the group key."""

    @classmethod
    def of(cls, params: GroupingParams) -> AlertGrouper:
        """The grouper with ``params``."""
        return cls(params.group_by, params.group_wait, params.group_interval, params.resolve_after)

    # -- keys -------------------------------------------------------------------------

    def group_labels(self, event: AlertEvent) -> dict[str, str]:
        """The ``group_by`` values of ``event``; empty values are left out, as Alertmanager does."""
        labels = {}
        for name in self.group_by:
            attr = _FIELDS.get(name)
            value = getattr(event, attr) if attr else event.labels.get(name, "")
            if value:
                labels[name] = value
        return labels

    def key_of(self, event: AlertEvent) -> str:
        """The group key: the ``group_by`` values, sorted by name, Alertmanager style."""
        if self._attrs is not None:
            values = self._attrs(event)
        else:
            values = tuple(getattr(event, attr) if attr else event.labels.get(name, "") for name, attr in self._by_name)
        key = self._keys.get(values)
        if key is None:
            items = tuple((name, v) for (name, _), v in zip(self._by_name, values, strict=True) if v)
            key = _group_key(items)
            if len(self._keys) >= 65_536:
                self._keys.clear()
            self._keys[values] = key
        return key

    # -- the fold ---------------------------------------------------------------------

    def step(
        self, state: GroupState | None, event: AlertEvent, key: str | None = None
    ) -> tuple[GroupState, list[AlertGroup]]:
        """Fold one event of one key into ``state``; return the state and what to emit.
        ``key``: the event's :meth:`key_of`, when the caller has it already."""
        if key is None:
            key = self.key_of(event)
        t = event_time(event)
        if state is None:
            state = GroupState(group_key=key, clock=t)
        elif state.group_key != key:
            raise ValueError(
                f"alert grouping: event {event.id!r} has key {key!r}, state is for {state.group_key!r}"
            )
        state.clock = max(state.clock, t)
        out: list[AlertGroup] = []
        if event.status == "firing":
            correction = self._on_firing(state, event, out)
        else:
            correction = False
            self._on_resolved(state, event)
        self._expire(state)
        if not self._close_if_resolved(state, out):
            self._flush(state, out, force=correction)
        self._evict_orphans(state)
        return state, out

    def step_many(
        self, state: GroupState | None, events: list[AlertEvent]
    ) -> tuple[GroupState | None, list[AlertGroup]]:
        """Fold several events of one key, in order: one call per key per input batch."""
        return fold_many(self.step, state, events)

    def by_key(self, records: list[Any]) -> list[tuple[str, list[AlertEvent]]]:
        """The alert events (records or rows) among ``records``, by group key, each key's in order."""
        return group_by_key(records, lambda r: self.key_of(r) if isinstance(r, ALERTS) else None)

    def _on_firing(self, state: GroupState, event: AlertEvent, out: list[AlertGroup]) -> bool:
        """Apply a firing event; return whether ``opened_at`` was corrected."""
        start = event.starts_at
        if state.closed_until is not None and start <= state.closed_until:
            return False  # history of a closed group
        g = state.group
        if g is None:
            g = state.group = self._open(state, event)
            self._join(state, g, event)
            out.append(self._emit(state, g, "created"))
            return False
        corrected = False
        if start < g.opened_at and state.clock - g.created_clock < self.group_wait:
            g.opened_at = start
            corrected = True
        if self._join(state, g, event):
            g.pending = True
        return corrected

    def _open(self, state: GroupState, event: AlertEvent) -> OpenGroup:
        opened_at = event.starts_at
        return OpenGroup(
            id=make_id("group", event.workspace_id, state.group_key, opened_at.isoformat()),
            opened_at=opened_at,
            created_clock=state.clock,
            labels=self.group_labels(event),
            workspace_id=event.workspace_id,
            project=event.project,
            environment=event.environment,
            service=event.service,
            max_severity=event.severity,
        )

    def _join(self, state: GroupState, g: OpenGroup, event: AlertEvent) -> bool:
        """Add a firing event to ``g``; return whether membership or severity changed."""
        fp = event.fingerprint
        new = fp not in g.firing_since
        if new or event.starts_at > g.firing_since[fp]:
            g.firing_since[fp] = event.starts_at
        seen = max(event.starts_at, event.ends_at or event.starts_at)
        g.last_seen[fp] = max(g.last_seen.get(fp, seen), seen)
        orphan = state.orphans.pop(fp, None)
        if orphan is not None:
            g.resolved_until[fp] = max(g.resolved_until.get(fp, orphan), orphan)
        rose = _SEVERITY_RANK[event.severity] > _SEVERITY_RANK[g.max_severity]
        if rose:
            g.max_severity = event.severity
        return new or rose

    def _on_resolved(self, state: GroupState, event: AlertEvent) -> None:
        fp, end = event.fingerprint, event_time(event)
        if state.closed_until is not None and end <= state.closed_until:
            return  # history of a closed group: no open member started that early
        g = state.group
        if g is not None and fp in g.firing_since:
            g.resolved_until[fp] = max(g.resolved_until.get(fp, end), end)
        else:
            state.orphans[fp] = max(state.orphans.get(fp, end), end)

    def _expire(self, state: GroupState) -> None:
        """With ``resolve_after``, resolve members not heard of for that long."""
        g = state.group
        if g is None or self.resolve_after is None:
            return
        for fp, seen in g.last_seen.items():
            deadline = seen + self.resolve_after
            if g.active(fp) and deadline <= state.clock:
                g.resolved_until[fp] = deadline

    def _close_if_resolved(self, state: GroupState, out: list[AlertGroup]) -> bool:
        g = state.group
        if g is None or g.any_active():
            return False
        resolved_at = max(g.resolved_until.values())
        out.append(self._emit(state, g, "resolved", resolved_at))
        state.closed_until = max(state.closed_until or resolved_at, resolved_at)
        state.group = None
        return True

    def _flush(self, state: GroupState, out: list[AlertGroup], force: bool) -> None:
        g = state.group
        if g is None or not (force or g.pending):
            return
        if force or g.last_emit is None or state.clock - g.last_emit >= self.group_interval:
            out.append(self._emit(state, g, "updated"))

    def _evict_orphans(self, state: GroupState) -> None:
        """Forget resolutions that no firing can still claim (bounded state)."""
        if not state.orphans:
            return
        horizon = state.clock - self.group_interval
        if state.closed_until is not None:
            horizon = max(horizon, state.closed_until)
        state.orphans = {fp: end for fp, end in state.orphans.items() if end > horizon}

    def _emit(
        self, state: GroupState, g: OpenGroup, status: str, resolved_at: datetime | None = None
    ) -> AlertGroup:
        g.version += 1
        g.last_emit = state.clock
        g.pending = False
        members = tuple(sorted(g.firing_since))
        return trusted(AlertGroup, {  # its values are of validated alert events (operators/records.py)
            "id": g.id,
            "workspace_id": g.workspace_id,
            "group_key": state.group_key,
            "group_labels": dict(g.labels),
            "project": g.project,
            "environment": g.environment,
            "service": g.service,
            "status": status,
            "opened_at": g.opened_at,
            "updated_at": state.clock,
            "resolved_at": resolved_at,
            "fingerprints": members,
            "alert_count": len(members),
            "max_severity": g.max_severity,
            "version": g.version,
        })

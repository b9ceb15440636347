"""Resolutions that name their incident by an alert's fingerprint, attached to its group (no Bytewax).

A :class:`~signalcraft.models.Resolution` may say which alert group it resolves by
``group_id``, or by ``fingerprint``: one of the group's alerts, as Alertmanager
fingerprints it (what a responder's tool knows). The flow keys both the alert groups the
grouping emits and such resolutions by (workspace, fingerprint) and folds them through
:meth:`ResolutionAttacher.step`, keeping the groups that held the fingerprint (the latest
``max_groups``). A resolution goes to the latest group of its fingerprint opened at or
before its ``resolved_at`` (an alert that fired again later belongs to a later group),
and is emitted with ``group_id`` set. Groups are emitted as they open, before the
resolutions that follow them in event time; but on a backlog (a replay, a restart) a
resolution can reach the step before the group its alert opened (another topic, another
partition). So one that matches no group yet waits, in the key's state, for up to
``wait_s`` seconds of processing time (default 300) and until the input ends: a group that
arrives meanwhile takes it; after that it is a dead letter with the reason.

>>> from datetime import datetime, timezone
>>> from signalcraft.models import AlertGroup, Resolution
>>> t = datetime(2025, 3, 11, 14, 0, tzinfo=timezone.utc)
>>> g = AlertGroup(id="g1", workspace_id="w", group_key="k", group_labels={}, project="p", environment="e",
...     service="s", status="created", opened_at=t, updated_at=t, fingerprints=("fp1",), alert_count=1,
...     max_severity="critical", version=1)
>>> r = Resolution(id="r1", workspace_id="w", fingerprint="fp1", resolved_at=t.replace(hour=15), fix="rollback",
...     source="signalcraft-resolution")
>>> attacher = ResolutionAttacher()
>>> state, _ = attacher.step(None, g)
>>> state, [done] = attacher.step(state, r)
>>> (done.group_id, done.fingerprint)
('g1', 'fp1')

A resolution ahead of its group waits for it:

>>> state, out = attacher.step(None, r, now=0.0)
>>> out, attacher.next_deadline(state)
([], 300.0)
>>> state, [done] = attacher.step(state, g, now=1.0)
>>> done.group_id
'g1'
>>> state, out = attacher.step(None, r, now=0.0)
>>> state, [dead] = attacher.expire(state, now=301.0)
>>> dead.step
'attach'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from signalcraft.models import AlertGroup, DeadLetter, Resolution

__all__ = ["AttachKeys", "AttachState", "ResolutionAttacher", "attach_keys"]


@dataclass(slots=True)
class AttachState:
    """The groups that held one fingerprint: ``(opened_at, group id)``, oldest first; and the
    resolutions waiting for one: ``(deadline, resolution)``."""

    groups: list[tuple[datetime, str]] = field(default_factory=list)
    waiting: list[tuple[float, Resolution]] = field(default_factory=list)

    def __deepcopy__(self, memo: dict[int, object]) -> AttachState:
        """An independent copy, as Bytewax takes one of the state at every epoch end: new
        lists holding the same items. Every item is a tuple of immutable values (a datetime
        and a group id; a deadline and a frozen :class:`~signalcraft.models.Resolution`
        whose fields are strings, datetimes and tuples), never changed in place (a change
        replaces it or the list), so sharing them is as good as copying them and costs two
        list copies (under 1 µs) instead of a copy of every datetime and of every field of
        every waiting resolution (14 µs for two groups, 95 µs for twenty and five waiting).

        >>> import copy
        >>> from datetime import timezone
        >>> r = Resolution(id="r1", workspace_id="w", fingerprint="fp1", fix="f", source="s",
        ...     resolved_at=datetime(2025, 3, 11, 15, 0, tzinfo=timezone.utc))
        >>> state = AttachState(waiting=[(300.0, r)])
        >>> copied = copy.deepcopy(state)
        >>> copied.waiting is state.waiting, copied.waiting[0][1] is r
        (False, True)
        """
        copied = AttachState(list(self.groups), list(self.waiting))
        memo[id(self)] = copied
        return copied


def attach_keys(item: AlertGroup | Resolution) -> list[tuple[str, AlertGroup | Resolution]]:
    """``(workspace/fingerprint, item)`` for each fingerprint a group holds, or the one a
    resolution names; nothing for a resolution that names its group already."""
    if isinstance(item, AlertGroup):
        return [(f"{item.workspace_id}/{fp}", item) for fp in item.fingerprints]
    if item.group_id is None and item.fingerprint is not None:
        return [(f"{item.workspace_id}/{item.fingerprint}", item)]
    return []


class AttachKeys:
    """:func:`attach_keys`, leaving out the ``(group, fingerprint)`` pairs it gave before.

    A group is emitted at every version (created, each update, resolved), mostly with the
    fingerprints of its last version (44,096 pairs for 19,800 distinct ones on the dense
    backlog), and each pair costs the keyed step a call. A pair the step has had before
    changes nothing there: the group is held already (:meth:`ResolutionAttacher.step` keeps
    the first ``opened_at`` it heard), and the waiting resolutions were tried against the
    same groups when they came and at the last group that did change the state. So only
    the fingerprints new to a group since its last emission are keyed: the attached
    resolutions, the dead letters and the states are those of every pair.

    What it remembers (group id -> the fingerprints last given, forgotten when the group
    is resolved, all of it past ``max_groups``) is a cache of what was sent, not state: a
    pair it forgot, or did not hear of in this process (after a restart from a snapshot),
    is given again, which changes nothing. A group's emissions come in order from the one
    worker of its join key, so workers sharing it never share a group.

    >>> from datetime import datetime, timezone
    >>> t = datetime(2025, 3, 11, 14, 0, tzinfo=timezone.utc)
    >>> def g(status, *fps):
    ...     return AlertGroup(id="g1", workspace_id="w", group_key="k", group_labels={}, project="p",
    ...         environment="e", service="s", status=status, opened_at=t, updated_at=t, fingerprints=fps,
    ...         alert_count=len(fps), max_severity="critical", version=1)
    >>> keys = AttachKeys()
    >>> [[k for k, _ in keys(g(*v))] for v in [("created", "a"), ("updated", "a", "b"), ("resolved", "a", "b")]]
    [['w/a'], ['w/b'], []]
    """

    def __init__(self, max_groups: int = 65_536) -> None:
        self.max_groups = max_groups
        self._given: dict[str, tuple[str, ...]] = {}

    def __call__(self, item: AlertGroup | Resolution) -> list[tuple[str, AlertGroup | Resolution]]:
        if not isinstance(item, AlertGroup):
            return attach_keys(item)
        fps, given = item.fingerprints, self._given.get(item.id)
        if item.status == "resolved":
            self._given.pop(item.id, None)
        else:
            if given is None and len(self._given) >= self.max_groups:
                self._given.clear()
            self._given[item.id] = fps
        if given is not None:
            if fps == given:
                return []
            fps = [fp for fp in fps if fp not in given]
        return [(f"{item.workspace_id}/{fp}", item) for fp in fps]


class ResolutionAttacher:
    """Keep which groups held a fingerprint; attach resolutions that name it.

    ``now`` (seconds, processing time) only times how long an unmatched resolution waits;
    which group it goes to is decided by event time alone.
    """

    def __init__(self, max_groups: int = 20, wait_s: float = 300.0, max_waiting: int = 100) -> None:
        self.max_groups = max_groups
        self.wait_s = wait_s
        self.max_waiting = max_waiting

    def step(self, state: AttachState | None, item: AlertGroup | Resolution, now: float = 0.0) -> tuple[
            AttachState, list[Resolution | DeadLetter]]:
        state = state or AttachState()
        if isinstance(item, AlertGroup):
            if all(gid != item.id for _, gid in state.groups):
                state.groups.append((item.opened_at, item.id))
                state.groups.sort()
                del state.groups[:-self.max_groups]
            return state, self._take_waiting(state)
        group = self._group_of(state, item)
        if group is not None:
            return state, [item.model_copy(update={"group_id": group})]
        state.waiting.append((now + self.wait_s, item))
        out: list[Resolution | DeadLetter] = []
        while len(state.waiting) > self.max_waiting:  # bounded: the oldest gives up first
            out.append(self._dead(state.waiting.pop(0)[1]))
        return state, out

    def expire(self, state: AttachState, now: float) -> tuple[AttachState, list[DeadLetter]]:
        """Dead letters for the resolutions whose wait ended by ``now``."""
        dead = [self._dead(r) for deadline, r in state.waiting if deadline <= now]
        state.waiting = [(d, r) for d, r in state.waiting if d > now]
        return state, dead

    def flush(self, state: AttachState) -> tuple[AttachState, list[DeadLetter]]:
        """The input ended: every waiting resolution is a dead letter."""
        return self.expire(state, float("inf"))

    @staticmethod
    def next_deadline(state: AttachState) -> float | None:
        if not state.waiting:
            return None  # the common case (asked after every call), answered without a generator
        return min(d for d, _ in state.waiting)

    def _take_waiting(self, state: AttachState) -> list[Resolution | DeadLetter]:
        if not state.waiting:
            return []
        out: list[Resolution | DeadLetter] = []
        still = []
        for deadline, r in state.waiting:
            group = self._group_of(state, r)
            if group is None:
                still.append((deadline, r))
            else:
                out.append(r.model_copy(update={"group_id": group}))
        state.waiting = still
        return out

    @staticmethod
    def _group_of(state: AttachState, r: Resolution) -> str | None:
        held = [gid for opened, gid in state.groups if opened <= r.resolved_at]
        return held[-1] if held else None

    @staticmethod
    def _dead(r: Resolution) -> DeadLetter:
        reason = (f"resolution {r.id}: no alert group held fingerprint {r.fingerprint!r} "
                  f"by {r.resolved_at.isoformat()} (is change correlation on, and did the alert arrive?)")
        return DeadLetter.of_record(r, "attach", reason)

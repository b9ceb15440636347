"""Resolutions that name their incident by an alert's fingerprint, attached to its group (no Bytewax).

A :class:`~signalcraft.models.Resolution` may say which alert group it resolves by
``group_id``, or by ``fingerprint``: one of the group's alerts, as Alertmanager
fingerprints it (what a responder's tool knows). The flow keys both the alert groups the
grouping emits and such resolutions by (workspace, fingerprint) and folds them through
:meth:`ResolutionAttacher.step`, keeping the groups that held the fingerprint (the latest
``max_groups``). A resolution goes to the latest group of its fingerprint opened at or
before its ``resolved_at`` (an alert that fired again later belongs to a later group),
and is emitted with ``group_id`` set; one that matches no group is a dead letter with
the reason. Groups are emitted as they open, before the resolutions that follow them in
event time, so a resolution never waits.

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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from signalcraft.models import AlertGroup, DeadLetter, Resolution

__all__ = ["AttachState", "ResolutionAttacher", "attach_keys"]


@dataclass(slots=True)
class AttachState:
    """The groups that held one fingerprint: ``(opened_at, group id)``, oldest first."""

    groups: list[tuple[datetime, str]] = field(default_factory=list)


def attach_keys(item: AlertGroup | Resolution) -> list[tuple[str, AlertGroup | Resolution]]:
    """``(workspace/fingerprint, item)`` for each fingerprint a group holds, or the one a
    resolution names; nothing for a resolution that names its group already."""
    if isinstance(item, AlertGroup):
        return [(f"{item.workspace_id}/{fp}", item) for fp in item.fingerprints]
    if item.group_id is None and item.fingerprint is not None:
        return [(f"{item.workspace_id}/{item.fingerprint}", item)]
    return []


class ResolutionAttacher:
    """Keep which groups held a fingerprint; attach resolutions that name it."""

    def __init__(self, max_groups: int = 20) -> None:
        self.max_groups = max_groups

    def step(self, state: AttachState | None, item: AlertGroup | Resolution) -> tuple[
            AttachState, list[Resolution | DeadLetter]]:
        state = state or AttachState()
        if isinstance(item, AlertGroup):
            if all(gid != item.id for _, gid in state.groups):
                state.groups.append((item.opened_at, item.id))
                state.groups.sort()
                del state.groups[:-self.max_groups]
            return state, []
        held = [gid for opened, gid in state.groups if opened <= item.resolved_at]
        if not held:
            reason = (f"resolution {item.id}: no alert group held fingerprint {item.fingerprint!r} "
                      f"by {item.resolved_at.isoformat()} (is change correlation on, and did the alert arrive?)")
            return state, [DeadLetter.of_record(item, "attach", reason)]
        return state, [item.model_copy(update={"group_id": held[-1]})]

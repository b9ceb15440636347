"""Resolutions named by an alert's fingerprint: attached to the latest group that held it by
then; none, a dead letter with the reason; one with neither group nor fingerprint refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from signalcraft.models import AlertGroup, DeadLetter, Resolution
from signalcraft.operators.resolutions import ResolutionAttacher, attach_keys

T = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)


def group(gid: str, hours: float, *fps: str) -> AlertGroup:
    at = T + timedelta(hours=hours)
    return AlertGroup(id=gid, workspace_id="w", group_key="k", group_labels={}, project="p", environment="e",
                      service="s", status="created", opened_at=at, updated_at=at, fingerprints=fps, alert_count=1,
                      max_severity="critical", version=1)


def resolution(hours: float, fingerprint: str = "fp1", **kw) -> Resolution:
    return Resolution(id=f"r{hours}", workspace_id="w", fingerprint=fingerprint, resolved_at=T + timedelta(hours=hours),
                      fix="rolled back", source="signalcraft-resolution", **kw)


def fold(items):
    """Every item through the attacher, then the end of input (waiting resolutions give up)."""
    attacher, states, out = ResolutionAttacher(), {}, []
    for item in items:
        for key, value in attach_keys(item):
            states[key], emitted = attacher.step(states.get(key), value)
            out += emitted
    for key, state in states.items():
        states[key], emitted = attacher.flush(state)
        out += emitted
    return out


def test_a_resolution_goes_to_the_latest_group_that_held_its_alert_by_then():
    out = fold([group("g1", 0, "fp1", "fp2"), group("g2", 5, "fp1"), resolution(2), resolution(6)])
    assert [(r.id, r.group_id, r.fingerprint) for r in out] == [("r2", "g1", "fp1"), ("r6", "g2", "fp1")]


def test_a_resolution_of_an_alert_no_group_held_is_a_dead_letter_with_the_reason():
    [dead] = fold([group("g1", 3, "fp1"), resolution(1)])
    assert isinstance(dead, DeadLetter) and dead.step == "attach"
    assert "no alert group held fingerprint 'fp1' by 2025-03-11T15:00:00+00:00" in dead.reason
    [dead] = fold([group("g1", 0, "fp1"), resolution(1, fingerprint="other")])
    assert "'other'" in dead.reason


def test_a_resolution_ahead_of_its_group_waits_for_it():
    # on a backlog the resolution (another topic) can reach the step before its alert's group
    out = fold([resolution(2), group("g1", 0, "fp1"), resolution(3)])
    assert [(r.id, r.group_id) for r in out] == [("r2", "g1"), ("r3", "g1")]


def test_a_waiting_resolution_gives_up_after_its_wait_and_the_wait_is_bounded():
    attacher = ResolutionAttacher(wait_s=60, max_waiting=2)
    state, out = attacher.step(None, resolution(1), now=100.0)
    assert out == [] and attacher.next_deadline(state) == 160.0
    state, out = attacher.expire(state, now=159.0)
    assert out == []
    state, [dead] = attacher.expire(state, now=160.0)
    assert dead.step == "attach" and attacher.next_deadline(state) is None
    for hours in (1, 2, 3):
        state, out = attacher.step(state, resolution(hours), now=200.0)
    assert [d.step for d in out] == ["attach"] and len(state.waiting) == 2  # the oldest gave up


def test_a_resolution_that_names_its_group_is_not_attached_again():
    assert attach_keys(resolution(1, group_id="g9")) == []


def test_a_resolution_must_name_its_group_somehow():
    with pytest.raises(ValidationError, match="names its alert group"):
        Resolution(id="r", workspace_id="w", resolved_at=T, fix="f", source="s")


def test_only_the_latest_groups_of_a_fingerprint_are_kept():
    attacher = ResolutionAttacher(max_groups=3)
    state = None
    for i in range(10):
        state, _ = attacher.step(state, group(f"g{i}", i, "fp1"))
    assert [gid for _, gid in state.groups] == ["g7", "g8", "g9"]


def test_a_stopping_service_keeps_its_waiting_resolutions_and_a_resume_restarts_their_wait():
    from signalcraft.flows.resolutions import _Attach

    now = [1000.0]
    ending = _Attach(ResolutionAttacher(wait_s=60), None, lambda: now[0], flush_at_eof=True)
    assert ending.on_item(resolution(1)) == ([], False)
    [dead], _ = ending.on_eof()  # a bounded run: the end is the end
    assert dead.step == "attach"

    stopping = _Attach(ResolutionAttacher(wait_s=60), None, lambda: now[0], flush_at_eof=False)
    stopping.on_item(resolution(1))
    assert stopping.on_eof() == ([], False) and stopping.notify_at().timestamp() == 1060.0
    snapshot = stopping.snapshot()
    now[0] = 5000.0  # down for an hour
    resumed = _Attach(ResolutionAttacher(wait_s=60), snapshot, lambda: now[0], flush_at_eof=False)
    assert resumed.notify_at().timestamp() == 5060.0  # a fresh wait, not expired at once
    [attached], _ = resumed.on_item(group("g1", 0, "fp1"))
    assert attached.group_id == "g1"


def test_a_snapshot_is_not_changed_by_what_the_step_does_after_it():
    import pickle

    from signalcraft.flows.resolutions import _Attach

    logic = _Attach(ResolutionAttacher(wait_s=60, max_waiting=3), None, lambda: 1000.0, flush_at_eof=True)
    logic.on_item(group("g1", 5, "fp1"))
    logic.on_item(resolution(1))  # before g1: waits
    snapshot = logic.snapshot()
    frozen = pickle.dumps(snapshot)
    for hours in (2, 3, 4):
        logic.on_item(resolution(hours))  # waits; the bound lets the oldest go
    for i in range(25):
        logic.on_item(group(f"g{i + 2}", i - 10, "fp1"))  # groups added, sorted, trimmed; the waiting taken
    logic.on_notify()
    logic.on_eof()
    assert pickle.dumps(snapshot) == frozen
    assert [gid for _, gid in snapshot.groups] == ["g1"] and [r.id for _, r in snapshot.waiting] == ["r1"]

"""When the streaming miner mines: every time a record's event time passes a multiple of
``every``, as of that multiple, whatever the batches, late records and exact boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AuditEntry
from signalcraft.operators import silence_mining
from signalcraft.operators.silence_mining import SilenceMiner

T0 = datetime(2026, 1, 5, tzinfo=UTC)
H = timedelta(hours=1)


def ack(i: int, at: datetime) -> AuditEntry:
    return AuditEntry(id=f"ack-{i}", workspace_id="w", action="ack", target=f"fp-{i}", timestamp=at, source="s")


def expected_runs(times: list[datetime], every: timedelta) -> list[datetime]:
    """The rule written per record: floor each time; mine when the floor passes the last one."""
    floors = [silence_mining._floor(t, every) for t in times]
    runs, last = [], floors[0]
    for f in floors[1:]:
        if f > last:
            runs.append(f)
            last = f
    return runs


OFFSETS = [
    [0, 1, 5.9, 6, 6, 12.5, 13, 40],  # exact boundaries, a jump of several periods
    [3, 2.5, 7, 5, 6.5, 12, 11.99, 18.000001],  # late records never mine
    [5.999999, 6.0, 0.5, 30, 29, 36],
]


@pytest.mark.parametrize("offsets", OFFSETS)
@pytest.mark.parametrize("batch", [1, 3, 100])
def test_mining_runs_at_the_period_boundaries_a_record_passes(monkeypatch, offsets, batch):
    miner = SilenceMiner()
    every = miner.params.every
    times = [T0 + timedelta(seconds=round(h * 3600, 6)) for h in offsets]
    runs: list[datetime] = []
    monkeypatch.setattr(SilenceMiner, "_mine", lambda self, state, now: runs.append(now) or [])
    records = [ack(i, t) for i, t in enumerate(times)]
    state = None
    for i in range(0, len(records), batch):
        state, _ = miner.step_many(state, records[i:i + batch])
    assert every == 6 * H
    assert runs == expected_runs(times, every)
    assert runs  # every case crosses at least one boundary
    assert state.mined_until == runs[-1]


def test_by_workspace_keeps_each_workspaces_order_and_only_what_mining_reads():
    from signalcraft.models import LogRecord

    log = LogRecord(id="l", workspace_id="a", project="p", environment="e", service="s", severity_number=9,
                    is_error=False, body="b", timestamp=T0, source="s")
    acks = [ack(i, T0 + i * H).model_copy(update={"workspace_id": "ab"[i % 2]}) for i in range(5)]
    grouped = SilenceMiner.by_workspace([acks[0], log, acks[1], acks[2], "x", acks[3], acks[4]])
    assert [(ws, [r.id for r in rs]) for ws, rs in grouped] == [
        ("a", ["ack-0", "ack-2", "ack-4"]), ("b", ["ack-1", "ack-3"])]

"""A decoded batch is counted and sorted for the store per batch, not per record: the same
counts (in the same order), stored records, resolutions to attach and dead letters as
record by record, over every bundled example in seeded mixes of topics, refusals and
unrouted messages."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import signalcraft.sources
from signalcraft.models import (
    AlertEvent,
    AlertMute,
    AuditEntry,
    ChangeEvent,
    LogRecord,
    MetricPoint,
    RawMessage,
    Resolution,
)
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sources.decode import decode

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
KINDS = ("alerts", "audit", "changes", "logs", "metrics", "resolutions")
TOPICS = {f"in.{kind}": kind for kind in KINDS}
BRANCH_KINDS = [(AlertEvent, ChangeEvent), (AlertEvent, LogRecord, MetricPoint), (AuditEntry, AlertEvent, AlertMute),
                (LogRecord,), (Resolution,), (AlertEvent,)]
"""What the flow's branches take of a decoded batch (``flows/pipeline.py``), and a kind alone."""


def messages() -> list[RawMessage]:
    out = [RawMessage(f"in.{path.parent.name}", 0, i, path.read_bytes(), None, {}, 1_700_000_000_000)
           for i, path in enumerate(sorted(EXAMPLES.glob("*/*.json")))]
    out += [RawMessage("in.alerts", 0, 900, b"{not json", None, {}, None),
            RawMessage("in.changes", 0, 901, b"[]", None, {"sc-format": "github"}, None),
            RawMessage("elsewhere", 0, 902, b"{}", None, {}, None)]
    return out


def per_record(batch: list[RawMessage]) -> tuple[list, list, dict]:
    """Records, dead letters and counts as the decoder made them one record at a time."""
    records, dead, counts = [], [], {}
    for raw in batch:
        kind = TOPICS.get(raw.topic)
        if kind is None:
            dead.append(("route", raw.offset))
            continue
        decoded, refused = decode(raw, kind, Identity())
        if refused is not None:
            dead.append((refused.step, raw.offset))
            continue
        records += decoded
        for record in decoded:
            counts[(raw.topic, type(record))] = counts.get((raw.topic, type(record)), 0) + 1
    return records, dead, counts


def batches(seed: int) -> list[list[RawMessage]]:
    rng = random.Random(seed)
    pool = [m for m in messages() for _ in range(rng.randint(1, 3))]
    rng.shuffle(pool)
    if seed % 2:
        pool.sort(key=lambda m: m.topic)  # long runs of one topic
    cuts = sorted(rng.sample(range(1, len(pool)), 4))
    return [pool[lo:hi] for lo, hi in zip([0, *cuts], [*cuts, len(pool)], strict=True)]


@pytest.mark.parametrize("seed", range(6))
def test_a_batch_is_counted_and_stored_as_record_by_record(seed):
    decoder, kinds_seen = BatchDecoder(TOPICS, Identity()), set()
    for batch in batches(seed):
        got = decoder(batch)
        records, dead, counts = per_record(batch)
        assert [r.id for r in got.records] == [r.id for r in records]
        assert [(d.step, d.offset) for d in got.dead] == dead
        assert list(got.counts.items()) == list(counts.items())
        assert got.types == set(map(type, records))  # what the branches learn the batch's kinds from
        for mined in (False, True):
            held = (Resolution, LogRecord) if mined else (Resolution,)
            want = [r for r in records if not isinstance(r, held) or getattr(r, "group_id", None) is not None]
            assert [x.id for x in got.stored(mined)] == [r.id for r in want] + [d.id for d in got.dead]
        assert [r.id for r in got.to_attach()] == [
            r.id for r in records if isinstance(r, Resolution) and r.group_id is None]
        for wanted in BRANCH_KINDS:
            picked = got.of_kinds(wanted)
            assert [r.id for r in picked] == [r.id for r in records if isinstance(r, wanted)]
            assert picked is not got.records
        kinds_seen |= {kind for _, kind in counts}
    assert {Resolution, LogRecord} <= kinds_seen and len(kinds_seen) >= 6


def test_a_batch_without_held_records_is_stored_whole():
    alerts = [m for m in messages() if m.topic == "in.alerts" and m.offset < 900]
    got = BatchDecoder(TOPICS, Identity())(alerts)
    assert got.records and got.to_attach() == []
    assert got.stored(True) == [*got.records, *got.dead] and got.stored(True) is not got.records

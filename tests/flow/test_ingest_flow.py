"""The ingest flow on bytewax.testing sources: records to the store, refusals to the DLQ."""

from __future__ import annotations

import json
from pathlib import Path

from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.models import RawMessage
from signalcraft.sinks.schema import table_for

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"

WEBHOOK = {
    "version": "4",
    "groupKey": '{}:{alertname="DiskFull"}',
    "status": "firing",
    "receiver": "team",
    "alerts": [
        {
            "status": "firing",
            "labels": {
                "alertname": "DiskFull", "service": "db", "project": "search", "env": "production",
                "severity": "critical",
            },
            "annotations": {"summary": "disk 97% full"},
            "startsAt": "2026-03-01T10:00:00.123456789+01:00",
            "endsAt": "0001-01-01T00:00:00Z",
            "fingerprint": "aa11",
        },
        {
            "status": "resolved",
            "labels": {
                "alertname": "DiskFull", "service": "db2", "project": "search", "env": "production",
                "severity": "critical",
            },
            "annotations": {},
            "startsAt": "2026-03-01T08:00:00Z",
            "endsAt": "2026-03-01T09:30:00Z",
            "fingerprint": "bb22",
        },
    ],
}


def run(settings: Settings, batches: list[list[RawMessage]]):
    """Run the flow; return the stored rows (as dicts, by table) and the dead-letter messages."""
    stored: list = []
    dlq: list = []
    flow = build_flow(settings, TestingSource(batches), TestingSink(stored), TestingSink(dlq))
    run_main(flow)
    rows: dict[str, list[dict]] = {}
    for _key, tables in stored:
        if isinstance(tables, list):  # alert groups and correlations, as records
            for record in tables:
                rows.setdefault(table_for(record), []).append(record.model_dump())
            continue
        for name, table in tables.items():
            rows.setdefault(name, []).extend(table.to_pylist())
    return rows, dlq


def test_good_and_bad_messages_split_between_store_and_dead_letter_topic():
    settings = Settings()
    topic = settings.topics.alerts
    good = RawMessage(topic, 0, 10, json.dumps(WEBHOOK).encode(), key=b"k1")
    not_json = RawMessage(topic, 1, 4, b"{not json", headers={"sc-format": "alertmanager"})
    wrong_kind = RawMessage(settings.topics.changes, 0, 2, json.dumps(WEBHOOK).encode())
    stray = RawMessage("somebody.else", 0, 0, b"{}")

    rows, dlq = run(settings, [[good, not_json], [wrong_kind, stray]])

    alerts, dead = rows["alert_events"], rows["dlq"]
    assert set(rows) == {"alert_events", "dlq", "alert_groups"}
    # the firing alert opened a group; the resolution without a firing opened none
    assert [(g["service"], g["status"], g["alert_count"]) for g in rows["alert_groups"]] == [("db", "created", 1)]
    assert [(a["service"], a["status"]) for a in alerts] == [("db", "firing"), ("db2", "resolved")]
    assert alerts[0]["starts_at"].isoformat() == "2026-03-01T09:00:00.123456+00:00"
    assert alerts[0]["ends_at"] is None
    assert {(d["source_topic"], d["source_partition"], d["source_offset"], d["step"]) for d in dead} == {
        (topic, 1, 4, "json"),
        (settings.topics.changes, 0, 2, "format"),
        ("somebody.else", 0, 0, "route"),
    }
    # the same refusals reach the dead-letter topic with the original bytes and the reason
    assert len(dlq) == 3
    by_offset = {dict(m.headers)["sc-dlq-offset"]: m for m in dlq}
    msg = by_offset[b"4"]
    headers = dict(msg.headers)
    assert msg.value == b"{not json"
    assert headers["sc-dlq-topic"] == topic.encode()
    assert headers["sc-dlq-step"] == b"json"
    assert b"not valid JSON" in headers["sc-dlq-reason"]
    assert headers["sc-format"] == b"alertmanager"


def test_replayed_batch_gives_the_same_ids():
    settings = Settings()
    msg = RawMessage(settings.topics.alerts, 0, 10, json.dumps(WEBHOOK).encode())
    first, _ = run(settings, [[msg]])
    again, _ = run(settings, [[msg], [msg]])
    assert {r["id"] for r in again["alert_events"]} == {r["id"] for r in first["alert_events"]}
    assert len(again["alert_events"]) == 2 * len(first["alert_events"]) == 4

"""Alert events with odd times (fractions, offsets, the era's edges, year 1 as "not ended", naive
and unreadable times) and every alert example go through the flow's fast paths, rows and their
Arrow conversion (shared maps, times) into the same stored rows and dead letters as through the
full path, record by record: the documented contract."""

from __future__ import annotations

import json
import random
from pathlib import Path
from unittest.mock import patch

import signalcraft.sources
from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings
from signalcraft.models import RawMessage
from signalcraft.sources import decode
from tests.support import load_benchmark, records_decoder, run_pipeline
from tests.unit.test_fast_alerts import no_fast_path

ODD = [
    "2026-03-02T00:00:00.5Z", "2026-03-02T00:00:00.123456+05:30", "2026-03-02T23:59:59.999999-23:59",
    "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999Z", "8999-12-31T23:59:59.999999Z", "9000-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z", "0001-01-01T05:00:00-01:00", "0001-01-01T00:30:00+01:00", "0001-12-31T23:30:00-01:00",
    "2026-03-02T00:00:00", "2026-03-02T00:00:00.1234567Z", "2026-02-30T00:00:00Z", "2026-03-02t00:00:00z",
    "9999-12-31T23:30:00-01:00", "2024-02-29T12:00:00+14:00", "2026-03-02T00:00:00-00:00",
]


def _messages(settings: Settings) -> list[list[RawMessage]]:
    ingest = load_benchmark("ingest")
    native, webhook = ingest.native_events(300, random.Random(8)), ingest.alertmanager_events(300, random.Random(9))
    values = [*native, *webhook]
    for i, (value, headers) in enumerate(native):  # few label sets: the store converts each once
        doc = json.loads(value)
        doc["labels"] = {"alertname": doc["name"], "team": f"t{i % 3}"}
        doc["id"] = doc["id"][:-4] + "ffff"
        values.append((json.dumps(doc).encode(), headers))
    for i, text in enumerate(ODD):
        for field, am_field in (("starts_at", "startsAt"), ("ends_at", "endsAt")):
            doc = dict(json.loads(native[i][0]), fingerprint=f"odd-{i}-{field}", status="resolved")
            doc.pop("id")
            doc[field] = text
            if field == "ends_at":
                doc["starts_at"] = "1970-01-01T00:00:00Z"
            values.append((json.dumps(doc).encode(), native[i][1]))
            doc = json.loads(webhook[i][0])
            doc["alerts"][0][am_field] = text
            doc["alerts"][0]["fingerprint"] = f"odd-{i}-{am_field}"
            values.append((json.dumps(doc).encode(), {}))
    examples = Path(signalcraft.sources.__file__).parent / "examples" / "alerts"
    values += [(path.read_bytes(), {}) for path in sorted(examples.glob("*.json"))]
    random.Random(10).shuffle(values)
    messages = [RawMessage(settings.topics.alerts, i % 2, i, v, b"k", h, 1_717_510_000_123)
                for i, (v, h) in enumerate(values)]
    return [messages[i:i + 700] for i in range(0, len(messages), 700)]


def _stored(settings: Settings) -> tuple[dict, list]:
    tables, dlq, _ = run_pipeline(settings, _messages(settings))
    for rows in tables.values():
        for row in rows:
            row.pop("received_at", None)
        rows.sort(key=lambda row: (row["id"], repr(row)))
    return tables, [(m.key, m.value) for m in dlq]


def test_odd_times_and_examples_store_as_the_full_path_stores_them():
    settings = Settings(correlation=CorrelationSettings(enabled=False), anomaly=AnomalySettings(enabled=False),
                        patterns=PatternSettings(enabled=False))
    with patch("signalcraft.sources.decode._decode_alert_rows", wraps=decode._decode_alert_rows) as route:
        got = _stored(settings)
    assert route.call_count > 0  # the flow took the row route

    with no_fast_path("fast_alerts"), patch("signalcraft.flows.ingest.BatchDecoder", records_decoder):
        want = _stored(settings)
    tables, dlq = got
    ends = [row["ends_at"] for row in tables["alert_events"]]
    assert len(tables["alert_events"]) > 900 and ends.count(None) > 300 and len(set(ends)) > 50
    assert {row["starts_at"].microsecond for row in tables["alert_events"]} - {0}  # fractions stored
    assert len(dlq) > 10  # naive, unreadable and out-of-era times
    assert tables == want[0]
    assert dlq == want[1]

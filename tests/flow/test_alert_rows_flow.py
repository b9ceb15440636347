"""With change correlation and anomaly warnings off, only the store and silence mining read alert
events, and the flow keeps them as rows: the store gets the rows, the dead-letter topic the
messages, the suggestions topic the suggestions and the service's metrics the counts that the
record-by-record flow gives."""

from __future__ import annotations

import json
import random
from unittest.mock import patch

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings
from signalcraft.health import ServiceHealth
from signalcraft.models import RawMessage
from signalcraft.sources import decode
from tests.flow.test_health_flow import metrics
from tests.flow.test_silences_flow import messages as silence_messages
from tests.support import load_benchmark, records_decoder, run_pipeline

_AT = 1_717_510_000_123
"""The messages' Kafka time (a dead letter's received_at)."""


def _batches(settings: Settings) -> list[list[RawMessage]]:
    alerts = settings.topics.alerts
    ingest = load_benchmark("ingest")
    extra = [*ingest.native_events(40, random.Random(5)), *ingest.alertmanager_events(40, random.Random(6))]
    odd = json.loads(extra[0][0])
    odd["starts_at"] = "2026-03-02T00:00:00.1234567Z"  # the full path takes it
    extra += [(json.dumps(odd).encode(), extra[0][1]), (b"{not json", {}), (b'{"alerts": []}', {})]
    batches = silence_messages(settings)
    for i, (value, headers) in enumerate(extra):
        batches[i % len(batches)].insert(i % 7, RawMessage(alerts, i % 2, 1000 + i, value, b"k", headers, _AT))
    return batches


def _run(settings: Settings, rows: bool) -> tuple[dict, list, list, dict]:
    health = ServiceHealth()
    suggested: list = []
    if rows:
        tables, dlq, _ = run_pipeline(settings, _batches(settings), health, suggested)
    else:
        with patch("signalcraft.flows.ingest.BatchDecoder", records_decoder):
            tables, dlq, _ = run_pipeline(settings, _batches(settings), health, suggested)
    counts = {
        family: metrics(health, family, *labels)
        for family, labels in (
            ("signalcraft_rows_stored", ("table",)),
            ("signalcraft_records", ("topic", "kind")),
            ("signalcraft_dead_letters", ("step",)),
        )
    }
    return tables, dlq, suggested, counts


def test_alert_rows_store_and_mine_what_records_do():
    settings = Settings(
        correlation=CorrelationSettings(enabled=False),
        anomaly=AnomalySettings(enabled=False),
        patterns=PatternSettings(enabled=False),
    )
    with patch("signalcraft.sources.decode._decode_alert_rows", wraps=decode._decode_alert_rows) as route:
        got = _run(settings, rows=True)
    assert route.call_count > 0  # the flow took the row route
    want = _run(settings, rows=False)
    tables, dlq, suggested, counts = got
    assert len(tables["alert_events"]) > 200 and len(dlq) == 2 and len(suggested) > 5
    for name in (*tables, *want[0]):
        tables.get(name, []).sort(key=lambda row: (row["id"], repr(row)))
        want[0].get(name, []).sort(key=lambda row: (row["id"], repr(row)))
    for name in ("dlq", "silence_suggestions"):  # a dead letter's received_at is the time the flow ran
        for row in (*tables[name], *want[0][name]):
            row.pop("received_at", None)
    assert tables == want[0]
    assert [(m.key, m.value) for m in dlq] == [(m.key, m.value) for m in want[1]]
    assert [(m.key, m.value) for m in suggested] == [(m.key, m.value) for m in want[2]]
    assert counts == want[3]

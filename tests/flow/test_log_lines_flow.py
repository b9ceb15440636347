"""With template mining and anomaly warnings off, no step but the store reads log records, and the
flow keeps log lines column by column: the store gets the rows, the dead-letter topic the
messages and the service's metrics the counts that the record-by-record flow gives."""

from __future__ import annotations

import json
import random
from unittest.mock import patch

from signalcraft.config import AnomalySettings, PatternSettings, Settings
from signalcraft.health import ServiceHealth
from signalcraft.models import RawMessage
from tests.flow.test_health_flow import metrics
from tests.support import all_records_decoder, load_benchmark, run_pipeline
from tests.unit.test_fast_logs import PLAIN

_AT = 1_717_510_000_123
"""The messages' Kafka time (a dead letter's received_at)."""


def _batches(settings: Settings) -> list[list[RawMessage]]:
    logs, alerts = settings.topics.logs, settings.topics.alerts
    payloads = load_benchmark("ingest").otlp_log_messages(300, random.Random(5))
    odd = json.loads(json.dumps(PLAIN))
    odd["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["timeUnixNano"] = 1.7e18  # the full path takes it
    refused = json.loads(json.dumps(PLAIN))
    refused["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["severityNumber"] = "INFO"  # the full path refuses
    alert = {"groupKey": "{}", "alerts": [{"status": "firing", "labels": {"alertname": "Down"},
                                           "startsAt": "2024-01-01T00:00:00Z"}]}
    messages = [RawMessage(logs, i % 2, i, value, b"k", headers) for i, (value, headers) in enumerate(payloads)]
    messages.insert(3, RawMessage(logs, 0, 100, json.dumps(odd).encode(), timestamp_ms=_AT))
    messages.insert(5, RawMessage(logs, 1, 101, b"{not json", timestamp_ms=_AT))
    messages.insert(6, RawMessage(logs, 1, 102, json.dumps(refused).encode(), timestamp_ms=_AT))
    messages.insert(8, RawMessage(alerts, 0, 0, json.dumps(alert).encode()))
    return [messages[i:i + 4] for i in range(0, len(messages), 4)]


def _run(settings: Settings, lines: bool) -> tuple[dict, list, dict]:
    health = ServiceHealth()
    if lines:
        rows, dlq, _ = run_pipeline(settings, _batches(settings), health)
    else:
        with patch("signalcraft.flows.ingest.BatchDecoder", all_records_decoder):
            rows, dlq, _ = run_pipeline(settings, _batches(settings), health)
    counts = {family: metrics(health, family, *labels) for family, labels in (
        ("signalcraft_rows_stored", ("table",)), ("signalcraft_records", ("topic", "kind")),
        ("signalcraft_dead_letters", ("step",)))}
    return rows, dlq, counts


def test_log_lines_store_what_records_store():
    settings = Settings(patterns=PatternSettings(enabled=False), anomaly=AnomalySettings(enabled=False))
    got, want = _run(settings, lines=True), _run(settings, lines=False)
    rows, dlq, counts = got
    assert len(rows["log_events"]) == 303 and len(rows["alert_events"]) == 1 and len(dlq) == 2
    for name in rows:
        rows[name].sort(key=lambda row: row["id"])
        want[0][name].sort(key=lambda row: row["id"])
    assert rows == want[0]
    assert [(m.key, m.value) for m in dlq] == [(m.key, m.value) for m in want[1]]
    assert counts == want[2]
    assert counts["signalcraft_rows_stored"][("log_events",)] == 303

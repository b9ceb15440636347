"""With the default settings (anomaly watch, change correlation, log patterns and silence mining
on), the flow keeps alert events as rows and the watch reads them (``flows/pipeline.py``): over a
seeded correlation scenario and a seeded alert burst, in the tools' real formats (native events and
Alertmanager webhooks), the store, the dead-letter topic, the correlations topic and the warnings
topic get what the record-by-record flow gives them, message for message."""

from __future__ import annotations

import json
from unittest.mock import patch

import pytest
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings, CorrelationSettings, Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.models import AlertEvent, RawMessage
from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.sources.alert_rows import AlertRow
from tests.support import load_benchmark, noting_types, records_decoder
from tests.unit.test_anomaly_rows import stream


def _alertmanager(alert: AlertEvent) -> bytes:
    labels = {"alertname": alert.name, "service": alert.service, "project": alert.project,
              "env": alert.environment, "severity": alert.severity}
    stamp = alert.starts_at.isoformat().replace("+00:00", "Z")
    ends = alert.ends_at.isoformat().replace("+00:00", "Z") if alert.ends_at else "0001-01-01T00:00:00Z"
    return json.dumps({
        "version": "4", "groupKey": f'{{}}:{{alertname="{alert.name}"}}', "status": alert.status, "receiver": "team",
        "groupLabels": {"alertname": alert.name}, "commonLabels": labels, "commonAnnotations": {},
        "externalURL": "http://alertmanager:9093", "truncatedAlerts": 0,
        "alerts": [{"status": alert.status, "labels": labels, "annotations": dict(alert.annotations),
                    "startsAt": stamp, "endsAt": ends, "generatorURL": "http://prometheus:9090/graph",
                    "fingerprint": alert.fingerprint}]}).encode()


def _batches(late_records: str) -> tuple[Settings, list[list[RawMessage]]]:
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    scenario = corr.tenants(cs.generate(seed=4, incidents=30), 2)
    settings = Settings(correlation=CorrelationSettings(dependencies=scenario.dependencies),
                        anomaly=AnomalySettings(late_records=late_records))
    raws = [RawMessage(getattr(settings.topics, kind), i % 2, i, value, key, headers, ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    alerts = [r for r in stream() if isinstance(r, AlertEvent)]
    for i, alert in enumerate(alerts):  # the burst's alerts, native and Alertmanager's in turn
        value, headers = ((alert.model_dump_json().encode(), {"sc-format": "signalcraft-alert"}) if i % 2
                          else (_alertmanager(alert), {}))
        raws.insert(i * len(raws) // len(alerts), RawMessage(settings.topics.alerts, i % 2, 10**5 + i, value,
                                                             b"k", headers, 1_772_409_600_000 + i))
    raws.insert(5, RawMessage(settings.topics.alerts, 0, 10**6, b"{not json", None, {}, 1))
    return settings, [raws[i:i + 37] for i in range(0, len(raws), 37)]


def _run(late_records: str, rows: bool) -> tuple[dict, dict, set]:
    settings, batches = _batches(late_records)
    seen: set[type] = set()
    stored: list = []
    out: dict[str, list] = {"dlq": [], "correlations": [], "warnings": [], "suggestions": []}
    with patch.object(SeriesWatch, "step_many", noting_types(SeriesWatch, seen)), patch(
            "signalcraft.flows.ingest.BatchDecoder", BatchDecoder if rows else records_decoder):
        run_main(build_flow(settings, TestingSource(batches), TestingSink(stored), TestingSink(out["dlq"]),
                            TestingSink(out["correlations"]), TestingSink(out["warnings"]),
                            suggestions=TestingSink(out["suggestions"])))
    tables: dict[str, list[dict]] = {}
    for _key, by_table in stored:
        for name, table in by_table.items():
            tables.setdefault(name, []).extend(table.to_pylist())
    for rows_of in tables.values():
        for row in rows_of:
            row.pop("received_at", None)  # a dead letter's is the time the flow ran
        rows_of.sort(key=lambda row: (row["id"], repr(row)))
    messages = {name: [(m.key, m.value, m.headers) for m in got] for name, got in out.items()}
    return tables, messages, {kind.__name__ for kind in seen}


@pytest.mark.parametrize("late_records", ["count", "dead_letter"])
def test_the_watch_reads_rows_and_the_flow_gives_what_records_give(late_records):
    tables, messages, seen = _run(late_records, rows=True)
    want_tables, want_messages, want_seen = _run(late_records, rows=False)
    assert AlertRow.__name__ in seen and "AlertEvent" not in seen
    assert "AlertEvent" in want_seen and AlertRow.__name__ not in want_seen
    assert len(tables["alert_events"]) > 1000 and len(tables["anomaly_models"]) > 10
    assert len(tables["warnings"]) >= 1 and len(messages["warnings"]) >= 1
    assert len(messages["correlations"]) > 20
    late = len(tables["dlq"]) - 1  # the message that is not JSON
    assert late == 0 if late_records == "count" else late > 5
    assert tables == want_tables
    assert messages == want_messages

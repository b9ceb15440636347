"""The flow keeps the change fast path's reports as rows (``models/change_row.py``) and the store and
the join read them (``flows/pipeline.py``, since 2026-12-06): over a seeded correlation scenario in
the tools' real formats, with a report the full path makes (a record among the rows) and one it
refuses, the store, the dead-letter topic and the correlations topic get what the flow with change
reports as records gives them, message for message, with the anomaly watch on (the default) and off."""

from __future__ import annotations

import json
from unittest.mock import patch

import pytest

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings
from signalcraft.health import ServiceHealth
from signalcraft.models import RawMessage
from signalcraft.operators.group_join import GroupJoin
from tests.flow.test_health_flow import metrics
from tests.support import change_records_decoder, load_benchmark, noting_types, run_pipeline

NATIVE = {"workspace_id": "acme", "type": "deployment", "source": "ci", "project": "shop", "environment": "prod",
          "service": "api", "version": "v1", "summary": "deployed api", "timestamp": "2026-03-02t12:30:00z"}


def _settings(watch: bool) -> tuple[Settings, list[list[RawMessage]]]:
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    scenario = corr.tenants(cs.generate(seed=5, incidents=40), 2)
    settings = Settings(
        correlation=CorrelationSettings(dependencies=scenario.dependencies),
        anomaly=AnomalySettings(enabled=watch),
        patterns=PatternSettings(enabled=False),
    )
    raws = [RawMessage(getattr(settings.topics, kind), i % 2, i, value, key, headers, ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    named = {"sc-format": "signalcraft-change"}
    raws.insert(5, RawMessage(settings.topics.changes, 0, 10**6, b'{"type": "deployment"}', None, named, 1))
    raws.insert(8, RawMessage(settings.topics.changes, 0, 10**6 + 1, json.dumps(NATIVE).encode(), None, named, 2))
    return settings, [raws[i:i + 37] for i in range(0, len(raws), 37)]


def _run(rows: bool, watch: bool) -> tuple[dict, list, list, set, list]:
    settings, batches = _settings(watch)
    seen: set[type] = set()
    health = ServiceHealth()
    with patch.object(GroupJoin, "step_many", noting_types(GroupJoin, seen)):
        if rows:
            tables, dlq, correlations = run_pipeline(settings, batches, health)
        else:
            with patch("signalcraft.flows.ingest.BatchDecoder", change_records_decoder):
                tables, dlq, correlations = run_pipeline(settings, batches, health)
    counted = sorted(metrics(health, "signalcraft_records", "topic", "kind").items())
    return tables, dlq, correlations, {kind.__name__ for kind in seen}, counted


@pytest.mark.parametrize("watch", [True, False], ids=["watch-on", "watch-off"])
def test_the_join_and_the_store_read_change_rows_and_the_flow_gives_what_records_give(watch):
    tables, dlq, correlations, seen, counted = _run(True, watch)
    want_tables, want_dlq, want_correlations, want_seen, want_counted = _run(False, watch)
    assert seen == {"AlertRow", "ChangeRow", "ChangeEvent"} and want_seen == {"AlertRow", "ChangeEvent"}
    assert len(tables["change_events"]) > 100 and len(tables["alert_groups"]) > 50 and len(correlations) > 50
    assert len(dlq) == 1 and any(row["id"] and row["summary"] == NATIVE["summary"] for row in tables["change_events"])
    for name in {*tables, *want_tables}:
        for rows in (tables.get(name, []), want_tables.get(name, [])):
            rows.sort(key=lambda row: (row["id"], repr(row)))
    assert tables == want_tables
    assert [(m.key, m.value, m.headers) for m in dlq] == [(m.key, m.value, m.headers) for m in want_dlq]
    assert [(m.key, m.value, m.headers) for m in correlations] == [
        (m.key, m.value, m.headers) for m in want_correlations]
    assert counted and counted == want_counted

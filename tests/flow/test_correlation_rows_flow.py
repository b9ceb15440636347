"""With change correlation on and anomaly warnings off, the flow keeps alert events (and, since
2026-12-06, change reports) as rows and grouping and the join read them (``flows/pipeline.py``):
over a seeded correlation scenario, in the tools' real formats, the store, the dead-letter topic
and the correlations topic get what the record-by-record flow gives them, message for message."""

from __future__ import annotations

from unittest.mock import patch

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings
from signalcraft.models import RawMessage
from signalcraft.operators.group_join import GroupJoin
from signalcraft.sources.alert_rows import AlertRow
from tests.support import load_benchmark, noting_types, records_decoder, run_pipeline


def _settings() -> tuple[Settings, list[list[RawMessage]]]:
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    scenario = corr.tenants(cs.generate(seed=4, incidents=40), 2)
    settings = Settings(
        correlation=CorrelationSettings(dependencies=scenario.dependencies),
        anomaly=AnomalySettings(enabled=False),
        patterns=PatternSettings(enabled=False),
    )
    raws = [RawMessage(getattr(settings.topics, kind), i % 2, i, value, key, headers, ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    raws.insert(5, RawMessage(settings.topics.alerts, 0, 10**6, b"{not json", None, {}, 1))
    return settings, [raws[i:i + 37] for i in range(0, len(raws), 37)]


def _run(rows: bool) -> tuple[dict, list, list, set]:
    settings, batches = _settings()
    seen: set[type] = set()
    with patch.object(GroupJoin, "step_many", noting_types(GroupJoin, seen)):
        if rows:
            tables, dlq, correlations = run_pipeline(settings, batches)
        else:
            with patch("signalcraft.flows.ingest.BatchDecoder", records_decoder):
                tables, dlq, correlations = run_pipeline(settings, batches)
    return tables, dlq, correlations, {kind.__name__ for kind in seen}


def test_the_join_reads_rows_and_the_flow_gives_what_records_give():
    tables, dlq, correlations, seen = _run(rows=True)
    want_tables, want_dlq, want_correlations, want_seen = _run(rows=False)
    assert seen == {AlertRow.__name__, "ChangeRow"} and want_seen == {"AlertEvent", "ChangeEvent"}
    assert len(tables["alert_events"]) > 300 and len(tables["alert_groups"]) > 50 and len(correlations) > 50
    assert len(dlq) == 1
    for name in {*tables, *want_tables}:
        for rows in (tables.get(name, []), want_tables.get(name, [])):
            for row in rows:
                row.pop("received_at", None)  # a dead letter's is the time the flow ran
            rows.sort(key=lambda row: (row["id"], repr(row)))
    assert tables == want_tables
    assert [(m.key, m.value, m.headers) for m in dlq] == [(m.key, m.value, m.headers) for m in want_dlq]
    assert [(m.key, m.value, m.headers) for m in correlations] == [
        (m.key, m.value, m.headers) for m in want_correlations]

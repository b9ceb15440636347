"""The whole flow feeds the service's metrics: records in by topic and kind, dead letters by
step, groups and correlations emitted, rows handed to the store, state sizes; and the
anomaly branch counts the warnings it emits and the series it watches."""

from __future__ import annotations

import json

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSink, TestingSource, run_main
from prometheus_client.parser import text_string_to_metric_families

from signalcraft.config import AnomalySettings, CorrelationSettings, Settings
from signalcraft.flows.anomaly import watch
from signalcraft.health import ServiceHealth
from signalcraft.models import RawMessage
from signalcraft.operators.batching import as_batch
from signalcraft.params import AnomalyParams
from tests.flow.test_anomaly_flow import interleave, logs, metric_message
from tests.flow.test_correlation_flow import NATIVE_DEPLOY, native_alert
from tests.support import run_pipeline


def metrics(health: ServiceHealth, family: str, *labels: str) -> dict[tuple[str, ...], float]:
    """The samples of one family of the exposition, by the values of ``labels``."""
    text = health.exposition().decode()
    [found] = [f for f in text_string_to_metric_families(text) if f.name == family]
    return {tuple(s.labels[k] for k in labels): s.value for s in found.samples if not s.name.endswith("_created")}


def test_the_pipeline_feeds_records_dead_letters_emitted_rows_and_state():
    settings = Settings(correlation=CorrelationSettings(alert_rate=False),
                        anomaly=AnomalySettings(late_records="dead_letter"))
    alerts, changes, metrics_topic = settings.topics.alerts, settings.topics.changes, settings.topics.metrics

    def msg(topic: str, offset: int, doc: dict, fmt: str) -> RawMessage:
        return RawMessage(topic, 0, offset, json.dumps(doc).encode(), headers={"sc-format": fmt}, timestamp_ms=offset)

    batches = [
        [msg(changes, 0, NATIVE_DEPLOY, "signalcraft-change"),
         RawMessage(alerts, 0, 0, b"{not json", headers={"sc-format": "signalcraft-alert"}),
         RawMessage("somebody.else", 0, 0, b"{}")],
        [msg(alerts, 1, native_alert("HighErrorRate", "e1", 0), "signalcraft-alert"),
         msg(alerts, 2, native_alert("HighErrorRate", "e2", 0), "signalcraft-alert")],
        [msg(alerts, 3, native_alert("HighLatency", "l1", 1), "signalcraft-alert")],
        [metric_message(i, i) for i in range(10)],
        [metric_message(10, 0)],  # after its bucket closed: a dead letter of step "series"
    ]
    health = ServiceHealth()
    rows, dlq, messages = run_pipeline(settings, batches, health=health)

    assert metrics(health, "signalcraft_records", "topic", "kind") == {
        (changes, "ChangeEvent"): 1, (alerts, "AlertEvent"): 3, (metrics_topic, "MetricPoint"): 11,
    }
    assert metrics(health, "signalcraft_dead_letters", "step") == {("json",): 1, ("route",): 1, ("series",): 1}
    assert len(dlq) == 3
    assert metrics(health, "signalcraft_emitted", "kind") == {
        ("alert_groups",): len(rows["alert_groups"]), ("correlations",): len(messages),
    }
    assert (len(rows["alert_groups"]), len(messages)) == (2, 2)
    assert metrics(health, "signalcraft_rows_stored", "table") == {(table,): len(r) for table, r in rows.items()}
    assert set(rows) >= {"alert_events", "change_events", "metric_points", "alert_groups", "correlations", "dlq"}
    state = metrics(health, "signalcraft_state_size", "name")
    assert {k: state[(k,)] for k in ("join_keys", "join_buffered_changes", "join_open_groups")} == {
        "join_keys": 1, "join_buffered_changes": 1, "join_open_groups": 2,
    }
    assert state[("watched_series",)] == 2  # payments-api's alert volume and the metric q


def test_the_anomaly_branch_counts_warnings_and_series():
    records = interleave(logs("payments-api", 240, 200, 1), logs("cart-service", 240, None, 2))
    warnings: list = []
    health = ServiceHealth()
    flow = Dataflow("anomaly-branch")
    chunks = [records[i:i + 200] for i in range(0, len(records), 200)]  # batches, as the flow has them
    batches = op.input("input", flow, TestingSource(chunks))
    watched = watch("anomaly", batches, AnomalyParams(), health)
    op.output("warnings", watched.warnings, TestingSink(warnings))
    run_main(flow)
    assert len(warnings) == 1
    assert metrics(health, "signalcraft_emitted", "kind") == {("warnings",): 1}
    assert metrics(health, "signalcraft_state_size", "name") == {("watched_series",): 2}


def test_without_a_meter_the_branch_is_unchanged():
    records = logs("payments-api", 240, 200, 1)
    warnings: list = []
    flow = Dataflow("anomaly-branch")
    batches = op.map("as-batches", op.input("input", flow, TestingSource(records)), as_batch)
    watched = watch("anomaly", batches, AnomalyParams())
    op.output("warnings", watched.warnings, TestingSink(warnings))
    run_main(flow)
    assert len(warnings) == 1

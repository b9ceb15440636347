"""The whole flow: ingest, change correlation and anomaly warnings, one store.

    Kafka input topics ──► ingest ──► Arrow rows ──────────────────────────────────┐
                             │   └──► dead letters ──────────────────► signalcraft.dlq
                             ├──► alerts, changes ──► correlate ──► groups ─────────┤
                             │                                  └──► correlations ──┼─► signalcraft.correlations
                             └──► alerts, logs, metrics ──► watch ──► warnings ─────┼─► signalcraft.warnings
                                                                  └──► baselines ───┴─► DuckDB (one writer)
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import Settings
from signalcraft.flows.anomaly import watch
from signalcraft.flows.correlation import correlate
from signalcraft.flows.ingest import ingest
from signalcraft.models import AlertEvent, ChangeEvent, LogRecord, MetricPoint
from signalcraft.operators.fold import as_batch
from signalcraft.operators.ingest import Decoded
from signalcraft.sinks.duckdb_sink import store_key
from signalcraft.sinks.kafka import correlation_message, warning_message
from signalcraft.models import RawMessage


def _joinable(decoded: Decoded) -> list[AlertEvent | ChangeEvent]:
    return [r for r in decoded.records if isinstance(r, (AlertEvent, ChangeEvent))]


def _watched(decoded: Decoded) -> list[AlertEvent | LogRecord | MetricPoint]:
    return [r for r in decoded.records if isinstance(r, (AlertEvent, LogRecord, MetricPoint))]


def build_flow(
    settings: Settings,
    source: Source[list[RawMessage]],
    store: Sink[tuple[str, Any]],
    dlq: Sink[Any],
    correlations: Sink[Any] | None = None,
    warnings: Sink[Any] | None = None,
    flow_id: str = "signalcraft",
) -> Dataflow:
    """Wire the flow; ``source`` emits batches of raw messages.

    ``store`` receives ``(key, {table: Arrow table})`` items from ingest and
    ``(key, [record])`` items (alert groups, correlations) from the correlation branch,
    all under one key, so one DuckDB writer takes both. ``dlq``, ``correlations`` and
    ``warnings`` receive Kafka messages. ``settings.correlation.enabled`` and
    ``settings.anomaly.enabled`` switch the two branches.
    """
    flow = Dataflow(flow_id)
    batches = op.input("input", flow, source)
    decoded, rows, dead = ingest(batches, settings)
    to_store = [rows]
    if settings.anomaly.enabled:
        series = op.filter("anomaly-input", op.map("alerts-logs-metrics", decoded, _watched), bool)
        # A record too late for its series' bucket is still stored in its own table; the
        # series counts it (anomaly_models.baseline.late), so it is not a dead letter.
        found, models, _late = watch(series, settings.anomaly.params())
        to_store.append(op.map("anomaly-to-store", op.merge("anomaly-results", found, models), as_batch))
        if warnings is not None:
            op.output("warnings-out", op.map("warning-message", found, warning_message), warnings)
    op.output("dlq", dead, dlq)
    if settings.correlation.enabled:
        records = op.filter("joinable", op.map("alerts-and-changes", decoded, _joinable), bool)
        groups, found = correlate(records, settings.correlation)
        to_store.append(op.map("results-to-store", op.merge("results", groups, found), as_batch))
        if correlations is not None:
            op.output("correlations-out", op.map("correlation-message", found, correlation_message), correlations)
    stored = to_store[0] if len(to_store) == 1 else op.merge("store-input", *to_store)
    op.output("store", op.key_on("store-key", stored, store_key), store)
    return flow

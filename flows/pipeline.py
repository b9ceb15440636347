"""The whole flow: ingest, change correlation and anomaly warnings, one store.

    Kafka input topics ──► ingest ──► records, dead letters ───────────────────────┐
                             │                     └──► dead letters ─────────────┼─► signalcraft.dlq
                             ├──► alerts, changes ──► correlate ──► groups ───────┤
                             │                                  └──► correlations ─┼─► signalcraft.correlations
                             └──► alerts, logs, metrics ──► watch ──► warnings ───┼─► signalcraft.warnings
                                                                  ├──► baselines ─┤
                                                                  └──► late (by policy) ─► dead letters
                                                                                  └─► store: DuckDB (one writer)
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import Settings
from signalcraft.flows.anomaly import late_dead_letter, watch
from signalcraft.flows.correlation import correlate
from signalcraft.flows.ingest import ingest
from signalcraft.models import AlertEvent, ChangeEvent, LogRecord, MetricPoint, RawMessage
from signalcraft.operators.ingest import Decoded
from signalcraft.sinks.duckdb_sink import gather, store
from signalcraft.sinks.kafka import publish


def _joinable(decoded: Decoded) -> list[AlertEvent | ChangeEvent]:
    return [r for r in decoded.records if isinstance(r, (AlertEvent, ChangeEvent))]


def _watched(decoded: Decoded) -> list[AlertEvent | LogRecord | MetricPoint]:
    return [r for r in decoded.records if isinstance(r, (AlertEvent, LogRecord, MetricPoint))]


def _merge(step_id: str, streams: list[Stream[Any]]) -> Stream[Any]:
    return streams[0] if len(streams) == 1 else op.merge(step_id, *streams)


def build_flow(
    settings: Settings,
    source: Source[list[RawMessage]],
    store_sink: Sink[Any],
    dlq: Sink[Any],
    correlations: Sink[Any] | None = None,
    warnings: Sink[Any] | None = None,
    flow_id: str = "signalcraft",
) -> Dataflow:
    """Wire the flow; ``source`` emits batches of raw messages.

    Everything to keep goes to ``store_sink`` (a DuckDB sink, through
    :func:`~signalcraft.sinks.duckdb_sink.store`: ``(key, {table: Arrow table})`` items
    under one key, so one writer takes them all); ``dlq``, ``correlations`` and
    ``warnings`` receive Kafka messages. ``settings.correlation.enabled`` and
    ``settings.anomaly.enabled`` switch the two branches; ``settings.anomaly.late_records``
    says whether a record too late for its series' bucket is also a dead letter.
    """
    flow = Dataflow(flow_id)
    batches = op.input("input", flow, source)
    ingested = ingest("ingest", batches, settings.topics.inputs(), settings.identity.rules())
    to_store = [op.map("decoded-to-store", ingested.decoded, Decoded.stored)]
    results: list[Stream[Any]] = []
    dead = [ingested.dead]
    if settings.anomaly.enabled:
        series = op.filter("anomaly-input", op.map("alerts-logs-metrics", ingested.decoded, _watched), bool)
        watched = watch("anomaly", series, settings.anomaly.params())
        results += [watched.warnings, watched.models]
        if settings.anomaly.late_records == "dead_letter":
            late = op.map("late-dead-letters", watched.late, late_dead_letter)
            results.append(late)
            dead.append(late)
        if warnings is not None:
            publish("warnings-out", watched.warnings, warnings)
    if settings.correlation.enabled:
        records = op.filter("joinable", op.map("alerts-and-changes", ingested.decoded, _joinable), bool)
        found = correlate("correlation", records, settings.correlation.grouping(), settings.correlation.params())
        results += [found.groups, found.correlations]
        if correlations is not None:
            publish("correlations-out", found.correlations, correlations)
    if results:
        to_store.append(gather("gather-results", _merge("results", results)))
    publish("dlq", _merge("dead-letters", dead), dlq)
    store("store", _merge("store-input", to_store), store_sink)
    return flow

"""The whole flow: ingest, change correlation, log patterns and anomaly warnings, one store.

    Kafka input topics ──► ingest ──► records (logs: after mining), dead letters ──┐
                             │                     └──► dead letters ─────────────┼─► signalcraft.dlq
                             ├──► alerts, changes ──► correlate ──► groups ───────┤
                             │                                  └──► correlations ─┼─► signalcraft.correlations
                             ├──► logs ──► patterns ──► logs with template_id, ───┤
                             │                     │    log_templates rows        │
                             │                     ├──► warnings (new pattern) ───┼─► signalcraft.warnings
                             │                     └──► hits ──┐                  │
                             ├──► alerts, logs, metrics ──► watch ──► warnings ───┼─► signalcraft.warnings
                             │                                    ├──► baselines ─┤
                             │                                    └──► late (by policy) ─► dead letters
                             └──► audit, alerts, muted alerts, warnings ──► mine silences ──► suggestions ─┼─►
                                                                                  │   signalcraft.suggestions
                                                                                  └─► store: DuckDB (one writer)

Every branch reports to a :class:`~signalcraft.health.ServiceHealth` (the process's
``HEALTH`` unless given), once per batch or per key per batch: records in by topic and
kind, dead letters by step, groups, correlations and warnings emitted, join and watch
state sizes, and rows handed to the store by table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import Settings
from signalcraft.flows.anomaly import late_dead_letter, watch
from signalcraft.flows.correlation import correlate
from signalcraft.flows.ingest import ingest
from signalcraft.flows.patterns import patterns
from signalcraft.flows.resolutions import attach_resolutions
from signalcraft.flows.silences import mine_silences
from signalcraft.health import HEALTH, ServiceHealth
from signalcraft.models import (
    AlertEvent,
    AlertMute,
    AuditEntry,
    ChangeEvent,
    DeadLetter,
    LogRecord,
    MetricPoint,
    RawMessage,
    Resolution,
)
from signalcraft.operators.anomaly import Sensitivity, sensitivity_of
from signalcraft.operators.batching import as_batch
from signalcraft.operators.ingest import Decoded
from signalcraft.operators.metering import dead_letter_meter, stored_meter
from signalcraft.operators.series import Late, PatternHit
from signalcraft.sinks.columns import split_column_batches
from signalcraft.sinks.duckdb_sink import gather, store
from signalcraft.sinks.kafka import publish
from signalcraft.sinks.schema import table_of_type


def _joinable(decoded: Decoded) -> list[Any]:
    """The change events and the alert events, as rows when the batch keeps them so (grouping and
    the join read a row's fields by name, as a record's)."""
    return decoded.of_kinds((AlertEvent, ChangeEvent), alert_rows=True, change_rows=True)


def _watched(decoded: Decoded) -> list[Any]:
    """The alert events (as rows when the batch keeps them so: the watch reads a row's fields by name,
    as a record's), the log records and the metric points."""
    return decoded.of_kinds((AlertEvent, LogRecord, MetricPoint), alert_rows=True)


def _feedback(decoded: Decoded) -> list[Sensitivity]:
    return [f for f in map(sensitivity_of, decoded.records) if f is not None]


def _no_groups(resolution: Resolution) -> DeadLetter:
    return DeadLetter.of_record(resolution, "attach", (
        f"resolution {resolution.id}: names its group by fingerprint {resolution.fingerprint!r}, but change "
        "correlation (which makes the groups) is off; give 'group_id' or turn SIGNALCRAFT_CORRELATION_ENABLED on"))


def _silence_input(decoded: Decoded) -> list[AuditEntry | AlertEvent | AlertMute]:
    return decoded.of_kinds((AuditEntry, AlertEvent, AlertMute), alert_rows=True)  # mining reads rows as records


def _logs(decoded: Decoded) -> list[LogRecord]:
    return decoded.of_kinds((LogRecord,))


def _a_record(late: Late) -> bool:
    """A late record is a dead letter by policy; a late pattern hit is not (its log record is stored)."""
    return not isinstance(late.record, PatternHit)


def _table_name(kind: type) -> str:
    try:
        return table_of_type(kind).name
    except TypeError:
        return kind.__name__  # the store refuses it; the count still says what came


def _stored_meter(health: ServiceHealth) -> Callable[[str, list[Any]], None]:
    """:func:`stored_meter`, and the rows of the column batches a list may end with (:meth:`Decoded.stored`)."""
    records = stored_meter(health, _table_name)

    def inspect(step_id: str, items: list[Any]) -> None:
        items, batches = split_column_batches(items)
        for batch in batches:
            health.records_out(batch.table_name, len(batch))
        records(step_id, items)

    return inspect


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
    health: ServiceHealth | None = None,
    suggestions: Sink[Any] | None = None,
    input_ends: bool = True,
    recovery: bool = True,
) -> Dataflow:
    """Wire the flow; ``source`` emits batches of raw messages.

    Everything to keep goes to ``store_sink`` (a DuckDB sink, through
    :func:`~signalcraft.sinks.duckdb_sink.store`: ``(key, {table: Arrow table})`` items
    under one key, so one writer takes them all); ``dlq``, ``correlations`` and
    ``warnings`` and ``suggestions`` receive Kafka messages. ``settings.correlation.enabled``,
    ``settings.patterns.enabled``, ``settings.anomaly.enabled`` and
    ``settings.silences.enabled`` switch the branches;
    ``settings.anomaly.late_records`` says whether a record too late for its series' bucket is also a dead letter.
    ``health`` (default: the process's :data:`~signalcraft.health.HEALTH`) hears what
    each step did, per batch. ``input_ends``: the source's end is the end of the input (a
    bounded run); ``False`` for a service, whose input ends only when it stops.
    ``recovery``: the flow will run with Bytewax recovery; ``False`` (a run without it) spares
    the keyed steps the copies of their states that Bytewax asks for at every epoch's end and
    then drops (:mod:`signalcraft.flows.keyed`), and keys the anomaly watch by
    ``settings.anomaly.shards`` shards of series. A flow built with ``False`` and run with
    recovery stops at its first snapshot.
    """
    health = HEALTH if health is None else health
    flow = Dataflow(flow_id)
    batches = op.input("input", flow, source)
    mining = settings.patterns.enabled
    lines = not mining and not settings.anomaly.enabled  # no step but the store reads log records
    rows = True  # every step that reads alert events (store, join, watch, silence mining) reads rows
    changes = True  # and so does every step that reads change events (store, join)
    ingested = ingest("ingest", batches, settings.input_topics(), settings.identity.rules(), health, lines, rows,
                      changes)
    to_store = [op.map("decoded-to-store", ingested.decoded, lambda d: d.stored(logs_mined=mining))]
    results: list[Stream[Any]] = []
    dead = [ingested.dead]
    warned: list[Stream[Any]] = []
    hits: list[Stream[Any]] = []
    if mining:
        logs = op.filter("pattern-input", op.map("logs", ingested.decoded, _logs), bool)
        mined = patterns("patterns", logs, settings.patterns.params(), health, recovery)
        to_store.append(mined.stored)
        results.append(mined.warnings)
        warned.append(mined.warnings)
        hits.append(mined.hits)
    if settings.anomaly.enabled:
        series = op.filter("anomaly-input", op.map("alerts-logs-metrics", ingested.decoded, _watched), bool)
        if settings.anomaly.feedback == "apply":
            hits.append(op.filter("feedback", op.map("sensitivity-feedback", ingested.decoded, _feedback), bool))
        watch_input = _merge("anomaly-and-pattern-input", [series, *hits])
        watched = watch("anomaly", watch_input, settings.anomaly.params(), health, recovery,
                        0 if recovery else settings.anomaly.shards)
        results += [watched.warnings, watched.models]
        warned.append(watched.warnings)
        if settings.anomaly.late_records == "dead_letter":
            late = op.map("late-dead-letters", op.filter("late-records", watched.late, _a_record), late_dead_letter)
            op.inspect("meter-late", late, dead_letter_meter(health))
            results.append(late)
            dead.append(late)
    if warnings is not None and warned:
        publish("warnings-out", _merge("all-warnings", warned), warnings)
    if settings.silences.enabled:
        audit = op.filter("silence-input", op.map("audit-alerts-mutes", ingested.decoded, _silence_input), bool)
        warned_batches = [op.map(f"warnings-as-batches-{i}", w, as_batch) for i, w in enumerate(warned)]
        suggested = mine_silences("silences", _merge("silences-and-warnings", [audit, *warned_batches]),
                                  settings.silences.params(), settings.anomaly.raise_sigma, recovery)
        results.append(suggested)
        if suggestions is not None:
            publish("suggestions-out", suggested, suggestions)
    pending = op.flat_map("resolutions-to-attach", ingested.decoded, Decoded.to_attach)
    if settings.correlation.enabled:
        records = op.filter("joinable", op.map("alerts-and-changes", ingested.decoded, _joinable), bool)
        found = correlate("correlation", records, settings.correlation.grouping(), settings.correlation.params(),
                          health, recovery)
        results += [found.groups, found.correlations]
        attached = attach_resolutions("attach", op.merge("groups-and-resolutions", found.groups, pending),
                                      input_ends, recovery=recovery)
        results.append(op.filter("attached", attached, lambda x: isinstance(x, Resolution)))
        not_attached = op.filter("not-attached", attached, lambda x: isinstance(x, DeadLetter))
        results.append(not_attached)  # stored in the dlq table too, as every dead letter is
        dead.append(not_attached)
        if correlations is not None:
            publish("correlations-out", found.correlations, correlations)
    else:
        no_groups = op.map("no-groups-to-attach-to", pending, _no_groups)
        results.append(no_groups)
        dead.append(no_groups)
    if results:
        to_store.append(gather("gather-results", _merge("results", results)))
    publish("dlq", _merge("dead-letters", dead), dlq)
    stored = _merge("store-input", to_store)
    op.inspect("meter-stored", stored, _stored_meter(health))
    store("store", stored, store_sink)
    return flow

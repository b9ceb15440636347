"""The anomaly branch: alert, log and metric records -> per-series watch -> warnings.

    record batches ──► by series key ──► watch (SeriesWatch: buckets, detector, band,
                                          warning state machine) ──► warnings, baseline snapshots
                                                                 └─► late records ──► dead letters

Not yet part of :func:`signalcraft.flows.pipeline.build_flow`; tests and replays build it
with :func:`build_anomaly_flow`.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.models import AlertEvent, AnomalyModel, DeadLetter, LogRecord, MetricPoint, Warning, make_id
from signalcraft.operators.anomaly import AnomalyParams, SeriesWatch
from signalcraft.operators.series import Late, series_key


def by_series(records: list[Any]) -> list[tuple[str, list[Any]]]:
    """The alert, log and metric records of a batch by series key, each key's in order."""
    keyed: dict[str, list[Any]] = {}
    for r in records:
        if isinstance(r, (AlertEvent, LogRecord, MetricPoint)):
            found = series_key(r)
            if found is not None:
                keyed.setdefault(found[1], []).append(r)
    return list(keyed.items())


def late_dead_letter(late: Late) -> DeadLetter:
    """A record that came after its bucket closed, as a dead letter (step ``series``)."""
    return DeadLetter(
        id=make_id("dlq", "series", late.record_id),
        source_topic="",
        partition=-1,
        offset=-1,
        payload=late.payload,
        headers={"sc-series": late.key},
        step="series",
        reason=late.reason,
        received_at=late.at or datetime.now(timezone.utc),
    )


def watch(
    batches: Stream[list[Any]], params: AnomalyParams
) -> tuple[Stream[Warning], Stream[AnomalyModel], Stream[DeadLetter]]:
    """Wire the per-series watch onto a stream of record batches."""
    watcher = SeriesWatch(params)

    def step_many(state, records):
        out: list[Any] = []
        for record in records:
            state, emitted = watcher.step(state, record)
            out.extend(emitted)
        return state, out

    keyed = op.flat_map("records-by-series", batches, by_series)
    found = op.key_rm("watched", op.stateful_flat_map("watch", keyed, step_many))
    warnings = op.filter_map("warnings", found, lambda x: x if isinstance(x, Warning) else None)
    models = op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None)
    late = op.filter_map("late", found, lambda x: late_dead_letter(x) if isinstance(x, Late) else None)
    return warnings, models, late


def build_anomaly_flow(
    params: AnomalyParams,
    source: Source[Any],
    warnings: Sink[Warning],
    models: Sink[AnomalyModel],
    dead: Sink[DeadLetter],
    flow_id: str = "signalcraft-anomaly",
) -> Dataflow:
    """The anomaly branch alone, on a source of records."""
    flow = Dataflow(flow_id)
    batches = op.map("as-batches", op.input("input", flow, source), lambda r: [r])
    w, m, d = watch(batches, params)
    op.output("warnings-out", w, warnings)
    op.output("models-out", m, models)
    op.output("dead-out", d, dead)
    return flow

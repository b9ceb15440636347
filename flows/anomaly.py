"""The anomaly branch: alert, log and metric records -> per-series watch -> warnings.

    record batches ──► by series key ──► watch (SeriesWatch: buckets, detector, band,
                                          warning state machine) ──► warnings, baseline snapshots
                                                                 └─► late records ──► dead letters

:func:`signalcraft.flows.pipeline.build_flow` wires :func:`watch` beside ingest and the
correlation branch; tests and replays build the branch alone with :func:`build_anomaly_flow`.
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.models import AnomalyModel, DeadLetter, Warning
from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.params import AnomalyParams
from signalcraft.operators.fold import as_batch
from signalcraft.operators.series import Late


def late_dead_letter(late: Late) -> DeadLetter:
    """A record that came after its series' bucket closed, as a dead letter (step ``series``)."""
    return DeadLetter.of_record(late.record, "series", late.reason)


def watch(
    batches: Stream[list[Any]], params: AnomalyParams
) -> tuple[Stream[Warning], Stream[AnomalyModel], Stream[Late]]:
    """Wire the per-series watch onto a stream of record batches.

    Returns the warnings, the baseline snapshots and the records that came too late for
    their bucket (the caller decides what they become).
    """
    watcher = SeriesWatch(params)
    keyed = op.flat_map("records-by-series", batches, watcher.by_series)
    found = op.key_rm("watched", op.stateful_flat_map("watch", keyed, watcher.step_many))
    warnings = op.filter_map("warnings", found, lambda x: x if isinstance(x, Warning) else None)
    models = op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None)
    late = op.filter_map("late", found, lambda x: x if isinstance(x, Late) else None)
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
    batches = op.map("as-batches", op.input("input", flow, source), as_batch)
    w, m, late = watch(batches, params)
    op.output("warnings-out", w, warnings)
    op.output("models-out", m, models)
    op.output("dead-out", op.map("late-dead-letters", late, late_dead_letter), dead)
    return flow

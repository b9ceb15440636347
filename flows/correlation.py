"""The correlation branch: alerts -> groups; groups + changes + alert counts -> correlations.

    alert events ──► key: group key ──► group (AlertGrouper) ──► alert groups ─┐
    alert events (firing) ─────────────────────────────────────────────────────┤
    change events ─────────────────────────────────────────────────────────────┴─► key: workspace/project/env
                                                                     ──► correlate (Correlator) ──► correlations
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import CorrelationSettings
from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation
from signalcraft.operators.correlation import Correlator


def _alert(record: Any) -> AlertEvent | None:
    return record if isinstance(record, AlertEvent) else None


def _change(record: Any) -> ChangeEvent | None:
    return record if isinstance(record, ChangeEvent) else None


def _firing(event: AlertEvent) -> bool:
    return event.status == "firing"


def correlate(
    records: Stream[Any], settings: CorrelationSettings
) -> tuple[Stream[AlertGroup], Stream[Correlation]]:
    """Wire grouping and the join onto a stream of records; other record types pass by.

    Returns the alert groups (every emission) and the correlations (every version).
    """
    grouper = settings.grouper()
    correlator = Correlator(settings.params())
    alerts = op.filter_map("alerts", records, _alert)
    changes = op.filter_map("changes", records, _change)
    by_group = op.key_on("group-key", alerts, grouper.key_of)
    groups = op.key_rm("groups", op.stateful_flat_map("group", by_group, grouper.step))
    counted = op.filter("firing-alerts", alerts, _firing)
    joined = op.merge("join-input", groups, changes, counted)
    keyed = op.key_on("join-key", joined, correlator.key_text)
    correlations = op.key_rm("correlations", op.stateful_flat_map("correlate", keyed, correlator.step))
    return groups, correlations


def build_correlation_flow(
    settings: CorrelationSettings,
    source: Source[Any],
    groups: Sink[AlertGroup],
    correlations: Sink[Correlation],
    flow_id: str = "signalcraft-correlation",
) -> Dataflow:
    """The correlation branch alone, on a source of records (tests and replays)."""
    flow = Dataflow(flow_id)
    records = op.input("input", flow, source)
    group_stream, correlation_stream = correlate(records, settings)
    op.output("groups-out", group_stream, groups)
    op.output("correlations-out", correlation_stream, correlations)
    return flow

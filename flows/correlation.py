"""The correlation branch: alerts -> groups; groups + changes + alert counts -> correlations.

    record batches ──► alerts by group key ──► group (AlertGrouper) ──► alert groups ─┐
    record batches ──► changes + firing alerts by workspace/project/env ──────────────┴─► correlate
                                                                     (Correlator) ──► correlations
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow, Stream
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import CorrelationSettings
from signalcraft.models import AlertGroup, Correlation
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.fold import as_batch


def correlate(
    batches: Stream[list[Any]], settings: CorrelationSettings
) -> tuple[Stream[AlertGroup], Stream[Correlation]]:
    """Wire grouping and the join onto a stream of record batches; other record types pass by.

    Each batch is split by key once, so a key's records of one batch cost one stateful
    call, not one each. Returns the alert groups (every emission) and the correlations
    (every version).
    """
    grouper = AlertGrouper.of(settings.grouping())
    correlator = Correlator(settings.params())
    by_group = op.flat_map("alerts-by-group-key", batches, grouper.by_key)
    groups = op.key_rm("groups", op.stateful_flat_map("group", by_group, grouper.step_many))
    groups_keyed = op.key_on("group-join-key", groups, correlator.key_text)
    by_join = op.flat_map("changes-and-firing-by-join-key", batches, correlator.by_key)
    joined = op.merge("join-input", groups_keyed, by_join)
    correlations = op.key_rm("correlations", op.stateful_flat_map("correlate", joined, correlator.step_many))
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
    records = op.map("as-batches", op.input("input", flow, source), as_batch)
    group_stream, correlation_stream = correlate(records, settings)
    op.output("groups-out", group_stream, groups)
    op.output("correlations-out", correlation_stream, correlations)
    return flow

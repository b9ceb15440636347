"""The correlation branch: alerts -> groups; groups + changes + alert counts -> correlations.

    record batches ──► alerts by group key ──► group (AlertGrouper) ──► alert groups ─┐
    record batches ──► changes + firing alerts by workspace/project/env ──────────────┴─► correlate
                                                                     (Correlator) ──► correlations
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.models import AlertGroup, Correlation
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.params import CorrelationParams, GroupingParams


@dataclass(frozen=True)
class Correlated:
    """What :func:`correlate` emits."""

    groups: Stream[AlertGroup]
    """Every emission of every alert group."""
    correlations: Stream[Correlation]
    """Every version of every group's candidate set."""


@operator
def correlate(
    step_id: str, up: Stream[list[Any]], grouping: GroupingParams, params: CorrelationParams
) -> Correlated:
    """Group the alerts of record batches and join the groups with the changes; other
    record types pass by. Each batch is split by key once, so a key's records of one batch
    cost one stateful call, not one each."""
    grouper = AlertGrouper.of(grouping)
    correlator = Correlator(params)
    by_group = op.flat_map("alerts-by-group-key", up, grouper.by_key)
    groups = op.key_rm("groups", op.stateful_flat_map("group", by_group, grouper.step_many))
    groups_keyed = op.key_on("group-join-key", groups, correlator.key_text)
    by_join = op.flat_map("changes-and-firing-by-join-key", up, correlator.by_key)
    joined = op.merge("join-input", groups_keyed, by_join)
    correlations = op.key_rm("correlations", op.stateful_flat_map("join", joined, correlator.step_many))
    return Correlated(groups, correlations)

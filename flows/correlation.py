"""The correlation branch: alerts -> groups; groups + changes + alert counts -> correlations.

    record batches ──► alerts by group key ──► group (AlertGrouper) ──► alert groups ─┐
    record batches ──► changes + firing alerts by workspace/project/env ──────────────┴─► correlate
                                                                     (Correlator) ──► correlations

When ``group_by`` fixes the join key (workspace, project and environment, as by default),
the two stateful steps are one, keyed by the join key, and the groups go to the join
without travelling as records of their own:

    record batches ──► alerts + changes by workspace/project/env ──► group and join (GroupJoin)
                                                                 ──► alert groups, correlations

With a meter, the group and join steps also count what they emit and the join's state sizes.
In a flow built without recovery, the stateful steps take no copy of their states for
Bytewax's snapshots (:mod:`signalcraft.flows.keyed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.flows.keyed import fold
from signalcraft.models import AlertGroup, Correlation
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.metering import Meter, metered_group_join, metered_groups, metered_join
from signalcraft.params import CorrelationParams, GroupingParams


@dataclass(frozen=True)
class Correlated:
    """What :func:`correlate` emits."""

    groups: Stream[AlertGroup]
    """Every emission of every alert group."""
    correlations: Stream[Correlation | CorrelationRow]
    """Every version of every group's candidate set (as rows by default)."""


@operator
def correlate(
    step_id: str,
    up: Stream[list[Any]],
    grouping: GroupingParams,
    params: CorrelationParams,
    health: Meter | None = None,
    recovery: bool = True,
    rows: bool = True,
) -> Correlated:
    """Group the alerts of record batches and join the groups with the changes; other
    record types pass by. Each batch is split by key once, so a key's records of one batch
    cost one stateful call, not one each. ``health``, if given, hears of the groups and
    correlations emitted and of the join's state sizes after each call. ``recovery``: the
    flow runs with Bytewax recovery (off: no state is copied for snapshots). ``rows``: the
    correlations are :class:`~signalcraft.models.correlation_row.CorrelationRow` s (the topic and the
    store take them as records; ``False``: records)."""
    grouper = AlertGrouper.of(grouping)
    correlator = Correlator(params, rows)
    if GroupJoin.applies(grouper):
        return _group_and_join(up, GroupJoin(grouper, correlator), health, recovery)
    group_step, join_step = grouper.step_many, correlator.step_many
    if health is not None:
        group_step, join_step = metered_groups(group_step, health), metered_join(join_step, health)
    by_group = op.flat_map("alerts-by-group-key", up, grouper.by_key)
    groups = op.key_rm("groups", fold("group", by_group, group_step, recovery))
    groups_keyed = op.key_on("group-join-key", groups, correlator.key_text)
    by_join = op.flat_map("changes-and-firing-by-join-key", up, correlator.by_key)
    joined = op.merge("join-input", groups_keyed, by_join)
    correlations = op.key_rm("correlations", fold("join", joined, join_step, recovery))
    return Correlated(groups, correlations)


def _group_and_join(up: Stream[list[Any]], group_join: GroupJoin, health: Meter | None, recovery: bool) -> Correlated:
    """Grouping and the join as one stateful step per join key."""
    step = group_join.step_many if health is None else metered_group_join(group_join.step_many, health)
    by_join = op.flat_map("alerts-and-changes-by-join-key", up, group_join.by_key)
    out = op.key_rm("groups-and-correlations", fold("group-and-join", by_join, step, recovery))
    split = op.branch("groups-or-correlations", out, _is_group)
    return Correlated(split.trues, split.falses)


def _is_group(record: AlertGroup | Correlation | CorrelationRow) -> bool:
    return isinstance(record, AlertGroup)
